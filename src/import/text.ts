import type { ImportLimits } from './limits'
import { attempt, ImportRejection, where, type Result } from './problems'
import { withoutInvisible, type CellValue, type Sheet } from './sheet'

/**
 * Text -> cells, for CSV files and tables pasted from a web page or a spreadsheet. Every cell stays a
 * string as written, less invisible format characters (no number, date or formula interpretation: that
 * is the next steps' job, and formulas are never evaluated).
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874'

/**
 * UTF-16 written without a byte-order mark (some exporters do), from the first 4 KB: a table's digits,
 * commas and line breaks have a zero high byte and Thai letters 0x0E, so zeros stand on one side of
 * every pair (odd offsets: little-endian; even: big-endian) and never on the other, and no character
 * is a control character but tab, line feed, form feed or carriage return. Null for anything else.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, 4096) & ~1
  if (end < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  let littleControls = 0
  let bigControls = 0
  const control = (unit: number) => unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d
  for (let index = 0; index < end; index += 2) {
    const first = bytes[index]!
    const second = bytes[index + 1]!
    if (first === 0) evenZeros++
    if (second === 0) oddZeros++
    if (control(first | (second << 8))) littleControls++
    if (control((first << 8) | second)) bigControls++
  }
  const enough = 0.2 * (end / 2)
  if (evenZeros === 0 && oddZeros >= enough && littleControls === 0) return 'utf-16le'
  if (oddZeros === 0 && evenZeros >= enough && bigControls === 0) return 'utf-16be'
  return null
}

/**
 * Decodes a text file: a byte-order mark decides UTF-16 (as Excel's "Unicode text" writes it); UTF-16
 * without one is recognised by its zero bytes (`utf16WithoutBom`); otherwise bytes that are valid UTF-8
 * (after a UTF-8 byte-order mark or not) are UTF-8, and bytes that are not are read as `notUtf8` says.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    return notUtf8(body)
  }
}

/**
 * Bytes that are not valid UTF-8 are Windows-874 (TIS-620 plus a few punctuation marks), as older Thai
 * Excel writes CSV, even behind the UTF-8 byte-order mark some tools add; unless they are UTF-8 Thai
 * with a few broken bytes (a file damaged in one place), which stays UTF-8, each broken byte shown as
 * U+FFFD: read as UTF-8, its Thai letters then outnumber the broken bytes (Windows-874 Thai gives
 * almost none, every Thai letter being a broken byte).
 */
function notUtf8(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const asUtf8 = new TextDecoder('utf-8').decode(bytes)
  let thai = 0
  let broken = 0
  for (let index = 0; index < asUtf8.length; index++) {
    const unit = asUtf8.charCodeAt(index)
    if (unit >= 0x0e01 && unit <= 0x0e5b) thai++
    else if (unit === 0xfffd) broken++
  }
  if (thai > broken) return { text: asUtf8, encoding: 'utf-8' }
  return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' }
}

/** True when the text is markup (an HTML table or SpreadsheetML saved as .xls), which SheetJS reads. */
export function isMarkup(text: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart().slice(0, 2000).toLowerCase()
  return start.startsWith('<') && /<(table|html|\?xml|workbook|ss:workbook)\b/.test(start)
}

/** Tab when any of the first lines has one (pasted tables); else comma or semicolon, whichever is commoner. */
export function detectDelimiter(text: string): '\t' | ',' | ';' {
  const lines = text.split(/\r\n|\n|\r/, 50)
  if (lines.some((line) => line.includes('\t'))) return '\t'
  const count = (character: string) => lines.reduce((sum, line) => sum + line.split(character).length - 1, 0)
  return count(';') > count(',') ? ';' : ','
}

const PIPE_ROW = /^\s*\|.*\|\s*$/
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/

/**
 * A markdown-style pipe table (`| ลำดับ | รายการโครงการ | ... |`, as documents converted to text and
 * chat tools print tables): no tab in the first lines and at least two of them open and close with `|`.
 */
export function isPipeTable(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 50).filter((line) => line.trim() !== '')
  return !lines.some((line) => line.includes('\t')) && lines.filter((line) => PIPE_ROW.test(line)).length >= 2
}

/**
 * A pipe table -> cells: a line `| a | b |` is a row of cells (trimmed; `\|` is a literal bar), the
 * rule under a header (`|---|:--:|`) an empty row, any other line one cell (a title between tables).
 * Rows keep their line numbers, so where a problem is says the line of the text.
 */
function parsePipeTable(body: string, sheetName: string | null, fileName: string | null, limits: ImportLimits): Sheet {
  const rows: CellValue[][] = []
  for (const line of body.split(/\r\n|\n|\r/)) {
    if (rows.length >= limits.rowsPerSheet) {
      throw new ImportRejection({ code: 'too-many-rows', where: where(fileName, sheetName), value: rows.length + 1, limit: limits.rowsPerSheet })
    }
    if (line.trim() === '' || PIPE_RULE.test(line)) { rows.push([]); continue }
    const texts = PIPE_ROW.test(line)
      ? line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim())
      : [line.trim()]
    if (texts.length > limits.columns) {
      throw new ImportRejection({ code: 'too-many-columns', where: where(fileName, sheetName, rows.length + 1), value: texts.length, limit: limits.columns })
    }
    rows.push(texts.map((cell, column) => {
      if (cell.length > limits.cellCharacters) {
        throw new ImportRejection({ code: 'cell-too-long', where: where(fileName, sheetName, rows.length + 1, column + 1), value: cell.length, limit: limits.cellCharacters })
      }
      const value = withoutInvisible(cell)
      return value === '' ? null : value
    }))
  }
  while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop()
  return { name: sheetName, rows }
}

/**
 * Parses delimited text (RFC 4180 quoting, which Excel also uses when copying cells that hold line
 * breaks), or a pipe table (`isPipeTable`). Tolerant where pasted text is sloppy: a quote inside an unquoted cell is a plain character,
 * and a cell that opens with a quote but closes it mid-cell is read as written, quotes included. Rows, columns and cell length are checked
 * against the limits as the text is read.
 */
export function parseDelimited(text: string, sheetName: string | null, fileName: string | null, limits: ImportLimits): Result<Sheet> {
  return attempt(() => {
    const body = text.replace(/^\ufeff/, '')
    if (isPipeTable(body)) return parsePipeTable(body, sheetName, fileName, limits)
    const delimiter = detectDelimiter(body)
    const rows: CellValue[][] = []
    let row: CellValue[] = []
    let cell = ''
    let quoted = false
    let cellStartedQuoted = false

    /** `cutShort`: the cell was stopped past the limit before its end, so its length is not known. */
    const endCell = (cutShort = false) => {
      if (cell.length > limits.cellCharacters) {
        throw new ImportRejection({
          code: 'cell-too-long', where: where(fileName, sheetName, rows.length + 1, row.length + 1),
          value: cutShort ? null : cell.length, limit: limits.cellCharacters,
        })
      }
      const value = withoutInvisible(cell)
      row.push(value === '' ? null : value)
      if (row.length > limits.columns) {
        throw new ImportRejection({ code: 'too-many-columns', where: where(fileName, sheetName, rows.length + 1), value: row.length, limit: limits.columns })
      }
      cell = ''
      cellStartedQuoted = false
    }
    const endRow = () => {
      endCell()
      rows.push(row.every((value) => value === null) ? [] : row)
      row = []
      if (rows.length > limits.rowsPerSheet) {
        throw new ImportRejection({ code: 'too-many-rows', where: where(fileName, sheetName), value: rows.length, limit: limits.rowsPerSheet })
      }
    }

    for (let index = 0; index < body.length; index++) {
      const character = body[index]!
      if (quoted) {
        if (character === '"') {
          if (body[index + 1] === '"') { cell += '"'; index++ }
          else {
            const next = body[index + 1]
            if (next === undefined || next === delimiter || next === '\n' || next === '\r') quoted = false
            else {
              // Not a quoted cell after all (text pasted from a web page that starts with a quote):
              // read it as written, quotes included.
              cell = `"${cell}"`
              quoted = false
            }
          }
        } else cell += character
        if (cell.length > limits.cellCharacters + 1) endCell(true)
        continue
      }
      if (character === '"' && cell === '' && !cellStartedQuoted) { quoted = true; cellStartedQuoted = true; continue }
      if (character === delimiter) { endCell(); continue }
      if (character === '\r' || character === '\n') {
        if (character === '\r' && body[index + 1] === '\n') index++
        endRow()
        continue
      }
      cell += character
      if (cell.length > limits.cellCharacters + 1) endCell(true)
    }
    if (cell !== '' || row.length > 0 || quoted) endRow()
    while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop()
    return { name: sheetName, rows }
  })
}
