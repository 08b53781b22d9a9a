import { describe, expect, it } from 'vitest'
import { checkActionPlan, resolveActionPlan } from '@/domain/action-plan'
import { banhaengPlan2569, BANHAENG_ORGANIZATION } from '@/domain/demo/banhaeng-2569-plan'
import { OrganizationSchema } from '@/domain/workspace'

// The gaps summary.test.ts leaves: a reference to an integrity measure that is gone, and the
// announcement's quarter on the demo's own copy of seed 003 (its date as printed, not set by hand).
const BANHAENG = OrganizationSchema.parse({ ...BANHAENG_ORGANIZATION, units: [], id: 'bh' })

describe('checkActionPlan', () => {
  it('reports an integrity measure the plan refers to and the measure plan no longer holds, at its row, and keeps the entry', () => {
    const plan = banhaengPlan2569('bh')
    const withReference = { ...plan, entries: [...plan.entries, { ref: 'integrity' as const, measureId: 't:gone' }] }
    expect(resolveActionPlan(withReference, null)).toHaveLength(32)
    const missing = checkActionPlan(withReference, null, BANHAENG).filter((finding) => finding.code === 'integrity-missing')
    expect(missing).toEqual([{ code: 'integrity-missing', severity: 'error', measureId: 't:gone', row: 32 }])
  })

  it('finds seed 003\'s rows 16, 28, 29 and 31 ticked in Q1 although the plan was announced on 27 February 2569 (Q2), as the seed prints it', () => {
    const rows = checkActionPlan(banhaengPlan2569('bh'), null, BANHAENG).filter((finding) => finding.code === 'ticks-before-announcement').map((finding) => ('row' in finding ? finding.row : null))
    expect(rows).toEqual([16, 28, 29, 31])
  })

  it('flags no ticks when the announcement falls in another fiscal year', () => {
    const plan = banhaengPlan2569('bh')
    const earlier = { ...plan, announcement: { ...plan.announcement, date: '2025-09-01' } }
    expect(checkActionPlan(earlier, null, BANHAENG).filter((finding) => finding.code === 'ticks-before-announcement')).toEqual([])
  })
})
