/**
 * The shape every reader produces (SheetJS for workbooks, the delimited-text reader for CSV and pasted
 * tables): named sheets of rows of plain cell values. Strings are kept as written; numbers are the
 * cached values of numeric cells (never formulas); empty cells are null.
 */
export type CellValue = string | number | null

export interface Sheet {
  /** The sheet's name; null for a CSV file or pasted text, which have one unnamed table. */
  name: string | null
  /** rows[r][c], 0-based; a row may be shorter than others, missing cells are empty. */
  rows: CellValue[][]
}

/** The text of a cell, trimmed; '' for an empty cell. Numbers print as JavaScript writes them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : value.trim()
}
