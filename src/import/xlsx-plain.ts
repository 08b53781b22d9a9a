import type { ImportLimits } from './limits'
import { attempt, fail, ImportRejection, where, type Result } from './problems'
import { EXCEL_ERROR_TEXT, isPercentFormat, percentShown, withoutInvisible, type CellValue, type Sheet } from './sheet'

/**
 * A fast path for the plain .xlsx a committee or a provincial office writes (Excel, LibreOffice, SheetJS,
 * Google Sheets): its parts -> sheets of cell values, the same sheets `readWorkbook` (SheetJS) gives, in
 * a fraction of the time (a 10,000-organisation workbook: 0.3 s against SheetJS's 1.9 s; see README,
 * "Command line"). It reads only what the import uses (shared strings, number formats to tell a
 * percentage, cell values, merges) and returns null, so SheetJS reads the file instead, at the first
 * thing it does not handle the same way: prefixed XML, a cell without its address, dates, rich text with
 * phonetic runs, escaped control characters, a chart sheet. test/unit/import/xlsx-plain.test.ts checks
 * that both readers give the same result on every .xlsx fixture, hostile ones included.
 *
 * Nothing is evaluated: formulas are skipped, the saved value is taken; entities are decoded by a table.
 */

type Parts = ReadonlyMap<string, Uint8Array>

class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain()
}

const decoder = new TextDecoder('utf-8', { fatal: true })
function text(parts: Parts, name: string): string | null {
  const bytes = parts.get(name)
  return bytes ? decoder.decode(bytes) : null
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
function unescapeXml(value: string): string {
  // OOXML's own escape of control characters (_x000D_): SheetJS decodes it; leave such files to it.
  if (value.includes('_x') && /_x[0-9A-Fa-f]{4}_/.test(value)) notPlain()
  if (!value.includes('&')) return value
  return value.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return ENTITY[name] ?? notPlain()
  })
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)
  return match ? match[1]! : null
}

/** The text of an <si> or <is>: its <t> runs, in order. */
function runText(xml: string): string {
  if (xml.includes('<rPh')) notPlain()
  let out = ''
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += unescapeXml(match[1] ?? '')
  return out
}

function sharedStrings(parts: Parts): string[] {
  const xml = text(parts, 'xl/sharedStrings.xml')
  if (xml === null) return []
  const strings: string[] = []
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) strings.push(runText(match[1] ?? ''))
  return strings
}

/** For each cell style index, whether its number format is a percentage (built-in 9 and 10, or a code with %). */
function percentStyles(parts: Parts): boolean[] {
  const xml = text(parts, 'xl/styles.xml')
  if (xml === null) return []
  const custom = new Map<string, string>()
  for (const match of xml.matchAll(/<numFmt\s([^>]*)\/?>/g)) {
    const id = attribute(match[1]!, 'numFmtId')
    const code = attribute(match[1]!, 'formatCode')
    if (id !== null && code !== null) custom.set(id, unescapeXml(code))
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? ''
  return [...cellXfs.matchAll(/<xf\s([^>]*?)\/?>/g)].map((match) => {
    const id = attribute(match[1]!, 'numFmtId') ?? '0'
    return id === '9' || id === '10' || isPercentFormat(custom.get(id) ?? '')
  })
}

/** The workbook's sheets in order, with the part each is in. */
function sheetParts(parts: Parts): Array<{ name: string; part: string }> {
  const workbook = text(parts, 'xl/workbook.xml') ?? notPlain()
  const rels = text(parts, 'xl/_rels/workbook.xml.rels') ?? notPlain()
  if (/<\w+:sheets?\b/.test(workbook) || /\bdate1904="(1|true)"/.test(workbook)) notPlain()
  const targets = new Map<string, string>()
  for (const match of rels.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(match[1]!, 'Id')
    const target = attribute(match[1]!, 'Target')
    if (id !== null && target !== null) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  return [...workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)].map((match) => {
    const name = attribute(match[1]!, 'name') ?? notPlain()
    const part = targets.get(attribute(match[1]!, 'r:id') ?? '') ?? notPlain()
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part) || !parts.has(part)) notPlain()
    return { name: unescapeXml(name), part }
  })
}

function columnIndex(letters: string): number {
  let index = 0
  for (let i = 0; i < letters.length; i++) index = index * 26 + letters.charCodeAt(i) - 64
  return index - 1
}

const ERROR_TEXTS = new Set(EXCEL_ERROR_TEXT.values())
/**
 * A cell in the shape Excel and LibreOffice write nearly every cell (address, style, type, an optional
 * formula, the saved value), read in one match; or the start of any other cell, read by CELL_AT.
 */
const CELL_FAST = /<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")?(?: t="(s|n|str|b|e)")?>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v><\/c>|<c[\s>/]/g
const CELL_AT = /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/y
const CELL_ADDRESS = /(?:^|\s)r="([A-Z]{1,3})(\d+)"/
const CELL_TYPE = /(?:^|\s)t="([^"]*)"/
const CELL_STYLE = /(?:^|\s)s="(\d+)"/
/** The saved value, with or without attributes: SheetJS writes `<v xml:space="preserve">` for text with edge spaces or newlines. */
const SAVED_VALUE = /<v(?:\s[^>]*)?>([^<]*)<\/v>/

/** A cell's value from its type, saved value, style and inline body; undefined for a cell with no value. */
function cellValue(type: string, saved: string | undefined, style: string | undefined, body: string, strings: readonly string[], percent: readonly boolean[]): CellValue | undefined {
  switch (type) {
    case 'n': {
      if (saved === undefined) return undefined
      const number = Number(saved)
      if (saved.trim() === '' || Number.isNaN(number)) notPlain()
      if (!Number.isFinite(number)) return null
      return style !== undefined && percent[Number(style)] ? percentShown(number) : number
    }
    case 's':
      if (saved === undefined) return undefined
      return withoutInvisible(strings[Number(saved)] ?? notPlain()) || null
    case 'str':
      return saved === undefined ? undefined : withoutInvisible(unescapeXml(saved)) || null
    case 'inlineStr': {
      const inline = /<is>([\s\S]*?)<\/is>/.exec(body)
      return inline ? withoutInvisible(runText(inline[1]!)) || null : undefined
    }
    case 'b':
      return saved === undefined ? undefined : saved === '1' || saved === 'true' ? 'TRUE' : 'FALSE'
    case 'e':
      if (saved === undefined || !ERROR_TEXTS.has(saved)) notPlain()
      return saved
    default:
      return notPlain()
  }
}

function readSheet(xml: string, name: string, strings: readonly string[], percent: readonly boolean[], fileName: string | null, limits: ImportLimits): Sheet {
  if (xml.includes(':sheetData')) notPlain()
  // A declared range longer than the limit is refused before any cell, as SheetJS refuses it.
  const dimension = /<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(xml)
  if (dimension && Number(dimension[1]) > limits.rowsPerSheet) {
    throw new ImportRejection({ code: 'too-many-rows', where: where(fileName, name), value: Number(dimension[1]), limit: limits.rowsPerSheet })
  }
  const rows: CellValue[][] = []
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml)
  const cells = data?.[1] ?? ''
  CELL_FAST.lastIndex = 0
  for (let match = CELL_FAST.exec(cells); match !== null; match = CELL_FAST.exec(cells)) {
    let letters: string
    let digits: string
    let value: CellValue | undefined
    if (match[1] !== undefined) {
      letters = match[1]
      digits = match[2]!
      value = cellValue(match[4] ?? 'n', match[5], percent.length > 0 ? match[3] : undefined, '', strings, percent)
    } else {
      CELL_AT.lastIndex = match.index
      const cell = CELL_AT.exec(cells) ?? notPlain()
      CELL_FAST.lastIndex = CELL_AT.lastIndex
      const attributes = cell[1]!
      const address = CELL_ADDRESS.exec(attributes) ?? notPlain()
      letters = address[1]!
      digits = address[2]!
      const body = cell[2] ?? ''
      const saved = body === '' ? undefined : SAVED_VALUE.exec(body)?.[1]
      value = cellValue(CELL_TYPE.exec(attributes)?.[1] ?? 'n', saved, CELL_STYLE.exec(attributes)?.[1], body, strings, percent)
    }
    if (value === undefined) continue
    const r = Number(digits) - 1
    const c = columnIndex(letters)
    if (r >= limits.rowsPerSheet) {
      throw new ImportRejection({ code: 'too-many-rows', where: where(fileName, name), value: limits.rowsPerSheet + 1, limit: limits.rowsPerSheet })
    }
    // Cells come in order (rows down, columns across); rows and cells skipped are empty, as SheetJS's
    // dense sheets read them. Out of order is left to SheetJS.
    if (r < rows.length - 1) notPlain()
    while (rows.length <= r) rows.push([])
    const row = rows[r]!
    if (c < row.length) notPlain()
    while (row.length < c) row.push(null)
    row.push(value)
  }
  // The column and cell-length limits, checked row by row in the order readWorkbook checks them.
  rows.forEach((row, r) => {
    if (row.length > limits.columns) throw new ImportRejection({ code: 'too-many-columns', where: where(fileName, name, r + 1), value: row.length, limit: limits.columns })
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > limits.cellCharacters) {
        throw new ImportRejection({ code: 'cell-too-long', where: where(fileName, name, r + 1, c + 1), value: value.length, limit: limits.cellCharacters })
      }
    })
  })
  const dense = rows
  for (const merge of xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\s*\/>/g)) {
    const c = columnIndex(merge[1]!)
    const top = dense[Number(merge[2]) - 1]?.[c] ?? null
    for (let r = Number(merge[2]); r <= Math.min(Number(merge[4]) - 1, dense.length - 1); r++) {
      const row = dense[r]!
      if ((row[c] ?? null) === null) row[c] = top
    }
  }
  return { name, rows: dense }
}

/**
 * The sheets of a plain .xlsx from its expanded parts, or null when the workbook is not plain enough
 * for this reader (SheetJS then reads it). Limits are enforced as `readWorkbook` enforces them.
 */
export function readPlainXlsx(parts: Parts, fileName: string | null, limits: ImportLimits): Result<Sheet[]> | null {
  try {
    const sheets = sheetParts(parts)
    if (sheets.length > limits.sheets) return fail({ code: 'too-many-sheets', where: where(fileName), value: sheets.length, limit: limits.sheets })
    const strings = sharedStrings(parts)
    const percent = percentStyles(parts)
    return attempt(() => sheets.map(({ name, part }) => readSheet(text(parts, part)!, name, strings, percent, fileName, limits)))
  } catch (error) {
    if (error instanceof NotPlain || error instanceof TypeError || error instanceof RangeError) return null
    throw error
  }
}
