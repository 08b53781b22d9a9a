import { describe, expect, it } from 'vitest'
import { assemble } from '@/import/assemble'
import { limitsWith } from '@/import/limits'
import { readRecords, type SheetRecords } from '@/import/records'
import type { CellValue, Sheet } from '@/import/sheet'
import { findTable } from '@/import/table'
import { importErrorMessage } from '@/ui/import-messages'

function recordsOf(rows: CellValue[][], name: string | null = 'S'): SheetRecords {
  const sheet: Sheet = { name, rows }
  const table = findTable(sheet, 'f.xlsx', limitsWith())
  if (!table.ok || !table.value) throw new Error('no table')
  const records = readRecords(sheet, table.value, 'f.xlsx')
  if (!records.ok) throw new Error(records.error.code)
  return records.value
}

const assembled = (sheets: SheetRecords[], options: { fiscalYear?: number; organizations?: number } = {}) =>
  assemble(sheets, { fileName: 'f.xlsx', limits: limitsWith({ organizations: options.organizations ?? 100 }), fiscalYear: options.fiscalYear ?? null })

describe('records of a sheet', () => {
  it('reads scores with Thai digits, %, blanks (missing) and - (not assessed)', () => {
    const { records } = recordsOf([['ข้อ', 'คะแนน'], ['i1', '๘๔.๒๔'], ['i2', '87.27%'], ['i3', null], ['i4', '-'], ['i5', 100]])
    expect(records.map((record) => [record.target, record.value])).toEqual([
      [{ kind: 'item', code: 'i1' }, 84.24], [{ kind: 'item', code: 'i2' }, 87.27], [{ kind: 'item', code: 'i4' }, null], [{ kind: 'item', code: 'i5' }, 100],
    ])
  })

  it('rejects a score outside 0-100 or not a number, with where', () => {
    const sheet: Sheet = { name: 'IIT', rows: [['ข้อ', 'คะแนน'], ['i1', 84], ['i2', '-1']] }
    const table = findTable(sheet, 'f.xlsx', limitsWith())
    if (!table.ok || !table.value) throw new Error('no table')
    expect(readRecords(sheet, table.value, 'f.xlsx')).toEqual({
      ok: false, error: { code: 'score-out-of-range', where: { file: 'f.xlsx', sheet: 'IIT', row: 3, column: 2 }, value: -1 },
    })
  })

  it('carries a tool down merged or blank cells, so numbered items of each tool are read right', () => {
    const { records, warnings } = recordsOf([['เครื่องมือ', 'ข้อ', 'คะแนน'], ['IIT', '1', 80], [null, '2', 81], ['EIT', '1', 70], [null, '2', 71]])
    expect(records.map((record) => record.target)).toEqual([
      { kind: 'item', code: 'i1' }, { kind: 'item', code: 'i2' }, { kind: 'item', code: 'e1' }, { kind: 'item', code: 'e2' },
    ])
    expect(warnings).toEqual([])
  })

  it('reads the total and the tools written as rows, skips the level row and warns about rows it cannot place', () => {
    const { records, warnings } = recordsOf([['ตัวชี้วัด', 'คะแนน'], ['1', 90.5], ['IIT', 88.65], ['คะแนนรวม', 74.67], ['ระดับผลการประเมิน', 'ต้องปรับปรุง'], ['ข้อสังเกต', 12]])
    expect(records.map((record) => [record.target, record.value])).toEqual([
      [{ kind: 'indicator', no: 1 }, 90.5], [{ kind: 'tool', tool: 'IIT' }, 88.65], [{ kind: 'total' }, 74.67],
    ])
    expect(warnings).toEqual([{ code: 'row-not-understood', where: { file: 'f.xlsx', sheet: 'S', row: 6, column: null }, text: 'ข้อสังเกต 12', value: 12 }])
  })

  it('reads a tool label as a tool score only on a line with no code, not beside an item it cannot read', () => {
    const { records, warnings } = recordsOf([['เครื่องมือ', 'ข้อ', 'คะแนน'], ['IIT', 'ข้อแรก', 80], ['IIT', null, 88.65]])
    expect(records.map((record) => record.target)).toEqual([{ kind: 'tool', tool: 'IIT' }])
    expect(warnings.map((warning) => [warning.code, warning.where.row])).toEqual([['row-not-understood', 2]])
  })

  it('skips a header repeated down the sheet, as a table printed across pages repeats it', () => {
    const { records } = recordsOf([['ข้อ', 'คะแนน'], ['i1', 80], ['ข้อ', 'คะแนน'], ['i2', 81]])
    expect(records).toHaveLength(2)
  })

  it('rejects a year column that is not a year', () => {
    const sheet: Sheet = { name: 'S', rows: [['หน่วยงาน', 'ปี', 'i1', 'i2'], ['อบต.ก', 'ปีหน้า', 80, 81]] }
    const table = findTable(sheet, 'f.xlsx', limitsWith())
    if (!table.ok || !table.value) throw new Error('no table')
    expect(readRecords(sheet, table.value, 'f.xlsx')).toMatchObject({ ok: false, error: { code: 'year-invalid', text: 'ปีหน้า', where: { row: 2, column: 2 } } })
  })
})

describe('scores per organisation', () => {
  it('merges several sheets of one organisation, taking its name and year from any title', () => {
    const summary = recordsOf([['หน่วยงาน อบต.หนองซอน ปีงบประมาณ 2567'], ['ตัวชี้วัด', 'คะแนน'], ['1', 90.5]], 'สรุป')
    const iit = recordsOf([['ข้อ', 'คะแนน'], ['1', 84.24]], 'IIT')
    const result = assembled([summary, iit])
    expect(result.ok ? result.value.assessments : null).toEqual([expect.objectContaining({
      organization: { name: 'อบต.หนองซอน', district: '', province: '' }, fiscalYear: 2567,
      itemScores: [{ code: 'i1', score: 84.24 }], indicatorScores: [{ indicator: 1, score: 90.5 }],
    })])
  })

  it('keeps a figure given twice with the same score once (also 83.3 and 83.30)', () => {
    const result = assembled([recordsOf([['ข้อ', 'คะแนน'], ['e7', 83.3], ['i1', 80], ['e7', '83.30']])])
    expect(result.ok ? result.value.assessments[0]?.itemScores : null).toEqual([{ code: 'e7', score: 83.3 }, { code: 'i1', score: 80 }])
  })

  it('rejects a figure given twice with different scores, naming both places', () => {
    const result = assembled([recordsOf([['ตัวชี้วัด', 'คะแนน'], ['ตัวชี้วัดที่ 4', 75.35], ['๔', 75.52]])])
    expect(result.ok ? null : result.error).toEqual({
      code: 'conflicting-duplicate', target: { kind: 'indicator', no: 4 }, value: 75.52,
      where: { file: 'f.xlsx', sheet: 'S', row: 3, column: 2 }, other: { where: { file: 'f.xlsx', sheet: 'S', row: 2, column: 2 }, value: 75.35 },
    })
  })

  it('keeps organisations and years apart, and matches names written in full or abbreviated', () => {
    const rows: CellValue[][] = [['หน่วยงาน', 'ปี', 'i1'], ['อบต.หนองซอน', 2567, 80], ['องค์การบริหารส่วนตำบลหนองซอน', 2567, 80], ['อบต.หนองซอน', 2566, 70], ['อบต.ท่าขอนยาง', 2567, 90]]
    const result = assembled([recordsOf(rows)])
    expect(result.ok ? result.value.assessments.map((entry) => `${entry.organization?.name} ${entry.fiscalYear}`) : null)
      .toEqual(['อบต.หนองซอน 2567', 'อบต.หนองซอน 2566', 'อบต.ท่าขอนยาง 2567'])
  })

  it('uses the year given over the file\'s, and says so', () => {
    const result = assembled([recordsOf([['ปีงบประมาณ 2568'], ['ข้อ', 'คะแนน'], ['i1', 80]])], { fiscalYear: 2567 })
    expect(result.ok ? [result.value.assessments[0]?.fiscalYear, result.value.warnings.map((warning) => [warning.code, warning.value, warning.otherValue])] : null)
      .toEqual([2567, [['year-overridden', 2568, 2567]]])
  })

  it('needs a name for every organisation of a many-organisation file', () => {
    const result = assembled([recordsOf([['หน่วยงาน', 'i1', 'i2'], ['อบต.ก', 80, 81], [null, 70, 71]])])
    expect(result.ok ? null : result.error).toMatchObject({ code: 'organization-missing', where: { row: 3 } })
  })

  it('limits the number of organisations and the length of a name', () => {
    const rows: CellValue[][] = [['หน่วยงาน', 'i1', 'i2'], ['อบต.ก', 80, 81], ['อบต.ข', 70, 71], ['อบต.ค', 60, 61]]
    expect(assembled([recordsOf(rows)], { organizations: 2 })).toMatchObject({ ok: false, error: { code: 'too-many-organizations', limit: 2 } })
    expect(assembled([recordsOf([['หน่วยงาน', 'i1', 'i2'], ['ก'.repeat(301), 80, 81]])])).toMatchObject({ ok: false, error: { code: 'organization-name-too-long', limit: 300 } })
  })

  it('rejects tables that hold no score at all', () => {
    expect(assembled([recordsOf([['ข้อ', 'คะแนน'], ['i1', null], ['i2', '']])])).toMatchObject({ ok: false, error: { code: 'no-scores' } })
  })

  it('rejects scores none of whose rows names an item or indicator at the first such row, not as "no scores"', () => {
    const unread = assembled([recordsOf([['ข้อ', 'คะแนน'], ['x1', 84.24], ['x2', 87.27]])])
    expect(unread).toEqual({ ok: false, error: { code: 'rows-not-understood', where: { file: 'f.xlsx', sheet: 'S', row: 2, column: null }, text: 'x1 84.24' } })
    expect(unread.ok ? '' : importErrorMessage(unread.error)).toBe(
      'ไฟล์ f.xlsx แผ่นงาน S แถวที่ 2: ไม่พบข้อหรือตัวชี้วัดที่อ่านได้ในตาราง เช่นแถวนี้ (“x1 84.24”) รหัสข้อต้องเป็นเช่น i1, e5, o11 หรือตัวชี้วัดที่ 1-10')
    // One readable row is enough: the others stay warnings.
    const partly = assembled([recordsOf([['ข้อ', 'คะแนน'], ['x1', 84.24], ['i2', 87.27]])])
    expect(partly.ok ? partly.value.warnings.map((warning) => warning.code) : partly.error.code).toEqual(['row-not-understood'])
  })
})
