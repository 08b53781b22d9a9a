import { describe, expect, it } from 'vitest'
import {
  MeasureTemplateSchema, SHIPPED_FISCAL_YEARS, SHIPPED_LIBRARY, catalogueFor, combineLibrary, templateFromMeasure, templateItemsFor,
} from '@/domain'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { codesFor2569 } from '@/domain/measures/library-data'

describe('the shipped measure library', () => {
  it('holds seed 002\'s twelve rows, seed 004\'s ten measures and the digest\'s 54 templates plus 39a', () => {
    const prefix = (p: string) => SHIPPED_LIBRARY.filter((template) => template.id.startsWith(p)).length
    expect(prefix('s002-')).toBe(12)
    expect(prefix('s004-')).toBe(10)
    expect(prefix('nacc-')).toBe(55)
    expect(new Set(SHIPPED_LIBRARY.map((template) => template.id)).size).toBe(SHIPPED_LIBRARY.length)
  })

  it('names only items that exist in the catalogue of the year it targets, and real indicators and groups', () => {
    for (const template of SHIPPED_LIBRARY) {
      for (const { fiscalYear, codes } of template.items) {
        expect(SHIPPED_FISCAL_YEARS, `${template.id} targets ${fiscalYear}, which has no catalogue`).toContain(fiscalYear)
        const { catalogue } = catalogueFor(fiscalYear)
        const known = new Set(catalogue.items.map((item) => item.code))
        for (const code of codes) expect(known.has(code), `${template.id}: ${code} in ${fiscalYear}`).toBe(true)
        const groups = new Set(catalogue.issueGroups.map((group) => group.no))
        for (const group of template.issueGroups) expect(groups.has(group)).toBe(true)
        const indicators = new Set(catalogue.indicators.map((indicator) => indicator.no))
        for (const indicator of template.indicators) expect(indicators.has(indicator)).toBe(true)
      }
    }
  })

  it('files each template under issue groups its named items belong to in that year', () => {
    // A template named for an item must be about that item's subject: at least one of its groups is one of the item's.
    for (const template of SHIPPED_LIBRARY) {
      for (const { fiscalYear, codes } of template.items) {
        const { catalogue } = catalogueFor(fiscalYear)
        for (const code of codes) {
          const item = catalogue.items.find((candidate) => candidate.code === code)!
          if (item.issueGroups.length === 0) continue
          expect(template.issueGroups.some((group) => item.issueGroups.includes(group)), `${template.id}: ${code} (${fiscalYear})`).toBe(true)
        }
      }
    }
  })

  it('gives every template a kind, numbered steps without their numbers, owners and a period within a year', () => {
    for (const template of SHIPPED_LIBRARY) {
      expect(template.steps.length).toBeGreaterThan(0)
      for (const step of template.steps) expect(step).not.toMatch(/^\s*[0-9๐-๙]+[.)]/)
      expect(template.owners.length, template.id).toBeGreaterThan(0)
      expect(template.period.from).toBeLessThanOrEqual(template.period.to)
    }
  })

  it('keeps seed 002\'s row wording as the templates of its table', () => {
    const first = SHIPPED_LIBRARY.find((template) => template.id === 's002-1-1')!
    expect(first.name).toBe('จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
    expect(first.steps[0]).toBe('แต่งตั้งคณะทำงานจัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
    expect(templateItemsFor(first, 2567)).toEqual(['i1', 'o10'])
    expect(templateItemsFor(first, 2569)).toEqual(['i1', 'o8'])
    expect(templateItemsFor(first, 2571)).toEqual([])
  })

  it('rejects a template without steps or groups', () => {
    const base = SHIPPED_LIBRARY[0]!
    expect(MeasureTemplateSchema.safeParse({ ...base, steps: [] }).success).toBe(false)
    expect(MeasureTemplateSchema.safeParse({ ...base, issueGroups: [] }).success).toBe(false)
    expect(MeasureTemplateSchema.safeParse({ ...base, items: [{ fiscalYear: 2567, codes: ['x1'] }] }).success).toBe(false)
  })
})

describe('an organisation\'s own templates', () => {
  it('turns a measure into a template numbered after the organisation\'s others', () => {
    const measure = { ...demoMeasurePlan('org').measures[9]!, name: '  มาตรการของเราเอง  ' }
    const own = [templateFromMeasure(measure, [], 2567, 'อบต.หนองซอน')]
    const second = templateFromMeasure(measure, own, 2567, 'อบต.หนองซอน')
    expect(own[0]!.id).toBe('own-1')
    expect(second.id).toBe('own-2')
    expect(second.name).toBe('มาตรการของเราเอง')
    expect(second.period).toEqual({ from: 3, to: 4 })
    expect(second.issueGroups[0]).toBe(5)
    expect(templateItemsFor(second, 2567)).toEqual(measure.items)
  })

  it('adds own templates after the shipped ones and never lets them shadow a shipped id', () => {
    const shadow = { ...SHIPPED_LIBRARY[0]!, name: 'ของปลอม' }
    const own = { ...SHIPPED_LIBRARY[0]!, id: 'own-1', name: 'ของเรา' }
    const combined = combineLibrary([shadow, own])
    expect(combined).toHaveLength(SHIPPED_LIBRARY.length + 1)
    expect(combined[0]!.name).toBe(SHIPPED_LIBRARY[0]!.name)
    expect(combined.at(-1)!.name).toBe('ของเรา')
  })

  it('names for 2569 and 2570 the items on the subjects it names for 2568 (the OIT renumbered)', () => {
    // 2568 o16 ethics, o23 bribery risk, o24 its report -> 2569 o15, o21, o22; o21/o22 (No Gift) -> o20; o11 has no 2569 item.
    expect(codesFor2569(['i15', 'o16', 'o23', 'o24'])).toEqual(['i15', 'o15', 'o21', 'o22'])
    expect(codesFor2569(['o21', 'o22'])).toEqual(['o20'])
    expect(codesFor2569(['o10', 'o11'])).toEqual(['o10'])
    expect(codesFor2569(['o25', 'o26', 'o27'])).toEqual(['o23', 'o24', 'o25'])
    const s002_7 = SHIPPED_LIBRARY.find((template) => template.id === 's002-7')!
    expect(templateItemsFor(s002_7, 2569)).toEqual(['o15', 'o21', 'o22'])
    expect(templateItemsFor(s002_7, 2570)).toEqual(templateItemsFor(s002_7, 2569))
  })
})
