import { describe, expect, it } from 'vitest'
import { SHIPPED_FISCAL_YEARS, catalogueFor } from '@/domain/framework'
import { RecommendationOverridesSchema, applyRecommendationOverrides, citationsOf, withRecommendationText } from '@/domain/recommendations'
import { RECOMMENDATION_FISCAL_YEARS, recommendationLibraryFor, validateShippedLibrary } from '@/domain/recommendations/library'
import { RECOMMENDATIONS_2567 } from '@/domain/recommendations/fy2567'

const library2567 = recommendationLibraryFor(2567).library
const of = (year: number, code: string) => recommendationLibraryFor(year).library.recommendations.find((entry) => entry.code === code)!

describe('shipped recommendation libraries', () => {
  it('ship a library for every shipped catalogue year', () => {
    expect(RECOMMENDATION_FISCAL_YEARS).toEqual(SHIPPED_FISCAL_YEARS)
    expect(RECOMMENDATION_FISCAL_YEARS).toEqual([2563, 2567, 2568, 2569, 2570])
  })

  it.each([2563, 2567, 2568, 2569, 2570])('give every %i catalogue item exactly one recommendation', (year) => {
    const { catalogue } = catalogueFor(year)
    const codes = recommendationLibraryFor(year).library.recommendations.map((entry) => entry.code)
    expect([...codes].sort()).toEqual(catalogue.items.map((item) => item.code).sort())
    expect(new Set(codes).size).toBe(codes.length)
  })

  it.each([2563, 2567, 2568, 2569, 2570])('cite, in %i, only items of that year and at least one OIT item each', (year) => {
    const known = new Set(catalogueFor(year).catalogue.items.map((item) => item.code))
    for (const entry of recommendationLibraryFor(year).library.recommendations) {
      const { codes, unreadable } = citationsOf(entry.text)
      expect(unreadable, entry.code).toEqual([])
      expect(codes.filter((code) => !known.has(code)), entry.code).toEqual([])
      expect(codes.some((code) => code.startsWith('o')), entry.code).toBe(true)
      expect(entry.text, entry.code).toMatch(/หน่วยงานควร/)
    }
  })

  it('holds seed 002\'s own texts for i10, i12, i15, e4, e7 and e8 of 2567, with the seed\'s citations', () => {
    const expected: Record<string, { cites: string[]; phrase: string }> = {
      i10: { cites: ['o10', 'i12'], phrase: 'ขอยืมทรัพย์สินของทางราชการไปใช้ปฏิบัติงานอย่างไม่ถูกต้อง' },
      i12: { cites: ['o10', 'o20'], phrase: 'ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ' },
      i15: { cites: ['o22', 'o23'], phrase: 'ขาดความเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริต' },
      e4: { cites: ['o18'], phrase: 'ไม่เคยใช้ระบบการให้บริการออนไลน์ (E-Service)' },
      e7: { cites: ['o25'], phrase: 'เปิดโอกาสให้บุคคลภายนอก เข้ามามีส่วนร่วม' },
      e8: { cites: ['o25', 'o6'], phrase: 'โดยมีลักษณะเป็นการสื่อสารสองทาง' },
    }
    for (const [code, { cites, phrase }] of Object.entries(expected)) {
      const entry = of(2567, code)
      expect(entry.source, code).toBe('seed-002')
      expect(entry.basis, code).toBe('item')
      expect(entry.text, code).toContain(phrase)
      expect(citationsOf(entry.text).codes, code).toEqual(cites)
    }
  })

  it('carries the seed texts to 2568 with the 2568 items on the same subjects, marked as adapted', () => {
    const i12 = of(2568, 'i12')
    expect(i12.source).toBe('seed-002-adapted')
    expect(i12.text).toBe(of(2567, 'i12').text.replace('(อ้างอิงจาก o10)', '(อ้างอิงจาก o8)').replace('(อ้างอิงจาก o20)', '(อ้างอิงจาก o16)'))
    expect(citationsOf(of(2568, 'e4').text).codes).toEqual(['o10'])
  })

  it('says which texts address only the indicator or the tool because the item\'s wording is unknown', () => {
    expect(of(2567, 'i2').basis).toBe('indicator')
    expect(of(2567, 'i2').text).toBe(of(2567, 'i3').text)
    expect(of(2567, 'e9').basis).toBe('tool')
    expect(of(2567, 'o34')).toMatchObject({ basis: 'tool', source: 'drafted' })
    expect(citationsOf(of(2567, 'o34').text).codes).toEqual(['o34'])
    expect(of(2563, 'i7').basis).toBe('indicator')
    expect(of(2568, 'o21').basis).toBe('item')
  })

  it('cite the 2569 codes of the subjects seed 002 cites (the numbering changed from 2568)', () => {
    const of = (code: string) => recommendationLibraryFor(2569).library.recommendations.find((entry) => entry.code === code)!
    // The operations manual is o8 in both years; the HR report moved from o15 to o14, the risk assessment from o23 to o21.
    expect(citationsOf(of('i10').text).codes).toContain('o8')
    expect(citationsOf(of('i12').text).codes).toEqual(['o8', 'o15'])
    expect(citationsOf(of('i15').text).codes).toEqual(['o16', 'o17'])
    expect(citationsOf(of('e7').text).codes).toEqual(['o19'])
    expect(of('o25')).toMatchObject({ source: 'drafted', basis: 'item' })
    expect(recommendationLibraryFor(2570).derivedFrom).toBeNull()
    expect(recommendationLibraryFor(2570).library.recommendations).toEqual(recommendationLibraryFor(2569).library.recommendations)
  })

  it('a year without a library uses the library of the year its catalogue borrows', () => {
    expect(recommendationLibraryFor(2571)).toMatchObject({ derivedFrom: 2570, library: { fiscalYear: 2571 } })
    expect(recommendationLibraryFor(2566).derivedFrom).toBe(2563)
  })
})

describe('library validation', () => {
  const base = RECOMMENDATIONS_2567

  it('names an item left without a recommendation', () => {
    const input = { ...base, recommendations: base.recommendations.filter((entry) => entry.code !== 'i7') }
    expect(() => validateShippedLibrary(input)).toThrow('no recommendation for i7')
  })

  it('names a citation of an item the year lacks', () => {
    const input = { ...base, recommendations: base.recommendations.map((entry) => entry.code === 'i7' ? { ...entry, text: 'หน่วยงานควรทำ (อ้างอิงจาก o99)' } : entry) }
    expect(() => validateShippedLibrary(input)).toThrow('i7 -> o99')
  })

  it('refuses a text that cites no OIT item, and a duplicate', () => {
    const noOit = { ...base, recommendations: base.recommendations.map((entry) => entry.code === 'i7' ? { ...entry, text: 'หน่วยงานควรทำ (อ้างอิงจาก i12)' } : entry) }
    expect(() => validateShippedLibrary(noOit)).toThrow('i7: cites no OIT item')
    const duplicate = { ...base, recommendations: [...base.recommendations, base.recommendations[0]!] }
    expect(() => validateShippedLibrary(duplicate)).toThrow('duplicate recommendation for i1')
  })
})

describe('citations', () => {
  it('reads codes as documents write them, several in one bracket', () => {
    expect(citationsOf('ควร (อ้างอิงจาก ๐๑๘) และ (อ้างอิงจาก i๑๒) และ (อ้างอิงจาก o25 และ o6, ๐๒๒)').codes).toEqual(['o18', 'i12', 'o25', 'o6', 'o22'])
  })

  it('returns what it cannot read instead of dropping it', () => {
    expect(citationsOf('(อ้างอิงจาก คู่มือ)')).toEqual({ codes: [], unreadable: ['คู่มือ'] })
    expect(citationsOf('ไม่มีการอ้างอิง')).toEqual({ codes: [], unreadable: [] })
  })
})

describe('per-organisation edits', () => {
  it('put the organisation\'s text in force and keep the shipped one beside it', () => {
    const effective = applyRecommendationOverrides(library2567, [{ code: 'i12', text: 'หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)' }])
    const i12 = effective.get('i12')!
    expect(i12.edited).toBe(true)
    expect(i12.text).toBe('หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)')
    expect(i12.shipped?.source).toBe('seed-002')
    expect(effective.get('i10')).toMatchObject({ edited: false, text: of(2567, 'i10').text })
    expect(effective.size).toBe(library2567.recommendations.length)
  })

  it('keep a text written for an item the library lacks', () => {
    const effective = applyRecommendationOverrides(library2567, [{ code: 'o40', text: 'หน่วยงานควรทำ' }])
    expect(effective.get('o40')).toEqual({ code: 'o40', text: 'หน่วยงานควรทำ', shipped: null, edited: true })
  })

  it('saving the shipped text again, or nothing, is a reset', () => {
    const shipped = of(2567, 'i12').text
    const edited = withRecommendationText([], 'i12', '  หน่วยงานควรทำ  ', shipped)
    expect(edited).toEqual([{ code: 'i12', text: 'หน่วยงานควรทำ' }])
    expect(withRecommendationText(edited, 'i12', shipped, shipped)).toEqual([])
    expect(withRecommendationText(edited, 'i12', '   ', shipped)).toEqual([])
    expect(withRecommendationText(edited, 'i10', 'หน่วยงานควรอื่น', of(2567, 'i10').text)).toHaveLength(2)
  })

  it('are saved only when valid: one text per item', () => {
    const document = { organizationId: 'demo', fiscalYear: 2567, overrides: [{ code: 'i12', text: 'ก' }, { code: 'i12', text: 'ข' }] }
    expect(RecommendationOverridesSchema.safeParse(document).success).toBe(false)
    expect(RecommendationOverridesSchema.safeParse({ ...document, overrides: [{ code: 'i12', text: '   ' }] }).success).toBe(false)
    expect(RecommendationOverridesSchema.safeParse({ ...document, overrides: [{ code: 'i12', text: 'ก' }] }).success).toBe(true)
  })
})
