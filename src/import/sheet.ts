/**
 * The shape every reader produces (SheetJS for workbooks, the delimited-text reader for CSV and pasted
 * tables): named sheets of rows of plain cell values. Strings are kept as written, less invisible format
 * characters (`withoutInvisible`); numbers are the cached values of numeric cells (never formulas); empty
 * cells are null.
 */
export type CellValue = string | number | null

export interface Sheet {
  /** The sheet's name; null for a CSV file or pasted text, which have one unnamed table. */
  name: string | null
  /** rows[r][c], 0-based; a row may be shorter than others, missing cells are empty. */
  rows: CellValue[][]
}

/**
 * Invisible format characters: zero-width space, non-joiner and joiner, direction marks, embeddings,
 * overrides and isolates, word joiner, soft hyphen, byte-order mark. Text copied from web pages carries
 * them; left in a cell they make a code or a score that looks right unreadable ("i\u200b1", "84\u200e"),
 * or make it display other than it reads (an override shows "1i" as "i1").
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g')

/** A text cell as the readers keep it: without invisible format characters (they run on every cell). */
export function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text
}

/** The text of a cell, trimmed; '' for an empty cell. Numbers print as JavaScript writes them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : value.trim()
}

/** Whether an Excel number format shows a percentage: "0.00%" does; "0.00\"%\"" and "0.00\\%" print a literal sign. */
export function isPercentFormat(format: unknown): boolean {
  return typeof format === 'string' && format.includes('%') && format.replace(/"[^"]*"|\\./g, '').includes('%')
}

/** A cell shown as a percentage (0.905 as 90.50%) as the score it shows, without the binary noise of * 100. */
export function percentShown(value: number): number {
  return Math.round(value * 100 * 1e9) / 1e9
}

/** Excel's error values by their code in a workbook, as the cell shows them. */
export const EXCEL_ERROR_TEXT: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'], [0x07, '#DIV/0!'], [0x0f, '#VALUE!'], [0x17, '#REF!'], [0x1d, '#NAME?'], [0x24, '#NUM!'], [0x2a, '#N/A'],
])
