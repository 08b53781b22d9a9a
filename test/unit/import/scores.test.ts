import { describe, expect, it } from 'vitest'
import { applyCatalogueOverrides } from '@/domain/catalogue-overrides'
import { catalogueFor } from '@/domain/framework'
import type { ParsedAssessment } from '@/import/assemble'
import { analyseParsed, summaryOf } from '@/import/scores'

// A 2567 OIT file with o47, a code the shipped catalogue lacks (unknown-code-2567.csv's shape).
const parsed: ParsedAssessment = {
  organization: { name: 'องค์การบริหารส่วนตำบลหนองซอน', district: '', province: '' },
  fiscalYear: 2567,
  itemScores: [{ code: 'o1', score: 100 }, { code: 'o2', score: 80 }, { code: 'o47', score: 100 }],
  indicatorScores: [],
  publishedTotal: null, publishedTools: [], where: { file: 'f.csv', sheet: null, row: 2, column: 2 }, rows: [],
}

describe('analysing an import for the preview', () => {
  it('under the shipped catalogue by default: a code it lacks is unknown, and the default threshold flags', () => {
    const analysis = analyseParsed(parsed, 2567)
    expect(analysis.scorecard.unknownItems).toEqual(['o47'])
    expect(analysis.threshold).toBe(85)
    expect(analysis.items.find((item) => item.code === 'o2')?.flag).toBe('improve')
    expect(summaryOf(parsed, analysis).unknownItems).toEqual(['o47'])
  })

  it('under the saved organisation\'s catalogue, threshold and decisions when given them', () => {
    const catalogue = applyCatalogueOverrides(catalogueFor(2567).catalogue, {
      edits: [], added: [{ code: 'o47', tool: 'OIT', indicator: 10, title: 'ข้อที่หน่วยงานเพิ่ม', issueGroups: [] }],
    })
    const analysis = analyseParsed(parsed, 2567, {
      catalogue, threshold: 75, overrides: [{ code: 'o1', flag: 'improve', reason: 'ข้อมูลไม่เป็นปัจจุบัน' }],
    })
    expect(analysis.scorecard.unknownItems).toEqual([])
    expect(analysis.scorecard.indicators.find((indicator) => indicator.no === 10)?.score).toBe(100)
    expect(analysis.threshold).toBe(75)
    const flags = Object.fromEntries(analysis.items.map((item) => [item.code, item.flag]))
    expect([flags.o1, flags.o2, flags.o47]).toEqual(['improve', 'maintain', 'maintain'])
    expect(summaryOf(parsed, analysis).unknownItems).toEqual([])
  })
})
