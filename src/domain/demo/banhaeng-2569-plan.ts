import { ActionPlanSchema, actionPlanId, type ActionPlan } from '../action-plan/schema'
import { cycleFor } from '../action-plan/cycles'
import { BANHAENG_ENTRIES_2569 } from './banhaeng-2569-entries'

/**
 * The demo's second organisation: อบต.บ้านแหง and its anti-corruption action plan for 2569, seed 003
 * (../shared/seeds/003_9b16931b45ecddbb.txt). The seed names no district, province or units (its
 * sheets' ผู้รับผิดชอบ is the whole อบต.), so none is given here.
 */
export const BANHAENG_ORGANIZATION = {
  name: 'องค์การบริหารส่วนตำบลบ้านแหง',
  shortName: 'อบต.บ้านแหง',
  district: '',
  province: '',
  units: [] as string[],
} as const

/**
 * Seed 003's plan: the 31 rows of its table (rows 1-29 with their project sheets), announced
 * "ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙" by the นายก อบต. (displayed ๓๐ days), "ข้อมูล ณ วันที่
 * 20 เมษายน 2569", issued by นางสาวสุกัญญา เทพา (the seed prints no position for her).
 */
export function banhaengPlan2569(organizationId: string): ActionPlan {
  return ActionPlanSchema.parse({
    id: actionPlanId(organizationId, 2569),
    organizationId,
    fiscalYear: 2569,
    cycleId: cycleFor(2569).id,
    entries: BANHAENG_ENTRIES_2569.map((measure) => ({ ref: 'own', measure })),
    announcement: { date: '2026-02-27', signerName: 'นายประสิทธิ์ เมืองงาว', signerPosition: 'นายกองค์การบริหารส่วนตำบลบ้านแหง', displayDays: 30 },
    asOf: '2026-04-20',
    issuer: { name: 'นางสาวสุกัญญา เทพา', position: '' },
  })
}
