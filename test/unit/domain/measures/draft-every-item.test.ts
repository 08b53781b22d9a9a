import { describe, expect, it } from 'vitest'
import { OIT_DISCLOSURE_TEMPLATE_IDS, SHIPPED_LIBRARY, checkMeasurePlan, draftMeasurePlan, templateItemsFor } from '@/domain'
import { nongson, uniformAnalysis } from './fixtures'

/** 2567's OIT items that have no issue group and no indicator and that no template names. */
const STRAY_2567 = ['o24', 'o26', 'o27', 'o28', 'o29', 'o31', 'o32', 'o33']

const unansweredFindings = (analysis: ReturnType<typeof uniformAnalysis>, plan: Parameters<typeof checkMeasurePlan>[0]) =>
  checkMeasurePlan(plan, analysis, nongson()).filter((finding) => finding.code === 'unanswered-item')

describe('drafting from a result with every catalogue item at 50', () => {
  it.each([2563, 2567, 2568, 2569, 2570])('answers every improve item of a %i result', (year) => {
    const analysis = uniformAnalysis(year, 50)
    expect(analysis.items.every((item) => item.flag === 'improve')).toBe(true)
    const { plan, summary } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())
    expect(summary.unanswered).toEqual([])
    expect(unansweredFindings(analysis, plan)).toEqual([])
  })

  it('answers 2567 o24, o26-o29 and o31-o33 with the OIT disclosure measure nacc-38, filed under group 3', () => {
    const analysis = uniformAnalysis(2567, 50)
    const catalogueItems = new Map(analysis.catalogue.items.map((item) => [item.code, item]))
    for (const code of STRAY_2567) {
      expect(catalogueItems.get(code)).toMatchObject({ tool: 'OIT', indicator: null, issueGroups: [] })
      expect(SHIPPED_LIBRARY.some((template) => templateItemsFor(template, 2567).includes(code)), code).toBe(false)
    }
    const { plan } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())
    const answering = plan.measures.filter((measure) => measure.items.includes('o24'))
    expect(answering.map((measure) => measure.origin)).toEqual(['nacc-38'])
    const row = answering[0]!
    expect(row.name).toBe('มาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะ')
    expect(row.purpose).toBe('improve')
    expect(row.issueGroups[0]).toBe(3)
    // The items nacc-38 names for 2567 (o6, o8), then the eight no group takes.
    expect(row.items).toEqual(['o6', 'o8', ...STRAY_2567])
    for (const code of STRAY_2567) expect(plan.measures.filter((measure) => measure.items.includes(code))).toEqual([row])
  })

  it('drafts nacc-38 for o24 alone when it is the only item to improve, and keeps it when drafting again', () => {
    const analysis = uniformAnalysis(2567, 100, { o24: 0 })
    expect(analysis.items.filter((item) => item.flag === 'improve').map((item) => item.code)).toEqual(['o24'])
    const { plan } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())
    const improve = plan.measures.filter((measure) => measure.purpose === 'improve')
    expect(improve.map((measure) => [measure.origin, measure.items])).toEqual([['nacc-38', ['o24']]])
    expect(unansweredFindings(analysis, plan)).toEqual([])
    const again = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson(), plan)
    expect(again.plan.measures).toEqual(plan.measures)
    expect(again.summary.added).toEqual([])
  })

  it('turns to s004-9 when the committee removed nacc-38', () => {
    expect(OIT_DISCLOSURE_TEMPLATE_IDS).toEqual(['nacc-38', 's004-9'])
    const analysis = uniformAnalysis(2567, 50)
    const first = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson()).plan
    const without = { ...first, measures: first.measures.filter((measure) => measure.origin !== 'nacc-38'), dismissedTemplates: ['nacc-38'] }
    const { plan, summary } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson(), without)
    expect(plan.measures.some((measure) => measure.origin === 'nacc-38')).toBe(false)
    expect(plan.measures.filter((measure) => measure.items.includes('o24')).map((measure) => measure.origin)).toEqual(['s004-9'])
    expect(summary.unanswered).toEqual([])
  })
})

describe('the OIT disclosure templates', () => {
  it('are in the shipped library, each a measure of indicator 9 that publishes on the agency\'s website', () => {
    for (const id of OIT_DISCLOSURE_TEMPLATE_IDS) {
      const template = SHIPPED_LIBRARY.find((candidate) => candidate.id === id)
      expect(template, id).toBeDefined()
      expect(template!.indicators).toContain(9)
      expect(template!.steps.some((step) => step.includes('เว็บไซต์')), id).toBe(true)
    }
  })
})
