import type { Tool } from '@/domain/framework/schema'
import { toolOfItemCode } from '@/domain/item-code'
import { TEN_INDICATORS } from '@/domain/framework/common'
import { normaliseBeYear } from '@/domain/thai/dates'
import { parseThaiNumber } from '@/domain/thai/numbers'
import {
  attempt, ImportRejection, where, type ImportWarning, type Result, type Target, type Where,
} from './problems'
import { cellText, type CellValue, type Sheet } from './sheet'
import { isRepeatedHeader, type LongTable, type Table, type WideTable } from './table'
import { readTitle, rowLine, type OrganizationInfo, type TitleInfo } from './title'
import { isSummaryLabel, labelTarget, toolFromText, type LabelMeaning } from './vocabulary'

/**
 * table -> normalised records: one record per score found, saying what it is for (item, indicator,
 * total or tool), its value (0-100, or null for `-`, not assessed), the organisation and year the row
 * names if it does, and where it was read. Scores are validated here: text that is not a number, or a
 * number outside 0-100, rejects the import with where.
 */

/** One score read: what it is for, its value, and where it was read (a record is its own `Where`). */
export interface ScoreRecord extends Where {
  target: Target
  /** 0-100; null when marked `-` (not assessed). */
  value: number | null
  organization: OrganizationInfo | null
  fiscalYear: number | null
  /** What a long table's row states beside an item's score (its question text, tool, indicator); absent when nothing. */
  itemFacts?: RowItemFacts
}

/** An item row's title cell (trimmed, at most 500 characters), tool cell and indicator cell, as read. */
export interface RowItemFacts {
  title: string | null
  tool: Tool | null
  indicator: number | null
}

/** The position of a record alone, for messages (a record carries more than a `Where`). */
export function whereOf(record: Where): Where {
  return where(record.file, record.sheet, record.row, record.column)
}

export interface SheetRecords {
  sheet: string | null
  records: ScoreRecord[]
  warnings: ImportWarning[]
  /** What the rows above the table say. */
  title: TitleInfo
}

/**
 * A score cell's value: 0-100 (Thai digits, separators, trailing %), null for `-` (not assessed),
 * undefined when blank. Text that is not a number, or a number outside 0-100, rejects the import with
 * where. Called once per score cell of a sheet, so it allocates nothing unless it rejects.
 */
function scoreValue(cell: CellValue | undefined, file: string | null, sheet: string | null, row: number, column: number): number | null | undefined {
  let value: number
  if (typeof cell === 'number') value = cell
  else {
    const parsed = parseThaiNumber(cell ?? null)
    if (parsed.kind === 'blank') return undefined
    if (parsed.kind === 'not-assessed') return null
    if (parsed.kind === 'invalid') {
      throw new ImportRejection({ code: 'score-not-a-number', where: where(file, sheet, row, column), text: cellText(cell ?? null).slice(0, 100) })
    }
    value = parsed.value
  }
  if (!(value >= 0 && value <= 100)) throw new ImportRejection({ code: 'score-out-of-range', where: where(file, sheet, row, column), value })
  return value
}

function readYear(cell: CellValue | undefined, at: Where): number | null {
  const text = cellText(cell ?? null)
  if (text === '') return null
  const parsed = parseThaiNumber(text.replace(/^(?:พ\.?\s*ศ\.?|ปี)\s*/, ''))
  const year = parsed.kind === 'number' ? normaliseBeYear(parsed.value) : null
  if (year === null || year < 2500 || year > 2700) throw new ImportRejection({ code: 'year-invalid', where: at, text: text.slice(0, 50) })
  return year
}

function toolOfTarget(target: Target): Tool | null {
  if (target.kind === 'item') return toolOfItemCode(target.code)
  if (target.kind === 'indicator') return TEN_INDICATORS.find((indicator) => indicator.no === target.no)?.tool ?? null
  return null
}

function organizationCell(row: readonly CellValue[], table: Table): OrganizationInfo | null {
  if (table.organization === null) return null
  const name = cellText(row[table.organization] ?? null).replace(/\s+/g, ' ')
  if (name === '') return null
  const place = (column: number | null) => (column === null ? '' : cellText(row[column] ?? null))
  return { name, district: place(table.district), province: place(table.province) }
}

function longRecords(sheet: Sheet, table: LongTable, fileName: string | null, out: SheetRecords): void {
  const rows = sheet.rows
  const at = (row: number, column: number | null) => where(fileName, sheet.name, row + 1, column === null ? null : column + 1)
  let filledTool: Tool | null = null
  let filledOrganization: OrganizationInfo | null = null
  let filledYear: number | null = null

  for (let r = table.dataStart; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (row.length === 0 || isRepeatedHeader(row, table, rows)) continue
    const text = (column: number | null) => (column === null ? '' : cellText(row[column] ?? null))

    const toolText = text(table.tool)
    const explicitTool = toolText ? toolFromText(toolText) : null
    if (explicitTool) filledTool = explicitTool
    const tool = filledTool ?? table.sheetTool
    filledOrganization = organizationCell(row, table) ?? filledOrganization
    if (table.year !== null) filledYear = readYear(row[table.year], at(r, table.year)) ?? filledYear

    const fromCode = text(table.code) ? labelTarget(text(table.code), tool) : null
    const fromIndicator = text(table.indicator) ? labelTarget(text(table.indicator), 'indicator') : null
    const fromTitle = text(table.title) ? labelTarget(text(table.title), null) : null
    // "คะแนนรวม" or "IIT" in another column labels a summary line only when the label cells are empty
    // (a tool column merged down data rows says IIT beside every item).
    const labelsEmpty = !text(table.code) && !text(table.indicator) && !text(table.title)
    let meaning = fromCode ?? fromIndicator ?? fromTitle ?? (labelsEmpty ? totalOrToolLabel(row, table.score) : null)
    let scoreColumn = table.score

    if (fromIndicator?.kind === 'indicator' && fromTitle?.kind === 'indicator' && fromTitle.no !== fromIndicator.no && !fromCode) {
      out.warnings.push({ code: 'indicator-name-mismatch', where: at(r, table.title), text: text(table.title), target: fromIndicator })
    }

    if (!meaning && text(table.score) === '') {
      // A row shifted left when pasted (seed 002: "ข้อ o๓๐ | ๐" under a five-column table): a code
      // elsewhere in the row, its score in the next number cell to its right.
      const codeColumn = row.findIndex((cell, column) => column !== table.score && typeof cell === 'string' && labelTarget(cell, null)?.kind === 'item')
      if (codeColumn >= 0) {
        const valueColumn = row.findIndex((cell, column) => column > codeColumn && cell !== null && parseThaiNumber(cell).kind !== 'invalid' && parseThaiNumber(cell).kind !== 'blank')
        if (valueColumn >= 0) {
          meaning = labelTarget(cellText(row[codeColumn] ?? null), null)
          scoreColumn = valueColumn
          out.warnings.push({ code: 'code-outside-code-column', where: at(r, codeColumn), text: cellText(row[codeColumn] ?? null) })
        }
      }
    }

    const scoreText = text(scoreColumn)
    if (meaning?.kind === 'level') continue
    if (!meaning) {
      if (scoreText !== '') {
        const value = parseThaiNumber(scoreText)
        out.warnings.push({
          code: 'row-not-understood', where: at(r, null), text: rowLine(row).slice(0, 120),
          value: value.kind === 'number' ? value.value : null,
        })
      }
      continue
    }
    const target: Target = meaning
    if (explicitTool && toolOfTarget(target) && toolOfTarget(target) !== explicitTool) {
      out.warnings.push({ code: 'tool-mismatch', where: at(r, table.tool), text: toolText, target })
    }
    pushScore(out, target, row[scoreColumn], fileName, sheet.name, r + 1, scoreColumn + 1, filledOrganization, filledYear)
    if (target.kind === 'item' && out.records.at(-1)?.row === r + 1) {
      // The title cell of an item row is its question text unless it is only the code again.
      const titleText = text(table.title).replace(/\s+/g, ' ').trim()
      const title = titleText !== '' && fromTitle?.kind !== 'item' ? titleText.slice(0, 500) : null
      const indicator = fromIndicator?.kind === 'indicator' ? fromIndicator.no : null
      if (title !== null || indicator !== null || explicitTool !== null) {
        out.records.at(-1)!.itemFacts = { title, tool: explicitTool, indicator }
      }
    }
  }
}

/** A row labelled "คะแนนรวม" or "IIT" in whatever column (a summary line under the table). */
function totalOrToolLabel(row: readonly CellValue[], scoreColumn: number): LabelMeaning | null {
  for (let column = 0; column < row.length; column++) {
    const cell = row[column]
    if (column === scoreColumn || typeof cell !== 'string') continue
    const meaning = labelTarget(cell, null)
    if (meaning?.kind === 'total' || meaning?.kind === 'tool') return meaning
    if (cell.trim() !== '') return null
  }
  return null
}

function wideRecords(sheet: Sheet, table: WideTable, fileName: string | null, out: SheetRecords): void {
  const rows = sheet.rows
  const at = (row: number, column: number | null) => where(fileName, sheet.name, row + 1, column === null ? null : column + 1)
  for (let r = table.dataStart; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (row.length === 0 || isRepeatedHeader(row, table, rows)) continue
    const organization = organizationCell(row, table)
    if (organization && isSummaryLabel(organization.name)) {
      out.warnings.push({ code: 'summary-row-skipped', where: at(r, table.organization), text: organization.name })
      continue
    }
    const fiscalYear = table.year === null ? null : readYear(row[table.year], at(r, table.year))
    for (const { column, target } of table.targets) {
      pushScore(out, target, row[column], fileName, sheet.name, r + 1, column + 1, organization, fiscalYear)
    }
  }
}

function pushScore(
  out: SheetRecords, target: Target, cell: CellValue | undefined, file: string | null, sheet: string | null, row: number, column: number,
  organization: OrganizationInfo | null, fiscalYear: number | null,
): void {
  const value = scoreValue(cell, file, sheet, row, column)
  if (value === undefined) return
  if (value === null && target.kind !== 'item') {
    out.warnings.push({ code: 'indicator-not-assessed', where: where(file, sheet, row, column), target })
    return
  }
  out.records.push({ target, value, file, sheet, row, column, organization, fiscalYear })
}

/** Reads the records of one sheet's table, with the title rows above it. */
export function readRecords(sheet: Sheet, table: Table, fileName: string | null): Result<SheetRecords> {
  return attempt(() => {
    const titleRows = sheet.rows.slice(0, table.headerRow ?? table.dataStart)
    const out: SheetRecords = { sheet: sheet.name, records: [], warnings: [], title: readTitle(titleRows) }
    if (table.layout === 'long') longRecords(sheet, table, fileName, out)
    else wideRecords(sheet, table, fileName, out)
    return out
  })
}

