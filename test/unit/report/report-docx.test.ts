import { describe, expect, it } from 'vitest'
import { reportToDocxBuffer } from '@/export/report-docx'
import { demoAnalysisReport, demoMeasureRows } from './test-data'
import { docxSections, escapeXml, unzipEntry } from './read-back'

const report = demoAnalysisReport('thai')

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
    // No cell spans rows (a merged cell would split across pages): tools and groups are on their first row.
    expect(xml).not.toContain('w:vMerge')
    // The front matter is portrait, the measures section landscape, as the model says.
    expect(docxSections(xml).map((section) => section.orientation)).toEqual(report.sections.map((section) => section.orientation))
    expect(docxSections(xml).map((section) => section.orientation)).toEqual(['portrait', 'landscape'])
  })

  it('numbers the pages in the report\'s digits', async () => {
    const thai = unzipEntry(await reportToDocxBuffer(report), 'word/document.xml')
    expect(docxSections(thai).map((section) => section.pageNumberFormat)).toEqual(['thaiNumbers', 'thaiNumbers'])
    const arabic = unzipEntry(await reportToDocxBuffer(demoAnalysisReport('arabic')), 'word/document.xml')
    expect(docxSections(arabic).map((section) => section.pageNumberFormat)).toEqual(['decimal', 'decimal'])
    // The header holds Word's PAGE field, which the section's format renders.
    const header = unzipEntry(await reportToDocxBuffer(report), 'word/header1.xml')
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
  })
})
