import { describe, expect, it } from 'vitest'
import {
  SHIPPED_LIBRARY, checkMeasurePlan, draftMeasurePlan, formatPeriod, isPeriodInFiscalYear, removeMeasure, templateItemsFor, updateMeasure,
} from '@/domain'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { SEED002_IMPROVE, nongson, seed002Analysis } from './fixtures'

describe('drafting next year\'s measures from seed 002\'s result', () => {
  const analysis = seed002Analysis()
  const { plan, summary } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())

  it('drafts for fiscal year 2568 from the 2567 assessment', () => {
    expect(plan.fiscalYear).toBe(2568)
    expect(plan.basedOnAssessmentYear).toBe(2567)
    expect(plan.id).toBe('demo-nongson:2568')
  })

  it('answers each of seed 002\'s improve items with at least one measure', () => {
    expect(analysis.items.filter((item) => item.flag === 'improve').map((item) => item.code).sort()).toEqual([...SEED002_IMPROVE].sort())
    const answered = new Set(plan.measures.flatMap((measure) => measure.items))
    for (const code of SEED002_IMPROVE) expect(answered.has(code), code).toBe(true)
    expect(summary.unanswered).toEqual([])
    expect(checkMeasurePlan(plan, analysis, nongson()).filter((finding) => finding.code === 'unanswered-item')).toEqual([])
  })

  it('answers an item through a template that names it, and items of unknown meaning through their group\'s row', () => {
    const byId = new Map(SHIPPED_LIBRARY.map((template) => [template.id, template]))
    for (const measure of plan.measures) {
      const named = new Set(templateItemsFor(byId.get(measure.origin)!, 2567))
      const unnamed = measure.items.filter((code) => !named.has(code))
      // Only 2567's o34 and o35 have no known meaning; they go with the row drafted for issue group 4.
      if (unnamed.length) {
        expect(unnamed).toEqual(['o34', 'o35'])
        expect(measure.issueGroups[0]).toBe(4)
      }
    }
  })

  it('lists improve items only, and files each row first under the group it was drafted for', () => {
    const improve = new Set(SEED002_IMPROVE)
    for (const measure of plan.measures) {
      expect(measure.items.length).toBeGreaterThan(0)
      for (const code of measure.items) expect(improve.has(code)).toBe(true)
      expect(measure.purpose).toBe('improve')
    }
    const firstGroups = plan.measures.map((measure) => measure.issueGroups[0]!)
    expect(firstGroups).toEqual([...firstGroups].sort((a, b) => a - b))
    expect(new Set(firstGroups)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]))
  })

  it('prefers seed 002\'s own measures where they answer the same items', () => {
    expect(plan.measures[0]!.origin).toBe('s002-1-1')
    expect(plan.measures[0]!.items).toEqual(['i1'])
    expect(plan.measures.find((measure) => measure.items.includes('e4'))!.origin).toBe('s002-2')
  })

  it('sets periods inside fiscal year 2568 with their quarters, printed in the Buddhist era', () => {
    for (const measure of plan.measures) expect(isPeriodInFiscalYear(measure.period!, 2568)).toBe(true)
    const first = plan.measures[0]!
    expect(first.period).toEqual({ start: '2025-04', end: '2025-09' })
    expect(formatPeriod(first.period)).toBe('เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘')
    expect(first.quarters).toEqual([false, false, true, true])
  })

  it('takes owners from the organisation\'s units', () => {
    const units = new Set(nongson().units)
    const assets = plan.measures.find((measure) => measure.issueGroups[0] === 4)!
    expect(assets.owners).toEqual(['สำนักปลัด'])
    const budget = plan.measures.find((measure) => measure.origin === 'nacc-27')
    if (budget) expect(budget.owners).toEqual(['กองคลัง'])
    for (const owner of plan.measures.flatMap((measure) => measure.owners)) {
      expect(units.has(owner) || owner === 'ทุกสำนัก/กอง', owner).toBe(true)
    }
  })

  it('moves periods that would start before the drafting month', () => {
    const late = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson(), null, { earliestMonth: '2025-05' }).plan
    for (const measure of late.measures) {
      expect(measure.period!.start >= '2025-05').toBe(true)
      expect(measure.period!.end).not.toBe('2025-04')
    }
    // A month outside the plan's year changes nothing.
    const outside = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson(), null, { earliestMonth: '2026-01' }).plan
    expect(outside.measures.map((measure) => measure.period)).toEqual(plan.measures.map((measure) => measure.period))
  })
})

describe('drafting again', () => {
  const analysis = seed002Analysis()
  const organization = nongson()

  it('never overwrites what the committee edited, and keeps its place', () => {
    const first = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization).plan
    const target = first.measures[2]!
    const edited = updateMeasure(first, { ...target, name: 'ชื่อที่คณะทำงานแก้', owners: ['กองช่าง'], steps: ['ขั้นตอนเดียว'] })
    const again = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization, edited)
    const kept = again.plan.measures[2]!
    expect(kept).toEqual({ ...target, name: 'ชื่อที่คณะทำงานแก้', owners: ['กองช่าง'], steps: ['ขั้นตอนเดียว'], edited: true })
    expect(again.plan.measures).toHaveLength(first.measures.length)
    expect(again.summary.kept).toBe(1)
    expect(again.summary.redrafted).toBe(first.measures.length - 1)
    expect(again.summary.added).toEqual([])
  })

  it('drafts unedited rows again from their template, in place', () => {
    const first = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization).plan
    const tampered = { ...first, measures: first.measures.map((measure, index) => (index === 0 ? { ...measure, kpi: 'stale' } : measure)) }
    const again = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization, tampered).plan
    expect(again.measures.map((measure) => measure.id)).toEqual(first.measures.map((measure) => measure.id))
    expect(again.measures[0]!.kpi).toBe(first.measures[0]!.kpi)
  })

  it('does not bring back a template the committee removed, and answers its items otherwise', () => {
    const first = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization).plan
    const { plan: without } = removeMeasure(first, 't:s002-1-1')
    expect(without.dismissedTemplates).toEqual(['s002-1-1'])
    const again = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization, without).plan
    expect(again.measures.some((measure) => measure.origin === 's002-1-1')).toBe(false)
    expect(again.measures.some((measure) => measure.items.includes('i1'))).toBe(true)
    expect(again.dismissedTemplates).toEqual(['s002-1-1'])
  })

  it('completes seed 002\'s own table with rows for what it leaves unanswered, keeping all twelve rows', () => {
    const demo = demoMeasurePlan(organization.id)
    const again = draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization, demo)
    expect(again.summary.kept).toBe(12)
    expect(again.plan.measures.filter((measure) => measure.origin.startsWith('s002-'))).toEqual(demo.measures)
    const added = again.plan.measures.filter((measure) => again.summary.added.includes(measure.id))
    expect(added.map((measure) => measure.issueGroups[0])).toEqual([4])
    expect(added[0]!.items).toEqual(['i10', 'i12', 'o34', 'o35'])
    // The new group-4 row sits right after the seed's group-4 row.
    const at = again.plan.measures.findIndex((measure) => measure.id === added[0]!.id)
    expect(again.plan.measures[at - 1]!.origin).toBe('s002-4')
    expect(checkMeasurePlan(again.plan, analysis, organization).filter((finding) => finding.code === 'unanswered-item')).toEqual([])
    // Names the committee confirmed stay confirmed.
    expect(draftMeasurePlan(analysis, SHIPPED_LIBRARY, organization, { ...demo, confirmedNames: ['อบต.บ้านแหง'] }).plan.confirmedNames).toEqual(['อบต.บ้านแหง'])
  })
})

describe('rows carried over from last year', () => {
  it('answer what their template names in this year\'s result, unless the committee edited them', () => {
    const analysis = seed002Analysis()
    const demo = demoMeasurePlan('demo-nongson')
    const carried = {
      ...demo,
      measures: demo.measures.map((measure, index) => ({
        ...measure, items: [], accepted: false, edited: index === 6, carriedOver: { fromFiscalYear: 2567, status: 'not-possible' as const, reason: '' },
      })),
    }
    const { plan, summary } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson(), carried)
    expect(summary.kept).toBe(12)
    const again = new Map(plan.measures.map((measure) => [measure.id, measure]))
    demo.measures.forEach((measure, index) => {
      expect(again.get(measure.id)!.items, measure.id).toEqual(index === 6 ? [] : measure.items)
    })
    // The edited row (seed 002's E-Service row) answers nothing now, so e4 gets a measure of its own.
    expect(summary.added.map((id) => again.get(id)!.items).flat()).toContain('e4')
  })
})

describe('maintain measures', () => {
  it('drafts a maintain row for every group without a row of its own', () => {
    const analysis = seed002Analysis({ threshold: 0 })
    expect(analysis.items.filter((item) => item.flag === 'improve').map((item) => item.code)).toEqual(['e4'])
    const { plan } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())
    const maintain = plan.measures.filter((measure) => measure.purpose === 'maintain')
    // e4 (improve by the committee's override) drafts seed 002's E-Service row, filed under groups 2 and 3;
    // groups 1 and 4-7 get seed 004's maintain measures, each listing the maintained items it names.
    expect(plan.measures.filter((measure) => measure.purpose === 'improve').map((measure) => measure.origin)).toEqual(['s002-2'])
    expect(maintain.map((measure) => measure.issueGroups[0])).toEqual([1, 4, 5, 6, 7])
    expect(maintain.map((measure) => measure.origin)).toEqual(['s004-1', 's004-4', 's004-2', 's004-3', 's004-8'])
    expect(maintain.find((measure) => measure.origin === 's004-4')!.items).toEqual(['i10', 'i12'])
  })
})
