import { describe, expect, it } from 'vitest'
import { catalogueFor } from '@/domain'
import { fileFactFindings } from '@/domain/file-facts'
import { runImport } from '@/import/pipeline'

// An ITAS-like 2569 table: each item's question text and indicator beside its score.
const TABLE = [
  'ผลการประเมิน ITA องค์การบริหารส่วนตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
  'ข้อ\tเครื่องมือ\tตัวชี้วัด\tรายละเอียด\tคะแนน',
  'e1\tEIT\t6\tเจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่กำหนด\t88.50',
  'e2\tEIT\t\t\t90',
  'o1\tOIT\t9\tโครงสร้าง หน้าที่และอำนาจ\t100',
  'o3\tOIT\t9\tข้อมูลการติดต่อ\t100',
].join('\n')

describe('what an imported table states beside item scores', () => {
  it('keeps each item row\'s title, tool and indicator with its sheet and row, and the preview compares them', async () => {
    const outcome = await runImport({ kind: 'paste', text: TABLE })
    if (!outcome.ok) throw new Error(outcome.error.code)
    const [parsed] = outcome.assessments
    expect(parsed!.fiscalYear).toBe(2569)
    expect(parsed!.itemFacts).toEqual([
      { code: 'e1', title: 'เจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่กำหนด', tool: 'EIT', indicator: 6, sheet: expect.anything(), row: 3 },
      { code: 'e2', title: null, tool: 'EIT', indicator: null, sheet: expect.anything(), row: 4 },
      { code: 'o1', title: 'โครงสร้าง หน้าที่และอำนาจ', tool: 'OIT', indicator: 9, sheet: expect.anything(), row: 5 },
      { code: 'o3', title: 'ข้อมูลการติดต่อ', tool: 'OIT', indicator: 9, sheet: expect.anything(), row: 6 },
    ].map((fact) => ({ ...fact, sheet: parsed!.itemFacts![0]!.sheet })))
    const findings = fileFactFindings(catalogueFor(2569).catalogue, parsed!.itemFacts!.map((fact) => ({
      ...fact, from: { file: 'ตารางที่วาง', sheet: fact.sheet, row: fact.row },
    })))
    // e1: the catalogue knows neither its wording nor its indicator; o1's wording agrees; o3's differs.
    expect(findings.map((finding) => [finding.code, finding.title?.file ?? null, finding.indicator?.file ?? null])).toEqual([
      ['e1', 'เจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่กำหนด', 6],
      ['o1', null, 9],
      ['o3', 'ข้อมูลการติดต่อ', 9],
    ])
  })
})
