import { ActionPlanSchema, actionPlanId, type ActionPlan } from '../action-plan/schema'
import { FollowUpSchema, type FollowUp } from '../measures/schema'
import { BANGTOEI_ENTRIES_2567, BANGTOEI_RESULTS_2567 } from './bangtoei-2567-entries'

/**
 * The demo's third organisation: อบต.บางเตย (อำเภอสามพราน จังหวัดนครปฐม) and its 12-month results report
 * of 2567, seed 001 (../shared/seeds/001_2b6447b15e8704f8.txt). Its units are the หน่วยงานรับผิดชอบ its
 * detail table prints.
 */
export const BANGTOEI_ORGANIZATION = {
  name: 'องค์การบริหารส่วนตำบลบางเตย',
  shortName: 'อบต.บางเตย',
  district: 'สามพราน',
  province: 'นครปฐม',
  units: [...new Set(BANGTOEI_ENTRIES_2567.flatMap((entry) => entry.owners ?? []))],
} as const

/**
 * Seed 001's plan of 2567 as its report lists it (20 rows), in the older dimension wording the report
 * still uses (cycle 2561-2565, seed digest §3).
 */
export function bangtoeiPlan2567(organizationId: string): ActionPlan {
  return ActionPlanSchema.parse({
    id: actionPlanId(organizationId, 2567),
    organizationId,
    fiscalYear: 2567,
    cycleId: '2561-2565',
    entries: BANGTOEI_ENTRIES_2567.map((measure) => ({ ref: 'own', measure })),
  })
}

/**
 * The 12-month round: each row's status, disbursed amount and ผลการดำเนินงาน, and the report's own
 * texts as printed (section ๑): ปัญหาและอุปสรรค, ข้อเสนอแนะ, the summary lines, the reporter (งานนิติการ
 * สำนักงานปลัด). Row 2 is ticked not possible while its result reads "ร้อยละ ๑๐๐", and states no reason:
 * the seed's own, the checks show it.
 */
export function bangtoeiFollowUp2567(organizationId: string): FollowUp {
  return FollowUpSchema.parse({
    id: actionPlanId(organizationId, 2567),
    organizationId,
    fiscalYear: 2567,
    entries: BANGTOEI_RESULTS_2567,
    reports: [{
      round: 12,
      problems: 'หน่วยงาน ยังขาดความรู้ ความเข้าใจในการดำเนินงานเกี่ยวกับการป้องกันการทุจริตและประพฤติมิชอบ',
      suggestions: 'สร้างความรู้ ความเข้าใจ รวมถึงมีการยกตัวอย่างการดำเนินงานเพื่อป้องกันการทุจริตและประพฤติมิชอบ',
      summaryText: ['อยู่ระหว่างดำเนินการ ๐ โครงการ', 'เสร็จดำเนินการแล้ว ๑๗ โครงการ', 'ไม่สามารถดำเนินการ ๓ โครงการ', 'มีการนำแผนฯ ไปปฏิบัติอยู่ในระดับ มาก ร้อยละ ๘๕'].join('\n'),
      reporter: { name: '', position: '', unit: 'งานนิติการ สำนักงานปลัด องค์การบริหารส่วนตำบลบางเตย' },
      asOf: null,
    }],
  })
}
