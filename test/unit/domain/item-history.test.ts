import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, itemAcrossYears } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const y2567 = { scores: AssessmentScoresSchema.parse(DEMO_SCORES_2567), threshold: 85, overrides: DEMO_OVERRIDES_2567 }
const y2568 = {
  scores: AssessmentScoresSchema.parse({ fiscalYear: 2568, itemScores: [{ code: 'e4', score: 91.5 }, { code: 'o10', score: 0 }], indicatorScores: [] }),
  threshold: 90,
  overrides: [],
}

describe('itemAcrossYears', () => {
  it('gives the item of every saved year, newest first, with that year\'s score and flags', () => {
    const years = itemAcrossYears('e4', [y2567, y2568])
    expect(years.map((year) => year.fiscalYear)).toEqual([2568, 2567])
    expect(years[0]!.item).toMatchObject({ score: 91.5, computedFlag: 'maintain', flag: 'maintain', override: null })
    expect(years[1]!.item).toMatchObject({ score: 85.33, computedFlag: 'maintain', flag: 'improve' })
  })

  it('uses each year\'s own threshold and title, since codes are renumbered between years', () => {
    const years = itemAcrossYears('o10', [y2567, y2568])
    expect(years[0]!.item?.title).toBe('E-Service')
    expect(years[1]!.item?.title).toBe('คู่มือหรือแนวทางการปฏิบัติงาน')
    expect(itemAcrossYears('e4', [{ ...y2568, threshold: 95 }])[0]!.item?.computedFlag).toBe('improve')
  })

  it('says when a year has no such item', () => {
    const years = itemAcrossYears('o35', [y2567, y2568])
    expect(years[0]!.item).toBeNull()
    expect(years[1]!.item?.score).toBe(0)
  })
})
