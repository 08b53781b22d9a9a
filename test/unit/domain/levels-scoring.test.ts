import { describe, expect, it } from 'vitest'
import { catalogueFor, flagOf, levelFor, scoreAssessment } from '@/domain'

const scheme2567 = catalogueFor(2567).catalogue.levelScheme
const scheme2563 = catalogueFor(2563).catalogue.levelScheme
const tools = (IIT: number | null, EIT: number | null, OIT: number | null) => ({ IIT, EIT, OIT })

describe('levels of the year', () => {
  it('2567: per-tool conditions decide between ผ่านดีเยี่ยม, ผ่านดี and ผ่าน', () => {
    expect(levelFor(scheme2567, 96, tools(96, 97, 95)).name).toBe('ผ่านดีเยี่ยม')
    const short = levelFor(scheme2567, 96, tools(96, 97, 94.99))
    expect(short.name).toBe('ผ่านดี')
    expect(short.notReached[0]).toMatchObject({ shortOf: ['OIT'] })
    expect(levelFor(scheme2567, 90, tools(95, 95, 80)).name).toBe('ผ่าน')
    expect(levelFor(scheme2567, 84.99, tools(95, 95, 80)).name).toBe('ต้องปรับปรุง')
    expect(levelFor(scheme2567, 70, tools(70, 70, 70)).name).toBe('ต้องปรับปรุง')
    expect(levelFor(scheme2567, 69.99, tools(70, 70, 70)).name).toBe('ต้องปรับปรุงโดยด่วน')
  })

  it('a per-tool band is not granted when a tool score is unknown', () => {
    expect(levelFor(scheme2567, 96, tools(96, null, 97)).name).toBe('ผ่าน')
  })

  it('compares the total at two decimals, as published', () => {
    expect(levelFor(scheme2567, 84.996, tools(90, 90, 80)).name).toBe('ผ่าน')
    expect(levelFor(scheme2567, 84.994, tools(90, 90, 80)).name).toBe('ต้องปรับปรุง')
  })

  it('up to 2566: AA-F on the total alone', () => {
    const grades = [95, 94.99, 85, 75, 65, 55, 50, 49.99, 0].map((total) => levelFor(scheme2563, total, tools(0, 0, 0)).name)
    expect(grades).toEqual(['AA', 'A', 'A', 'B', 'C', 'D', 'E', 'F', 'F'])
  })
})

describe('scoring inputs', () => {
  const { catalogue } = catalogueFor(2567)

  it('leaves not-assessed items out of the mean and refuses to compute from a missing item', () => {
    const card = scoreAssessment(catalogue, {
      fiscalYear: 2567, publishedTotal: null, indicatorScores: [],
      itemScores: [
        { code: 'i1', score: 90 }, { code: 'i2', score: null }, { code: 'i3', score: 80 },
        { code: 'i4', score: 90 }, { code: 'i5', score: 90 },
      ],
    })
    expect(card.indicators[0]).toMatchObject({ fromItems: 85, source: 'items', missingItems: [] })
    expect(card.indicators[1]).toMatchObject({ fromItems: null, source: 'none', missingItems: ['i6'] })
    expect(card.tools.IIT).toBeNull()
    expect(card.total).toBeNull()
    expect(card.missingIndicators).toContain(2)
  })

  it('keeps codes the catalogue lacks and infers their tool', () => {
    const card = scoreAssessment(catalogue, {
      fiscalYear: 2567, publishedTotal: null, indicatorScores: [],
      itemScores: [{ code: 'o99', score: 100 }, { code: 'e12', score: 50 }],
    })
    expect(card.unknownItems).toEqual(['e12', 'o99'])
    expect(card.items.find((item) => item.code === 'o99')).toMatchObject({ tool: 'OIT', inCatalogue: false, score: 100 })
  })

  it('reports a published total that the indicators do not give', () => {
    const indicatorScores = Array.from({ length: 10 }, (_, index) => ({ indicator: index + 1, score: 80 }))
    const card = scoreAssessment(catalogue, { fiscalYear: 2567, publishedTotal: 82, indicatorScores, itemScores: [] })
    expect(card.total).toBe(82)
    expect(card.computedTotal).toBeCloseTo(80, 9)
    expect(card.totalDisagreement).toBeCloseTo(-2, 9)
  })
})

describe('flags', () => {
  it('maintain at or above the threshold, improve below, nothing without a score', () => {
    expect(flagOf(85)).toBe('maintain')
    expect(flagOf(84.996)).toBe('maintain')
    expect(flagOf(84.99)).toBe('improve')
    expect(flagOf(90, 95)).toBe('improve')
    expect(flagOf(null)).toBeNull()
  })
})
