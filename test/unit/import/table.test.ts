import { describe, expect, it } from 'vitest'
import { limitsWith } from '@/import/limits'
import type { CellValue } from '@/import/sheet'
import { findTable } from '@/import/table'
import { classifyHeader, labelTarget } from '@/import/vocabulary'

const find = (rows: CellValue[][], name: string | null = 'Sheet1') => {
  const result = findTable({ name, rows }, 'f.xlsx', limitsWith())
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

describe('what header cells and row labels say', () => {
  it.each([
    ['คะแนน', 'score'], ['Score', 'score'], ['คะแนน (ร้อยละ)', 'score'], ['ผลคะแนน', 'score'],
    ['ข้อ', 'code'], ['ข้อคำถาม', 'code'], ['Item', 'code'], ['รหัสข้อ', 'code'],
    ['ตัวชี้วัด', 'indicator'], ['แบบสำรวจ', 'tool'], ['ชื่อหน่วยงาน', 'organization'], ['ปีงบประมาณ', 'year'],
    ['รายละเอียดตัวชี้วัด', 'title'], ['จังหวัด', 'province'], ['ระดับผลการประเมิน', 'level'],
  ])('%s is a %s column', (text, role) => {
    expect(classifyHeader(text)).toEqual({ kind: 'role', role })
  })

  it('reads item, indicator, tool and total columns of a wide table', () => {
    expect(classifyHeader('i1')).toEqual({ kind: 'target', target: { kind: 'item', code: 'i1' } })
    expect(classifyHeader('ตัวชี้วัดที่ ๓')).toEqual({ kind: 'target', target: { kind: 'indicator', no: 3 } })
    expect(classifyHeader('การใช้ทรัพย์สินของราชการ')).toEqual({ kind: 'target', target: { kind: 'indicator', no: 4 } })
    expect(classifyHeader('IIT (30%)')).toEqual({ kind: 'target', target: { kind: 'tool', tool: 'IIT' } })
    expect(classifyHeader('การเปิดเผยข้อมูลสาธารณะ')).toEqual({ kind: 'target', target: { kind: 'tool', tool: 'OIT' } })
    expect(classifyHeader('คะแนนรวม')).toEqual({ kind: 'target', target: { kind: 'total' } })
    for (const hostile of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', '<script>']) expect(classifyHeader(hostile)).toBeNull()
  })

  it('reads a bare number as the column says', () => {
    expect(labelTarget('๕', 'indicator')).toEqual({ kind: 'indicator', no: 5 })
    expect(labelTarget('12', 'IIT')).toEqual({ kind: 'item', code: 'i12' })
    expect(labelTarget('12', null)).toBeNull()
    expect(labelTarget('ข้อ ๕', 'EIT')).toEqual({ kind: 'item', code: 'e5' })
    expect(labelTarget('ข้อที่ 3', 'indicator')).toEqual({ kind: 'indicator', no: 3 })
    expect(labelTarget('ระดับผลการประเมิน', null)).toEqual({ kind: 'level' })
  })

  it('does not guess an indicator from a code typed backwards (1i, 5e), in a row or a header', () => {
    for (const text of ['1i', '5e', '๕e', '12abc']) {
      expect(labelTarget(text, null)).toBeNull()
      expect(labelTarget(text, 'indicator')).toBeNull()
      expect(classifyHeader(text)).toBeNull()
    }
    // A number and an indicator's name still name the indicator, with or without a separator.
    expect(labelTarget('1. การปฏิบัติหน้าที่', null)).toEqual({ kind: 'indicator', no: 1 })
    expect(labelTarget('1การปฏิบัติหน้าที่', null)).toEqual({ kind: 'indicator', no: 1 })
    expect(classifyHeader('6. คุณภาพการดำเนินงาน')).toEqual({ kind: 'target', target: { kind: 'indicator', no: 6 } })
  })
})

describe('finding the table of a sheet', () => {
  it('finds a long table under title rows, in Thai', () => {
    const table = find([
      ['ผลการประเมิน ITA ประจำปีงบประมาณ 2567'], ['หน่วยงาน', 'อบต.หนองซอน'], [],
      ['ลำดับ', 'เครื่องมือ', 'ข้อคำถาม', 'คะแนน', 'หมายเหตุ'], [1, 'IIT', 'ข้อ i๑', '๘๔.๒๔', ''],
    ])
    expect(table).toMatchObject({ layout: 'long', headerRow: 3, dataStart: 4, code: 2, score: 3, tool: 1 })
  })

  it('finds an English header and the code column by its content when its header says nothing', () => {
    expect(find([['Tool', 'Question', 'Score'], ['IIT', 'i1', 84]])).toMatchObject({ layout: 'long', code: 1, score: 2, tool: 0 })
    expect(find([['', 'คะแนน'], ['o11', 100], ['o12', 0]])).toMatchObject({ layout: 'long', code: 0, score: 1 })
  })

  it('takes a numeric column as the scores when no header names it', () => {
    expect(find([['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'ผล'], [1, 'การปฏิบัติหน้าที่', 90.5], [2, 'การใช้งบประมาณ', 91.92]])).toMatchObject({ indicator: 0, title: 1, score: 2 })
  })

  it('finds a wide table and its organisation column', () => {
    const table = find([['สรุปผลจังหวัด'], ['อปท.', 'i1', 'i2', 'คะแนนรวม'], ['อบต.ก', 80, 90, 85]])
    expect(table).toMatchObject({ layout: 'wide', headerRow: 1, organization: 0 })
    expect(table?.layout === 'wide' ? table.targets.map((entry) => entry.column) : []).toEqual([1, 2, 3])
    // no header for the names: the first text column left of the scores
    expect(find([['', 'ตัวชี้วัดที่ 1', 'ตัวชี้วัดที่ 2'], ['อบต.ก', 80, 90]])).toMatchObject({ layout: 'wide', organization: 0 })
  })

  it('reads a table pasted without its header', () => {
    expect(find([['IIT', 'ข้อ i๑', '84.24'], ['', 'ข้อ i๒', '87.27']], null)).toMatchObject({ layout: 'long', headerRow: null, dataStart: 0, code: 1, score: 2, tool: 0 })
  })

  it('finds no table in prose, and says so for a header without scores', () => {
    expect(find([['รายงานการประชุม'], ['ไม่มีตาราง']])).toBeNull()
    const noScores = findTable({ name: 'S', rows: [['ข้อ', 'รายละเอียด'], ['i1', 'การปฏิบัติงาน']] }, 'f.xlsx', limitsWith())
    expect(noScores.ok ? null : noScores.error).toEqual({ code: 'no-score-column', where: { file: 'f.xlsx', sheet: 'S', row: 1, column: null } })
  })

  it('looks for the header only as far down as the limit', () => {
    const rows: CellValue[][] = [...Array.from({ length: 5 }, () => ['บันทึก']), ['ข้อ', 'คะแนน'], ['i1', 84]]
    expect(findTable({ name: 'S', rows }, null, limitsWith({ headerSearchRows: 3 }))).toEqual({ ok: true, value: null })
    expect(find(rows)).toMatchObject({ headerRow: 5 })
  })
})

describe('a list of organisations with their totals only', () => {
  it('is a wide table of one score column', () => {
    const table = find([['หน่วยงาน', 'คะแนนรวม', 'ระดับ'], ['อบต.ก', 88.1, 'ผ่าน']])
    expect(table).toMatchObject({ layout: 'wide', organization: 0, level: 2, targets: [{ column: 1, target: { kind: 'total' } }] })
  })
})
