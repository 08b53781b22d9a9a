import { describe, expect, it } from 'vitest'
import { applyCatalogueOverrides, catalogueFor } from '@/domain'
import { evidenceSentence, itemSourceLines, printedEvidenceNote, sourceName } from '@/ui/fact-sources'
import { buildAnalysisReport } from '@/report/analysis-report'
import { demoAnalysis, demoOrganization } from '../report/test-data'

describe('fact sources in Thai', () => {
  it('names each fact\'s source, marks inferred and uncertain ones, and says ไม่ทราบ for an unknown fact', () => {
    const lines = itemSourceLines(catalogueFor(2569).catalogue, 'o25')
    expect(lines.map((line) => [line.factLabel, line.name, line.uncertain])).toEqual([
      ['ชื่อข้อ', 'รายการหลักฐาน OIT ของ สทร. (เว็บไซต์)', false],
      ['ตัวชี้วัด', 'ไม่ทราบ', false],
      ['ตัวชี้วัดย่อย', 'อนุมานจากเนื้อหาของข้อ', true],
    ])
    expect(lines[0]!.detail).toContain('https://github.com/rtrdasmartrailway/web-app-rtrda/')
    expect(itemSourceLines(catalogueFor(2569).catalogue, 'i4').map((line) => [line.name, line.uncertain])).toEqual([['ไม่ทราบ', false], ['ถือตามปี 2567', true]])
    expect(itemSourceLines(catalogueFor(2569).catalogue, 'o99')).toEqual([])
  })

  it('reads the committee\'s source in Thai, and an unlisted source by its kind and label', () => {
    const edited = applyCatalogueOverrides(catalogueFor(2569).catalogue, { edits: [], added: [{ code: 'o27', tool: 'OIT', indicator: 10, title: 'ข้อที่เพิ่ม', issueGroups: [7] }] })
    expect(itemSourceLines(edited, 'o27').map((line) => line.name)).toEqual(['คณะทำงานของหน่วยงานกำหนดเอง', 'คณะทำงานของหน่วยงานกำหนดเอง', 'ไม่ทราบ'])
    expect(sourceName({ id: 'file-x', kind: 'file', label: 'ผลรายข้อ.xlsx', url: null, note: '' })).toBe('ไฟล์ที่นำเข้า: ผลรายข้อ.xlsx')
    expect(sourceName({ id: 'borrowed-2571-from-2570', kind: 'inference', label: 'x', url: null, note: '' })).toBe('ยืมจากรายการปี 2570')
  })
})

describe('evidence sentences', () => {
  it('says the 2570 measures are evidence for O25 of ITA 2570, borrowed from 2569 and not confirmed with the manual', () => {
    const sentence = evidenceSentence('measures', 2570)!
    expect(sentence.text).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสนี้ใช้เป็นหลักฐานแบบ OIT ข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ของการประเมิน ITA ปี 2570')
    expect(sentence.caution).toContain('ยืมจากรายการปี 2569')
    expect(sentence.caution).toContain('ยังไม่ได้ยืนยันกับคู่มือการประเมิน')
  })

  it('sends the follow-up of the 2569 measures to O26 of ITA 2570, the 2569 analysis to O25, and a 2570 follow-up to a year it borrows', () => {
    expect(evidenceSentence('follow-up', 2569)?.codes).toEqual(['o26'])
    expect(evidenceSentence('analysis', 2569)).toMatchObject({ codes: ['o25'], assessmentYear: 2570 })
    expect(evidenceSentence('follow-up', 2570)?.caution).toContain('ปี 2571 ยังไม่มีรายการข้อของตนเอง จึงใช้รายการของปี 2570')
    // ITA 2567's list is not known: nothing is said.
    expect(evidenceSentence('measures', 2567)).toBeNull()
  })

  it('is printed under the analysis report\'s title in the report\'s digits', () => {
    const note = printedEvidenceNote('measures', 2568)!
    expect(note).toMatch(/^เอกสารนี้ใช้เป็นหลักฐานแบบ OIT ข้อ O27 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของการประเมิน ITA ปี 2568 \(/)
    const report = buildAnalysisReport({
      organization: demoOrganization(), analysis: demoAnalysis(), groupTexts: new Map(), measures: null, digits: 'thai', signatures: null, evidenceNote: note,
    })
    const blocks = report.sections[0]!.blocks
    expect(blocks[0]!.type).toBe('title')
    expect(blocks[1]).toMatchObject({ type: 'paragraph', text: expect.stringContaining('ข้อ O๒๗ มาตรการส่งเสริมคุณธรรม') })
    const without = buildAnalysisReport({ organization: demoOrganization(), analysis: demoAnalysis(), groupTexts: new Map(), measures: null, digits: 'thai', signatures: null })
    expect(without.sections[0]!.blocks[1]).toMatchObject({ type: 'heading' })
  })
})
