import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, catalogueFor, itemGain, projectChanges, rankItemsByGain, scoreAssessment, smallestSetToReach } from '@/domain'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const { catalogue } = catalogueFor(2567)
const card = scoreAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567))

describe('what-if on seed 002', () => {
  it('raising i12 (60) to 100 moves indicator 4 by 40/3, IIT by a fifth of that, the total by 0.3 of it', () => {
    const gain = itemGain(catalogue, card, 'i12')!
    expect(gain.exact).toBe(true)
    expect(gain.gain).toBeCloseTo(0.3 * (40 / 3) / 5, 9)
  })

  it('estimates an OIT item of 2567 (indicator unknown) as an equal share of its tool', () => {
    const gain = itemGain(catalogue, card, 'o6')!
    const scoredOit = card.items.filter((item) => item.tool === 'OIT' && item.status === 'scored').length
    expect(gain.exact).toBe(false)
    expect(gain.gain).toBeCloseTo(0.4 * 100 / scoredOit, 9)
  })

  it('a partial target score gives a proportional gain; an item at 100 gains nothing', () => {
    expect(itemGain(catalogue, card, 'i12', 80)!.gain).toBeCloseTo(0.3 * (20 / 3) / 5, 9)
    expect(rankItemsByGain(catalogue, card).some((gain) => gain.code === 'i3')).toBe(false)
  })

  it('ranks items by gain, largest first', () => {
    const ranked = rankItemsByGain(catalogue, card)
    const gains = ranked.map((gain) => gain.gain)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
    // e9 (38.89) is one of nine scored EIT items: 0.3 x 61.11 / 9 = 2.04, more than an OIT item at 0 (0.4 x 100 / 24).
    expect(ranked[0]!.code).toBe('e9')
    expect(ranked[0]!.gain).toBeCloseTo(0.3 * 61.11 / 9, 9)
  })

  it('finds the smallest set that lifts 74.67 to 85, and no smaller set does', () => {
    const plan = smallestSetToReach(catalogue, card, 85)!
    expect(plan.reachable).toBe(true)
    expect(plan.projection.total).toBeGreaterThanOrEqual(84.995)
    const without = projectChanges(catalogue, card, plan.items.slice(0, -1).map((gain) => ({ code: gain.code, to: 100 })))
    expect(without.total).toBeLessThan(84.995)
    expect(plan.needed).toBeCloseTo(10.33, 2)
  })

  it('says when a target cannot be reached and lists every candidate', () => {
    const plan = smallestSetToReach(catalogue, card, 100)!
    expect(plan.reachable).toBe(false)
    expect(plan.items).toHaveLength(rankItemsByGain(catalogue, card).length)
  })

  it('leaves out excluded items and projects the level', () => {
    const plan = smallestSetToReach(catalogue, card, 85, { exclude: ['o6'] })!
    expect(plan.items.map((gain) => gain.code)).not.toContain('o6')
    expect(plan.projection.level.passed).toBe(true)
  })
})
