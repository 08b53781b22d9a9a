import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '@/import/cells'
import { LIMITS } from '@/import/limits'
import { readPlainWorkbook } from '@/import/pipeline'
import { expandZip, readZipDirectory } from '@/import/zip'
import { IMPORT_CASES } from '../../fixtures/hostile/import-cases'

const FIXTURES = join(process.cwd(), 'test/fixtures/import')

/** Every .xlsx the suites hold: the accepted and rejected fixtures, and the hostile inputs. */
function workbooks(): Array<{ name: string; bytes: Uint8Array }> {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.xlsx')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }))
  const hostile = IMPORT_CASES.flatMap((entry) => {
    const payload = entry.make()
    return payload.kind === 'bytes' && payload.name.endsWith('.xlsx') ? [{ name: `hostile: ${entry.name}`, bytes: payload.bytes }] : []
  })
  return [...files, ...hostile]
}

async function expanded(bytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  const entries = readZipDirectory(bytes, name, LIMITS)
  if (!entries.ok) return null
  const result = await expandZip(bytes, entries.value, name, LIMITS)
  return result.ok ? result.value : null
}

describe('the plain .xlsx reader', () => {
  it('gives what SheetJS gives on every .xlsx fixture it reads, and reads most of them', async () => {
    const read: string[] = []
    const left: string[] = []
    for (const { name, bytes } of workbooks()) {
      const archive = await expanded(bytes, name)
      if (!archive) continue
      const fast = readPlainWorkbook(archive, name, LIMITS)
      if (fast === null) { left.push(name); continue }
      expect(fast, name).toEqual(readWorkbook(archive, name, LIMITS))
      read.push(name)
    }
    console.log(`plain reader: ${read.length} read, left to SheetJS: ${left.join('; ')}`)
    expect(read.length).toBeGreaterThan(left.length)
  })
})

describe('the plain .xlsx reader on every kind of cell', () => {
  it('reads text with markup characters, Thai, percentages, booleans, errors, formulas\' saved values and merges as SheetJS does', async () => {
    const XLSX = await import('xlsx')
    const sheet = XLSX.utils.aoa_to_sheet([
      ['หน่วยงาน & <ส่วน> "ก"', 'i1', 0.8533, 84.24, true],
      ['tab\there', 'e\u200b4', 1e-7, -3, false],
      [null, '', 0.5, 100, 'x'],
    ])
    sheet.C1!.z = '0.00%'
    sheet.C3!.z = '0%'
    sheet.E3 = { t: 'e', v: 0x07 }
    sheet.D3 = { t: 'n', v: 100, f: 'D1+15.76' }
    sheet.F1 = { t: 's', v: 'ข้อ', f: '"ข้อ"' }
    sheet['!ref'] = 'A1:F3'
    sheet['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }]
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'IIT & EIT')
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['o1', 100]]), 'OIT')
    for (const bookSST of [true, false]) {
      const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST, compression: true }) as ArrayBuffer)
      const archive = (await expanded(bytes, 'kinds.xlsx'))!
      const fast = readPlainWorkbook(archive, 'kinds.xlsx', LIMITS)
      expect(fast, `bookSST ${bookSST}`).not.toBeNull()
      expect(fast).toEqual(readWorkbook(archive, 'kinds.xlsx', LIMITS))
      expect(fast?.ok && fast.value[0]!.rows).toEqual([
        ['หน่วยงาน & <ส่วน> "ก"', 'i1', 85.33, 84.24, 'TRUE', 'ข้อ'],
        ['tab\there', 'e4', 1e-7, -3, 'FALSE'],
        ['tab\there', null, 50, 100, '#DIV/0!'],
      ])
    }
  })
})
