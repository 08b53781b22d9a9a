import { toArabicDigits, withDigits, type DigitStyle } from './digits'

export interface NumberFormat {
  /** Thai digits by default, as official documents print them. */
  digits?: DigitStyle
  /** Fixed number of decimals; scores use 2. */
  decimals?: number
  /** Thousands separator (money); off for scores. */
  grouping?: boolean
}

/**
 * Formats a number as the seeds print it: `74.67` -> `๗๔.๖๗`, `627872` with grouping -> `๖๒๗,๘๗๒.๐๐`.
 * Rounds half away from zero at the requested decimals (2 by default), so 84.245 prints as 84.25.
 */
export function formatNumber(value: number, format: NumberFormat = {}): string {
  const decimals = format.decimals ?? 2
  const rounded = roundHalfAway(value, decimals)
  let text = Math.abs(rounded).toFixed(decimals)
  if (format.grouping) {
    const [whole = '0', fraction] = text.split('.')
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '')
  }
  if (rounded < 0) text = `-${text}`
  return withDigits(text, format.digits ?? 'thai')
}

/** A score as printed in tables: two decimals, Thai digits unless asked otherwise. */
export function formatScore(value: number | null | undefined, digits: DigitStyle = 'thai'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-'
  return formatNumber(value, { digits, decimals: 2 })
}

/**
 * Rounds to `decimals` places, half away from zero, correcting binary drift first
 * (74.665 is stored as 74.66499999…; published figures round it to 74.67).
 */
export function roundHalfAway(value: number, decimals = 2): number {
  const factor = 10 ** decimals
  const scaled = Math.abs(value) * factor
  const nudged = Math.round(scaled * 1e6) / 1e6
  return (Math.sign(value) * Math.round(nudged)) / factor
}

/** Two-decimal rounding used wherever a figure is published or compared (NACC figures have two decimals). */
export function round2(value: number): number {
  return roundHalfAway(value, 2)
}

export type ParsedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'not-assessed' }
  | { kind: 'invalid'; text: string }

/**
 * Reads a number as people type it in Thai documents and spreadsheets: Thai or Arabic digits (mixed),
 * thousands separators (`50,000`, `๕๐,๐๐๐`, and `30.000` when the dot groups thousands exactly),
 * a trailing `%`, surrounding spaces. Blank is `blank`; `-`, `–` or `—` alone is `not-assessed`.
 * Anything else that is not a plain number is `invalid`, never guessed.
 */
export function parseThaiNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { kind: 'blank' }
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'invalid', text: String(input) }
  }
  const raw = toArabicDigits(input).replace(/[\s\u00a0\u200b]+/g, '')
  if (raw === '') return { kind: 'blank' }
  if (/^[-–—]+$/.test(raw)) return { kind: 'not-assessed' }
  let text = raw.replace(/%$/, '')
  const sign = text.startsWith('-') ? -1 : 1
  if (sign < 0 || text.startsWith('+')) text = text.slice(1)
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '')
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) text = text.replace(/\./g, '')
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: 'invalid', text: input }
  return { kind: 'number', value: sign * Number(text) }
}
