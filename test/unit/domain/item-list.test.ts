import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor, countFlags, matchesItemFilter, sortItems, withIssueGroups } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const { catalogue } = catalogueFor(2567)
const analysis = analyseAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
const items = withIssueGroups(catalogue, analysis.items)
const codes = (list: ReadonlyArray<{ code: string }>) => list.map((item) => item.code)

describe('item list', () => {
  it('carries each item\'s issue groups from the catalogue', () => {
    expect(items.find((item) => item.code === 'e7')!.issueGroups).toEqual([1, 2, 3, 7])
    expect(items.find((item) => item.code === 'o24')!.issueGroups).toEqual([])
  })

  it('filters by tool, indicator, group and flag together', () => {
    expect(codes(items.filter((item) => matchesItemFilter(item, { tool: 'IIT', flag: 'improve' })))).toEqual(['i1', 'i10', 'i12', 'i15'])
    expect(codes(items.filter((item) => matchesItemFilter(item, { indicator: 4 })))).toEqual(['i10', 'i11', 'i12'])
    expect(codes(items.filter((item) => matchesItemFilter(item, { group: 4, flag: 'improve' })))).toEqual(['i10', 'i12', 'o34', 'o35'])
    expect(codes(items.filter((item) => matchesItemFilter(item, { flag: 'overridden' })))).toEqual(['e4'])
    expect(items.filter((item) => matchesItemFilter(item, { indicator: 'unknown', tool: 'IIT' }))).toEqual([])
    expect(codes(items.filter((item) => matchesItemFilter(item, { flag: 'no-flag', tool: 'OIT' })))).toEqual(['o4', 'o23', 'o24', 'o25', 'o26', 'o27', 'o28', 'o29', 'o31', 'o32', 'o33'])
    expect(codes(items.filter((item) => matchesItemFilter(item, { group: 'none', tool: 'OIT', flag: 'improve' })))).toEqual([])
  })

  it('sorts weakest first with unscored items last, or strongest first, or by indicator', () => {
    const weakest = sortItems(items, 'score-asc')
    expect(weakest[0]!.score).toBe(0)
    expect(weakest.at(-1)!.score).toBeNull()
    const scored = weakest.filter((item) => item.score !== null).map((item) => item.score as number)
    expect(scored).toEqual([...scored].sort((a, b) => a - b))
    const strongest = sortItems(items, 'score-desc')
    expect(strongest[0]!.score).toBe(100)
    expect(strongest.at(-1)!.score).toBeNull()
    const byIndicator = sortItems(items, 'indicator')
    expect(codes(byIndicator.slice(0, 4))).toEqual(['i1', 'i2', 'i3', 'i4'])
    expect(byIndicator.at(-1)!.indicator).toBeNull()
    expect(codes(sortItems(byIndicator, 'code'))).toEqual(codes(items))
  })

  it('counts the flags in force, overrides included', () => {
    const counts = countFlags(analysis.items)
    expect(counts.overridden).toBe(1)
    expect(counts.maintain + counts.improve + counts.none).toBe(analysis.items.length)
    expect(counts.none).toBe(11)
  })
})
