import { fiscalQuarterOf, fiscalQuarterRange, fiscalYearOf, formatMonthRange, type DigitStyle } from '../thai'
import type { Period, Quarters } from './schema'

/**
 * Periods of measures: CE `YYYY-MM` months, inclusive, read against the Thai fiscal year
 * (FY2568 = 2024-10 .. 2025-09) and its quarters (Q1 = Oct-Dec).
 */

function parse(month: string): { year: number; month: number } {
  const [year, mm] = month.split('-')
  return { year: Number(year), month: Number(mm) }
}

function text(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`
}

/** Months since year 0: a total order on `YYYY-MM`. */
export function monthIndex(month: string): number {
  const { year, month: mm } = parse(month)
  return year * 12 + (mm - 1)
}

function fromIndex(index: number): string {
  return text(Math.floor(index / 12), (index % 12) + 1)
}

/** The twelve months of a BE fiscal year, October first: 2568 -> 2024-10 .. 2025-09. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const first = monthIndex(text(fiscalYear - 543 - 1, 10))
  return Array.from({ length: 12 }, (_, offset) => fromIndex(first + offset))
}

/** The period from the first month of quarter `from` to the last month of quarter `to` (1-4) of a BE fiscal year. */
export function periodOfQuarters(fiscalYear: number, from: number, to: number): Period {
  const start = fiscalQuarterRange(fiscalYear, from as 1 | 2 | 3 | 4).start
  const end = fiscalQuarterRange(fiscalYear, to as 1 | 2 | 3 | 4).end
  return { start: text(start.year, start.month), end: text(end.year, end.month) }
}

/** Ticks the fiscal quarters of `fiscalYear` that the period touches; none when it lies outside. */
export function quartersOfPeriod(period: Period | null, fiscalYear: number): Quarters {
  const ticks: Quarters = [false, false, false, false]
  if (!period || monthIndex(period.start) > monthIndex(period.end)) return ticks
  for (let index = monthIndex(period.start); index <= monthIndex(period.end); index++) {
    const month = fromIndex(index)
    if (fiscalYearOf(month) === fiscalYear) ticks[fiscalQuarterOf(month) - 1] = true
  }
  return ticks
}

/** True when start <= end and both months lie inside the BE fiscal year. */
export function isPeriodInFiscalYear(period: Period, fiscalYear: number): boolean {
  return monthIndex(period.start) <= monthIndex(period.end)
    && fiscalYearOf(period.start) === fiscalYear && fiscalYearOf(period.end) === fiscalYear
}

/** The same months `years` later (a measure carried over to the next fiscal year). */
export function shiftPeriod(period: Period, years: number): Period {
  return { start: fromIndex(monthIndex(period.start) + 12 * years), end: fromIndex(monthIndex(period.end) + 12 * years) }
}

/**
 * Moves the start of a period to `earliest` when it would begin earlier (a plan drafted in March
 * starts its measures in April, as seed 002's does); the end moves to the end of the fiscal year
 * when the start passes it. A period already starting later is returned unchanged.
 */
export function clampPeriodStart(period: Period, earliest: string, fiscalYear: number): Period {
  if (monthIndex(earliest) <= monthIndex(period.start) || fiscalYearOf(earliest) !== fiscalYear) return period
  const end = monthIndex(earliest) > monthIndex(period.end) ? fiscalYearMonths(fiscalYear)[11]! : period.end
  return { start: earliest, end }
}

/** `เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘`, as seed 002's period column prints it; `-` when there is none. */
export function formatPeriod(period: Period | null, digits: DigitStyle = 'thai'): string {
  return period ? formatMonthRange(period.start, period.end, { digits }) : '-'
}
