import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { FollowUpSchema } from '@/domain/measures/schema'
import { buildFollowUpReport } from '@/report/follow-up-report'
import { reportToDocxBuffer } from '@/export/report-docx'
import { reportToXlsx } from '@/export/report-xlsx'
import { ROUND_LABEL, STATUS_LABEL } from '@/ui/measures'
import { demoAnalysis, demoOrganization, demoPlan } from './test-data'
import { docxParagraphs, docxSections, docxTables, sheetRows, unzipEntry } from './read-back'

const plan = demoPlan()
const [first, second, third] = plan.measures
// The 12-month round as a committee enters it: one done, one that could not be done (with its reason),
// one in progress, the rest still to report.
const followUp = FollowUpSchema.parse({
  id: plan.id, organizationId: plan.organizationId, fiscalYear: plan.fiscalYear,
  entries: [
    { measureId: first!.id, round: 12, status: 'done', summary: 'เผยแพร่คู่มือแล้ว', evidence: ['https://example.go.th/manual'] },
    { measureId: second!.id, round: 12, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ' },
    { measureId: third!.id, round: 12, status: 'in-progress' },
  ],
})
const expectedStatus = (index: number) =>
  [STATUS_LABEL.done, STATUS_LABEL['not-possible'], STATUS_LABEL['in-progress']][index] ?? STATUS_LABEL.pending

const report = buildFollowUpReport({
  organization: demoOrganization(),
  plan,
  followUp,
  round: 12,
  indicators: demoAnalysis().indicators,
  statusLabel: STATUS_LABEL,
  roundLabel: ROUND_LABEL[12],
  digits: 'thai',
  signatures: { preparedBy: { name: 'นางสาวตัวอย่าง ทดสอบ', position: 'นิติกร' }, approvedBy: { name: '', position: 'นายก อบต.' } },
})
const thai = (n: number) => String(n).replace(/\d/g, (digit) => '๐๑๒๓๔๕๖๗๘๙'[Number(digit)]!)

const xml = unzipEntry(await reportToDocxBuffer(report), 'word/document.xml')

describe('follow-up report as Word', () => {
  it('builds every table row with a cell per column, so no renderer has a span to place', () => {
    const tables = report.sections.flatMap((section) => section.blocks).flatMap((block) => (block.type === 'table' ? [block] : []))
    expect(tables.length).toBe(4)
    for (const table of tables) for (const row of table.rows) expect(row, table.id).toHaveLength(table.columns.length)
  })

  it('has the title lines and its four Heading 1 sections', () => {
    const paragraphs = docxParagraphs(xml)
    expect(paragraphs).toContain('รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')
    expect(paragraphs).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน)')
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map(([p]) => docxParagraphs(p).join(''))
    expect(headings).toEqual(['สรุปสถานะการดำเนินการ', 'ผลการดำเนินการรายมาตรการ', 'สถานะรายมาตรการ', 'ผลการดำเนินการรายตัวชี้วัด'])
  })

  it('lists every measure with the status entered, the reason and the evidence', () => {
    const table = docxTables(xml).find((rows) => rows[0]?.[2] === 'สถานะ' && rows[0]?.[1] === 'มาตรการ/โครงการ/กิจกรรม')
    expect(table).toBeDefined()
    const rows = table!.slice(1)
    expect(rows).toHaveLength(plan.measures.length)
    plan.measures.forEach((measure, index) => {
      expect(rows[index]![0]).toBe(thai(index + 1))
      expect(rows[index]![1]).toBe(measure.name)
      expect(rows[index]![2]).toBe(expectedStatus(index))
    })
    expect(rows[1]![3]).toBe('บุคลากรไม่เพียงพอ')
    expect(rows[0]![4]).toBe('https://example.go.th/manual')
  })

  it('counts the statuses', () => {
    const counts = docxTables(xml).find((rows) => rows[0]?.[0] === 'สถานะ')!
    expect(counts.slice(1)).toEqual([
      [STATUS_LABEL.pending, thai(plan.measures.length - 3)],
      [STATUS_LABEL['in-progress'], '๑'],
      [STATUS_LABEL.done, '๑'],
      [STATUS_LABEL['not-possible'], '๑'],
      ['รวม', thai(plan.measures.length)],
    ])
  })

  it('is landscape throughout, as the model says', () => {
    expect(report.sections.map((section) => section.orientation)).toEqual(['landscape'])
    expect(docxSections(xml).map((section) => section.orientation)).toEqual(['landscape'])
  })

  it('numbers the pages in Thai digits, as the report is', () => {
    expect(docxSections(xml).map((section) => section.pageNumberFormat)).toEqual(['thaiNumbers'])
  })
})

describe('follow-up report as Excel', () => {
  const workbook = XLSX.read(reportToXlsx(report), { type: 'array', cellNF: true })
  const TITLE = [
    'รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'องค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน จังหวัดมหาสารคาม',
    'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน)',
  ]

  it('names a sheet per table in Thai, each opening with the title lines and its section heading', () => {
    expect(workbook.SheetNames).toEqual(['สรุปสถานะ', 'ผลการดำเนินการ', 'สถานะรายมาตรการ', 'รายตัวชี้วัด'])
    const headings = ['สรุปสถานะการดำเนินการ', 'ผลการดำเนินการรายมาตรการ', 'สถานะรายมาตรการ', 'ผลการดำเนินการรายตัวชี้วัด']
    workbook.SheetNames.forEach((name, index) => {
      expect(sheetRows(workbook, name).slice(0, 4).map((row) => row[0])).toEqual([...TITLE, headings[index]])
    })
  })

  it('counts the statuses as numbers', () => {
    const rows = sheetRows(workbook, 'สรุปสถานะ')
    expect(rows.slice(5)).toEqual([
      ['สถานะ', 'จำนวนมาตรการ'],
      [STATUS_LABEL.pending, plan.measures.length - 3],
      [STATUS_LABEL['in-progress'], 1],
      [STATUS_LABEL.done, 1],
      [STATUS_LABEL['not-possible'], 1],
      ['รวม', plan.measures.length],
    ])
    expect(workbook.Sheets['สรุปสถานะ']!.B11).toMatchObject({ t: 'n', z: '[$-D00041E]0' })
  })

  it('lists every measure with the status entered', () => {
    const rows = sheetRows(workbook, 'สถานะรายมาตรการ')
    expect(rows[5]).toEqual(['ลำดับ', 'มาตรการ/โครงการ/กิจกรรม', 'สถานะ', 'เหตุผล (กรณีไม่สามารถดำเนินการได้)', 'หลักฐาน'])
    const body = rows.slice(6)
    expect(body).toHaveLength(plan.measures.length)
    plan.measures.forEach((measure, index) => {
      expect(body[index]![0]).toBe(index + 1)
      expect(body[index]![1]).toBe(measure.name)
      expect(body[index]![2]).toBe(expectedStatus(index))
    })
    expect(body[1]![3]).toBe('บุคลากรไม่เพียงพอ')
    expect(body[0]![4]).toBe('https://example.go.th/manual')
  })

  it('has seed 004\'s table with the summary entered', () => {
    const rows = sheetRows(workbook, 'ผลการดำเนินการ')
    expect(rows[5]).toHaveLength(7)
    expect(rows[5]![0]).toBe('ลำดับ')
    expect(rows.slice(6)).toHaveLength(plan.measures.length)
    expect(rows[6]!.slice(0, 2)).toEqual([1, plan.measures[0]!.name])
    expect(rows[6]![5]).toBe('เผยแพร่คู่มือแล้ว')
  })
})
