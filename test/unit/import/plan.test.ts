import { describe, expect, it } from 'vitest'
import { demoWorkspace } from '@/app/demo-workspace'
import type { ParsedAssessment } from '@/import/assemble'
import { planImport, savedTargets } from '@/import/plan'
import { applyCatalogueOverrides } from '@/domain/catalogue-overrides'
import { catalogueFor } from '@/domain/framework'

const parsed = (organization: string | null, overrides: Partial<ParsedAssessment> = {}): ParsedAssessment => ({
  organization: organization === null ? null : { name: organization, district: 'เชียงยืน', province: 'มหาสารคาม' },
  fiscalYear: 2567, itemScores: [{ code: 'i1', score: 84.24 }], indicatorScores: [{ indicator: 1, score: 90.5 }],
  publishedTotal: null, publishedTools: [], where: { file: 'f.xlsx', sheet: null, row: 2, column: 2 }, rows: [], ...overrides,
})
const source = { kind: 'file' as const, name: 'ผล ITA.xlsx' }
const now = new Date('2025-01-15T03:00:00Z')
let counter = 0
const ids = () => `org-test-${++counter}`

describe('planning what an import saves', () => {
  it('creates an organisation with a new id, its short name, place and the assessment', () => {
    const plan = planImport([{ parsed: parsed('เทศบาลตำบลท่าช้าง'), organizationName: ' เทศบาลตำบลท่าช้าง ', fiscalYear: 2566 }], { organizations: [], assessments: [] }, source, now, ids)
    expect(plan.organizations).toEqual([{
      id: 'org-test-1', name: 'เทศบาลตำบลท่าช้าง', shortName: 'ทต.ท่าช้าง', district: 'เชียงยืน', province: 'มหาสารคาม', units: [], isDemo: false,
    }])
    expect(plan.records).toEqual([{
      id: 'org-test-1:2566', organizationId: 'org-test-1', threshold: 85, overrides: [],
      scores: { fiscalYear: 2566, itemScores: [{ code: 'i1', score: 84.24 }], indicatorScores: [{ indicator: 1, score: 90.5 }], publishedTotal: null },
      source: { kind: 'file', name: 'ผล ITA.xlsx', importedAt: '2025-01-15T03:00:00.000Z' },
    }])
    expect([plan.created, plan.replaced, plan.duplicates]).toEqual([['เทศบาลตำบลท่าช้าง'], [], []])
  })

  it('gives a saved organisation its own id back, by full or short name, and replaces its year keeping the committee\'s decisions', () => {
    const demo = demoWorkspace(now)
    const saved = { organizations: [demo.organization], assessments: demo.assessments }
    const plan = planImport([{ parsed: parsed('อบต. หนองซอน'), organizationName: 'อบต. หนองซอน', fiscalYear: 2567 }], saved, source, now, ids)
    // the demo organisation already has its district and province: nothing to save for it
    expect(plan.organizations).toEqual([])
    expect(plan.records[0]?.id).toBe('demo-nongson:2567')
    expect(plan.records[0]?.overrides).toEqual(demo.assessments[0]?.overrides)
    expect([plan.replaced, plan.created]).toEqual([['demo-nongson:2567'], []])
  })

  it('fills a saved organisation\'s empty district and province from the file', () => {
    const demo = demoWorkspace(now)
    const bare = { ...demo.organization, district: '', province: '' }
    const plan = planImport([{ parsed: parsed('องค์การบริหารส่วนตำบลหนองซอน'), organizationName: 'องค์การบริหารส่วนตำบลหนองซอน', fiscalYear: 2568 }], { organizations: [bare], assessments: [] }, source, now, ids)
    expect(plan.organizations).toEqual([{ ...bare, district: 'เชียงยืน', province: 'มหาสารคาม' }])
  })

  it('creates one organisation for several years of it, and refuses one year given twice', () => {
    const plan = planImport([
      { parsed: parsed('อบต.ก'), organizationName: 'อบต.ก', fiscalYear: 2566 },
      { parsed: parsed('องค์การบริหารส่วนตำบลก'), organizationName: 'องค์การบริหารส่วนตำบลก', fiscalYear: 2567 },
      { parsed: parsed(null), organizationName: 'อบต.ก', fiscalYear: 2567 },
    ], { organizations: [], assessments: [] }, source, now, ids)
    expect(plan.organizations).toHaveLength(1)
    expect(plan.records.map((record) => record.id)).toEqual([`${plan.organizations[0]!.id}:2566`, `${plan.organizations[0]!.id}:2567`])
    expect(plan.duplicates).toEqual([{ organization: 'อบต.ก', fiscalYear: 2567 }])
  })

  it('makes ids the document store accepts', () => {
    const plan = planImport([{ parsed: parsed('อบต.ข'), organizationName: 'อบต.ข', fiscalYear: 2567 }], { organizations: [], assessments: [] }, source, now)
    expect(plan.organizations[0]?.id).toMatch(/^org-[0-9a-f-]{36}$/)
  })
})

describe('where an import lands, for its preview', () => {
  const demo = demoWorkspace(now)
  const saved = { organizations: [demo.organization], assessments: demo.assessments }
  const extended = applyCatalogueOverrides(catalogueFor(2566).catalogue, {
    edits: [], added: [{ code: 'o47', tool: 'OIT', indicator: 10, title: null, issueGroups: [] }],
  })
  // The demo's committee extended its 2566 catalogue; its 2567 catalogue is as shipped.
  const targets = savedTargets(saved, (organizationId, year) => (organizationId === 'demo-nongson' && year === 2566 ? extended : null))

  it('finds the saved organisation by full or short name, and the year it would replace', () => {
    expect(targets.organizationOf('อบต. หนองซอน')?.id).toBe('demo-nongson')
    expect(targets.organizationOf('องค์การบริหารส่วนตำบลหนองซอน')?.id).toBe('demo-nongson')
    expect(targets.organizationOf('เทศบาลตำบลท่าช้าง')).toBeNull()
    expect(targets.recordOf('อบต.หนองซอน', 2567)?.id).toBe('demo-nongson:2567')
    expect(targets.recordOf('อบต.หนองซอน', 2568)).toBeNull()
  })

  it('brings the replaced year\'s threshold and decisions, the changed catalogue, or nothing', () => {
    const replacing = targets.contextOf('อบต.หนองซอน', 2567)
    expect(replacing).toEqual({ threshold: demo.assessments[0]!.threshold, overrides: demo.assessments[0]!.overrides })
    expect(replacing?.overrides?.length).toBeGreaterThan(0)
    expect(targets.contextOf('อบต.หนองซอน', 2566)).toEqual({ catalogue: extended })
    expect(targets.contextOf('อบต.หนองซอน', 2565)).toBeNull()
    expect(targets.contextOf('เทศบาลตำบลท่าช้าง', 2567)).toBeNull()
    expect(targets.contextOf('อบต.หนองซอน', null)).toBeNull()
  })
})
