import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, catalogueFor, compareScorecards, figureChange, scoreAssessment } from '@/domain'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const later = scoreAssessment(catalogueFor(2567).catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567))
const INDICATORS_2566 = [88.1, 91.92, 99.5, 80, 87.68, 90, 86.09, 75, 40.25, 50]
const earlier = scoreAssessment(catalogueFor(2566).catalogue, AssessmentScoresSchema.parse({
  fiscalYear: 2566,
  itemScores: [{ code: 'i1', score: 70 }, { code: 'o6', score: 100 }, { code: 'e9', score: 38.89 }],
  indicatorScores: INDICATORS_2566.map((score, index) => ({ indicator: index + 1, score })),
}))

describe('year comparison', () => {
  it('takes differences between the two-decimal figures and names the direction', () => {
    expect(figureChange(80.124, 88.6549)).toEqual({ before: 80.124, after: 88.6549, difference: 8.53, direction: 'up' })
    expect(figureChange(74.67, 70.1)).toMatchObject({ difference: -4.57, direction: 'down' })
    expect(figureChange(85.004, 84.996)).toMatchObject({ difference: 0, direction: 'same' })
    expect(figureChange(null, 50)).toEqual({ before: null, after: 50, difference: null, direction: null })
  })

  it('compares totals, levels, tools and the ten indicators of two years', () => {
    const comparison = compareScorecards(earlier, later)
    const earlierTotal = 0.3 * (88.1 + 91.92 + 99.5 + 80 + 87.68) / 5 + 0.3 * (90 + 86.09 + 75) / 3 + 0.4 * (40.25 + 50) / 2
    expect(comparison.total.before).toBeCloseTo(earlierTotal, 9)
    expect(comparison.total.after).toBe(74.67)
    expect(comparison.total.direction).toBe('up')
    expect(comparison.levelBefore).toBe('C')
    expect(comparison.levelAfter).toBe('ต้องปรับปรุง')
    expect(comparison.indicators.map((indicator) => indicator.direction)).toEqual(['up', 'same', 'down', 'down', 'same', 'up', 'same', 'up', 'up', 'up'])
    expect(comparison.indicators[3]!.difference).toBe(-4.65)
    expect(comparison.tools.OIT.difference).toBeCloseTo(55.66 - 45.13, 9)
  })

  it('lists the items scored in both years, with their titles to spot a code that changed meaning', () => {
    const comparison = compareScorecards(earlier, later)
    expect(comparison.items.map((item) => item.code)).toEqual(['i1', 'e9', 'o6'])
    const o6 = comparison.items.find((item) => item.code === 'o6')!
    // o6 of the 2563 list is another question than o6 of 2567: the comparison says so.
    expect(o6).toMatchObject({ difference: -100, direction: 'down', titleBefore: 'กฎหมายที่เกี่ยวข้อง', titleAfter: 'Q&A', titleDiffers: true })
    expect(comparison.items[1]!.direction).toBe('same')
  })
})
