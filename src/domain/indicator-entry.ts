import { AssessmentScoresSchema, type AssessmentScores } from './assessment'
import { parseThaiNumber } from './thai/numbers'

/**
 * A year entered by hand from the ITAS summary: the ten indicator scores (committees often have only
 * those for older years) and, when known, the published total. Text as typed: Thai or Arabic digits,
 * spaces, a trailing %. Pure; the Thai messages for the error codes live in src/ui.
 */

export type IndicatorEntryField = 'fiscalYear' | 'total' | `indicator-${number}`
export type IndicatorEntryErrorCode = 'blank' | 'not-a-number' | 'out-of-range' | 'year-range' | 'year-taken'

export interface IndicatorEntryError {
  field: IndicatorEntryField
  code: IndicatorEntryErrorCode
}

export interface IndicatorEntryInput {
  fiscalYear: string
  /** Ten texts, indicator 1 first. */
  indicators: readonly string[]
  /** Blank when the published total is not at hand: it is then computed from the ten. */
  total: string
}

export type IndicatorEntryResult =
  | { ok: true; scores: AssessmentScores }
  | { ok: false; errors: IndicatorEntryError[] }

/** Reads the entry; `takenYears` are the years the organisation already has (a year is never overwritten). */
export function readIndicatorEntry(input: IndicatorEntryInput, takenYears: readonly number[]): IndicatorEntryResult {
  const errors: IndicatorEntryError[] = []
  const year = parseThaiNumber(input.fiscalYear)
  let fiscalYear = 0
  if (year.kind !== 'number') errors.push({ field: 'fiscalYear', code: year.kind === 'blank' ? 'blank' : 'not-a-number' })
  else if (!Number.isInteger(year.value) || year.value < 2500 || year.value > 2700) errors.push({ field: 'fiscalYear', code: 'year-range' })
  else if (takenYears.includes(year.value)) errors.push({ field: 'fiscalYear', code: 'year-taken' })
  else fiscalYear = year.value

  const score = (text: string, field: IndicatorEntryField, required: boolean): number | null => {
    const parsed = parseThaiNumber(text)
    if (parsed.kind === 'blank' && !required) return null
    if (parsed.kind === 'blank') errors.push({ field, code: 'blank' })
    else if (parsed.kind !== 'number') errors.push({ field, code: 'not-a-number' })
    else if (parsed.value < 0 || parsed.value > 100) errors.push({ field, code: 'out-of-range' })
    else return parsed.value
    return null
  }
  const indicatorScores = Array.from({ length: 10 }, (_, index) => ({
    indicator: index + 1,
    score: score(input.indicators[index] ?? '', `indicator-${index + 1}`, true),
  }))
  const publishedTotal = score(input.total, 'total', false)
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    scores: AssessmentScoresSchema.parse({ fiscalYear, itemScores: [], indicatorScores, publishedTotal }),
  }
}
