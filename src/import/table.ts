import type { Tool } from '@/domain/framework/schema'
import { parseThaiNumber } from '@/domain/thai/numbers'
import type { ImportLimits } from './limits'
import { fail, ok, where, targetKey, type Result, type Target } from './problems'
import { cellText, type CellValue, type Sheet } from './sheet'
import { classifyHeader, labelTarget, toolOfSheetName, type ColumnRole, type HeaderMeaning } from './vocabulary'

/**
 * cells -> table: finds where a sheet's table starts (its header row, at any row, in Thai or English,
 * under title rows) and what each column holds. Two layouts:
 * - long: a row per item or indicator (code or name, score, optional title, tool, organisation, year);
 * - wide: a row per organisation, a column per item, indicator, tool score or total.
 * A sheet without a header row is read as a long table when one column holds codes and another scores
 * (a table pasted without its header).
 */

/** Columns of a table, 0-based; null when the table has no such column. */
interface DescriptiveColumns {
  organization: number | null
  year: number | null
  district: number | null
  province: number | null
}

export interface LongTable extends DescriptiveColumns {
  layout: 'long'
  /** 0-based; null when the table has no header row. */
  headerRow: number | null
  /** First row of data, 0-based (rows above it are title rows). */
  dataStart: number
  score: number
  /** Column of codes or row labels (ข้อ, ข้อคำถาม, รหัส). */
  code: number | null
  /** Column of indicator numbers or names (ตัวชี้วัด). */
  indicator: number | null
  title: number | null
  tool: number | null
  level: number | null
  /** The tool named by the sheet's name (a sheet called IIT), for codes written as bare numbers. */
  sheetTool: Tool | null
}

export interface WideTable extends DescriptiveColumns {
  layout: 'wide'
  headerRow: number
  dataStart: number
  targets: Array<{ column: number; target: Target }>
  level: number | null
}

export type Table = LongTable | WideTable

const CONTENT_SAMPLE = 300

function isNumberCell(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return true
  if (typeof value !== 'string') return false
  const parsed = parseThaiNumber(value)
  return parsed.kind === 'number' || parsed.kind === 'not-assessed'
}

function meaningsOf(row: readonly CellValue[]): Array<HeaderMeaning | null> {
  return row.map((cell) => (typeof cell === 'string' ? classifyHeader(cell) : null))
}

function roleColumn(meanings: ReadonlyArray<HeaderMeaning | null>, role: ColumnRole): number | null {
  const index = meanings.findIndex((meaning) => meaning?.kind === 'role' && meaning.role === role)
  return index >= 0 ? index : null
}

function descriptive(meanings: ReadonlyArray<HeaderMeaning | null>): DescriptiveColumns {
  return {
    organization: roleColumn(meanings, 'organization'),
    year: roleColumn(meanings, 'year'),
    district: roleColumn(meanings, 'district'),
    province: roleColumn(meanings, 'province'),
  }
}

/** The column (not excluded) where most sampled cells name an item or indicator; null when none does. */
function labelColumnByContent(rows: readonly CellValue[][], from: number, exclude: ReadonlySet<number>): number | null {
  const counts = new Map<number, { labels: number; filled: number }>()
  for (const row of rows.slice(from, from + CONTENT_SAMPLE)) {
    row.forEach((cell, column) => {
      if (exclude.has(column) || cell === null || typeof cell === 'number') return
      const entry = counts.get(column) ?? { labels: 0, filled: 0 }
      entry.filled++
      const meaning = labelTarget(cell, null)
      if (meaning && (meaning.kind === 'item' || meaning.kind === 'indicator')) entry.labels++
      counts.set(column, entry)
    })
  }
  let best: number | null = null
  let bestCount = 0
  for (const [column, { labels, filled }] of counts) {
    if (labels > bestCount && labels >= 0.3 * filled) { best = column; bestCount = labels }
  }
  return best
}

/** The column (not excluded) holding numbers in most of the given rows, preferring columns to the right of `after`. */
function numberColumnByContent(rows: readonly CellValue[][], rowIndexes: readonly number[], exclude: ReadonlySet<number>, after: number): number | null {
  const counts = new Map<number, number>()
  for (const index of rowIndexes.slice(0, CONTENT_SAMPLE)) {
    rows[index]?.forEach((cell, column) => {
      if (!exclude.has(column) && isNumberCell(cell)) counts.set(column, (counts.get(column) ?? 0) + 1)
    })
  }
  const needed = Math.max(1, Math.ceil(0.5 * Math.min(rowIndexes.length, CONTENT_SAMPLE)))
  const candidates = [...counts].filter(([, count]) => count >= needed)
  candidates.sort(([a, countA], [b, countB]) => (b > after ? 1 : 0) - (a > after ? 1 : 0) || countB - countA || a - b)
  return candidates[0]?.[0] ?? null
}

function rowsWithLabels(rows: readonly CellValue[][], from: number, column: number): number[] {
  const found: number[] = []
  for (let index = from; index < rows.length && found.length < CONTENT_SAMPLE; index++) {
    const text = cellText(rows[index]?.[column] ?? null)
    if (text !== '' && labelTarget(text, 'indicator')) found.push(index)
  }
  return found
}

function wideTable(rows: readonly CellValue[][], headerRow: number, meanings: ReadonlyArray<HeaderMeaning | null>): WideTable {
  const targets: WideTable['targets'] = []
  meanings.forEach((meaning, column) => {
    if (meaning?.kind === 'target') targets.push({ column, target: meaning.target })
  })
  const columns = descriptive(meanings)
  if (columns.organization === null) {
    // An unnamed first text column left of the scores is the organisations' names.
    const firstTarget = Math.min(...targets.map((entry) => entry.column))
    for (let column = 0; column < firstTarget; column++) {
      if (meanings[column]) continue
      const sample = rows.slice(headerRow + 1, headerRow + 1 + 50).map((row) => row[column]).filter((cell) => cell !== null && cell !== undefined)
      if (sample.length > 0 && sample.filter((cell) => typeof cell === 'string' && !isNumberCell(cell)).length >= 0.8 * sample.length) {
        columns.organization = column
        break
      }
    }
  }
  return { layout: 'wide', headerRow, dataStart: headerRow + 1, targets, ...columns, level: roleColumn(meanings, 'level') }
}

/**
 * Finds the table of a sheet: null when the sheet holds none (a notes sheet), or a rejection when it
 * has a header of codes but no column of scores.
 */
export function findTable(sheet: Sheet, fileName: string | null, limits: ImportLimits): Result<Table | null> {
  const rows = sheet.rows
  const sheetTool = toolOfSheetName(sheet.name)
  const searchEnd = Math.min(rows.length, limits.headerSearchRows)

  for (let r = 0; r < searchEnd; r++) {
    const row = rows[r] ?? []
    if (row.length === 0 || row.some((cell) => isNumberCell(cell))) continue
    const meanings = meaningsOf(row)
    const wideTargets = new Set(meanings.flatMap((meaning) =>
      meaning?.kind === 'target' && (meaning.target.kind === 'item' || meaning.target.kind === 'indicator') ? [targetKey(meaning.target)] : []))
    const roles = new Set(meanings.flatMap((meaning) => (meaning?.kind === 'role' ? [meaning.role] : [])))
    // Several item or indicator columns, or any score column beside a column of organisations (a
    // provincial list of totals: หน่วยงาน | คะแนนรวม | ระดับ).
    const anyTarget = meanings.some((meaning) => meaning?.kind === 'target')
    if (wideTargets.size >= 2 || (anyTarget && roles.has('organization'))) return ok(wideTable(rows, r, meanings))

    const hasLabelRole = roles.has('code') || roles.has('indicator') || roles.has('title')
    if (!roles.has('score') && !(hasLabelRole && roles.size >= 2)) continue

    const code = roleColumn(meanings, 'code')
    const indicator = roleColumn(meanings, 'indicator')
    const title = roleColumn(meanings, 'title')
    const used = new Set(meanings.flatMap((meaning, column) => (meaning ? [column] : [])))
    const contentLabel = code === null && indicator === null ? labelColumnByContent(rows, r + 1, used) : null
    const labelColumns = [code, indicator, contentLabel, title].filter((column): column is number => column !== null)
    if (labelColumns.length === 0) continue

    let score = roleColumn(meanings, 'score')
    if (score === null) {
      const labelled = rowsWithLabels(rows, r + 1, labelColumns[0]!)
      score = numberColumnByContent(rows, labelled, new Set(labelColumns), labelColumns[0]!)
      if (score === null) return fail({ code: 'no-score-column', where: where(fileName, sheet.name, r + 1) })
    }
    return ok({
      layout: 'long', headerRow: r, dataStart: r + 1, score,
      code: code ?? contentLabel, indicator, title,
      tool: roleColumn(meanings, 'tool'),
      level: roleColumn(meanings, 'level') === score ? null : roleColumn(meanings, 'level'),
      sheetTool, ...descriptive(meanings),
    })
  }

  // No header row: a column of codes and a column of numbers beside it (a pasted table).
  const label = labelColumnByContent(rows, 0, new Set())
  if (label === null) return ok(null)
  const labelled = rowsWithLabels(rows, 0, label)
  const score = numberColumnByContent(rows, labelled, new Set([label]), label)
  if (score === null || labelled.length === 0) return ok(null)
  const toolColumn = findToolColumn(rows, labelled, new Set([label, score]))
  return ok({
    layout: 'long', headerRow: null, dataStart: labelled[0]!, score, code: label, indicator: null, title: null,
    tool: toolColumn, level: null, sheetTool, organization: null, year: null, district: null, province: null,
  })
}

function findToolColumn(rows: readonly CellValue[][], rowIndexes: readonly number[], exclude: ReadonlySet<number>): number | null {
  const counts = new Map<number, number>()
  for (const index of rowIndexes) {
    rows[index]?.forEach((cell, column) => {
      if (exclude.has(column) || typeof cell !== 'string') return
      const meaning = labelTarget(cell, null)
      if (meaning?.kind === 'tool') counts.set(column, (counts.get(column) ?? 0) + 1)
    })
  }
  return [...counts].sort(([, a], [, b]) => b - a)[0]?.[0] ?? null
}

/** A row that repeats the header (a table printed across pages repeats it on each). */
export function isRepeatedHeader(row: readonly CellValue[], table: Table, rows: readonly CellValue[][]): boolean {
  if (table.headerRow === null) return false
  const header = rows[table.headerRow] ?? []
  // Cheap test first: a data row rarely has text equal to the header's first non-empty cell.
  const first = header.findIndex((cell) => cell !== null)
  if (first < 0 || cellText(row[first] ?? null) !== cellText(header[first] ?? null)) return false
  for (let index = 0; index < Math.max(header.length, row.length); index++) {
    if (cellText(header[index] ?? null) !== cellText(row[index] ?? null)) return false
  }
  return true
}
