import { normaliseBeYear } from '@/domain/thai/dates'
import { toArabicDigits } from '@/domain/thai/digits'
import { cellText, type CellValue } from './sheet'

/**
 * The organisation and fiscal year a file states in the rows above its table, as in
 * "ผลการประเมิน ITA หน่วยงาน องค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน จังหวัดมหาสารคาม
 * ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", or as a label and a value in two cells ("หน่วยงาน" | "อบต.หนองซอน").
 */

export interface OrganizationInfo {
  name: string
  district: string
  province: string
}

export interface TitleInfo {
  organization: OrganizationInfo | null
  fiscalYear: number | null
  /** Every distinct year the title rows mention, in order (more than one earns a warning). */
  years: number[]
}

// What ends a name: the district, province or year that follows it, with or without a space (never
// "จังหวัด" without one: องค์การบริหารส่วนจังหวัด… is a name).
const STOP = /\s+(?:อำเภอ|จังหวัด|อ\.|จ\.|ประจำปี|ปีงบประมาณ|พ\.\s?ศ\.|ปี\s*\d|ผลการประเมิน|ITA\b|fiscal|FY\b)|(?<=\S)(?=ประจำปี|ปีงบประมาณ|อำเภอ)/i
const LABELLED = /(?:^|\s)(?:ชื่อหน่วยงาน|หน่วยงาน|ชื่อองค์กร|organi[sz]ation|agency)\s*[:：]?\s*(.*)$/i
const TYPED = /(องค์การบริหารส่วน(?:ตำบล|จังหวัด)\S+|เทศบาล(?:ตำบล|เมือง|นคร)\S+|(?:อบต|อบจ|ทต|ทม|ทน)\.\s?\S+)/
const YEAR_PATTERNS = [
  /(?:ปีงบประมาณ|ปีงบ|ประจำปี|ปี)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4}|\d{2})(?!\d)/g,
  /พ\.\s*ศ\.?\s*(\d{4})(?!\d)/g,
  /(?:fiscal\s*year|\bfy|\bita)\s*(\d{4})(?!\d)/gi,
]
/** A row naming the assessment itself, preferred over rows that name other years (the measures' year). */
const RESULT_ROW = /ผลการประเมิน|ผลคะแนน|\bITA\b|คะแนน|result/i

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').replace(/^[\s:：\-–]+|[\s:：,\-–]+$/g, '').trim()
}

function cutAtStop(text: string): string {
  const stop = STOP.exec(` ${text}`)
  return clean(stop ? ` ${text}`.slice(0, stop.index) : text)
}

function placeAfter(label: string, text: string): string {
  const match = new RegExp(`${label}\\s*(\\S+)`).exec(text)
  return match ? cutAtStop(match[1]!) : ''
}

/** The organisation named in one line of text, or null. */
export function organizationInText(line: string): OrganizationInfo | null {
  const text = clean(line)
  let name = ''
  const labelled = LABELLED.exec(text)
  if (labelled) name = cutAtStop(labelled[1]!)
  if (!name) {
    const typed = TYPED.exec(text)
    if (typed) name = cutAtStop(typed[1]!)
  }
  if (!name || name.length < 3) return null
  return { name, district: placeAfter('อำเภอ', text), province: placeAfter('จังหวัด', text) }
}

/** Every fiscal year (BE) one line of text mentions, in order. */
export function yearsInText(line: string): number[] {
  const text = toArabicDigits(line)
  const found: Array<{ index: number; year: number }> = []
  for (const pattern of YEAR_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const year = normaliseBeYear(Number(match[1]))
      if (year !== null && year >= 2550 && year <= 2700) found.push({ index: match.index, year })
    }
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((entry) => entry.year))]
}

/** Joins a row's cells into one line (cells merged across columns repeat their text once). */
export function rowLine(row: readonly CellValue[]): string {
  const texts = row.map((cell) => cellText(cell)).filter((text) => text !== '')
  return texts.filter((text, index) => text !== texts[index - 1]).join(' ')
}

export function readTitle(rows: ReadonlyArray<readonly CellValue[]>): TitleInfo {
  let organization: OrganizationInfo | null = null
  const years: number[] = []
  let preferredYear: number | null = null
  for (const row of rows) {
    const line = rowLine(row)
    if (line === '' || line.length > 2000) continue
    organization ??= organizationInText(line)
    const lineYears = yearsInText(line)
    for (const year of lineYears) if (!years.includes(year)) years.push(year)
    if (preferredYear === null && lineYears.length > 0 && RESULT_ROW.test(line)) preferredYear = lineYears[0]!
  }
  return { organization, fiscalYear: preferredYear ?? years[0] ?? null, years }
}
