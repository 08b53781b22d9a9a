import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, catalogueFor } from '@/domain'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { SPLIT_SEARCH_LIMIT, searchAssessmentSplits, searchIndicatorSplit, type SplitItem } from '@/domain/indicator-split'

const items = (prefix: string, values: number[]): SplitItem[] => values.map((score, index) => ({ code: `${prefix}${index + 1}`, scores: [score] }))
const eit = (published: [number, number, number]) => published.map((score, index) => ({ indicator: 6 + index, score }))

describe('the split search on constructed files', () => {
  it('finds the one consecutive split that reproduces every published indicator', () => {
    // 6 <- e1-e3 (mean 80), 7 <- e4-e5 (90), 8 <- e6 (50)
    const result = searchIndicatorSplit({ tool: 'EIT', items: items('e', [70, 80, 90, 85, 95, 50]), published: eit([80, 90, 50]), missing: [] })
    expect(result.outcome).toBe('unique')
    expect(result.stage).toBe('consecutive')
    expect(result.fits[0]!.groups.map((group) => group.items)).toEqual([['e1', 'e2', 'e3'], ['e4', 'e5'], ['e6']])
  })

  it('falls back to any partition when no consecutive split fits, and finds the one that does', () => {
    // 6 <- e1, e3 (60), 7 <- e2 (100), 8 <- e4 (30): not consecutive.
    const result = searchIndicatorSplit({ tool: 'EIT', items: items('e', [50, 100, 70, 30]), published: eit([60, 100, 30]), missing: [] })
    expect(result.outcome).toBe('unique')
    expect(result.stage).toBe('any')
    expect(result.fits[0]!.groups.map((group) => group.items)).toEqual([['e1', 'e3'], ['e2'], ['e4']])
  })

  it('says none when no assignment reproduces the published figures within 0.01', () => {
    const result = searchIndicatorSplit({ tool: 'EIT', items: items('e', [70, 80, 90, 85]), published: eit([10, 20, 30]), missing: [] })
    expect(result.outcome).toBe('none')
    expect(result.fits).toEqual([])
    expect(result.partitions).toBe(3 ** 4)
    expect(result.tried).toBeGreaterThanOrEqual(3 ** 4)
  })

  it('says several when more than one split fits (equal scores can swap indicators)', () => {
    const result = searchIndicatorSplit({ tool: 'EIT', items: items('e', [80, 80, 80, 80]), published: eit([80, 80, 80]), missing: [] })
    expect(result.outcome).toBe('several')
    expect(result.stage).toBe('consecutive')
    expect(result.fits.length).toBe(3)
  })

  it('accepts a mean within 0.01 of the two-decimal figure and refuses one 0.02 away', () => {
    const near = searchIndicatorSplit({ tool: 'OIT', items: items('o', [100, 0, 33.333]), published: [{ indicator: 9, score: 100 }, { indicator: 10, score: 16.67 }], missing: [] })
    expect(near.outcome).toBe('unique')
    const far = searchIndicatorSplit({ tool: 'OIT', items: items('o', [100, 0, 33.333]), published: [{ indicator: 9, score: 100 }, { indicator: 10, score: 16.69 }], missing: [] })
    expect(far.outcome).not.toBe('unique')
  })

  it('says too many to search when no consecutive split fits and the partitions pass the bound', () => {
    const values = Array.from({ length: 15 }, (_, index) => 60 + index)
    const result = searchIndicatorSplit({ tool: 'EIT', items: items('e', values), published: eit([1, 2, 3]), missing: [] })
    expect(result.outcome).toBe('too-many')
    expect(result.partitions).toBe(3 ** 15)
    expect(result.partitions).toBeGreaterThan(SPLIT_SEARCH_LIMIT)
    expect(result.fits).toEqual([])
  })

  it('does not search a tool whose file lacks items or a published indicator', () => {
    const lacking = searchIndicatorSplit({ tool: 'EIT', items: items('e', [80, 80, 80]), published: eit([80, 80, 80]), missing: ['e4'] })
    expect(lacking.outcome).toBe('incomplete')
    expect(lacking.missingItems).toEqual(['e4'])
    const unpublished = searchIndicatorSplit({ tool: 'EIT', items: items('e', [80, 80, 80]), published: eit([80, 80, 80]).slice(0, 2), missing: [] })
    expect(unpublished.outcome).toBe('incomplete')
    expect(unpublished.missingIndicators).toEqual([8])
  })

  it('tries each value of an item the file prints twice and says which one fits', () => {
    const result = searchIndicatorSplit({
      tool: 'OIT', items: [{ code: 'o1', scores: [100] }, { code: 'o2', scores: [20, 50] }, { code: 'o3', scores: [0] }],
      published: [{ indicator: 9, score: 75 }, { indicator: 10, score: 0 }], missing: [],
    })
    expect(result.outcome).toBe('unique')
    expect(result.fits[0]!.groups.map((group) => group.items)).toEqual([['o1', 'o2'], ['o3']])
    expect(result.fits[0]!.variants).toEqual([{ code: 'o2', score: 50 }])
  })
})

describe('the split search on seed 002 (อบต.หนองซอน, ITA 2567)', () => {
  const { catalogue } = catalogueFor(2567)
  const scores = AssessmentScoresSchema.parse(DEMO_SCORES_2567)
  const byTool = new Map(searchAssessmentSplits(catalogue, scores).map((result) => [result.tool, result]))

  it('seed 002 shows: no consecutive IIT split reproduces indicator 4 (i11 misprinted), and the other IIT partitions are too many', () => {
    const iit = byTool.get('IIT')!
    expect(iit.outcome).toBe('too-many')
    expect(iit.partitions).toBe(5 ** 15)
  })

  it('seed 002 shows: with i11 at 98.78 (what indicator 4 needs) the three-per-indicator IIT split is the one consecutive fit', () => {
    const corrected = { ...scores, itemScores: scores.itemScores.map((item) => item.code === 'i11' ? { ...item, score: 98.78 } : item) }
    const iit = searchAssessmentSplits(catalogue, corrected).find((result) => result.tool === 'IIT')!
    expect(iit.outcome).toBe('unique')
    expect(iit.stage).toBe('consecutive')
    expect(iit.fits[0]!.groups.map((group) => group.items)).toEqual([
      ['i1', 'i2', 'i3'], ['i4', 'i5', 'i6'], ['i7', 'i8', 'i9'], ['i10', 'i11', 'i12'], ['i13', 'i14', 'i15'],
    ])
  })

  it('seed 002 shows: no partition of e1-e9 into indicators 6-8 reproduces 92.49, 86.09 and 79.48, with either print of e3 and e7', () => {
    const eitResult = byTool.get('EIT')!
    expect(eitResult.outcome).toBe('none')
    expect(eitResult.stage).toBe('any')
    expect(eitResult.partitions).toBe(3 ** 9)
  })

  it('seed 002 shows: its tables leave out eleven OIT items, so the OIT split cannot be searched', () => {
    const oit = byTool.get('OIT')!
    expect(oit.outcome).toBe('incomplete')
    expect(oit.missingItems).toEqual(['o4', 'o23', 'o24', 'o25', 'o26', 'o27', 'o28', 'o29', 'o31', 'o32', 'o33'])
  })
})
