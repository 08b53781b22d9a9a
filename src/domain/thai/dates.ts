import { withDigits, type DigitStyle } from './digits'

/**
 * Buddhist-era years, fiscal years and quarters, Thai month names.
 *
 * Dates are plain ISO strings (`2025-04-01`, CE) or `{ year, month }` in CE; the Buddhist era is
 * CE + 543. The Thai fiscal year runs 1 October - 30 September and is named by the BE year it ends
 * in: FY2568 = 1 Oct 2024 (BE 2567) - 30 Sep 2025 (BE 2568). Quarters are fiscal: Q1 = Oct-Dec.
 */

export const BE_OFFSET = 543

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const

export function ceToBe(ceYear: number): number {
  return ceYear + BE_OFFSET
}

export function beToCe(beYear: number): number {
  return beYear - BE_OFFSET
}

/**
 * Reads a year as written in Thai documents: a four-digit BE year (2567), a two-digit BE year
 * (`๖๖` -> 2566), or a CE year (2024 -> 2567). Returns the BE year, or null when it is not a year.
 */
export function normaliseBeYear(year: number): number | null {
  if (!Number.isInteger(year) || year < 0) return null
  if (year < 100) return 2500 + year
  if (year >= 2400 && year <= 2700) return year
  if (year >= 1900 && year <= 2157) return ceToBe(year)
  return null
}

export interface YearMonth {
  /** CE year */
  year: number
  /** 1-12 */
  month: number
}

function parseIso(date: string): YearMonth & { day: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  if (!match) throw new RangeError(`not an ISO date: ${date}`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3] ?? 1) }
}

function toYearMonth(date: string | YearMonth): YearMonth {
  return typeof date === 'string' ? parseIso(date) : date
}

/** The BE fiscal year a date falls in: 2024-10-01 -> 2568, 2025-09-30 -> 2568. */
export function fiscalYearOf(date: string | YearMonth): number {
  const { year, month } = toYearMonth(date)
  return ceToBe(month >= 10 ? year + 1 : year)
}

/** The fiscal quarter (1-4) a date falls in: Oct-Dec 1, Jan-Mar 2, Apr-Jun 3, Jul-Sep 4. */
export function fiscalQuarterOf(date: string | YearMonth): 1 | 2 | 3 | 4 {
  const { month } = toYearMonth(date)
  return (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4
}

/** First and last day (ISO, CE) of a BE fiscal year: 2568 -> 2024-10-01 .. 2025-09-30. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  const ce = beToCe(fiscalYear)
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` }
}

/** First and last month (CE) of a fiscal quarter of a BE fiscal year. */
export function fiscalQuarterRange(fiscalYear: number, quarter: 1 | 2 | 3 | 4): { start: YearMonth; end: YearMonth } {
  const ce = beToCe(fiscalYear)
  const startMonth = ((quarter - 1) * 3 + 9) % 12 + 1
  const startYear = quarter === 1 ? ce - 1 : ce
  return { start: { year: startYear, month: startMonth }, end: { year: startYear, month: startMonth + 2 } }
}

/** True when the date (ISO or year-month) lies inside the BE fiscal year. */
export function isInFiscalYear(date: string | YearMonth, fiscalYear: number): boolean {
  return fiscalYearOf(date) === fiscalYear
}

export interface DateFormat {
  digits?: DigitStyle
  /** `full` (เมษายน) or `short` (เม.ย.) month names */
  month?: 'full' | 'short'
  /** Two-digit BE year (`๖๘`), as in "ต.ค. ๖๖ - ก.ย. ๖๗". */
  shortYear?: boolean
}

function yearText(ceYear: number, format: DateFormat): string {
  const be = ceToBe(ceYear)
  return String(format.shortYear ? be % 100 : be).padStart(format.shortYear ? 2 : 4, '0')
}

function monthName(month: number, format: DateFormat): string {
  const names = format.month === 'short' ? THAI_MONTHS_SHORT : THAI_MONTHS
  const name = names[month - 1]
  if (!name) throw new RangeError(`month out of range: ${month}`)
  return name
}

/** `2025-04` -> `เมษายน ๒๕๖๘` */
export function formatMonthYear(date: string | YearMonth, format: DateFormat = {}): string {
  const { year, month } = toYearMonth(date)
  return withDigits(`${monthName(month, format)} ${yearText(year, format)}`, format.digits ?? 'thai')
}

/** `2026-02-27` -> `๒๗ กุมภาพันธ์ ๒๕๖๙` */
export function formatThaiDate(date: string, format: DateFormat = {}): string {
  const { year, month, day } = parseIso(date)
  return withDigits(`${day} ${monthName(month, format)} ${yearText(year, format)}`, format.digits ?? 'thai')
}

/** `2025-04`..`2025-09` -> `เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘` (seed 002's period column). */
export function formatMonthRange(start: string | YearMonth, end: string | YearMonth, format: DateFormat = {}): string {
  return `${formatMonthYear(start, format)} ถึง ${formatMonthYear(end, format)}`
}

/** `ปีงบประมาณ พ.ศ. ๒๕๖๘` */
export function formatFiscalYear(fiscalYear: number, digits: DigitStyle = 'thai'): string {
  return withDigits(`ปีงบประมาณ พ.ศ. ${fiscalYear}`, digits)
}

/** `ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๘)` */
export function formatFiscalQuarter(fiscalYear: number, quarter: 1 | 2 | 3 | 4, digits: DigitStyle = 'thai'): string {
  const { start, end } = fiscalQuarterRange(fiscalYear, quarter)
  const months = `${THAI_MONTHS_SHORT[start.month - 1]} - ${THAI_MONTHS_SHORT[end.month - 1]} ${ceToBe(end.year)}`
  return withDigits(`ไตรมาสที่ ${quarter} (${months})`, digits)
}

/**
 * Finds a Thai month name (full or short, with or without dots) at the start of `text`; returns 1-12
 * or null. Used when reading dates such as "ต.ค. ๖๖" or "เมษายน ๒๕๖๘".
 */
export function parseThaiMonth(text: string): number | null {
  const t = text.trim()
  const full = THAI_MONTHS.findIndex((name) => t.startsWith(name))
  if (full >= 0) return full + 1
  const bare = t.replace(/[.\s]/g, '')
  const short = THAI_MONTHS_SHORT.findIndex((name) => bare.startsWith(name.replace(/\./g, '')))
  return short >= 0 ? short + 1 : null
}
