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
})

describe('follow-up report as Excel', () => {
  const workbook = XLSX.read(reportToXlsx(report), { type: 'array' })

  it('has a sheet per table', () => {
    expect(workbook.SheetNames).toEqual(['status-counts', 'follow-up', 'measure-status', 'by-indicator'])
  })

  it('lists every measure with the status entered', () => {
    const rows = sheetRows(workbook, 'measure-status')
    const header = rows.findIndex((row) => row[0] === 'ลำดับ')
    expect(rows[header]).toEqual(['ลำดับ', 'มาตรการ/โครงการ/กิจกรรม', 'สถานะ', 'เหตุผล (กรณีไม่สามารถดำเนินการได้)', 'หลักฐาน'])
    const body = rows.slice(header + 1)
    expect(body).toHaveLength(plan.measures.length)
    plan.measures.forEach((measure, index) => {
      expect(body[index]![1]).toBe(measure.name)
      expect(body[index]![2]).toBe(expectedStatus(index))
    })
    expect(body[1]![3]).toBe('บุคลากรไม่เพียงพอ')
  })

  it('has seed 004\'s table with the summary entered', () => {
    const rows = sheetRows(workbook, 'follow-up')
    const header = rows.findIndex((row) => row[0] === 'ลำดับ')
    expect(rows[header]).toHaveLength(7)
    expect(rows.slice(header + 1)).toHaveLength(plan.measures.length)
    expect(rows[header + 1]![5]).toBe('เผยแพร่คู่มือแล้ว')
  })
})
