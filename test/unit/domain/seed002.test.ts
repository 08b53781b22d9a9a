import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor, scoreAssessment } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

// Golden figures printed in seed 002 (อบต.หนองซอน, ITA 2567).
const { catalogue } = catalogueFor(2567)
const scores = AssessmentScoresSchema.parse(DEMO_SCORES_2567)

describe('seed 002 golden figures', () => {
  it('its ten indicator scores give 74.67 and ต้องปรับปรุง', () => {
    const indicatorsOnly = scoreAssessment(catalogue, { ...scores, itemScores: [], publishedTotal: null })
    expect(indicatorsOnly.computedTotal).not.toBeNull()
    expect(Math.abs(indicatorsOnly.computedTotal! - 74.67)).toBeLessThanOrEqual(0.01)
    expect(indicatorsOnly.level?.name).toBe('ต้องปรับปรุง')
    expect(indicatorsOnly.level?.passed).toBe(false)
  })

  it('uses the published total and finds the computed one in agreement', () => {
    const card = scoreAssessment(catalogue, scores)
    expect(card.total).toBe(74.67)
    expect(card.totalDisagreement).toBeNull()
    expect(card.tools.IIT).toBeCloseTo(88.646, 3)
    expect(card.tools.EIT).toBeCloseTo(86.02, 3)
    expect(card.tools.OIT).toBeCloseTo(55.66, 3)
  })

  it('its IIT item scores give its IIT indicator scores 1, 2, 3 and 5', () => {
    const card = scoreAssessment(catalogue, { ...scores, indicatorScores: [], publishedTotal: null })
    const byNo = new Map(card.indicators.map((indicator) => [indicator.no, indicator]))
    expect(byNo.get(1)?.fromItems).toBeCloseTo(90.50, 2)
    expect(byNo.get(2)?.fromItems).toBeCloseTo(91.92, 2)
    expect(byNo.get(3)?.fromItems).toBeCloseTo(97.78, 2)
    expect(byNo.get(5)?.fromItems).toBeCloseTo(87.68, 2)
    expect(byNo.get(1)?.source).toBe('items')
    // EIT and OIT items have no known indicator in 2567: those indicators cannot come from items.
    expect(byNo.get(6)?.source).toBe('none')
    expect(card.total).toBeNull()
  })

  it('reports i11: indicator 4 is published as 75.35 but its items give 75.18', () => {
    const card = scoreAssessment(catalogue, scores)
    expect(card.indicatorDisagreements.map((d) => d.indicator)).toEqual([4])
    const [four] = card.indicatorDisagreements
    expect(four!.published).toBe(75.35)
    expect(four!.fromItems).toBeCloseTo(75.18, 2)
    expect(four!.items).toEqual([{ code: 'i10', score: 67.27 }, { code: 'i11', score: 98.27 }, { code: 'i12', score: 60 }])
    // The published figure is the one used.
    expect(card.indicators[3]!.score).toBe(75.35)
  })

  it('reports e3 printed as 97.78 and as 87.78', () => {
    const card = scoreAssessment(catalogue, scores)
    const e3 = card.itemConflicts.find((conflict) => conflict.code === 'e3')
    expect(e3?.scores).toEqual([97.78, 87.78])
    const item = card.items.find((candidate) => candidate.code === 'e3')
    expect(item?.score).toBe(97.78)
    expect(item?.conflictingScores).toEqual([87.78])
  })

  it('flags e4 for improvement only through the committee override', () => {
    const analysis = analyseAssessment(catalogue, scores, { overrides: DEMO_OVERRIDES_2567 })
    const e4 = analysis.items.find((item) => item.code === 'e4')!
    expect(e4.computedFlag).toBe('maintain')
    expect(e4.flag).toBe('improve')
    const i12 = analysis.items.find((item) => item.code === 'i12')!
    expect(i12.flag).toBe('improve')
  })

  it('lays out issue group 4 as seed 002 prints it', () => {
    const analysis = analyseAssessment(catalogue, scores)
    const group4 = analysis.issueGroups[3]!
    expect(group4.name).toBe('กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ')
    expect(group4.itemsByTool.IIT.map((item) => [item.code, item.score])).toEqual([['i10', 67.27], ['i11', 98.27], ['i12', 60]])
    expect(group4.itemsByTool.OIT.map((item) => item.code)).toEqual(expect.arrayContaining(['o34', 'o35']))
    expect(group4.weakest.map((item) => item.code)).toEqual(['o34', 'o35', 'i12'])
    expect(group4.improve.map((item) => item.code)).toEqual(['i10', 'i12', 'o34', 'o35'])
  })
})
