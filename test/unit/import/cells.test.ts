import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { readWorkbook, writeWorkbook } from '@/import/cells'
import { limitsWith } from '@/import/limits'

function xlsx(build: (sheet: XLSX.WorkSheet) => void, rows: unknown[][] = [['ข้อ', 'คะแนน']]): Uint8Array {
  const book = XLSX.utils.book_new()
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  build(sheet)
  XLSX.utils.book_append_sheet(book, sheet, 'S')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

const read = (bytes: Uint8Array, limits = limitsWith()) => {
  const result = readWorkbook(bytes, 'f.xlsx', limits)
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

describe('cells of a workbook', () => {
  it('takes the value a formula saved, never its text, and percentages as shown', () => {
    const sheets = read(xlsx((sheet) => {
      sheet.A2 = { t: 's', v: 'i1' }
      sheet.B2 = { t: 'n', v: 84.24, f: 'SUM(80,4.24)' }
      sheet.A3 = { t: 's', v: 'i2' }
      sheet.B3 = { t: 'n', v: 0.8727, z: '0.00%' }
      sheet.A4 = { t: 's', v: 'i3' }
      sheet.B4 = { t: 'n', v: 85, z: '0.00"%"' }
      sheet['!ref'] = 'A1:B4'
    }))
    expect(sheets[0]?.rows.slice(1)).toEqual([['i1', 84.24], ['i2', 87.27], ['i3', 85]])
  })

  it('drops invisible format characters from text cells', () => {
    const sheets = read(xlsx((sheet) => {
      sheet.A2 = { t: 's', v: 'i\u200b1' }
      sheet.B2 = { t: 's', v: '84.24\u200e' }
      sheet.A3 = { t: 's', v: '\u202e\u200f' }
      sheet['!ref'] = 'A1:B3'
    }))
    expect(sheets[0]?.rows.slice(1)).toEqual([['i1', '84.24'], [null]])
  })

  it('names an old Word or PowerPoint file renamed .xls, instead of calling it damaged', () => {
    const ole = (stream: string) => {
      const container = XLSX.CFB.utils.cfb_new()
      XLSX.CFB.utils.cfb_add(container, stream, new Uint8Array(4096).fill(1))
      return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer)
    }
    const at = { file: 'f.xls', sheet: null, row: null, column: null }
    expect(readWorkbook(ole('/WordDocument'), 'f.xls', limitsWith())).toEqual({ ok: false, error: { code: 'not-a-spreadsheet', where: at, text: 'Word' } })
    expect(readWorkbook(ole('/PowerPoint Document'), 'f.xls', limitsWith())).toEqual({ ok: false, error: { code: 'not-a-spreadsheet', where: at, text: 'PowerPoint' } })
    expect(readWorkbook(ole('/Something'), 'f.xls', limitsWith())).toMatchObject({ ok: false, error: { code: 'file-damaged' } })
    // An .xls is read as before.
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['ข้อ', 'คะแนน'], ['i1', 84.24]]), 'S')
    expect(read(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer))[0]?.rows).toEqual([['ข้อ', 'คะแนน'], ['i1', 84.24]])
  })

  it('copies a value merged down a column to each of its rows', () => {
    const sheets = read(xlsx((sheet) => { sheet['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 3, c: 0 } }] }, [['เครื่องมือ', 'ข้อ'], ['IIT', 'i1'], [null, 'i2'], [null, 'i3']]))
    expect(sheets[0]?.rows.map((row) => row[0])).toEqual(['เครื่องมือ', 'IIT', 'IIT', 'IIT'])
  })

  it('keeps an error value as its text so the message can quote it', () => {
    const sheets = read(xlsx((sheet) => { sheet.B2 = { t: 'e', v: 7, w: '#DIV/0!' }; sheet['!ref'] = 'A1:B2' }))
    expect(sheets[0]?.rows[1]?.[1]).toBe('#DIV/0!')
  })

  it('rejects too many sheets, rows or columns, with where', () => {
    const wide = xlsx(() => undefined, [Array.from({ length: 12 }, (_, index) => `c${index}`)])
    expect(readWorkbook(wide, 'f.xlsx', limitsWith({ columns: 10 }))).toMatchObject({ ok: false, error: { code: 'too-many-columns', where: { sheet: 'S', row: 1 } } })
    const long = xlsx(() => undefined, Array.from({ length: 12 }, () => ['x']))
    expect(readWorkbook(long, 'f.xlsx', limitsWith({ rowsPerSheet: 10 }))).toMatchObject({ ok: false, error: { code: 'too-many-rows', where: { sheet: 'S' } } })
    expect(readWorkbook(long, 'f.xlsx', limitsWith({ sheets: 0 }))).toMatchObject({ ok: false, error: { code: 'too-many-sheets' } })
  })

  it('writes sheets that read back as written', () => {
    const bytes = writeWorkbook([{ name: 'แบบกรอก', rows: [['ข้อ', 'คะแนน'], ['i1', null], ['i2', 90.5]], widths: [8, 10] }])
    expect(read(bytes).map((sheet) => [sheet.name, sheet.rows])).toEqual([['แบบกรอก', [['ข้อ', 'คะแนน'], ['i1'], ['i2', 90.5]]]])
  })
})
