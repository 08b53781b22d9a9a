import { describe, expect, it } from 'vitest'
import {
  AssessmentScoresSchema, CatalogueOverridesSchema, analyseAssessment, applyCatalogueOverrides, catalogueFor,
  staleOverrides, withAddedItem, withItemEdit, type CatalogueOverrides,
} from '@/domain'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const { catalogue } = catalogueFor(2567)
const scores = AssessmentScoresSchema.parse(DEMO_SCORES_2567)
const none: CatalogueOverrides = { edits: [], added: [] }

describe('catalogue overrides', () => {
  it('returns the shipped catalogue itself when there are no changes', () => {
    expect(applyCatalogueOverrides(catalogue, none)).toBe(catalogue)
  })

  it('replaces a title (and counts it as confirmed) and a group mapping, leaving the shipped catalogue alone', () => {
    const effective = applyCatalogueOverrides(catalogue, {
      edits: [{ code: 'i1', title: 'การปฏิบัติงานตามขั้นตอน', issueGroups: [6, 1] }],
      added: [],
    })
    const i1 = effective.items.find((item) => item.code === 'i1')!
    expect(i1.title).toBe('การปฏิบัติงานตามขั้นตอน')
    expect(i1.titleUncertain).toBe(false)
    expect(i1.issueGroups).toEqual([1, 6])
    expect(catalogue.items.find((item) => item.code === 'i1')!.issueGroups).toEqual([1])
  })

  it('names the committee as the source of a title it typed and of an item it added, keeping the shipped sources', () => {
    const effective = applyCatalogueOverrides(catalogue, {
      edits: [{ code: 'i1', title: 'การปฏิบัติงานตามขั้นตอน' }],
      added: [{ code: 'o36', tool: 'OIT', indicator: 10, title: null, issueGroups: [7] }],
    })
    const i1 = effective.items.find((item) => item.code === 'i1')!
    expect(i1.sources).toEqual({ title: 'committee', indicator: 'seed-002', subIndicator: null })
    expect(effective.items.find((item) => item.code === 'o36')!.sources).toEqual({ title: null, indicator: 'committee', subIndicator: null })
    expect(effective.sources.filter((source) => source.id === 'committee')).toEqual([
      expect.objectContaining({ kind: 'committee', note: expect.stringContaining('1 item(s) edited, 1 item(s) added') }),
    ])
    expect(effective.sources.map((source) => source.id)).toEqual(expect.arrayContaining(catalogue.sources.map((source) => source.id)))
    // Applying again to the effective catalogue does not list the committee twice.
    expect(applyCatalogueOverrides(effective, { edits: [{ code: 'i2', title: 'x' }], added: [] }).sources.filter((s) => s.id === 'committee')).toHaveLength(1)
  })

  it('keeps the shipped title when an edit only changes groups', () => {
    const effective = applyCatalogueOverrides(catalogue, { edits: [{ code: 'e4', issueGroups: [] }], added: [] })
    const e4 = effective.items.find((item) => item.code === 'e4')!
    expect(e4.title).toBe(catalogue.items.find((item) => item.code === 'e4')!.title)
    expect(e4.titleUncertain).toBe(true)
    expect(e4.issueGroups).toEqual([])
  })

  it('adds an item the shipped catalogue lacks in NACC order, and the analysis scores and groups it', () => {
    const effective = applyCatalogueOverrides(catalogue, {
      edits: [],
      added: [{ code: 'o36', tool: 'OIT', indicator: null, title: 'รายการที่คณะทำงานเพิ่ม', issueGroups: [7] }],
    })
    expect(effective.items.map((item) => item.code).slice(-2)).toEqual(['o35', 'o36'])
    const withO36 = { ...scores, itemScores: [...scores.itemScores, { code: 'o36', score: 0 }] }
    const before = analyseAssessment(catalogue, withO36)
    const after = analyseAssessment(effective, withO36)
    expect(before.scorecard.unknownItems).toEqual(['o36'])
    expect(after.scorecard.unknownItems).toEqual([])
    expect(after.issueGroups[6]!.items.map((item) => item.code)).toContain('o36')
    expect(after.items.find((item) => item.code === 'o36')!.title).toBe('รายการที่คณะทำงานเพิ่ม')
  })

  it('moves an item between issue groups in the analysis', () => {
    const effective = applyCatalogueOverrides(catalogue, { edits: [{ code: 'i12', issueGroups: [7] }], added: [] })
    const analysis = analyseAssessment(effective, scores)
    expect(analysis.issueGroups[3]!.items.map((item) => item.code)).not.toContain('i12')
    expect(analysis.issueGroups[6]!.improve.map((item) => item.code)).toContain('i12')
  })

  it('an added item with an indicator feeds that indicator', () => {
    const effective = applyCatalogueOverrides(catalogue, {
      edits: [], added: [{ code: 'i16', tool: 'IIT', indicator: 5, title: null, issueGroups: [] }],
    })
    const card = analyseAssessment(effective, { ...scores, indicatorScores: [], itemScores: [...scores.itemScores, { code: 'i16', score: 0 }] }).scorecard
    // Indicator 5 = mean(i13 92.73, i14 86.06, i15 84.24, i16 0)
    expect(card.indicators[4]!.fromItems).toBeCloseTo((92.73 + 86.06 + 84.24) / 4, 9)
  })

  it('rejects an added item under another tool, an indicator of another tool, duplicates and unknown keys', () => {
    const bad = (overrides: unknown) => CatalogueOverridesSchema.safeParse(overrides).success
    expect(bad({ edits: [], added: [{ code: 'o36', tool: 'IIT', indicator: null, title: null, issueGroups: [] }] })).toBe(false)
    expect(bad({ edits: [], added: [{ code: 'o36', tool: 'OIT', indicator: 2, title: null, issueGroups: [] }] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', title: 'a' }, { code: 'i1', title: 'b' }], added: [] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', issueGroups: [1, 1] }], added: [] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', issueGroups: [8] }], added: [] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', title: '   ' }], added: [] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', title: 'x', extra: 1 }], added: [] })).toBe(false)
    expect(bad({ edits: [{ code: 'i1', title: 'x' }], added: [] })).toBe(true)
  })

  it('skips and reports changes that no longer fit the catalogue, instead of failing', () => {
    const overrides: CatalogueOverrides = {
      edits: [{ code: 'o99', title: 'ไม่มีข้อนี้' }],
      added: [{ code: 'o35', tool: 'OIT', indicator: null, title: 'ซ้ำกับที่มีอยู่', issueGroups: [] }],
    }
    expect(staleOverrides(catalogue, overrides)).toEqual([
      { code: 'o99', reason: 'unknown-code', path: ['edits', 0] },
      { code: 'o35', reason: 'code-in-catalogue', path: ['added', 0] },
    ])
    const effective = applyCatalogueOverrides(catalogue, overrides)
    expect(effective.items).toHaveLength(catalogue.items.length)
    expect(effective.items.find((item) => item.code === 'o35')!.title).toBeNull()
  })

  it('withItemEdit drops an edit that returns to the shipped title and groups', () => {
    const edited = withItemEdit(catalogue, none, { code: 'i1', issueGroups: [1, 2] })
    expect(edited.edits).toEqual([{ code: 'i1', issueGroups: [1, 2] }])
    const back = withItemEdit(catalogue, edited, { code: 'i1', issueGroups: [1] })
    expect(back.edits).toEqual([])
  })

  it('withAddedItem puts in, replaces and removes an added item', () => {
    const item = { code: 'e10', tool: 'EIT' as const, indicator: 8, title: 'ใหม่', issueGroups: [2] }
    const one = withAddedItem(none, 'e10', item)
    expect(one.added).toEqual([item])
    expect(withAddedItem(one, 'e10', { ...item, title: 'แก้' }).added[0]!.title).toBe('แก้')
    expect(withAddedItem(one, 'e10', null).added).toEqual([])
  })
})
