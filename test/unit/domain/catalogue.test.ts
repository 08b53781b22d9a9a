import { describe, expect, it } from 'vitest'
import {
  CatalogueSchema, SHIPPED_FISCAL_YEARS, TOOL_PREFIX, catalogueFor, evidenceAssessmentYear, evidenceItems, type Catalogue,
} from '@/domain/framework'
import { levelFor } from '@/domain/levels'
import { FY2570_BORROWS_FROM } from '@/domain/framework/fy2570'

const tools = (IIT: number | null, EIT: number | null, OIT: number | null) => ({ IIT, EIT, OIT })
const codeNumber = (code: string) => Number(code.slice(1))
const item = (catalogue: Catalogue, code: string) => catalogue.items.find((entry) => entry.code === code)!

/** Item counts per tool of each shipped year (2569 and 2570: OIT O1-O26 of the RTRDA list). */
const COUNTS: Record<number, { IIT: number; EIT: number; OIT: number }> = {
  2563: { IIT: 30, EIT: 15, OIT: 43 },
  2567: { IIT: 15, EIT: 9, OIT: 35 },
  2568: { IIT: 15, EIT: 9, OIT: 27 },
  2569: { IIT: 15, EIT: 9, OIT: 26 },
  2570: { IIT: 15, EIT: 9, OIT: 26 },
}

describe('framework catalogues', () => {
  it('ships 2563, 2567, 2568, 2569 and 2570', () => {
    expect(SHIPPED_FISCAL_YEARS).toEqual([2563, 2567, 2568, 2569, 2570])
  })

  describe.each(SHIPPED_FISCAL_YEARS.map((year) => [year]))('%i', (year) => {
    const { catalogue, derivedFrom } = catalogueFor(year)

    it('is its own (2570: 2569\'s carried over, and says so) and holds every item once, tools by prefix, codes of each tool 1..n in order', () => {
      expect(derivedFrom).toBe(year === 2570 ? 2569 : null)
      expect(new Set(catalogue.items.map((entry) => entry.code)).size).toBe(catalogue.items.length)
      for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
        const codes = catalogue.items.filter((entry) => entry.tool === tool).map((entry) => entry.code)
        expect(codes.every((code) => code.startsWith(TOOL_PREFIX[tool]))).toBe(true)
        expect(codes.map(codeNumber)).toEqual(Array.from({ length: COUNTS[year]![tool] }, (_, index) => index + 1))
      }
      // IIT, then EIT, then OIT.
      expect(catalogue.items.map((entry) => entry.tool)).toEqual([...catalogue.items.map((entry) => entry.tool)].sort((a, b) => ['IIT', 'EIT', 'OIT'].indexOf(a) - ['IIT', 'EIT', 'OIT'].indexOf(b)))
    })

    it('has weights that sum to 1, and says where they and the level rule come from', () => {
      const { IIT, EIT, OIT } = catalogue.toolWeights
      expect(IIT + EIT + OIT).toBeCloseTo(1, 12)
      const ids = new Set(catalogue.sources.map((source) => source.id))
      expect(ids.has(catalogue.yearFacts.toolWeights.source)).toBe(true)
      expect(ids.has(catalogue.yearFacts.levelScheme.source)).toBe(true)
    })

    it('names a listed source for every known fact and none for an unknown one', () => {
      const ids = new Set(catalogue.sources.map((source) => source.id))
      for (const entry of catalogue.items) {
        for (const fact of ['title', 'indicator', 'subIndicator'] as const) {
          const source = entry.sources[fact]
          expect(source === null, `${year} ${entry.code} ${fact}`).toBe(entry[fact] === null)
          if (source !== null) expect(ids.has(source), `${year} ${entry.code} ${fact}: ${source}`).toBe(true)
        }
        if (entry.indicator === null) expect(entry.indicatorUncertain).toBe(false)
      }
      for (const entry of catalogue.evidence) expect(ids.has(entry.source)).toBe(true)
      expect(catalogue.unknowns.length).toBeGreaterThan(0)
    })

    it('puts the edges of its levels where the year\'s rule says', () => {
      const scheme = catalogue.levelScheme
      if (year <= 2566) {
        expect(levelFor(scheme, 85, tools(0, 0, 0)).name).toBe('A')
        expect(levelFor(scheme, 84.99, tools(100, 100, 100)).name).toBe('B')
        expect(levelFor(scheme, 95, tools(0, 0, 0)).name).toBe('AA')
        return
      }
      expect(levelFor(scheme, 85, tools(85, 85, 85)).name).toBe('ผ่านดี')
      expect(levelFor(scheme, 85, tools(85, 84.99, 90)).name).toBe('ผ่าน')
      expect(levelFor(scheme, 84.99, tools(100, 100, 100)).name).toBe('ต้องปรับปรุง')
      expect(levelFor(scheme, 95, tools(95, 95, 95)).name).toBe('ผ่านดีเยี่ยม')
      expect(levelFor(scheme, 95, tools(95, 94.99, 95)).name).toBe('ผ่านดี')
      expect(levelFor(scheme, 70, tools(0, 0, 0)).name).toBe('ต้องปรับปรุง')
      expect(levelFor(scheme, 69.99, tools(100, 100, 100)).name).toBe('ต้องปรับปรุงโดยด่วน')
    })
  })

  it('gives 2567 fifteen IIT items, three per indicator, and seven issue groups', () => {
    const { catalogue } = catalogueFor(2567)
    const iit = catalogue.items.filter((entry) => entry.tool === 'IIT')
    expect(iit.map((entry) => `${entry.code}:${entry.indicator}`).slice(0, 4)).toEqual(['i1:1', 'i2:1', 'i3:1', 'i4:2'])
    expect(iit.every((entry) => entry.sources.indicator === 'seed-002' && !entry.indicatorUncertain)).toBe(true)
    expect(catalogue.issueGroups.map((group) => group.no)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(catalogue.toolWeights).toEqual({ IIT: 0.3, EIT: 0.3, OIT: 0.4 })
    expect(catalogue.levelScheme.bands.map((band) => band.name)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน'])
  })

  it('marks what is not known', () => {
    const { catalogue } = catalogueFor(2568)
    expect(item(catalogue, 'o2').titleUncertain).toBe(true)
    expect(item(catalogue, 'o3')).toMatchObject({ titleUncertain: false, sources: { title: 'rtrda-headings-code' } })
    expect(item(catalogue, 'o2').sources.title).toBe('agency-rtrda-2568')
    // EIT 2568: nothing known, nothing sourced.
    expect(item(catalogue, 'e1')).toMatchObject({ title: null, indicator: null, sources: { title: null, indicator: null, subIndicator: null } })
    // IIT 2568: the split is carried from 2567 and says so.
    expect(item(catalogue, 'i4')).toMatchObject({ indicator: 2, indicatorUncertain: true, sources: { indicator: 'carried-from-2567' } })
  })

  it('ships the 2569 OIT list of the RTRDA\'s published evidence, O25 and O26 included, with every unknown indicator null', () => {
    const { catalogue } = catalogueFor(2569)
    expect(item(catalogue, 'o1').title).toBe('โครงสร้าง หน้าที่และอำนาจ')
    expect(item(catalogue, 'o25')).toMatchObject({ title: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', titleUncertain: false, sources: { title: 'rtrda-headings-code' } })
    expect(item(catalogue, 'o26').title).toBe('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')
    expect(item(catalogue, 'o23').title).toBe('แผนปฏิบัติการป้องกันการทุจริต')
    // O2, O5-O7 are inferred unchanged from 2568.
    for (const code of ['o2', 'o5', 'o6', 'o7']) expect(item(catalogue, code)).toMatchObject({ titleUncertain: true, sources: { title: 'rtrda-kept-2568-heading' } })
    const oit = catalogue.items.filter((entry) => entry.tool === 'OIT')
    expect(oit.every((entry) => entry.indicator === null && entry.sources.indicator === null)).toBe(true)
    expect(oit.every((entry) => entry.sources.subIndicator === 'inference-subject-2569')).toBe(true)
    expect(catalogue.items.filter((entry) => entry.tool === 'EIT').every((entry) => entry.indicator === null && entry.title === null)).toBe(true)
    expect(catalogue.yearFacts).toEqual({
      toolWeights: { source: 'weights-levels-assumed-2567', uncertain: true },
      levelScheme: { source: 'weights-levels-assumed-2567', uncertain: true },
    })
    expect(catalogue.toolWeights).toEqual({ IIT: 0.3, EIT: 0.3, OIT: 0.4 })
    expect(catalogue.sources.find((source) => source.id === 'rtrda-headings-code')?.url).toContain('github.com/rtrdasmartrailway/web-app-rtrda')
  })

  it('2570 borrows 2569 as a whole and says so on every fact', () => {
    expect(FY2570_BORROWS_FROM).toBe(2569)
    // The lookup says so too, so the overview, the import preview, the catalogue screen and the CLI warn of it.
    expect(catalogueFor(2570).derivedFrom).toBe(2569)
    const y2569 = catalogueFor(2569).catalogue
    const y2570 = catalogueFor(2570).catalogue
    const facts = (catalogue: Catalogue) => catalogue.items.map(({ code, tool, indicator, subIndicator, title, issueGroups }) => ({ code, tool, indicator, subIndicator, title, issueGroups }))
    expect(facts(y2570)).toEqual(facts(y2569))
    expect(y2570.toolWeights).toEqual(y2569.toolWeights)
    expect(y2570.levelScheme).toEqual(y2569.levelScheme)
    expect(y2570.evidence.map(({ product, items }) => ({ product, items }))).toEqual(y2569.evidence.map(({ product, items }) => ({ product, items })))
    for (const entry of y2570.items) {
      for (const fact of ['title', 'indicator', 'subIndicator'] as const) {
        expect(entry.sources[fact]).toBe(entry[fact] === null ? null : 'borrowed-from-2569')
      }
      expect(entry.titleUncertain).toBe(entry.title !== null)
    }
    expect(y2570.yearFacts.toolWeights).toEqual({ source: 'borrowed-from-2569', uncertain: true })
    expect(y2570.unknowns[0]).toContain('2569 catalogue is borrowed')
    // The 2569 sources stay listed, so a borrowed fact can be traced on.
    expect(y2570.sources.map((source) => source.id)).toEqual(expect.arrayContaining(y2569.sources.map((source) => source.id)))
  })

  it('borrows the items of the closest earlier year for a year it does not ship, with that year\'s levels, and never fails', () => {
    const y2566 = catalogueFor(2566)
    expect(y2566.derivedFrom).toBe(2563)
    expect(y2566.catalogue.levelScheme.id).toBe('grade-aa-f')
    const y2571 = catalogueFor(2571)
    expect(y2571.derivedFrom).toBe(2570)
    expect(y2571.catalogue.fiscalYear).toBe(2571)
    expect(y2571.catalogue.levelScheme.id).toBe('result-2567')
    expect(y2571.catalogue.unknowns[0]).toContain('2571 has no catalogue of its own')
    const y2560 = catalogueFor(2560)
    expect(y2560.derivedFrom).toBe(2563)
    expect(y2560.catalogue.levelScheme.id).toBe('grade-aa-f')
    // A borrowed catalogue is still a valid one: its borrowing is a listed source of the year's facts.
    for (const { catalogue } of [y2571, y2560, y2566]) {
      expect(CatalogueSchema.safeParse(catalogue).success).toBe(true)
      expect(catalogue.sources[0]).toMatchObject({ kind: 'inference', id: catalogue.yearFacts.toolWeights.source })
    }
    expect(evidenceItems(y2571.catalogue, 'analysis').map((entry) => entry.code)).toEqual(['o25'])
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
    const i1 = catalogue.items.find((entry) => entry.code === 'i1')!
    const withItem = (entry: object) => CatalogueSchema.safeParse({ ...catalogue, items: [entry] })
    expect(JSON.stringify(withItem({ ...i1, sources: { ...i1.sources, indicator: 'nowhere' } }).error?.issues)).toContain('unknown source nowhere')
    expect(JSON.stringify(withItem({ ...i1, sources: { ...i1.sources, indicator: null } }).error?.issues)).toContain('indicator known but has no source')
    expect(JSON.stringify(withItem({ ...i1, indicator: null }).error?.issues)).toContain('indicator unknown but has a source')
    expect(CatalogueSchema.safeParse({ ...catalogue, sources: [...catalogue.sources, catalogue.sources[0]] }).success).toBe(false)
    expect(JSON.stringify(CatalogueSchema.safeParse({ ...catalogue, yearFacts: { ...catalogue.yearFacts, toolWeights: { source: 'x', uncertain: true } } }).error?.issues)).toContain('unknown source x')
  })

  it('rejects evidence that names an item the year lacks or a non-OIT item', () => {
    const { catalogue } = catalogueFor(2569)
    const withEvidence = (items: string[]) => CatalogueSchema.safeParse({ ...catalogue, evidence: [{ product: 'analysis', items, source: 'rtrda-headings-code', uncertain: true }] })
    expect(withEvidence(['o25']).success).toBe(true)
    expect(withEvidence(['o40']).success).toBe(false)
    expect(withEvidence(['i1']).success).toBe(false)
  })
})

describe('evidenceItems', () => {
  it('names, for 2569, O25 for the analysis and the measures, O26 for their follow-up, O23 and O24 for the action plan and its report', () => {
    const { catalogue } = catalogueFor(2569)
    const codes = (product: Parameters<typeof evidenceItems>[1]) => evidenceItems(catalogue, product).map((entry) => entry.code)
    expect(codes('analysis')).toEqual(['o25'])
    expect(codes('measures')).toEqual(['o25'])
    expect(codes('follow-up')).toEqual(['o26'])
    expect(codes('action-plan')).toEqual(['o23'])
    expect(codes('action-plan-report')).toEqual(['o24'])
    expect(evidenceItems(catalogue, 'analysis')[0]).toMatchObject({
      title: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', uncertain: true, source: { id: 'rtrda-headings-code' },
    })
  })

  it('names O25 and O26 for the 2568 action plan and its report, and nothing for 2567, whose list is not known', () => {
    const y2568 = catalogueFor(2568).catalogue
    expect(evidenceItems(y2568, 'action-plan').map((entry) => entry.code)).toEqual(['o25'])
    expect(evidenceItems(y2568, 'action-plan-report').map((entry) => entry.code)).toEqual(['o26'])
    expect(evidenceItems(y2568, 'follow-up')).toEqual([])
    const y2567 = catalogueFor(2567).catalogue
    for (const product of ['analysis', 'measures', 'follow-up', 'action-plan', 'action-plan-report'] as const) expect(evidenceItems(y2567, product)).toEqual([])
  })

  it('shows a committee\'s own title for the item', () => {
    const { catalogue } = catalogueFor(2569)
    const edited = { ...catalogue, items: catalogue.items.map((entry) => (entry.code === 'o25' ? { ...entry, title: 'ชื่อของคณะทำงาน' } : entry)) }
    expect(evidenceItems(edited, 'measures')[0]?.title).toBe('ชื่อของคณะทำงาน')
  })

  it('sends each document to the assessment it is shown in: the 2569 result\'s analysis and the 2570 measures to ITA 2570, their follow-up to 2571', () => {
    expect(evidenceAssessmentYear('analysis', 2569)).toBe(2570)
    expect(evidenceAssessmentYear('measures', 2570)).toBe(2570)
    expect(evidenceAssessmentYear('follow-up', 2568)).toBe(2569)
    expect(evidenceAssessmentYear('action-plan', 2569)).toBe(2569)
    expect(evidenceAssessmentYear('action-plan-report', 2568)).toBe(2569)
    // A committee holding its 2569 result today: its measures for 2570 answer O25 of 2570 (borrowed from 2569).
    expect(evidenceItems(catalogueFor(evidenceAssessmentYear('measures', 2570)).catalogue, 'measures')[0]).toMatchObject({ code: 'o25', uncertain: true, source: { id: 'borrowed-from-2569' } })
  })
})
