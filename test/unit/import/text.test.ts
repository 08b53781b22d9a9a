import { describe, expect, it } from 'vitest'
import { limitsWith } from '@/import/limits'
import { sniffFile } from '@/import/sniff'
import { decodeText, detectDelimiter, isMarkup, isPipeTable, parseDelimited, utf16WithoutBom } from '@/import/text'
import { importErrorMessage } from '@/ui/import-messages'

const limits = limitsWith()
const rowsOf = (text: string, overrides = {}) => {
  const result = parseDelimited(text, null, 'x.csv', limitsWith(overrides))
  if (!result.ok) throw new Error(result.error.code)
  return result.value.rows
}

describe('decoding text files', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 as Excel writes "Unicode text", and Windows-874', () => {
    const thai = 'คะแนน ๘๔.๒๔'
    const utf8 = new TextEncoder().encode(thai)
    expect(decodeText(utf8)).toEqual({ text: thai, encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: thai, encoding: 'utf-8' })
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...thai].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect(decodeText(utf16)).toEqual({ text: thai, encoding: 'utf-16le' })
    // TIS-620 bytes: ค = 0xA4, ะ = 0xD0, แ = 0xE1, น = 0xB9
    expect(decodeText(Uint8Array.from([0xa4, 0xd0, 0xe1, 0xb9, 0xb9]))).toEqual({ text: 'คะแนน', encoding: 'windows-874' })
  })

  it('reads Windows-874 behind a UTF-8 byte-order mark, and UTF-8 Thai with a stray broken byte as UTF-8', () => {
    // TIS-620 bytes: ค = 0xA4, ะ = 0xD0, แ = 0xE1, น = 0xB9
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xa4, 0xd0, 0xe1, 0xb9, 0xb9]))).toEqual({ text: 'คะแนน', encoding: 'windows-874' })
    const damaged = Uint8Array.from([...new TextEncoder().encode('คะแนน,'), 0xff, ...new TextEncoder().encode(',๘๔')])
    expect(decodeText(damaged)).toEqual({ text: 'คะแนน,\ufffd,๘๔', encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...damaged]))).toEqual({ text: 'คะแนน,\ufffd,๘๔', encoding: 'utf-8' })
  })

  it('reads UTF-16 written without a byte-order mark, little- or big-endian, as text', () => {
    const table = 'ตัวชี้วัด,คะแนน\r\nตัวชี้วัดที่ 1,90.50\r\n'
    const little = new Uint8Array(Buffer.from(table, 'utf16le'))
    const big = new Uint8Array(Buffer.from(table, 'utf16le').swap16())
    expect(decodeText(little)).toEqual({ text: table, encoding: 'utf-16le' })
    expect(decodeText(big)).toEqual({ text: table, encoding: 'utf-16be' })
    expect(sniffFile(little, 'x.csv', limits)).toEqual({ ok: true, value: 'text' })
    // Zeros on both sides, or control characters, are binary, not UTF-16.
    expect(utf16WithoutBom(Uint8Array.from([0x31, 0, 0, 0x32, 0x33, 0, 0x34, 0]))).toBeNull()
    expect(utf16WithoutBom(Uint8Array.from([0x31, 0, 0x01, 0, 0x33, 0, 0x34, 0]))).toBeNull()
    expect(sniffFile(Uint8Array.from([0x31, 0, 0x01, 0, 0x33, 0, 0x34, 0]), 'x.csv', limits).ok).toBe(false)
  })

  it('tells a table saved as HTML or XML from CSV', () => {
    expect(isMarkup('<html><body><table><tr><td>i1</td></tr></table>')).toBe(true)
    expect(isMarkup('\ufeff<?xml version="1.0"?><Workbook>')).toBe(true)
    expect(isMarkup('ข้อ,คะแนน\n<b>i1</b>,84')).toBe(false)
  })
})

describe('delimited text', () => {
  it('takes tabs for pasted tables and commas or semicolons for CSV', () => {
    expect(detectDelimiter('ข้อ\tคะแนน\ni1\t84,5')).toBe('\t')
    expect(detectDelimiter('ข้อ,คะแนน\ni1,84')).toBe(',')
    expect(detectDelimiter('ข้อ;คะแนน\ni1;84,5')).toBe(';')
  })

  it('keeps quoted delimiters, line breaks and quotes inside cells, and every cell as text', () => {
    expect(rowsOf('ข้อ,หมายเหตุ,คะแนน\r\ni1,"ปรับปรุง, ด่วน",84.24\r\ni2,"สองบรรทัด\nต่อกัน",90\r\ni3,"ว่า ""ดี""",=1+1\n')).toEqual([
      ['ข้อ', 'หมายเหตุ', 'คะแนน'],
      ['i1', 'ปรับปรุง, ด่วน', '84.24'],
      ['i2', 'สองบรรทัด\nต่อกัน', '90'],
      ['i3', 'ว่า "ดี"', '=1+1'],
    ])
  })

  it('drops invisible format characters from cells: zero-width, direction marks and overrides, soft hyphen, BOM', () => {
    expect(rowsOf('ข้อ\tคะแนน\ni\u200b1\t84.24\u200e\n\u200fi2\t\u206687.27\u2069\ni\u00ad3\t\ufeff100\n\u202e1i\t\u200d\n')).toEqual([
      ['ข้อ', 'คะแนน'], ['i1', '84.24'], ['i2', '87.27'], ['i3', '100'], ['1i', null],
    ])
  })

  it('is tolerant of stray quotes in pasted text and keeps blank lines as empty rows', () => {
    expect(rowsOf('ข้อ\tคะแนน\n\ni1 "ดี"\t84\n"ข้อ" i2\t90')).toEqual([['ข้อ', 'คะแนน'], [], ['i1 "ดี"', '84'], ['"ข้อ" i2', '90']])
  })

  it('rejects too many rows, columns or characters with where', () => {
    const rows = parseDelimited('a\nb\nc\nd', null, 'x.csv', limitsWith({ rowsPerSheet: 3 }))
    expect(rows.ok ? null : rows.error).toMatchObject({ code: 'too-many-rows', limit: 3 })
    const columns = parseDelimited('a,b\nc,d,e', 'S', 'x.csv', limitsWith({ columns: 2 }))
    expect(columns.ok ? null : columns.error).toMatchObject({ code: 'too-many-columns', where: { file: 'x.csv', sheet: 'S', row: 2 } })
    const long = parseDelimited(`i1,${'x'.repeat(50)}`, null, 'x.csv', limitsWith({ cellCharacters: 40 }))
    expect(long.ok ? null : long.error).toMatchObject({ code: 'cell-too-long', where: { row: 1, column: 2 } })
    // Reading stops past the limit, so a huge cell's length is not known, and not made up.
    expect(long.ok ? null : long.error.value).toBeNull()
    expect(long.ok ? '' : importErrorMessage(long.error)).toBe('ไฟล์ x.csv แถวที่ 1 คอลัมน์ B: ข้อความในช่องนี้ยาวเกินกว่าที่รับได้ (ไม่เกิน 40 ตัวอักษร)')
    const justOver = parseDelimited(`i1,${'x'.repeat(41)}`, null, 'x.csv', limitsWith({ cellCharacters: 40 }))
    expect(justOver.ok ? '' : importErrorMessage(justOver.error)).toBe('ไฟล์ x.csv แถวที่ 1 คอลัมน์ B: ข้อความในช่องนี้ยาว 41 ตัวอักษร เกินกว่าที่รับได้ (40)')
    expect(parseDelimited('a,b', null, null, limits).ok).toBe(true)
  })

  it('reads a markdown pipe table: cells trimmed, the rule an empty row, other lines one cell, an escaped bar kept', () => {
    expect(isPipeTable('| ลำดับ | รายการ |\n|---|:---:|\n| 1 | ก |')).toBe(true)
    expect(isPipeTable('ข้อ\tคะแนน\n| a | b |\n| c | d |')).toBe(false)
    expect(isPipeTable('a|b\nc|d')).toBe(false)
    expect(rowsOf('แผน ๒๕๖๙\n| ลำดับ | รายการ | มิติ |\n|---|:---:|---|\n| 1 | ก \\| ข |  |\n')).toEqual([
      ['แผน ๒๕๖๙'], ['ลำดับ', 'รายการ', 'มิติ'], [], ['1', 'ก | ข', null],
    ])
    const wide = parseDelimited('| a | b | c |\n| d | e | f |', null, null, limitsWith({ columns: 2 }))
    expect(wide.ok ? null : wide.error).toMatchObject({ code: 'too-many-columns', where: { row: 1 } })
    const long = parseDelimited(`| a | ${'x'.repeat(50)} |\n| b | c |`, null, null, limitsWith({ cellCharacters: 40 }))
    expect(long.ok ? null : long.error).toMatchObject({ code: 'cell-too-long', where: { row: 1, column: 2 }, value: 50 })
  })
})
