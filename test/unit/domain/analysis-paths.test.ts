import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor, scoreAssessment, type Catalogue } from '@/domain'

// The fast paths of scoring and grouping (bench/import.bench.ts runs them 10,000 times) must answer
// exactly as the general ones.
const { catalogue } = catalogueFor(2567)
const scores = (itemScores: Array<{ code: string; score: number | null }>) =>
  AssessmentScoresSchema.parse({ fiscalYear: 2567, itemScores, indicatorScores: [] })

describe('items given once, twice, or not at all', () => {
  it('scores an item given once, marked not assessed, repeated, or contradicted', () => {
    const card = scoreAssessment(catalogue, scores([
      { code: 'i1', score: 84.24 }, { code: 'i2', score: null }, { code: 'i3', score: 100 }, { code: 'i3', score: 100 },
      { code: 'i4', score: 90.3 }, { code: 'i4', score: 80 }, { code: 'i5', score: null }, { code: 'i5', score: 70 },
    ]))
    const item = (code: string) => card.items.find((entry) => entry.code === code)
    expect([item('i1')?.status, item('i1')?.score, item('i1')?.conflictingScores]).toEqual(['scored', 84.24, []])
    expect([item('i2')?.status, item('i2')?.score, item('i2')?.conflictingScores]).toEqual(['not-assessed', null, []])
    expect([item('i3')?.score, item('i3')?.conflictingScores]).toEqual([100, []])
    expect([item('i4')?.score, item('i4')?.conflictingScores]).toEqual([90.3, [80]])
    expect([item('i5')?.status, item('i5')?.conflictingScores]).toEqual(['not-assessed', [70]])
    expect(item('i6')?.status).toBe('missing')
    expect(card.itemConflicts).toEqual([{ code: 'i4', scores: [90.3, 80] }])
  })
})

describe('issue groups', () => {
  it('lists each member once, in catalogue order, and items of no group apart', () => {
    const odd: Catalogue = {
      ...catalogue,
      items: catalogue.items.map((item) => (item.code === 'i1' ? { ...item, issueGroups: [2, 2, 1] } : item.code === 'i2' ? { ...item, issueGroups: [] } : item)),
    }
    const analysis = analyseAssessment(odd, scores([{ code: 'i3', score: 90 }, { code: 'i1', score: 80 }, { code: 'i2', score: 70 }]))
    const group = (no: number) => analysis.issueGroups[no - 1]!
    expect(group(2).items.map((item) => item.code).slice(0, 1)).toEqual(['i1'])
    expect(group(2).items.filter((item) => item.code === 'i1')).toHaveLength(1)
    expect(group(1).items.map((item) => item.code).slice(0, 2)).toEqual(['i1', 'i3'])
    expect(group(1).improve.map((item) => item.code)).toEqual(['i1'])
    expect(analysis.unmappedItems.map((item) => item.code)).toEqual(['i2'])
  })
})
