import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPlanTable, type PlanTable } from '@/import/plan-table'
import { planTableEntries } from '@/import/plan-entries'

// Seed 003's plan and seed 000's 12-month report, read by the plan-table import, as the entries and
// results the action plan screen saves when the preview is confirmed.
const FIXTURES = join(__dirname, '../../fixtures/action-plan')

async function table(name: string): Promise<PlanTable> {
  const outcome = await readPlanTable({ kind: 'paste', text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8') })
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome.table
}

describe('an imported plan table as the plan\'s own entries', () => {
  it('gives seed 003\'s 31 rows as ap-1..ap-31 in order, with their budget, ticks and kind, and no results', async () => {
    const { measures, results } = planTableEntries(await table('seed-003-plan'))
    expect(measures.map((measure) => measure.id)).toEqual(Array.from({ length: 31 }, (_, index) => `ap-${index + 1}`))
    expect(measures[0]).toMatchObject({ kind: 'project', dimension: 1, budget: { kind: 'amount', baht: 10000 }, quarters: [false, true, true, false], accepted: true, edited: true })
    expect(measures[25]).toMatchObject({ name: 'โครงการจัดเวทีประชาคม', budget: { kind: 'amount', baht: 5000 }, quarters: [false, false, true, true] })
    expect(measures[7]!.kind).toBe('measure')
    expect(measures.reduce((sum, measure) => sum + (measure.budget.kind === 'amount' ? measure.budget.baht : 0), 0)).toBe(15000)
    expect([0, 1, 2, 3].map((quarter) => measures.filter((measure) => measure.quarters[quarter]).length)).toEqual([4, 30, 28, 4])
    expect(results).toEqual([])
  })

  it('gives seed 000\'s 52 rows their status and disbursed amount as the round\'s results', async () => {
    const { measures, results } = planTableEntries(await table('seed-000-report-12'))
    expect(measures).toHaveLength(52)
    expect(results.filter((result) => result.status === 'done')).toHaveLength(48)
    expect(results.filter((result) => result.status === 'not-possible').map((result) => result.measureId)).toEqual(['ap-7', 'ap-10', 'ap-25', 'ap-29'])
    expect(results.reduce((sum, result) => sum + (result.disbursed ?? 0), 0)).toBeCloseTo(627872, 2)
  })
})
