import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ActionPlanSchema, checkActionPlan, checkRoundReport, cycleFor, planTotals, resolveActionPlan, roundStatus, setRoundReport, summarizeRound,
  type ActionPlan,
} from '@/domain/action-plan'
import { FollowUpSchema, setFollowUpEntry, followUpEntry, type FollowUp } from '@/domain/measures'
import { round2 } from '@/domain/thai'
import { OrganizationSchema } from '@/domain/workspace'
import { readPlanTable } from '@/import/plan-table'
import { planTableEntries } from '@/import/plan-entries'

// The design's golden figures, from the seeds' own tables as plan-import cut them out
// (test/fixtures/action-plan), read by the import and summed by the domain.
const FIXTURES = join(__dirname, '../../../fixtures/action-plan')
const ORG = OrganizationSchema.parse({ id: 'org', name: 'องค์การบริหารส่วนตำบลบ้านแหง', shortName: 'อบต.บ้านแหง' })

async function seed(name: string, fiscalYear: number): Promise<{ plan: ActionPlan; followUp: FollowUp }> {
  const outcome = await readPlanTable({ kind: 'paste', text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8') })
  if (!outcome.ok) throw new Error(outcome.error.code)
  const { measures, results } = planTableEntries(outcome.table)
  const plan = ActionPlanSchema.parse({ id: `org:${fiscalYear}`, organizationId: 'org', fiscalYear, cycleId: cycleFor(fiscalYear).id, entries: measures.map((measure) => ({ ref: 'own', measure })) })
  let followUp = FollowUpSchema.parse({ id: plan.id, organizationId: 'org', fiscalYear, entries: [] })
  for (const result of results) followUp = setFollowUpEntry(followUp, { measureId: result.measureId, round: 12, status: result.status ?? 'pending', disbursed: result.disbursed })
  return { plan, followUp }
}

describe('a round\'s figures, computed from the seeds\' tables', () => {
  it('seed 000 (12 months): 52 entries, 48 done, 4 not possible, 11/29/5/7 by dimension, 1,930,000.00 budgeted, 627,872.00 disbursed = 32.53 %, 92.31 %', async () => {
    const { plan, followUp } = await seed('seed-000-report-12', 2566)
    const summary = summarizeRound(resolveActionPlan(plan, null), followUp, 12)
    expect(summary.total).toBe(52)
    expect(summary.byStatus).toEqual({ pending: 0, 'in-progress': 0, done: 48, 'not-possible': 4 })
    expect(summary.byDimension).toEqual({ 1: 11, 2: 29, 3: 5, 4: 7, other: 0 })
    expect(summary.budget).toBe(1930000)
    expect(round2(summary.disbursed)).toBe(627872)
    expect(round2(summary.disbursedPercent!)).toBe(32.53)
    expect(round2(summary.implementationPercent!)).toBe(92.31)
    expect(summary.formula).toEqual({ done: 48, inProgress: 0, notPossible: 4, entries: 52 })
  })

  it('seed 001 (12 months): 20 entries, 17 done, 3 not possible, 6/8/2/4, 180,000 with nothing spent, 85 %', async () => {
    const { plan, followUp } = await seed('seed-001-summary', 2567)
    const summary = summarizeRound(resolveActionPlan(plan, null), followUp, 12)
    expect([summary.total, summary.byStatus.done, summary.byStatus['not-possible']]).toEqual([20, 17, 3])
    expect(summary.byDimension).toEqual({ 1: 6, 2: 8, 3: 2, 4: 4, other: 0 })
    expect([summary.budget, summary.disbursed, summary.remaining, summary.disbursedPercent]).toEqual([180000, 0, 180000, 0])
    expect(round2(summary.implementationPercent!)).toBe(85)
  })

  it('seed 003\'s plan: the รวมทั้งสิ้น row is 15,000.00 and 4 / 30 / 28 / 4 ticks; dimensions 4/19/4/2 and two marked', async () => {
    const { plan } = await seed('seed-003-plan', 2569)
    expect(planTotals(resolveActionPlan(plan, null))).toEqual({ budget: 15000, quarters: [4, 30, 28, 4] })
    expect(summarizeRound(resolveActionPlan(plan, null), null, 12).byDimension).toEqual({ 1: 4, 2: 19, 3: 4, 4: 2, other: 2 })
  })
})

describe('the 6 -> 12 month rule', () => {
  it('keeps an entry done at 6 months done at 12, whatever the 12-month entry says', () => {
    let followUp = FollowUpSchema.parse({ id: 'org:2569', organizationId: 'org', fiscalYear: 2569, entries: [] })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-1', round: 6, status: 'done' })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-2', round: 6, status: 'in-progress' })
    expect([roundStatus(followUp, 'ap-1', 12), roundStatus(followUp, 'ap-2', 12), roundStatus(followUp, 'ap-2', 6)]).toEqual(['done', 'pending', 'in-progress'])
  })
})

describe('checks before publishing', () => {
  it('finds seed 003\'s Q1 ticks before its announcement of 27 February 2569 (rows 16, 28, 29, 31)', async () => {
    const { plan } = await seed('seed-003-plan', 2569)
    const announced = { ...plan, announcement: { ...plan.announcement, date: '2026-02-27' } }
    const rows = checkActionPlan(announced, null, ORG).filter((finding) => finding.code === 'ticks-before-announcement').map((finding) => ('row' in finding ? finding.row : 0))
    expect(rows).toEqual([16, 28, 29, 31])
  })

  it('finds seed 000\'s summary prose "ร้อยละ 100.00" against the computed 92.31, in Arabic or Thai digits, and accepts the true figures', async () => {
    const { plan, followUp } = await seed('seed-000-report-12', 2566)
    const entries = resolveActionPlan(plan, null)
    const said = (text: string) => checkRoundReport(plan, entries, setRoundReport(followUp, { round: 12, problems: '', suggestions: '', summaryText: text, reporter: { name: '', position: '', unit: '' }, asOf: null }), 12)
      .filter((finding) => finding.code === 'summary-contradicts')
    expect(said('- ดำเนินการแล้วเสร็จ 48 โครงการ\n- เบิกจ่ายงบประมาณ 627,872.00 บาท คิดเป็นร้อยละ 32.53\n- มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก ร้อยละ 100.00'))
      .toEqual([{ code: 'summary-contradicts', severity: 'error', what: 'ร้อยละ', stated: 100, computed: expect.closeTo(92.3077, 3) }])
    expect(said('ดำเนินการแล้วเสร็จ ๔๘ โครงการ ไม่สามารถดำเนินการได้ ๔ โครงการ มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก ร้อยละ ๙๒.๓๑')).toEqual([])
    expect(said('ดำเนินการแล้วเสร็จ ๕๐ โครงการ').map((finding) => finding.code === 'summary-contradicts' && [finding.what, finding.stated, finding.computed])).toEqual([['ดำเนินการแล้วเสร็จ', 50, 48]])
  })

  it('finds a reason missing, disbursed above budget and disbursed without a budget', async () => {
    const { plan: read } = await seed('seed-003-plan', 2569)
    // Seed 003 prints 0.00 for the projects without a budget (an amount of 0, as read); row 5 is set to "ไม่ใช้งบประมาณ".
    const plan = { ...read, entries: read.entries.map((entry) => (entry.ref === 'own' && entry.measure.id === 'ap-5' ? { ...entry, measure: { ...entry.measure, budget: { kind: 'none' as const } } } : entry)) }
    let followUp = FollowUpSchema.parse({ id: plan.id, organizationId: 'org', fiscalYear: 2569, entries: [] })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-1', round: 12, status: 'done', disbursed: 12000 })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-2', round: 12, status: 'done', disbursed: 500 })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-5', round: 12, status: 'done', disbursed: 300 })
    followUp = setFollowUpEntry(followUp, { measureId: 'ap-3', round: 12, status: 'not-possible' })
    followUp = setFollowUpEntry(followUp, { ...followUpEntry(followUp, 'ap-4', 12), status: 'not-possible', reasonCode: 'no-budget' })
    const codes = checkRoundReport(plan, resolveActionPlan(plan, null), followUp, 12).map((finding) => [finding.code, 'row' in finding ? finding.row : null])
    expect(codes).toEqual([['disbursed-above-budget', 1], ['disbursed-above-budget', 2], ['reason-missing', 3], ['disbursed-without-budget', 5]])
  })
})
