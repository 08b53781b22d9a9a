/**
 * A printed report as plain data: the print route renders it to A4 pages, the docx and xlsx exporters
 * write the same blocks, so what is printed, sent as Word and exported never drift apart.
 * All text is final (digits already in the chosen style); renderers only lay it out.
 */

import type { DigitStyle } from '@/domain/thai'

export type Orientation = 'portrait' | 'landscape'

export interface TableColumn {
  header: string
  /** Relative width; renderers scale the widths to the page. */
  width: number
  align?: 'left' | 'center' | 'right'
}

/**
 * A cell holds one or more lines (numbered steps are one line each). Every row has a cell per column: no
 * cell spans rows (seed 002 prints a group's label on its first row and leaves the rest blank), so no
 * row can be split across a page by a span.
 */
export interface TableCell {
  lines: string[]
  bold?: boolean
  /** The figure the text prints, for spreadsheets: written as a number shown with `decimals` places
   *  in the report's digits, so it can be summed or charted. Absent for text and for '-' (no score). */
  number?: { value: number; decimals: number }
}

export interface TableBlock {
  type: 'table'
  /** Stable key for tests. */
  id: string
  /** The table's sheet in the xlsx export, in Thai (the exporter trims it to Excel's rules). */
  sheetName: string
  title?: string
  columns: TableColumn[]
  rows: TableCell[][]
}

export interface IndicatorBar {
  label: string
  value: number | null
  /** Printed beside the bar: the score in the report's digits. */
  valueText: string
  below: boolean
}

export interface ChartBlock {
  type: 'chart'
  title: string
  bars: IndicatorBar[]
  threshold: number
  thresholdText: string
  /** Scale marks with their printed text. */
  ticks: Array<{ value: number; text: string }>
  axisLabel: string
}

export type ReportBlock =
  | { type: 'title'; lines: string[] }
  | { type: 'heading'; level: 1 | 2; text: string; id?: string }
  | { type: 'paragraph'; text: string; indent?: boolean }
  | { type: 'list'; items: string[] }
  | TableBlock
  | ChartBlock
  | { type: 'signatures'; signers: Array<{ role: string; name: string; position: string }> }

/** A run of blocks printed in one orientation (wide tables go on landscape pages). */
export interface ReportSection {
  orientation: Orientation
  blocks: ReportBlock[]
}

export interface Report {
  /** File names and the document title. */
  title: string
  /** The digits the text is in; the exports number pages and show figures in the same digits. */
  digits: DigitStyle
  sections: ReportSection[]
  /** The sheet name of a report without tables in the xlsx export (its text goes on one sheet). */
  textSheetName?: string
}

export function cell(text: string | string[], options: Omit<TableCell, 'lines'> = {}): TableCell {
  return { lines: Array.isArray(text) ? text : [text], ...options }
}

/** A cell printing a figure (already formatted in the report's digits) that spreadsheets keep as a number. */
export function numberCell(text: string, value: number | null, decimals: number, options: Omit<TableCell, 'lines' | 'number'> = {}): TableCell {
  return cell(text, value === null ? options : { ...options, number: { value, decimals } })
}
