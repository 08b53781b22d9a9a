import { describe, expect, it } from 'vitest'
import { ActionPlanSchema, checkActionPlan, cycleFor, draftActionPlan, type ActionPlan, type PlanDraftOptions } from '@/domain/action-plan'
import { SHIPPED_LIBRARY } from '@/domain/measures'
import { bangtoeiFollowUp2567, bangtoeiPlan2567, BANGTOEI_ORGANIZATION } from '@/domain/demo/bangtoei-2567-report'
import { banhaengPlan2569 } from '@/domain/demo/banhaeng-2569-plan'
import { OrganizationSchema } from '@/domain/workspace'

// Drafting from the seeds' own rows: seed 001's 2567 report (อบต.บางเตย) as last year, seed 003's plan.
const BANGTOEI = OrganizationSchema.parse({ ...BANGTOEI_ORGANIZATION, units: [...BANGTOEI_ORGANIZATION.units], id: 'bt' })
const empty = (fiscalYear: number): ActionPlan => ActionPlanSchema.parse({ id: `bt:${fiscalYear}`, organizationId: 'bt', fiscalYear, cycleId: cycleFor(fiscalYear).id, entries: [] })
const options = (more: Partial<PlanDraftOptions>): PlanDraftOptions => ({ fromLastYear: false, fromLibrary: false, integrity: false, ...more })
const own = (plan: ActionPlan) => plan.entries.flatMap((entry) => (entry.ref === 'own' ? [entry.measure] : []))

function fromBangtoei2567() {
  const lastYear = { plan: bangtoeiPlan2567('bt'), measurePlan: null, followUp: bangtoeiFollowUp2567('bt') }
  return draftActionPlan({ plan: empty(2568), lastYear, library: SHIPPED_LIBRARY, units: BANGTOEI.units, measurePlan: null, options: options({ fromLastYear: true, fromLibrary: true }) })
}

describe('drafting next year\'s plan from last year\'s', () => {
  it('carries seed 001\'s three rows not done (2, 3, 15) with their status and reason, and brings the 17 done ones again', () => {
    const { plan, summary } = fromBangtoei2567()
    const measures = own(plan)
    expect(measures).toHaveLength(20)
    expect([summary.carried, summary.added]).toEqual([3, 17])
    const carried = measures.filter((measure) => measure.carriedOver)
    expect(carried.map((measure) => measure.name.slice(0, 30))).toEqual([
      'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', 'โครงการพัฒนา ความรู้ด้านกฎหมาย และระเบียบที่', 'โครงการจัดเวทีประชาคม',
    ].map((name) => name.slice(0, 30)))
    // Row 3's result states "เนื่องจากบุคลากรไม่ เพียงพอ" (a preset reason, carried in its words); row 2 states none, as the seed.
    expect(carried.map((measure) => measure.carriedOver)).toEqual([
      { fromFiscalYear: 2567, status: 'not-possible', reason: '' },
      { fromFiscalYear: 2567, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ' },
      { fromFiscalYear: 2567, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ' },
    ])
    // The same months a year later (ต.ค. ๖๗ - ก.ย. ๖๘), fresh ids, nothing accepted yet.
    expect(measures[0]!.period).toEqual({ start: '2024-10', end: '2025-09' })
    expect(measures.map((measure) => measure.id)).toEqual(Array.from({ length: 20 }, (_, index) => `ap-${index + 1}`))
    expect(measures.every((measure) => !measure.accepted)).toBe(true)
  })

  it('flags the budgets funded and not spent: seed 001\'s 50,000, 100,000 and 30,000, none disbursed', () => {
    const { summary } = fromBangtoei2567()
    expect(summary.unspent).toHaveLength(3)
    expect(summary.unspent.map((name) => name.replace(/\s+/g, ''))).toEqual(['โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', expect.stringContaining('โครงการพัฒนาความรู้ด้านกฎหมาย'), 'โครงการจัดเวทีประชาคม'])
  })

  it('does not flag a funded row that spent: seed 003 row 1 (10,000) once 10,000 is disbursed', () => {
    const last = banhaengPlan2569('bh')
    const followUp = { id: 'bh:2569', organizationId: 'bh', fiscalYear: 2569, entries: [{ measureId: 'ap-1', round: 12 as const, status: 'done' as const, reason: '', summary: '', outcome: '', evidence: [], disbursed: 10000, reasonCode: null, remark: '' }], reports: [] }
    const { summary } = draftActionPlan({ plan: { ...empty(2570), id: 'bh:2570', organizationId: 'bh' }, lastYear: { plan: last, measurePlan: null, followUp }, library: SHIPPED_LIBRARY, units: [], measurePlan: null, options: options({ fromLastYear: true }) })
    // Row 26 (จัดเวทีประชาคม, 5,000) reported nothing: flagged; row 1 spent: not.
    expect(summary.unspent).toEqual(['โครงการจัดเวทีประชาคม'])
    // Every row not reported done comes as carried (pending), 30 of 31.
    expect(summary.carried).toBe(30)
  })

  it('takes no library template for a plan carried from last year, and keeps entries the committee edited', () => {
    const { plan } = fromBangtoei2567()
    expect(own(plan).every((measure) => measure.origin === 'custom')).toBe(true)
    const edited = { ...plan, entries: plan.entries.slice(0, 1).map((entry) => (entry.ref === 'own' ? { ...entry, measure: { ...entry.measure, edited: true, name: 'ชื่อที่คณะทำงานแก้' } } : entry)) }
    const again = draftActionPlan({ plan: edited, lastYear: null, library: SHIPPED_LIBRARY, units: [], measurePlan: null, options: options({}) })
    expect(own(again.plan).map((measure) => measure.name)).toEqual(['ชื่อที่คณะทำงานแก้'])
  })
})

describe('drafting from the template library', () => {
  const first = () => draftActionPlan({ plan: empty(2568), lastYear: null, library: SHIPPED_LIBRARY, units: BANGTOEI.units, measurePlan: null, options: options({ fromLibrary: true }) })

  it('drafts the seed-digest §4 templates that have a dimension, each with its dimension and KPI; the *1/*2 ones (no dimension) stay out', () => {
    const { plan, summary } = first()
    const withDimension = SHIPPED_LIBRARY.filter((template) => template.dimension !== null)
    expect(summary.added).toBe(withDimension.length)
    const byOrigin = new Map(own(plan).map((measure) => [measure.origin, measure]))
    expect(byOrigin.has('nacc-44')).toBe(false)
    expect(byOrigin.has('nacc-39a')).toBe(false)
    // §4 #52 ติดตามประเมินผลการควบคุมภายใน: D4, "ร้อยละ ๘๐ ได้ดำเนินการแก้ไข" (003 s1).
    expect(byOrigin.get('nacc-52')).toMatchObject({ dimension: 4, kpi: 'กิจกรรมการควบคุมภายในร้อยละ ๘๐ ได้ดำเนินการแก้ไข' })
    for (const template of withDimension) expect(byOrigin.get(template.id)?.dimension).toBe(template.dimension)
  })

  it('leaves out a template the committee dismissed', () => {
    const dismissed = { ...empty(2568), dismissedTemplates: ['nacc-52'] }
    const { plan } = draftActionPlan({ plan: dismissed, lastYear: null, library: SHIPPED_LIBRARY, units: [], measurePlan: null, options: options({ fromLibrary: true }) })
    expect(own(plan).some((measure) => measure.origin === 'nacc-52')).toBe(false)
  })

  it('gives an อบต. plan no "เทศบาล" wording: the leftover check finds none of another organisation type in the drafted entries', () => {
    const { plan } = first()
    const findings = checkActionPlan(plan, null, BANGTOEI).filter((finding) => finding.code === 'leftover-organization-type')
    expect(findings).toEqual([])
    expect(JSON.stringify(own(plan))).not.toMatch(/เทศบาล/)
  })

  it('the same check does find "เทศบาล" where a row brings it into an อบต. plan (seed 004\'s สำนักปลัดเทศบาล)', () => {
    const { plan } = first()
    const withWord = { ...plan, entries: plan.entries.map((entry, index) => (index === 0 && entry.ref === 'own' ? { ...entry, measure: { ...entry.measure, steps: ['สำนักปลัดเทศบาล แจ้งเวียนประมวลจริยธรรม'] } } : entry)) }
    const rows = checkActionPlan(withWord, null, BANGTOEI).filter((finding) => finding.code === 'leftover-organization-type').map((finding) => ('row' in finding ? finding.row : null))
    expect(rows).toEqual([1])
  })
})
