import { describe, expect, it } from 'vitest'
import { CatalogueSchema, SHIPPED_FISCAL_YEARS, catalogueFor } from '@/domain/framework'

describe('framework catalogues', () => {
  it('ships 2563, 2567 and 2568', () => {
    expect(SHIPPED_FISCAL_YEARS).toEqual([2563, 2567, 2568])
  })

  it('gives 2567 fifteen IIT items, three per indicator, and seven issue groups', () => {
    const { catalogue, derivedFrom } = catalogueFor(2567)
    expect(derivedFrom).toBeNull()
    const iit = catalogue.items.filter((item) => item.tool === 'IIT')
    expect(iit.map((item) => `${item.code}:${item.indicator}`).slice(0, 4)).toEqual(['i1:1', 'i2:1', 'i3:1', 'i4:2'])
    expect(iit).toHaveLength(15)
    expect(catalogue.issueGroups.map((group) => group.no)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(catalogue.toolWeights).toEqual({ IIT: 0.3, EIT: 0.3, OIT: 0.4 })
    expect(catalogue.levelScheme.bands.map((band) => band.name)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน'])
  })

  it('marks what is not known', () => {
    const { catalogue } = catalogueFor(2568)
    expect(catalogue.items.find((item) => item.code === 'o2')?.titleUncertain).toBe(true)
    expect(catalogue.items.find((item) => item.code === 'o3')?.titleUncertain).toBe(false)
    expect(catalogue.unknowns.length).toBeGreaterThan(0)
  })

  it('borrows the items of the closest earlier year for a year it does not ship, with that year\'s levels', () => {
    const y2566 = catalogueFor(2566)
    expect(y2566.derivedFrom).toBe(2563)
    expect(y2566.catalogue.levelScheme.id).toBe('grade-aa-f')
    const y2569 = catalogueFor(2569)
    expect(y2569.derivedFrom).toBe(2568)
    expect(y2569.catalogue.levelScheme.id).toBe('result-2567')
  })

  it('rejects a catalogue whose item sits under another tool\'s indicator', () => {
    const { catalogue } = catalogueFor(2567)
    const broken = { ...catalogue, items: [{ ...catalogue.items[0]!, indicator: 9 }] }
    const result = CatalogueSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('not an IIT indicator')
  })

  it('rejects duplicate item codes and weights that do not sum to 1', () => {
    const { catalogue } = catalogueFor(2567)
    expect(CatalogueSchema.safeParse({ ...catalogue, items: [catalogue.items[0], catalogue.items[0]] }).success).toBe(false)
    expect(CatalogueSchema.safeParse({ ...catalogue, toolWeights: { IIT: 0.3, EIT: 0.3, OIT: 0.3 } }).success).toBe(false)
  })

  it('rejects a fact whose source is not listed, a known fact without a source and a source on an unknown fact', () => {
    const { catalogue } = catalogueFor(2567)
    const i1 = catalogue.items.find((item) => item.code === 'i1')!
    const withItem = (item: object) => CatalogueSchema.safeParse({ ...catalogue, items: [item] })
    expect(JSON.stringify(withItem({ ...i1, sources: { ...i1.sources, indicator: 'nowhere' } }).error?.issues)).toContain('unknown source nowhere')
    expect(JSON.stringify(withItem({ ...i1, sources: { ...i1.sources, indicator: null } }).error?.issues)).toContain('indicator known but has no source')
    expect(JSON.stringify(withItem({ ...i1, indicator: null }).error?.issues)).toContain('indicator unknown but has a source')
    expect(CatalogueSchema.safeParse({ ...catalogue, sources: [...catalogue.sources, catalogue.sources[0]] }).success).toBe(false)
  })
})
