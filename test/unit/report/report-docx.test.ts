import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { buildAnalysisReport } from '@/report/analysis-report'
import { reportToDocxBuffer } from '@/export/report-docx'
import { reportToWorkbook } from '@/export/report-xlsx'
import { demoAnalysis, demoMeasureRows, demoOrganization } from './test-data'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function unzipEntry(bytes: Uint8Array, path: string): string {
  const container = XLSX.CFB.read(bytes, { type: 'buffer' })
  const entry = XLSX.CFB.find(container, `/${path}`)
  if (!entry?.content) throw new Error(`${path} not in the archive`)
  return Buffer.from(entry.content as Uint8Array).toString('utf8')
}

const report = buildAnalysisReport({
  organization: demoOrganization(),
  analysis: demoAnalysis(),
  groupTexts: new Map([[4, 'ข้อเท็จจริงพบว่าคะแนนตัวชี้วัดการใช้ทรัพย์สินของราชการ\nหน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o10)']]),
  measures: demoMeasureRows(),
  digits: 'thai',
  signatures: { preparedBy: { name: 'นางสาวตัวอย่าง ทดสอบ', position: 'นิติกร' }, approvedBy: { name: '', position: 'นายก อบต.' } },
})

describe('analysis report as Word', () => {
  it('writes real headings, the tables and the measures into document.xml', async () => {
    const xml = unzipEntry(await reportToDocxBuffer(report), 'word/document.xml')
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(4)
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(7)
    expect(xml).toContain('ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ')
    expect(xml).toContain('๗๔.๖๗')
    // Every measure of seed 002's table, with its numbered steps.
    for (const row of demoMeasureRows()) expect(xml).toContain(escapeXml(row.name.split('\n')[0]!))
    expect(xml).toContain('๑. แต่งตั้งคณะทำงานจัดทำคู่มือ')
    expect(xml).toContain('หน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o๑๐)')
    expect(xml).toContain('นางสาวตัวอย่าง ทดสอบ')
    // Header rows repeat on every page and rows do not split.
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('<w:cantSplit/>')
    // The measures section is landscape.
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/)
  })
})

describe('analysis report as Excel', () => {
  it('writes each table to a sheet with the report headers', () => {
    const workbook = reportToWorkbook(report)
    expect(workbook.SheetNames).toEqual(['indicators', 'group-1', 'group-2', 'group-3', 'group-4', 'group-5', 'group-6', 'group-7', 'measures'])
    const measures = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.measures!, { header: 1 })
    expect(measures[0]).toEqual(['ประเด็นที่', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'วัน เดือน ปีที่ดำเนินการ'])
    expect(measures[1]?.[0]).toBe('(๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ')
    expect(measures[1]?.[1]).toBe('๑. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
    expect(measures).toHaveLength(demoMeasureRows().length + 1)
    const indicators = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.indicators!, { header: 1 })
    expect(indicators[1]).toEqual(['IIT', '๑', 'การปฏิบัติหน้าที่', '๙๐.๕๐'])
    expect(workbook.Sheets.indicators!['!merges']?.[0]).toEqual({ s: { r: 1, c: 0 }, e: { r: 5, c: 0 } })
  })
})
