import { describe, expect, it } from 'vitest'
import {
  FollowUpEntrySchema, FollowUpSchema, carryOverToNextYear, countByStatus, emptyFollowUp, followUpEntry, followUpIssues,
  indicatorFollowUp, indicatorFollowUpRows, latestFollowUp, setFollowUpEntry, type FollowUp,
} from '@/domain'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { seed002Analysis } from './fixtures'

const plan = demoMeasurePlan('demo-nongson')
const [first, second, third] = plan.measures.map((measure) => measure.id)

function reported(): FollowUp {
  let followUp = emptyFollowUp(plan)
  followUp = setFollowUpEntry(followUp, { measureId: first!, round: 6, status: 'in-progress', reason: '', summary: 'แต่งตั้งคณะทำงานแล้ว', outcome: '', evidence: [] })
  followUp = setFollowUpEntry(followUp, { measureId: first!, round: 12, status: 'done', reason: '', summary: 'เผยแพร่คู่มือแล้ว', outcome: 'บุคลากรปฏิบัติตามคู่มือ', evidence: ['https://example.go.th/manual.pdf'] })
  followUp = setFollowUpEntry(followUp, { measureId: second!, round: 12, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ', summary: '', outcome: '', evidence: [] })
  followUp = setFollowUpEntry(followUp, { measureId: third!, round: 6, status: 'in-progress', reason: '', summary: 'มอบหมายเจ้าหน้าที่แล้ว', outcome: '', evidence: [] })
  return followUp
}

describe('follow-up of the 6- and 12-month rounds', () => {
  it('counts measures by status, unreported ones as รอรายงาน', () => {
    const followUp = reported()
    expect(countByStatus(plan, followUp, 6)).toEqual({ pending: 10, 'in-progress': 2, done: 0, 'not-possible': 0, total: 12 })
    expect(countByStatus(plan, followUp, 12)).toEqual({ pending: 10, 'in-progress': 0, done: 1, 'not-possible': 1, total: 12 })
    expect(countByStatus(plan, null, 12).pending).toBe(12)
  })

  it('replaces a measure\'s entry of a round rather than adding a second one', () => {
    const followUp = setFollowUpEntry(reported(), { ...followUpEntry(reported(), first!, 6), status: 'done' })
    expect(followUp.entries.filter((entry) => entry.measureId === first && entry.round === 6)).toHaveLength(1)
    expect(followUpEntry(followUp, first!, 6).status).toBe('done')
    expect(FollowUpSchema.safeParse(followUp).success).toBe(true)
  })

  it('takes the latest status from the 12-month round once reported, else the 6-month one', () => {
    const followUp = reported()
    expect(latestFollowUp(followUp, first!).status).toBe('done')
    expect(latestFollowUp(followUp, third!).status).toBe('in-progress')
    expect(latestFollowUp(followUp, plan.measures[5]!.id).status).toBe('pending')
  })

  it('asks for the reason of what could not be done and the summary of what was done', () => {
    let followUp = reported()
    followUp = setFollowUpEntry(followUp, { ...followUpEntry(followUp, second!, 12), reason: '  ' })
    followUp = setFollowUpEntry(followUp, { ...followUpEntry(followUp, first!, 12), summary: '' })
    expect(followUpIssues(plan, followUp, 12)).toEqual([
      { code: 'summary-missing', measureId: first, row: 1, round: 12 },
      { code: 'reason-missing', measureId: second, row: 2, round: 12 },
    ])
  })

  it('accepts only http(s) evidence links', () => {
    const entry = { measureId: first!, round: 6 as const }
    expect(FollowUpEntrySchema.safeParse({ ...entry, evidence: ['https://www.nongson.go.th/ita/o27.pdf'] }).success).toBe(true)
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'www.nongson.go.th', 'http://']) {
      expect(FollowUpEntrySchema.safeParse({ ...entry, evidence: [bad] }).success, bad).toBe(false)
    }
  })
})

describe('seed 004\'s per-indicator view', () => {
  it('labels each indicator รักษาระดับ or พัฒนาเพื่อยกระดับ from the assessment and lists its measures', () => {
    const analysis = seed002Analysis()
    const rows = indicatorFollowUp(plan, reported(), 12, analysis.indicators)
    expect(rows.map((row) => row.indicator)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(rows[0]!.flag).toBe('maintain')
    expect(rows[3]!.flag).toBe('improve')
    expect(rows[0]!.measures.map(({ measure }) => measure.id)).toContain(first)
    // Seed 002's table aims no measure at indicator 4 (the use of assets).
    expect(rows[3]!.measures).toEqual([])
    const table = indicatorFollowUpRows(rows)
    expect(table[0]![0]).toBe('๑')
    expect(table[0]![1]).toBe('การปฏิบัติหน้าที่ (รักษาระดับ)')
    expect(table.map((row) => row[1])).not.toContain('การใช้ทรัพย์สินของราชการ (พัฒนาเพื่อยกระดับ)')
    expect(table[0]![5]).toContain('เผยแพร่คู่มือแล้ว')
    expect(table[0]![2]).toContain('๑. แต่งตั้งคณะทำงานจัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
  })
})

describe('carrying over to next year', () => {
  it('starts next year\'s plan with the measures not done, with their status and reason, a year later', () => {
    const { plan: next, carried, done } = carryOverToNextYear(plan, reported())
    expect(next.fiscalYear).toBe(2569)
    expect(next.basedOnAssessmentYear).toBe(2568)
    expect(next.id).toBe('demo-nongson:2569')
    expect(done).toBe(1)
    expect(carried).toHaveLength(11)
    expect(next.measures.map((measure) => measure.id)).not.toContain(first)
    const notPossible = next.measures.find((measure) => measure.id === second)!
    expect(notPossible.carriedOver).toEqual({ fromFiscalYear: 2568, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ' })
    expect(notPossible.period).toEqual({ start: '2026-04', end: '2026-09' })
    expect(notPossible.quarters).toEqual([false, false, true, true])
    expect(notPossible.accepted).toBe(false)
    // Its item codes were 2567's; the 2569 plan answers the 2568 result.
    expect(plan.measures.find((measure) => measure.id === second)!.items).toEqual(['i1'])
    expect(notPossible.items).toEqual([])
    expect(next.measures.find((measure) => measure.id === third)!.carriedOver?.status).toBe('in-progress')
    // Names confirmed for the measures carried are still confirmed.
    expect(carryOverToNextYear({ ...plan, confirmedNames: ['โรงพยาบาลเชียงยืน'] }, reported()).plan.confirmedNames).toEqual(['โรงพยาบาลเชียงยืน'])
  })

  it('adds to an existing next plan without carrying a measure twice', () => {
    const once = carryOverToNextYear(plan, reported()).plan
    const twice = carryOverToNextYear(plan, reported(), once)
    expect(twice.carried).toEqual([])
    expect(twice.alreadyThere).toBe(11)
    expect(twice.plan.measures).toHaveLength(11)
  })
})
