import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  dateFromThaiText, kindFromName, parseBaht, parsePlanSheets, periodFromText, readPlanTable, readTick,
  type PlanTable, type PlanTableOutcome,
} from '@/import/plan-table'
import { planImportErrorMessage, planImportWarningMessage } from '@/ui/plan-import-messages'

// The plan-table import on the seeds' own tables, cut out as printed (test/fixtures/action-plan), and
// on the same tables as workbooks (make-fixtures.ts): the design's golden figures, then each rejection
// with where it is.

const FIXTURES = join(__dirname, '../../fixtures/action-plan')
const text = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8')
const inflateRaw = (compressed: Uint8Array) => new Uint8Array(inflateRawSync(compressed))

async function paste(value: string): Promise<PlanTableOutcome> {
  return readPlanTable({ kind: 'paste', text: value })
}

async function table(value: string): Promise<PlanTable> {
  const outcome = await paste(value)
  if (!outcome.ok) throw new Error(planImportErrorMessage(outcome.error))
  return outcome.table
}

async function workbookTable(name: string): Promise<PlanTableOutcome> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, `${name}.xlsx`)))
  return readPlanTable({ kind: 'file', name: `${name}.xlsx`, bytes }, { inflateRaw })
}

function counts<T>(values: readonly T[]): Map<T, number> {
  const found = new Map<T, number>()
  for (const value of values) found.set(value, (found.get(value) ?? 0) + 1)
  return found
}

const budgetSum = (t: PlanTable) => t.rows.reduce((sum, row) => sum + (row.budget?.kind === 'amount' ? row.budget.baht : 0), 0)
const disbursedSum = (t: PlanTable) => t.rows.reduce((sum, row) => sum + (row.disbursed ?? 0), 0)
const ticks = (t: PlanTable) => [0, 1, 2, 3].map((q) => t.rows.filter((row) => row.quarters?.[q]).length)
const dimensions = (t: PlanTable) => [1, 2, 3, 4].map((d) => t.rows.filter((row) => row.dimension === d).length)
/** Everything a row holds but its place (a workbook and its text differ in file name and sheet). */
const rowData = (t: PlanTable) => t.rows.map(({ where, ...row }) => ({ ...row, row: where.row }))

describe('seed 003: the FY2569 plan of อบต.บ้านแหง', () => {
  it('reads 31 entries, budget 15,000.00, ticks 4/30/28/4, dimensions 4/19/4/2 and the marks *1, *2', async () => {
    const outcome = await paste(text('seed-003-plan'))
    if (!outcome.ok) throw new Error(planImportErrorMessage(outcome.error))
    const plan = outcome.table
    expect(plan.rows.map((row) => row.no)).toEqual(Array.from({ length: 31 }, (_, index) => index + 1))
    expect(budgetSum(plan)).toBe(15_000)
    expect(plan.rows.filter((row) => row.budget?.kind === 'amount' && row.budget.baht > 0).map((row) => [row.no, row.budget])).toEqual([
      [1, { kind: 'amount', baht: 10_000 }], [26, { kind: 'amount', baht: 5_000 }],
    ])
    expect(ticks(plan)).toEqual([4, 30, 28, 4])
    expect(plan.rows.filter((row) => row.quarters?.[0]).map((row) => row.no)).toEqual([16, 28, 29, 31])
    expect(dimensions(plan)).toEqual([4, 19, 4, 2])
    expect(plan.rows.filter((row) => row.dimension === null).map((row) => [row.no, row.dimensionMark])).toEqual([[30, '*1'], [31, '*2']])
    // The รวมทั้งสิ้น row agrees with the rows: no warning.
    expect(plan.total).toMatchObject({ budget: 15_000, quarters: [4, 30, 28, 4], where: { row: 36 } })
    expect(outcome.warnings).toEqual([])
    expect(plan.hasQuarters && !plan.hasStatus).toBe(true)
    expect(outcome.meta).toEqual({
      organization: { name: 'องค์การบริหารส่วนตำบลบ้านแหง', district: '', province: '' },
      fiscalYear: 2569, round: null, asOf: '2026-04-20', issuer: { name: 'นางสาวสุกัญญา เทพา', position: '' },
    })
  })

  it('guesses each kind from the name\'s prefix, and none for the unprefixed rows 24 and 30', async () => {
    const plan = await table(text('seed-003-plan'))
    expect(Object.fromEntries(counts(plan.rows.map((row) => String(row.kind))))).toEqual({ project: 13, measure: 11, activity: 5, null: 2 })
    expect(plan.rows.filter((row) => row.kind === null).map((row) => row.no)).toEqual([24, 30])
    expect(plan.rows[9]!.name).toBe('โครงการ “บริการเป็นเลิศ ก่อเกิดความประทับใจ” (ยกระดับมาตรฐานการให้บริการตามหลักธรรมาภิบาล)')
  })
})

describe('seed 000: the 12-month report of อบจ.อ่างทอง, FY2566', () => {
  it('reads 52 entries across 8 repeated headers: 48 done, 4 not possible (rows 7, 10, 25, 29)', async () => {
    const outcome = await paste(text('seed-000-report-12'))
    if (!outcome.ok) throw new Error(planImportErrorMessage(outcome.error))
    const report = outcome.table
    expect(report.rows.map((row) => row.no)).toEqual(Array.from({ length: 52 }, (_, index) => index + 1))
    expect(outcome.otherTables).toEqual([])
    expect(Object.fromEntries(counts(report.rows.map((row) => row.status)))).toEqual({ done: 48, 'not-possible': 4 })
    expect(report.rows.filter((row) => row.status === 'not-possible').map((row) => row.no)).toEqual([7, 10, 25, 29])
    expect(dimensions(report)).toEqual([11, 29, 5, 7])
    expect(budgetSum(report)).toBe(1_930_000)
    expect(disbursedSum(report)).toBe(627_872)
    expect(report.rows.filter((row) => (row.budget?.kind === 'amount' ? row.budget.baht : 0) > 0)).toHaveLength(13)
    expect(outcome.warnings).toEqual([])
    expect(outcome.meta).toMatchObject({ fiscalYear: 2566, round: 12, asOf: '2024-01-04', issuer: { name: 'นายสิวฤทธิ์ นิ่มกุล', position: 'นิติกรชำนาญการพิเศษ' } })
    expect(outcome.meta.organization?.name).toBe('องค์การบริหารส่วนจังหวัดอ่างทอง')
  })

  it('reads the checkbox markup of rows 10-16 as ticks and keeps the remarks as text', async () => {
    const report = await table(text('seed-000-report-12'))
    expect(report.rows.slice(9, 16).map((row) => row.status)).toEqual(['not-possible', 'done', 'done', 'done', 'done', 'done', 'done'])
    expect(report.rows[30]!.remark).toBe('1.โครงการ ๕ ส. เบิกจ่ายรวม 9,590 2.โครงการอบรมเทคโนโลยีสารสนเทศ (ไม่ได้ดำเนินการ)')
    expect(report.rows[30]!.disbursed).toBe(9_590)
  })
})

describe('seed 001: the 12-month report of อบต.บางเตย, FY2567', () => {
  it('reads the summary table split by a bold title: 20 entries, 17 done, 3 not possible (2, 3, 15), budget 180,000, nothing spent', async () => {
    const outcome = await paste(text('seed-001-summary'))
    if (!outcome.ok) throw new Error(planImportErrorMessage(outcome.error))
    const summary = outcome.table
    expect(summary.rows.map((row) => row.no)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1))
    expect(Object.fromEntries(counts(summary.rows.map((row) => row.status)))).toEqual({ done: 17, 'not-possible': 3 })
    expect(summary.rows.filter((row) => row.status === 'not-possible').map((row) => row.no)).toEqual([2, 3, 15])
    expect(dimensions(summary)).toEqual([6, 8, 2, 4])
    expect(budgetSum(summary)).toBe(180_000)
    expect(disbursedSum(summary)).toBe(0)
    expect(summary.rows.reduce((sum, row) => sum + (row.remaining ?? 0), 0)).toBe(180_000)
    expect(outcome.warnings).toEqual([])
    expect(outcome.meta).toMatchObject({ round: 12, organization: { name: 'องค์การบริหารส่วนตำบลบางเตย' } })
  })

  it('reads the detail table: a continuation row past a page break, "๓๐.๐๐๐" as 30,000, "ไม่ใช้งบประมาณ" apart from 0', async () => {
    const detail = await table(text('seed-001-detail'))
    expect(detail.rows).toHaveLength(20)
    expect(detail.rows[4]!.steps).toBe('จัดประชุมพนักงานส่วน ตำบล ลูกจ้าง เพื่อปลูกฝัง วิธีคิด สามารถแยกแยะ ผลประโยชน์ ส่วนรวม และผลประโยชน์ส่วนตัว และเสริมสร้างความ เข้มแข็งด้าน คุณธรรม จริยธรรม และ')
    expect(detail.rows[4]!.kpi).toMatch(/ของ หน่วยงาน ปฏิบัติงาน ด้วยความสุจริต โปร่งใส โดยยึดหลัก คุณธรรม จริยธรรม$/)
    expect(detail.rows[14]!.budget).toEqual({ kind: 'amount', baht: 30_000 })
    expect(detail.rows[1]!.budget).toEqual({ kind: 'amount', baht: 50_000 })
    expect(detail.rows[0]!.budget).toEqual({ kind: 'none' })
    expect(detail.rows.filter((row) => row.budget?.kind === 'none')).toHaveLength(17)
    expect(detail.rows[0]!.disbursed).toBeNull()
    expect(detail.rows[1]!.disbursed).toBe(0)
    expect(detail.rows[9]!.owner).toBe('กองคลัง')
    expect(new Set(detail.rows.map((row) => row.period))).toEqual(new Set(['ต.ค. ๖๖ - ก.ย. ๖๗']))
    expect(periodFromText(detail.rows[0]!.period)).toEqual({ start: '2023-10', end: '2024-09' })
  })
})

describe('the same tables as workbooks and as pipe tables', () => {
  for (const name of ['seed-003-plan', 'seed-000-report-12', 'seed-001-summary', 'seed-001-detail']) {
    it(`${name}.xlsx reads to the same rows as its text`, async () => {
      const fromText = await paste(text(name))
      const fromWorkbook = await workbookTable(name)
      if (!fromText.ok || !fromWorkbook.ok) throw new Error('refused')
      expect(rowData(fromWorkbook.table)).toEqual(rowData(fromText.table))
      expect(fromWorkbook.table.total).toEqual(fromText.table.total && { ...fromText.table.total, where: { ...fromText.table.total.where, file: `${name}.xlsx`, sheet: 'แผนปฏิบัติการ' } })
      expect(fromWorkbook.warnings).toEqual([])
      expect(fromWorkbook.table.rows[0]!.where).toEqual({ file: `${name}.xlsx`, sheet: 'แผนปฏิบัติการ', row: fromText.table.rows[0]!.where.row, column: 1 })
    })
  }

  it('reads seed 003 typed as a markdown pipe table, with its rule under the header', async () => {
    const lines = text('seed-003-plan').split('\n').map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line))
    lines.splice(3, 0, '|---|---|---|---|---|---|---|---|---|')
    const fromPipes = await table(lines.join('\n'))
    const fromTabs = await table(text('seed-003-plan'))
    expect(fromPipes.rows.map((row) => [row.no, row.name, row.dimension, row.dimensionMark, row.budget, row.quarters])).toEqual(
      fromTabs.rows.map((row) => [row.no, row.name, row.dimension, row.dimensionMark, row.budget, row.quarters]))
    expect(fromPipes.total?.quarters).toEqual([4, 30, 28, 4])
  })
})

describe('cells as committees write them', () => {
  it('reads ticks ☑ ✓ ✔ x X 1 and the checkbox markup; blank, ☐ and 0 are no tick; anything else is not a tick', () => {
    for (const tick of ['☑', '✓', '✔', 'x', 'X', '1', 1, '<input checked="" type="checkbox"/>', '<input type="checkbox" checked>']) expect(readTick(tick)).toBe(true)
    for (const blank of [null, '', ' ', '☐', '0', 0, '<input type="checkbox"/>']) expect(readTick(blank)).toBe(false)
    for (const other of ['ok', '2', 'ดำเนินการ', 2]) expect(readTick(other)).toBeNull()
  })

  it('reads amounts in Thai or Arabic digits with any separator', () => {
    expect(parseBaht('๓๐.๐๐๐')).toBe(30_000)
    expect(parseBaht('๑๐๐๐๐')).toBe(10_000)
    expect(parseBaht('๕๐,๐๐๐')).toBe(50_000)
    expect(parseBaht('๕๐,๐๐๐.๐๐')).toBe(50_000)
    expect(parseBaht('1,930,000.00')).toBe(1_930_000)
    expect(parseBaht('9,590 บาท')).toBe(9_590)
    expect(parseBaht(' ')).toBeNull()
    for (const bad of ['ห้าพัน', '-5', '12%', '=SUM(A1:A3)', '1e999']) expect(parseBaht(bad)).toBe('invalid')
  })

  it('reads the kinds, dates and periods the seeds print', () => {
    expect(kindFromName('“มาตรการ NO Gift Policy”')).toBe('measure')
    expect(kindFromName('แนวปฏิบัติงานการรับของขวัญ')).toBe('guideline')
    expect(kindFromName('ส่งเสริมการมีส่วนร่วมของประชาชน')).toBeNull()
    expect(dateFromThaiText('ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙')).toBe('2026-02-27')
    expect(dateFromThaiText('ข้อมูล ณ วันที่ 31 กุมภาพันธ์ 2569')).toBeNull()
    expect(periodFromText('ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗')).toEqual({ start: '2023-10', end: '2024-09' })
    expect(periodFromText('ทั้งปี')).toBeNull()
  })
})

const HEADER = 'ลำดับ\tรายการโครงการ (ตั้งต้น)\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ\n\t\t\t\t1\t2\t3\t4\t\n'
const row = (cells: string) => `${cells}\n`

describe('what is refused, and where', () => {
  async function refused(value: string) {
    const outcome = await paste(value)
    if (outcome.ok) throw new Error('accepted')
    return { ...outcome.error, message: planImportErrorMessage(outcome.error) }
  }

  it('refuses a table without the plan\'s header', async () => {
    expect(await refused('ข้อ\tคะแนน\ni1\t84.24\n')).toMatchObject({
      code: 'no-plan-header', where: { file: null, row: null },
      message: 'ข้อความที่วาง: ไม่พบหัวตารางแผนปฏิบัติการ: ต้องมีหัวคอลัมน์ “ลำดับ” และ “รายการโครงการ” (หรือ “โครงการ/กิจกรรม”) เช่น ลำดับ | รายการโครงการ | มิติ | งบประมาณ (บาท) | ไตรมาส 1-4 | หมายเหตุ',
    })
  })

  it('refuses a dimension that is not 1-4, *1 or *2, at its row and column', async () => {
    expect(await refused(HEADER + row('1\tโครงการก\t2\t0.00\t\t✓\t\t\t') + row('2\tโครงการข\t5\t0.00\t\t✓\t\t\t'))).toMatchObject({
      code: 'dimension-invalid', where: { row: 4, column: 3 }, message: 'ข้อความที่วาง แถวที่ 4 คอลัมน์ C: มิติ “5” ไม่ถูกต้อง (มิติต้องเป็น 1-4 หรือ *1, *2 หรือเว้นว่าง)',
    })
  })

  it('refuses a budget that is neither a number nor ไม่ใช้งบประมาณ, and takes ไม่ใช้งบประมาณ as none', async () => {
    expect(await refused(HEADER + row('1\tโครงการก\t1\tห้าพันบาท\t\t✓\t\t\t'))).toMatchObject({
      code: 'budget-invalid', where: { row: 3, column: 4 }, message: 'ข้อความที่วาง แถวที่ 3 คอลัมน์ D: งบประมาณ “ห้าพันบาท” ไม่ใช่ตัวเลข (ใส่จำนวนเงินเป็นบาท เช่น 10,000.00 หรือ “ไม่ใช้งบประมาณ”)',
    })
    const plan = await table(HEADER + row('1\tโครงการก\t1\tไม่ใช้งบประมาณ\t\t✓\t\t\t'))
    expect(plan.rows[0]!.budget).toEqual({ kind: 'none' })
  })

  it('refuses a quarter cell that is not a tick, and two statuses ticked in one row', async () => {
    expect(await refused(HEADER + row('1\tโครงการก\t1\t0.00\t\tok\t\t\t'))).toMatchObject({ code: 'tick-invalid', where: { row: 3, column: 6 } })
    const report = 'ลำดับ\tรายการโครงการ (ตั้งต้น)\tมิติ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)\tสถานะ\t\t\t\tหมายเหตุ\n\t\t\t\t\tรอ รายงาน\tอยู่ ระหว่าง ดำเนิน การ\tดำเนิน การ แล้วเสร็จ\tไม่ สามารถ ดำเนิน การได้\t\n'
    expect(await refused(report + row('1\tโครงการก\t1\t0.00\t0.00\t\t\t☑\t☑\t'))).toMatchObject({
      code: 'status-ticked-twice', where: { row: 3, column: 9 }, message: 'ข้อความที่วาง แถวที่ 3 คอลัมน์ I: แถวนี้ทำเครื่องหมายสถานะไว้มากกว่าหนึ่งช่อง กรุณาเลือกสถานะเดียว',
    })
    expect(await refused(report + row('1\tโครงการก\t1\t0.00\tหนึ่งพัน\t\t\t☑\t\t'))).toMatchObject({ code: 'amount-invalid', where: { row: 3, column: 5 } })
  })

  it('refuses more entries than a plan holds, a name over its limit, and an entry without a name', async () => {
    const many = HEADER + Array.from({ length: 301 }, (_, index) => row(`${index + 1}\tกิจกรรมที่ ${index + 1}\t2\t0.00\t\t✓\t\t\t`)).join('')
    expect(await refused(many)).toMatchObject({ code: 'too-many-entries', where: { row: 303 }, limit: 300, message: 'ข้อความที่วาง แถวที่ 303: มีโครงการมากกว่า 300 รายการ เกินกว่าที่แผนหนึ่งฉบับรับได้' })
    expect(await refused(HEADER + row(`1\tโครงการ${'ก'.repeat(3000)}\t1\t0.00\t\t✓\t\t\t`))).toMatchObject({
      code: 'cell-too-long', where: { row: 3, column: 2 }, value: 3007, limit: 3000, message: 'ข้อความที่วาง แถวที่ 3 คอลัมน์ B: ข้อความในช่องนี้ยาว 3007 ตัวอักษร เกินกว่าที่รับได้ (3000)',
    })
    expect(await refused(HEADER + row('1\t\t1\t0.00\t\t✓\t\t\t'))).toMatchObject({ code: 'name-missing', where: { row: 3, column: 1 } })
  })

  it('refuses a header with nothing under it, and a cell past the reader\'s limit', async () => {
    expect(await refused(HEADER)).toMatchObject({ code: 'no-entries', where: { row: 1 } })
    const outcome = await readPlanTable({ kind: 'paste', text: HEADER + row('1\tโครงการก\t1\t0.00\t\t✓\t\t\tหมายเหตุยาว') }, { limits: { cellCharacters: 5 } })
    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'cell-too-long', where: { row: 1, column: 2 } })
  })
})

describe('what is accepted with a warning', () => {
  it('says when the รวมทั้งสิ้น row disagrees with the rows, and reads the rows', async () => {
    const changed = text('seed-003-plan').replace('รวมทั้งสิ้น\t\t\t15,000.00\t4\t30\t28\t4', 'รวมทั้งสิ้น\t\t\t16,000.00\t4\t31\t28\t4')
    const outcome = await paste(changed)
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.table.rows).toHaveLength(31)
    expect(outcome.warnings.map((warning) => [warning.code, warning.where.row, warning.where.column, warning.value, warning.otherValue])).toEqual([
      ['total-differs', 36, 4, 16_000, 15_000], ['total-differs', 36, 6, 31, 30],
    ])
    expect(outcome.warnings.map((warning) => planImportWarningMessage(warning))).toEqual([
      'ข้อความที่วาง แถวที่ 36 คอลัมน์ D: แถวรวมทั้งสิ้นระบุงบประมาณรวม 16,000.00 บาท แต่รวมจากรายการได้ 15,000.00 บาท — โปรดตรวจสอบ (ใช้ตามรายการ)',
      'ข้อความที่วาง แถวที่ 36 คอลัมน์ F: แถวรวมทั้งสิ้นระบุจำนวนที่ดำเนินการไตรมาส 2 31 แต่รวมจากรายการได้ 30 — โปรดตรวจสอบ (ใช้ตามรายการ)',
    ])
  })

  it('appends a continuation row to the entry above, and warns of a gap in the numbering', async () => {
    const outcome = await paste(HEADER + row('1\tโครงการเสริมสร้าง\t1\t0.00\t\t✓\t\t\t') + row('\tค่านิยมต่อต้านการทุจริต\t\t\t\t\t✓\t\t') + row('3\tกิจกรรมข\t2\t0.00\t\t✓\t\t\t'))
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.table.rows.map((entry) => [entry.no, entry.name, entry.quarters])).toEqual([
      [1, 'โครงการเสริมสร้าง ค่านิยมต่อต้านการทุจริต', [false, true, true, false]],
      [3, 'กิจกรรมข', [false, true, false, false]],
    ])
    expect(outcome.warnings.map((warning) => [warning.code, warning.where.row])).toEqual([['sequence-gap', 5]])
  })

  it('reads numbers from the sheet cells of the manual grid without a file', () => {
    const outcome = parsePlanSheets([{ name: 'แผน', rows: [['ลำดับ', 'โครงการ/กิจกรรม', 'มิติ', 'งบประมาณ'], [1, 'โครงการก', 3, 5000]] }], 'grid')
    expect(outcome.ok && outcome.table.rows[0]).toMatchObject({ no: 1, dimension: 3, budget: { kind: 'amount', baht: 5000 }, where: { sheet: 'แผน', row: 2 } })
  })
})
