import { crc32, deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { readWorkbook } from '@/import/cells'
import { LIMITS } from '@/import/limits'
import { readPlainWorkbook } from '@/import/pipeline'
import { EXCEL_ERROR_TEXT } from '@/import/sheet'
import { expandZip, readZipDirectory } from '@/import/zip'

/**
 * A generated differential test of the plain .xlsx reader (src/import/xlsx-plain.ts) against SheetJS
 * (src/import/cells.ts): random sheets of every cell kind the import meets, written once by SheetJS and
 * once as hand-made sheet XML, expanded as the pipeline expands them, then read by both readers. Where the
 * plain reader reads a file it must give exactly SheetJS's sheets; where it declines (null), SheetJS reads it.
 * The fixed seed is printed by fast-check on a failure, with the shrunk counter-example.
 */
const SEED = 20261205
const RUNS = 60

type Cell =
  | { kind: 'number'; value: number; text: string; percent: boolean }
  | { kind: 'string'; value: string; inline: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: number }
  | { kind: 'formula-number'; value: number; formula: string }
  | { kind: 'formula-string'; value: string; formula: string }
  | { kind: 'date'; serial: number }
  | { kind: 'empty' }

interface Sheet { name: string; rows: Cell[][]; merge: { column: number; from: number; to: number } | null }

/** Text cells: Latin, digits, Thai (with its combining marks and digits), markup characters, inner spaces. */
const CHARACTERS = ['a', 'Z', 'i', 'o', '1', '0', '.', '-', '%', '&', '<', '>', '"', "'", 'ก', 'ข', 'ห', 'น', '่', '้', 'ั', 'ี', '๑', '๕', 'เ', 'ำ']
const word = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''))
const text = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '  ', '\n'), fc.constantFrom('', ' ', '\n'))
  .map(([words, between, edge]) => `${edge}${words.join(between)}${edge}`)

/** A number and the way a spreadsheet writes it: plain decimals, negatives, exponents (1.5E-7, 2e+21). */
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100),
  fc.double({ min: 1e-12, max: 1e-4, noNaN: true }),
  fc.double({ min: 1e15, max: 1e25, noNaN: true }),
).map((value) => (Object.is(value, -0) ? 0 : value))
const numberCell = fc.record({ value: number, style: fc.constantFrom('plain', 'exponent', 'upper') as fc.Arbitrary<'plain' | 'exponent' | 'upper'>, percent: fc.boolean() })
  .map(({ value, style, percent }): Cell => ({
    kind: 'number', value, percent,
    text: style === 'plain' ? String(value) : style === 'exponent' ? value.toExponential() : value.toExponential().toUpperCase(),
  }))

const ERROR_CODES = [...EXCEL_ERROR_TEXT.keys()]
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: numberCell, weight: 4 },
  { arbitrary: fc.record({ value: text, inline: fc.boolean() }).map((value): Cell => ({ kind: 'string', ...value })), weight: 4 },
  fc.boolean().map((value): Cell => ({ kind: 'boolean', value })),
  fc.constantFrom(...ERROR_CODES).map((code): Cell => ({ kind: 'error', code })),
  number.map((value): Cell => ({ kind: 'formula-number', value, formula: 'B1+15.76' })),
  text.map((value): Cell => ({ kind: 'formula-string', value, formula: '"ข้อ"&A1' })),
  fc.integer({ min: 1, max: 60000 }).map((serial): Cell => ({ kind: 'date', serial })),
  { arbitrary: fc.constant<Cell>({ kind: 'empty' }), weight: 4 },
)
const sheet: fc.Arbitrary<Sheet> = fc.record({
  name: fc.constantFrom('ITA', 'IIT & EIT', 'สรุปผล'),
  rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 7 }),
  merge: fc.option(fc.record({ column: fc.integer({ min: 0, max: 3 }), from: fc.integer({ min: 0, max: 3 }), span: fc.integer({ min: 1, max: 3 }) })
    .map(({ column, from, span }) => ({ column, from, to: from + span })), { nil: null }),
})

// --- written by SheetJS ---------------------------------------------------------------------------

function sheetJsCell(cell: Cell): XLSX.CellObject | null {
  switch (cell.kind) {
    case 'number': return cell.percent ? { t: 'n', v: cell.value, z: '0.00%' } : { t: 'n', v: cell.value }
    case 'string': return { t: 's', v: cell.value }
    case 'boolean': return { t: 'b', v: cell.value }
    case 'error': return { t: 'e', v: cell.code }
    case 'formula-number': return { t: 'n', v: cell.value, f: cell.formula }
    case 'formula-string': return { t: 's', v: cell.value, f: cell.formula }
    case 'date': return { t: 'n', v: cell.serial, z: 'yyyy-mm-dd' }
    case 'empty': return null
  }
}

function writtenBySheetJs(sheets: readonly Sheet[], bookSST: boolean): Uint8Array {
  const book = XLSX.utils.book_new()
  sheets.forEach((source, index) => {
    const worksheet: XLSX.WorkSheet = {}
    let lastRow = 0
    let lastColumn = 0
    source.rows.forEach((row, r) => row.forEach((value, c) => {
      const written = sheetJsCell(value)
      if (!written) return
      worksheet[XLSX.utils.encode_cell({ r, c })] = written
      lastRow = Math.max(lastRow, r)
      lastColumn = Math.max(lastColumn, c)
    }))
    if (source.merge) {
      worksheet['!merges'] = [{ s: { r: source.merge.from, c: source.merge.column }, e: { r: source.merge.to, c: source.merge.column } }]
      lastRow = Math.max(lastRow, source.merge.to)
      lastColumn = Math.max(lastColumn, source.merge.column)
    }
    worksheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastColumn } })
    XLSX.utils.book_append_sheet(book, worksheet, `${source.name} ${index + 1}`)
  })
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST, compression: true }) as ArrayBuffer)
}

// --- written by hand, as Excel and LibreOffice write the parts ------------------------------------

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const columnLetters = (index: number): string => (index < 26 ? '' : columnLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26))

function handMadeCell(cell: Cell, address: string, strings: string[]): string {
  const shared = (value: string) => {
    strings.push(value)
    return strings.length - 1
  }
  switch (cell.kind) {
    case 'number': return `<c r="${address}"${cell.percent ? ' s="1"' : ''}><v>${cell.text}</v></c>`
    case 'string': return cell.inline
      ? `<c r="${address}" t="inlineStr"><is><t>${escapeXml(cell.value)}</t></is></c>`
      : `<c r="${address}" t="s"><v>${shared(cell.value)}</v></c>`
    case 'boolean': return `<c r="${address}" t="b"><v>${cell.value ? 1 : 0}</v></c>`
    case 'error': return `<c r="${address}" t="e"><v>${EXCEL_ERROR_TEXT.get(cell.code)}</v></c>`
    case 'formula-number': return `<c r="${address}"><f>${escapeXml(cell.formula)}</f><v>${cell.value}</v></c>`
    case 'formula-string': return `<c r="${address}" t="str"><f>${escapeXml(cell.formula)}</f><v>${escapeXml(cell.value)}</v></c>`
    case 'date': return `<c r="${address}" s="2"><v>${cell.serial}</v></c>`
    case 'empty': return ''
  }
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function writtenByHand(sheets: readonly Sheet[]): Uint8Array {
  const strings: string[] = []
  const worksheets = sheets.map((source) => {
    const rows = source.rows.map((row, r) => {
      const cells = row.map((value, c) => handMadeCell(value, `${columnLetters(c)}${r + 1}`, strings)).join('')
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`
    }).join('')
    const merge = source.merge
      ? `<mergeCells count="1"><mergeCell ref="${columnLetters(source.merge.column)}${source.merge.from + 1}:${columnLetters(source.merge.column)}${source.merge.to + 1}"/></mergeCells>`
      : ''
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetData>${rows}</sheetData>${merge}</worksheet>`
  })
  const encode = (value: string) => new TextEncoder().encode(value)
  const parts = [
    { name: '[Content_Types].xml', data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${worksheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>` },
    { name: '_rels/.rels', data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets.map((source, index) => `<sheet name="${escapeXml(`${source.name} ${index + 1}`)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${worksheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}<Relationship Id="rId${worksheets.length + 1}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${worksheets.length + 2}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>` },
    // Style 1: 0.00 % (built-in 10); style 2: a date (built-in 14).
    { name: 'xl/styles.xml', data: `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>` },
    ...worksheets.map((data, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data })),
    // After the sheets, as Excel writes it: the strings are only known once every cell is written.
    { name: 'xl/sharedStrings.xml', data: `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((value) => `<si><t>${escapeXml(value)}</t></si>`).join('')}</sst>` },
  ]
  return zip(parts.map((part) => ({ name: part.name, data: encode(part.data) })))
}

/** A deflated zip of the given parts (what every spreadsheet program writes). */
function zip(entries: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = deflateRawSync(entry.data)
    const crc = crc32(entry.data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(entry.data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(compressed.length, 18); local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, compressed)
    offset += 30 + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

// --- read by both --------------------------------------------------------------------------------

async function expanded(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = readZipDirectory(bytes, 'generated.xlsx', LIMITS)
  if (!entries.ok) throw new Error(`zip not read: ${entries.error.code}`)
  const result = await expandZip(bytes, entries.value, 'generated.xlsx', LIMITS)
  if (!result.ok) throw new Error(`zip not expanded: ${result.error.code}`)
  return result.value
}

const tally = { read: 0, handedOver: 0 }
/** Both readers on one file: the plain reader gives SheetJS's sheets cell by cell, or hands over. */
async function agree(bytes: Uint8Array): Promise<void> {
  const archive = await expanded(bytes)
  const plain = readPlainWorkbook(archive, 'generated.xlsx', LIMITS)
  if (plain === null) {
    tally.handedOver++
    return
  }
  tally.read++
  expect(plain).toEqual(readWorkbook(archive, 'generated.xlsx', LIMITS))
}

const workbooks = fc.array(sheet, { minLength: 1, maxLength: 3 })

describe('the plain .xlsx reader against SheetJS, on generated workbooks', () => {
  it('reads a saved value written with attributes (<v xml:space="preserve">), the first counter-example this test found', async () => {
    // SheetJS writes a formula's text result with edge newlines as <v xml:space="preserve">; the reader
    // once matched only a bare <v> and dropped the cell, reading the sheet as empty.
    const sheets: Sheet[] = [{ name: 'ITA', rows: [[{ kind: 'formula-string', value: '\na\n', formula: '"ข้อ"&A1' }]], merge: null }]
    const archive = await expanded(writtenBySheetJs(sheets, false))
    const plain = readPlainWorkbook(archive, 'generated.xlsx', LIMITS)
    expect(plain).toEqual({ ok: true, value: [{ name: 'ITA 1', rows: [['\na\n']] }] })
    expect(plain).toEqual(readWorkbook(archive, 'generated.xlsx', LIMITS))
  })

  it('reads every workbook SheetJS writes (shared strings or inline) as SheetJS reads it, or hands it over', async () => {
    await fc.assert(fc.asyncProperty(workbooks, fc.boolean(), async (sheets, bookSST) => agree(writtenBySheetJs(sheets, bookSST))), { seed: SEED, numRuns: RUNS })
  })

  it('reads every hand-made workbook (Excel\'s layout: shared and inline strings, formulas with saved values, sparse cells, merges, styles) as SheetJS reads it, or hands it over', async () => {
    await fc.assert(fc.asyncProperty(workbooks, async (sheets) => agree(writtenByHand(sheets))), { seed: SEED, numRuns: RUNS })
    // The property would hold trivially if the plain reader declined everything: it must read most.
    console.log(`plain reader on generated workbooks: ${tally.read} read, ${tally.handedOver} handed to SheetJS (seed ${SEED})`)
    expect(tally.read).toBeGreaterThan(tally.handedOver)
  })
})
