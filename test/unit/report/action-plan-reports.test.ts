import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { MeasureSchema, followUpEntry, type FollowUpEntry, type MeasureInput } from '@/domain/measures'
import { OrganizationSchema } from '@/domain/workspace'
import { buildActionPlanTableReport } from '@/report/action-plan-table'
import { buildResultsReport, type RoundFigures } from '@/report/action-plan-results'
import type { TableBlock } from '@/report/model'
import { reportToXlsx } from '@/export/report-xlsx'
import { reportToDocxBuffer } from '@/export/report-docx'
import { STATUS_LABEL } from '@/ui/measures'
import { docxSections, sheetRows, unzipEntry } from './read-back'

const BAN_HAENG = OrganizationSchema.parse({ id: 'ban-haeng', name: 'องค์การบริหารส่วนตำบลบ้านแหง', shortName: 'อบต.บ้านแหง' })
const DIMENSIONS = [
  { no: 1, name: 'การสร้างวัฒนธรรมสุจริต' }, { no: 2, name: 'การบริหารราชการด้วยความโปร่งใส' },
  { no: 3, name: 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน' }, { no: 4, name: 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น' },
]
const measure = (input: Partial<MeasureInput> & { id: string; name: string }) => MeasureSchema.parse({ origin: 'custom', kind: 'project', ...input })

// Seed 003's rows 1, 26 and 30 (the two funded projects and a row marked *1), with row 1's sheet.
const ROW_1 = measure({
  id: 'ap-1', name: 'โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากรองค์กรปกครองส่วนท้องถิ่นเพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต',
  dimension: 1, budget: { kind: 'amount', baht: 10000 }, quarters: [false, true, true, false], targetGroups: [{ group: 'บุคลากรขององค์การบริหารส่วนตำบลบ้านแหง', count: 45 }],
  outputs: [{ text: 'บุคลากรเข้ารับการอบรม', target: '45', unit: 'คน', method: '' }],
  sheet: {
    rationale: 'การส่งเสริมคุณธรรมจริยธรรมเป็นรากฐานของการป้องกันการทุจริต', objectives: ['เพื่อเสริมสร้างคุณธรรมจริยธรรม'],
    method: [{ text: 'ขออนุมัติโครงการ', level: 0 }, { text: 'ประสานวิทยากร', level: 1 }, { text: 'ดำเนินการตามโครงการ', level: 0 }],
    duration: 'ปีงบประมาณ พ.ศ. ๒๕๖๙', ownerText: 'องค์การบริหารส่วนตำบลบ้านแหง',
  },
})
const ROW_26 = measure({ id: 'ap-26', name: 'โครงการจัดเวทีประชาคม', dimension: 3, budget: { kind: 'amount', baht: 5000 }, quarters: [false, false, true, true] })
const ROW_30 = measure({
  id: 'ap-30', name: 'การจัดทำคู่มือเกี่ยวกับการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อนให้กับบุคลากร', kind: 'measure', dimensionMark: '*1', quarters: [false, true, false, false],
})

function planReport(digits: 'thai' | 'arabic' = 'thai') {
  return buildActionPlanTableReport({
    organization: BAN_HAENG, fiscalYear: 2569, measures: [ROW_1, ROW_26, ROW_30], totals: { budget: 15000, quarters: [0, 2, 2, 1] },
    dimensions: DIMENSIONS, asOf: '2026-04-20', issuer: { name: 'นางสาวสุกัญญา เทพา', position: '' }, digits,
  })
}

const tableOf = (report: ReturnType<typeof planReport>, id: string) => report.sections.flatMap((section) => section.blocks).find((block): block is TableBlock => block.type === 'table' && block.id === id)!
const lines = (table: TableBlock) => table.rows.map((row) => row.map((entry) => entry.lines.join('\n')))

describe('the plan in e-PlanNACC\'s shape', () => {
  it('prints a row per entry and the รวมทั้งสิ้น row of budget and ticks per quarter, with ticks as "/" and a mark as written', () => {
    const table = tableOf(planReport(), 'action-plan')
    expect(table.columns.map((column) => column.header)).toEqual(['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔', 'หมายเหตุ'])
    expect(lines(table)).toEqual([
      ['๑', ROW_1.name, '๑', '๑๐,๐๐๐.๐๐', '', '/', '/', '', ''],
      ['๒', ROW_26.name, '๓', '๕,๐๐๐.๐๐', '', '', '/', '/', ''],
      ['๓', ROW_30.name, '*๑', '๐.๐๐', '', '/', '', '', ''],
      ['', 'รวมทั้งสิ้น', '', '๑๕,๐๐๐.๐๐', '๐', '๒', '๒', '๑', ''],
    ])
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length)
  })

  it('puts the table on landscape pages and the project sheets, in seed 003\'s nine headings, on portrait pages after it', () => {
    const report = planReport()
    expect(report.sections.map((section) => section.orientation)).toEqual(['landscape', 'portrait'])
    const appendix = report.sections[1]!.blocks.map((block) => (block.type === 'paragraph' || block.type === 'heading' ? block.text : block.type === 'list' ? block.items.join('|') : ''))
    expect(appendix[0]).toBe('ภาคผนวก')
    expect(appendix).toContain('ลำดับที่ ๑')
    expect(appendix).toContain(`๑. ชื่อโครงการ : ${ROW_1.name}`)
    expect(appendix).toContain('บุคลากรขององค์การบริหารส่วนตำบลบ้านแหง จำนวน ๔๕ คน')
    expect(appendix).toContain('๑) ขออนุมัติโครงการ|\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0(๑) ประสานวิทยากร|๒) ดำเนินการตามโครงการ')
    expect(appendix).toContain('๗. งบประมาณที่ใช้ในการดำเนินการ : งบประมาณ จำนวน ๑๐,๐๐๐ บาท')
    expect(appendix.filter((text) => text.startsWith('ลำดับที่'))).toEqual(['ลำดับที่ ๑'])
    const front = report.sections[0]!.blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type === 'list' ? block.items.join('|') : ''))
    expect(front).toContain('** ข้อมูล ณ วันที่ ๒๐ เมษายน ๒๕๖๙')
    expect(front).toContain('ชื่อ - สกุล ผู้ออกรายงาน นางสาวสุกัญญา เทพา')
    expect(front.some((text) => text.startsWith('มิติ ๑ การสร้างวัฒนธรรมสุจริต|มิติ ๒'))).toBe(true)
  })

  it('exports the same table to Excel with budgets and tick counts as numbers, and to Word with a landscape then a portrait section', async () => {
    const report = planReport('arabic')
    const workbook = XLSX.read(reportToXlsx(report), { type: 'array' })
    expect(workbook.SheetNames).toEqual(['แผนปฏิบัติการ'])
    const rows = sheetRows(workbook, 'แผนปฏิบัติการ')
    expect(rows.find((row) => row[1] === 'รวมทั้งสิ้น')).toEqual(['', 'รวมทั้งสิ้น', '', 15000, 0, 2, 2, 1, ''])
    expect(rows.find((row) => row[0] === 1)?.[3]).toBe(10000)
    const xml = unzipEntry(await reportToDocxBuffer(report), 'word/document.xml')
    expect(docxSections(xml).map((section) => section.orientation)).toEqual(['landscape', 'portrait'])
  })
})

const FIGURES: RoundFigures = {
  total: 3, byStatus: { pending: 0, 'in-progress': 0, done: 2, 'not-possible': 1 }, byDimension: { 1: 1, 2: 0, 3: 1, 4: 0, other: 1 },
  budget: 15000, withoutBudget: 1, disbursed: 8500, remaining: 6500, disbursedPercent: 56.666666, implementationPercent: 66.666666,
  formula: '(2 × 1 + 0 × 0.5 + 1 × 0) / 3 × 100',
}
const entry = (id: string, change: Partial<FollowUpEntry>): FollowUpEntry => ({ ...followUpEntry(null, id, 12), ...change })

function resultsReport(layout: '000' | '001') {
  return buildResultsReport({
    organization: BAN_HAENG, fiscalYear: 2569, round: 12, layout, statusLabel: STATUS_LABEL, digits: 'thai', figures: FIGURES,
    rows: [
      { measure: ROW_1, entry: entry('ap-1', { status: 'done', disbursed: 8500, outcome: 'บุคลากรเข้าอบรม ๔๕ คน', remark: 'อบรมธรรมะ' }), reasonText: '' },
      { measure: ROW_26, entry: entry('ap-26', { status: 'not-possible', reasonCode: 'no-budget' }), reasonText: 'ไม่ได้รับงบประมาณ' },
      { measure: ROW_30, entry: entry('ap-30', { status: 'done', summary: '๑) จัดทำคู่มือ\n๒) เผยแพร่' }), reasonText: '' },
    ],
    report: { problems: 'บุคลากรไม่เพียงพอ', suggestions: 'เพิ่มบุคลากร', summaryText: '', reporter: { name: 'นายสิวฤทธิ์ นิ่มกุล', position: 'นิติกรชำนาญการพิเศษ', unit: '' }, asOf: '2027-01-04' },
  })
}

describe('the round\'s results report', () => {
  it('000: ticks the status of each row beside its budget and disbursed, then the summary with the formula beside the level', () => {
    const report = resultsReport('000')
    const table = tableOf(report, 'results-000')
    expect(table.columns.slice(5, 9).map((column) => column.header)).toEqual(['รอรายงาน', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้วเสร็จ', 'ไม่สามารถดำเนินการได้'])
    expect(lines(table)[0]).toEqual(['๑', ROW_1.name, '๑', '๑๐,๐๐๐.๐๐', '๘,๕๐๐.๐๐', '', '', '/', '', 'อบรมธรรมะ'])
    expect(lines(table)[1]!.slice(5, 9)).toEqual(['', '', '', '/'])
    const summary = report.sections[0]!.blocks.flatMap((block) => (block.type === 'list' ? block.items : []))
    expect(summary).toContain('- ดำเนินการแล้วเสร็จ ๒ โครงการ')
    expect(summary).toContain('- งบประมาณ ๑๕,๐๐๐.๐๐ บาท (ไม่ใช้งบประมาณ ๑ โครงการ) เบิกจ่ายงบประมาณ ๘,๕๐๐.๐๐ บาท คิดเป็นร้อยละ ๕๖.๖๗ คงเหลือ ๖,๕๐๐.๐๐ บาท')
    expect(summary).toContain('- มีการนำแผนฯ ไปปฏิบัติ ร้อยละ ๖๖.๖๗ ((๒ × ๑ + ๐ × ๐.๕ + ๑ × ๐) / ๓ × ๑๐๐)')
  })

  it('001: the summary table with its total row, then the detail table of seed 001 with the reason of what could not be done', () => {
    const report = resultsReport('001')
    const summary = tableOf(report, 'results-001-summary')
    expect(lines(summary).at(-1)).toEqual(['', 'รวม', '', '๒', '๑', '๑๕,๐๐๐.๐๐', '๐.๐๐', '๘,๕๐๐.๐๐', '๖,๕๐๐.๐๐', ''])
    const detail = tableOf(report, 'results-001-detail')
    expect(detail.columns.map((column) => column.header)).toEqual([
      'ลำดับ', 'โครงการ/กิจกรรม', 'วิธีการดำเนินงาน', 'ตัวชี้วัด', 'งบประมาณ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินงาน', 'การใช้จ่ายงบประมาณ', 'หน่วยงานรับผิดชอบ',
    ])
    expect(lines(detail)[1]![6]).toBe('ไม่สามารถดำเนินการได้ เนื่องจากไม่ได้รับงบประมาณ')
    expect(lines(detail)[2]![2]).toBe('๑) จัดทำคู่มือ\n๒) เผยแพร่')
    expect(lines(detail)[2]![4]).toBe('ไม่ใช้งบประมาณ')
    expect(report.sections.map((section) => section.orientation)).toEqual(['landscape'])
  })
})
