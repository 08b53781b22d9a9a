import { describe, expect, it } from 'vitest'
import { DEMO_BANGTOEI_ID, DEMO_BANHAENG_ID, DEMO_ORGANIZATION_ID, demoActionPlans, demoWorkspace } from '@/app/demo-workspace'
import { checkRoundReport, planTotals, resolveActionPlan, summarizeRound } from '@/domain/action-plan'
import { organizationTypeOf } from '@/domain/measures'
import { round2 } from '@/domain/thai'
import { ACTION_PLAN, FOLLOW_UP, ORGANIZATION, ASSESSMENT } from '@/storage'
import { numberedItems, resultSpec } from '../../../fixtures/action-plan/seed-sheets'

describe('the demo\'s action-plan organisations (seeds 003 and 001)', () => {
  it('holds three organisations: หนองซอน, บ้านแหง and บางเตย, all อบต. and all demo, each with a year to open', async () => {
    const more = await demoActionPlans()
    const organizations = [demoWorkspace().organization, ...more.organizations]
    expect(organizations.map((organization) => [organization.id, organization.shortName, organizationTypeOf(organization.name), organization.isDemo])).toEqual([
      [DEMO_ORGANIZATION_ID, 'อบต.หนองซอน', 'sao', true], [DEMO_BANHAENG_ID, 'อบต.บ้านแหง', 'sao', true], [DEMO_BANGTOEI_ID, 'อบต.บางเตย', 'sao', true],
    ])
    // No seed prints their ITA scores: each opens on a year with none, the year before its plan.
    expect(more.assessments.map((record) => [record.organizationId, record.scores.fiscalYear, record.scores.itemScores.length, record.scores.publishedTotal])).toEqual([
      [DEMO_BANHAENG_ID, 2568, 0, null], [DEMO_BANGTOEI_ID, 2566, 0, null],
    ])
    expect(more.actionPlans.map((plan) => [plan.id, plan.fiscalYear, plan.cycleId])).toEqual([[`${DEMO_BANHAENG_ID}:2569`, 2569, '2566-2570'], [`${DEMO_BANGTOEI_ID}:2567`, 2567, '2561-2565']])
  })

  it('every document is what its storage kind accepts', async () => {
    const more = await demoActionPlans()
    for (const organization of more.organizations) expect(ORGANIZATION.schema.safeParse(organization).success).toBe(true)
    for (const record of more.assessments) expect(ASSESSMENT.schema.safeParse(record).success).toBe(true)
    for (const plan of more.actionPlans) expect(ACTION_PLAN.schema.safeParse(plan).success).toBe(true)
    for (const followUp of more.followUps) expect(FOLLOW_UP.schema.safeParse(followUp).success).toBe(true)
  })

  it('บ้านแหง\'s plan sums to seed 003\'s figures: 31 entries, 15,000.00, ticks 4 / 30 / 28 / 4, dimensions 4 / 19 / 4 / 2 and *1, *2', async () => {
    const plan = (await demoActionPlans()).actionPlans[0]!
    const entries = resolveActionPlan(plan, null)
    expect(entries).toHaveLength(31)
    expect(planTotals(entries)).toEqual({ budget: 15000, quarters: [4, 30, 28, 4] })
    expect(summarizeRound(entries, null, 12).byDimension).toEqual({ 1: 4, 2: 19, 3: 4, 4: 2, other: 2 })
    expect(entries.slice(29).map((entry) => entry.measure?.dimensionMark)).toEqual(['*1', '*2'])
    expect([plan.announcement.date, plan.announcement.displayDays, plan.asOf, plan.issuer.name]).toEqual(['2026-02-27', 30, '2026-04-20', 'นางสาวสุกัญญา เทพา'])
  })

  it('บ้านแหง\'s rows 1-29 carry their project sheets, rows 30 and 31 none (the seed has none for them)', async () => {
    const plan = (await demoActionPlans()).actionPlans[0]!
    const measures = resolveActionPlan(plan, null).map((entry) => entry.measure!)
    expect(measures.map((measure) => measure.sheet !== null)).toEqual([...Array(29).fill(true), false, false])
    // Row 1 is the appendix's sheet 8 (seed-digest §4 h1 s8): 45 people; row 28 is sheet 1, five steps (ปค.๑-๖).
    expect(measures[0]!.targetGroups.map((group) => group.count)).toEqual([45])
    const row28 = measures[27]!
    expect(row28.name).toBe('กิจกรรมติดตามประเมินผลการควบคุมภายใน')
    expect(row28.sheet!.method).toHaveLength(5)
    expect(row28.sheet!.duration).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๙')
    expect(row28.sheet!.rationale.startsWith('ระบบการควบคุมภายในเป็นกลไกที่สำคัญ')).toBe(true)
    expect(row28.outputs.map((output) => [output.target, output.unit])).toEqual([['', ''], ['๘๐', 'ร้อยละ']])
  })

  it('the sheet reader joins wrapped lines, splits items sharing a line and nests ๑.๑) under ๑), and reads a figure and its method', () => {
    expect(numberedItems(['๑) แต่งตั้งคณะกรรมการ', 'ประเมินผล ๑.๑) ประชุม ๑.๒) รายงาน', '๒)', 'เผยแพร่'])).toEqual([
      { text: 'แต่งตั้งคณะกรรมการ ประเมินผล', level: 0 }, { text: 'ประชุม', level: 1 }, { text: 'รายงาน', level: 1 }, { text: 'เผยแพร่', level: 0 },
    ])
    expect(resultSpec('ประชาชนมีความพึงพอใจร้อยละ ๘๐ (สำรวจโดยใช้แบบประเมินความพึงพอใจ)')).toEqual({ text: 'ประชาชนมีความพึงพอใจร้อยละ ๘๐', target: '๘๐', unit: 'ร้อยละ', method: 'สำรวจโดยใช้แบบประเมินความพึงพอใจ' })
    expect(resultSpec('มีประกาศ จำนวน ๑ ฉบับ')).toMatchObject({ target: '๑', unit: 'ฉบับ' })
  })

  it('บางเตย\'s 12-month report sums to seed 001\'s figures, and its checks show the seed\'s row 2 without a reason', async () => {
    const more = await demoActionPlans()
    const [plan, followUp] = [more.actionPlans[1]!, more.followUps[0]!]
    const entries = resolveActionPlan(plan, null)
    const summary = summarizeRound(entries, followUp, 12)
    expect([summary.total, summary.byStatus.done, summary.byStatus['not-possible']]).toEqual([20, 17, 3])
    expect(summary.byDimension).toEqual({ 1: 6, 2: 8, 3: 2, 4: 4, other: 0 })
    expect([summary.budget, summary.disbursed, summary.remaining]).toEqual([180000, 0, 180000])
    expect(round2(summary.implementationPercent!)).toBe(85)
    expect(entries.filter((entry) => followUp.entries.find((result) => result.measureId === entry.measureId)?.status === 'not-possible').map((entry) => entry.measureId)).toEqual(['ap-2', 'ap-3', 'ap-15'])
    const findings = checkRoundReport(plan, entries, followUp, 12)
    expect(findings.map((finding) => [finding.code, 'row' in finding ? finding.row : null])).toEqual([['reason-missing', 2]])
  })
})
