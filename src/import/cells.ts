import * as XLSX from 'xlsx'
import type { ImportLimits } from './limits'
import { attempt, fail, ImportRejection, where, type Result } from './problems'
import { EXCEL_ERROR_TEXT, isPercentFormat, percentShown, withoutInvisible, type CellValue, type Sheet } from './sheet'

/**
 * The one file that knows SheetJS: workbook bytes -> sheets of plain cell values, and sheets -> .xlsx
 * bytes (the blank template). A plain .xlsx is read faster by xlsx-plain.ts, which gives the same sheets
 * and leaves anything else to this file.
 *
 * Reading is defensive. Formulas are never evaluated (SheetJS does not evaluate; we also ask it not to
 * keep formula text and take only the value the spreadsheet saved), rich text is not turned into HTML,
 * and rows are capped while SheetJS reads (a sheet longer than the limit is rejected, never cut).
 * Compressed workbooks reach this file already expanded and checked (zip.ts).
 */

const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  // Number formats are read only to tell a percentage cell (0.8533 shown as 85.33%) from a score.
  cellNF: true,
  cellDates: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  WTF: false,
}

/**
 * What a CFB (OLE) container holds when it is not a workbook to read: an encrypted Office document
 * (Excel's "Encrypt with password"), or an old Word or PowerPoint file (.doc, .ppt) renamed .xls, which
 * SheetJS would only call damaged. Null for a workbook, or anything else.
 */
function containerKind(bytes: Uint8Array): 'encrypted' | 'Word' | 'PowerPoint' | null {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' })
    const holds = (name: string) => Boolean(XLSX.CFB.find(container, name))
    if (holds('/EncryptionInfo') || holds('/EncryptedPackage')) return 'encrypted'
    if (holds('/Workbook') || holds('/Book')) return null
    if (holds('/WordDocument')) return 'Word'
    if (holds('/PowerPoint Document')) return 'PowerPoint'
    return null
  } catch {
    return null
  }
}

/** A SheetJS cell -> a plain value: saved values only; percentages as the number shown (85.33); text without invisible characters. */
function plainValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number
      if (!Number.isFinite(value)) return null
      // 0.905 shown as 90.50%: the score is 90.5 (rounded at 1e-9 to drop the binary noise of * 100).
      return isPercentFormat(cell.z) ? percentShown(value) : value
    }
    case 's': {
      const text = typeof cell.v === 'string' ? withoutInvisible(cell.v) : ''
      return text === '' ? null : text
    }
    case 'b': return cell.v ? 'TRUE' : 'FALSE'
    // An error value (#DIV/0!) is kept as its text so a score column can say which cell holds it.
    case 'e': return typeof cell.w === 'string' ? cell.w : EXCEL_ERROR_TEXT.get(cell.v as number) ?? '#ERROR'
    case 'd': return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null
    default: return null
  }
}

function toSheet(name: string, worksheet: XLSX.WorkSheet, fileName: string | null, limits: ImportLimits): Sheet {
  const data = (worksheet['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>
  // SheetJS stops at `sheetRows` and then keeps the sheet's full range in !fullref: rows were left
  // unread, so the sheet is too long. (A sheet that declares more rows than it holds is refused too.)
  const fullRange = worksheet['!fullref'] ? XLSX.utils.decode_range(worksheet['!fullref']) : null
  if (data.length > limits.rowsPerSheet || (fullRange && fullRange.e.r + 1 > limits.rowsPerSheet)) {
    throw new ImportRejection({ code: 'too-many-rows', where: where(fileName, name), value: Math.max(data.length, (fullRange?.e.r ?? 0) + 1), limit: limits.rowsPerSheet })
  }
  const rows: CellValue[][] = new Array<CellValue[]>(data.length)
  for (let r = 0; r < data.length; r++) {
    const source = data[r]
    if (!source) { rows[r] = []; continue }
    if (source.length > limits.columns) {
      throw new ImportRejection({ code: 'too-many-columns', where: where(fileName, name, r + 1), value: source.length, limit: limits.columns })
    }
    const row = new Array<CellValue>(source.length)
    for (let c = 0; c < source.length; c++) {
      const value = plainValue(source[c])
      if (typeof value === 'string' && value.length > limits.cellCharacters) {
        throw new ImportRejection({ code: 'cell-too-long', where: where(fileName, name, r + 1, c + 1), value: value.length, limit: limits.cellCharacters })
      }
      row[c] = value
    }
    rows[r] = row
  }
  // Cells merged down a column (a tool or organisation name spanning rows) hold the value only in the
  // top cell; copy it down so each row carries it, as the reader of the printed table sees it.
  for (const merge of worksheet['!merges'] ?? []) {
    const top = rows[merge.s.r]?.[merge.s.c] ?? null
    for (let r = merge.s.r + 1; r <= Math.min(merge.e.r, rows.length - 1); r++) {
      const row = rows[r]!
      if ((row[merge.s.c] ?? null) === null) row[merge.s.c] = top
    }
  }
  return { name, rows }
}

/**
 * Runs SheetJS with console.error silenced: it reports there number formats it cannot render (every
 * .ods LibreOffice writes: "ODS number format may be incorrect: value()>0"), which concern display only
 * (values are read as numbers) and would otherwise land in the CLI's stderr and the browser's console.
 * Real failures are thrown, and handled by the caller.
 */
function quietly<T>(read: () => T): T {
  const original = console.error
  console.error = () => undefined
  try {
    return read()
  } finally {
    console.error = original
  }
}

/**
 * Reads a workbook (an expanded .xlsx/.ods, an .xls, or an HTML/XML table given as text) into sheets.
 * Rejects an encrypted workbook, a Word or PowerPoint file, one SheetJS cannot read, and one past the
 * sheet, row, column or cell limits, each with where.
 */
export function readWorkbook(data: Uint8Array | string, fileName: string | null, limits: ImportLimits): Result<Sheet[]> {
  const at = where(fileName)
  const container = typeof data === 'string' ? null : containerKind(data)
  if (container === 'encrypted') return fail({ code: 'file-encrypted', where: at })
  if (container) return fail({ code: 'not-a-spreadsheet', where: at, text: container })
  let workbook: XLSX.WorkBook
  try {
    workbook = quietly(() => XLSX.read(data, { ...READ_OPTIONS, type: typeof data === 'string' ? 'string' : 'array', sheetRows: limits.rowsPerSheet + 1 }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/password|encrypt/i.test(message)) return fail({ code: 'file-encrypted', where: at })
    return fail({ code: 'file-damaged', where: at, text: message.slice(0, 200) })
  }
  const names = workbook.SheetNames ?? []
  if (names.length > limits.sheets) return fail({ code: 'too-many-sheets', where: at, value: names.length, limit: limits.sheets })
  return attempt(() => names.map((name) => {
    const worksheet = workbook.Sheets[name]
    return worksheet ? toSheet(name, worksheet, fileName, limits) : { name, rows: [] }
  }))
}

/** Whether a zip holds a workbook SheetJS reads (xlsx/xlsm/xlsb or ods), judged by its part names. */
export function isWorkbookArchive(partNames: readonly string[]): boolean {
  return partNames.some((name) => /^xl\/workbook\.(xml|bin)$/i.test(name) || name === 'content.xml')
}

export interface SheetToWrite {
  name: string
  rows: Array<Array<string | number | null>>
  /** Column widths in characters. */
  widths?: number[]
}

/** Writes sheets as an .xlsx (cells as plain values: text stays text, numbers stay numbers). */
export function writeWorkbook(sheets: readonly SheetToWrite[]): Uint8Array {
  const workbook = XLSX.utils.book_new()
  for (const sheet of sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows)
    if (sheet.widths) worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }))
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name)
  }
  const written = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  return new Uint8Array(written)
}
