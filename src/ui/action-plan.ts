import type { PlanFinding } from '@/domain/action-plan'
import { REASON_CODES, type Finding, type Measure, type ReasonCode } from '@/domain/measures'
import { formatNumber } from '@/domain/thai'
import { describeFinding } from './measures'
import { withDigits, type DigitStyle } from '@/domain/thai'

/** Thai words of the anti-corruption action plan's screens and printouts (seed 003, 000, 001). */

export const PLAN_TITLE = 'แผนปฏิบัติการป้องกันการทุจริต'

/** ไม่สามารถดำเนินการได้ เพราะ ... (e-PlanNACC's usual reasons; `other` is typed). */
export const REASON_LABEL: Record<ReasonCode, string> = {
  'no-budget': 'ไม่ได้รับงบประมาณ',
  'policy-changed': 'นโยบายผู้บริหารเปลี่ยนแปลง',
  'not-enough-staff': 'บุคลากรไม่เพียงพอ',
  other: 'อื่น ๆ (ระบุ)',
}
export { REASON_CODES }

/** Where an entry's budget comes from, where the plan says. */
export const BUDGET_SOURCE_LABEL = {
  'local-plan': 'แผนพัฒนาท้องถิ่น',
  bylaw: 'ข้อบัญญัติ/เทศบัญญัติ',
} as const

/** The tick printed in a quarter or status column. Sarabun has no ✓ (a box would print), and Thai forms tick with "/". */
export const TICK = '/'

export const ROUND_PERIOD_LABEL = { 6: 'รอบ ๖ เดือน', 12: 'รอบ ๑๒ เดือน' } as const

/** `ร้อยละ ๙๒.๓๑` */
export function percentText(value: number | null, digits: DigitStyle, format: (value: number) => string): string {
  return value === null ? '-' : withDigits(`ร้อยละ ${format(value)}`, digits)
}

/** The entry is an integrity measure of the measure plan (edited in either screen). */
export const INTEGRITY_BADGE = 'มาตรการส่งเสริมคุณธรรมฯ (ITA)'

export const PLAN_IMPORT_CONFIRMED = (count: string) => `นำเข้าแผนปฏิบัติการ ${count} รายการแล้ว`


/** มิติ as the plan table writes it: `1`-`4`, a mark such as `*1` as written, `-` when none. */
export function dimensionText(measure: Pick<Measure, 'dimension' | 'dimensionMark'>, digits: (text: string) => string): string {
  if (measure.dimension !== null) return digits(String(measure.dimension))
  return measure.dimensionMark ? digits(measure.dimensionMark) : '-'
}

export const DISBURSED_INVALID = 'ยังไม่ได้บันทึกเบิกจ่าย: กรอกเป็นจำนวนเงิน (บาท) ไม่ติดลบ เช่น 9,590 หรือ ๙๕๙๐.๕๐ หรือเว้นว่างถ้ายังไม่มีการเบิกจ่าย'

/** The reason printed for an entry that could not be done: the preset's words, or the one typed. */
export function reasonText(entry: { reasonCode: ReasonCode | null; reason: string }): string {
  if (entry.reasonCode && entry.reasonCode !== 'other') return REASON_LABEL[entry.reasonCode]
  return entry.reason.trim()
}

/** What drafting the plan did, in one sentence. */
export function describeDraft(summary: { added: number; carried: number; unspent: readonly string[]; integrity: number; kept: number }, n: (text: string | number) => string): string {
  const parts = [`เพิ่ม ${n(summary.added)} รายการ`]
  if (summary.carried) parts.push(`ยกรายการที่ยังไม่แล้วเสร็จจากปีที่แล้ว ${n(summary.carried)} รายการ`)
  if (summary.unspent.length) parts.push(`ได้รับงบประมาณปีที่แล้วแต่ไม่ได้เบิกจ่าย ${n(summary.unspent.length)} รายการ (${summary.unspent.join(', ')}) ตรวจดูก่อนตั้งงบใหม่`)
  if (summary.integrity) parts.push(`รวมมาตรการส่งเสริมคุณธรรมฯ ${n(summary.integrity)} รายการ`)
  if (summary.kept) parts.push(`คงรายการที่คณะทำงานแก้ไขหรือเพิ่มเองไว้ ${n(summary.kept)} รายการ`)
  return `ร่างแผนแล้ว: ${parts.join('; ')}`
}

/** `(ดำเนินการแล้วเสร็จ 48 × 1 + อยู่ระหว่างดำเนินการ 0 × 0.5 + ไม่สามารถดำเนินการได้ 4 × 0) / 52 × 100` (Arabic digits; the caller sets the digits). */
export function implementationFormulaText(formula: { done: number; inProgress: number; notPossible: number; entries: number }): string {
  return `(แล้วเสร็จ ${formula.done} × 1 + อยู่ระหว่างดำเนินการ ${formula.inProgress} × 0.5 + ไม่สามารถดำเนินการได้ ${formula.notPossible} × 0) / ${formula.entries} โครงการ × 100`
}

const QUARTER_WORD = (quarter: number, n: (text: string | number) => string) => `ไตรมาส ${n(quarter)}`

/** One sentence per finding of the plan or a round's report; the measure plan's codes as the measures screen says them. */
export function describePlanFinding(finding: PlanFinding, digits: DigitStyle): string {
  const n = (value: number | string) => withDigits(String(value), digits)
  const baht = (value: number) => formatNumber(value, { digits, decimals: 2, grouping: true })
  const row = 'row' in finding ? `ลำดับที่ ${n(finding.row)}: ` : ''
  switch (finding.code) {
    case 'integrity-missing': return `${row}มาตรการส่งเสริมคุณธรรมฯ ที่แผนอ้างถึงไม่อยู่ในตารางมาตรการแล้ว (เอาออกจากแผน หรือเพิ่มกลับในหน้ามาตรการ)`
    case 'ticks-before-announcement': return `${row}กำหนดดำเนินการใน${QUARTER_WORD(finding.quarter, n)} ก่อนวันประกาศใช้แผน (ประกาศใน${QUARTER_WORD(finding.announcedQuarter, n)})`
    case 'reason-missing': return `${row}ระบุว่าไม่สามารถดำเนินการได้ แต่ยังไม่ได้ระบุเหตุผล`
    case 'disbursed-above-budget': return `${row}เบิกจ่าย ${baht(finding.disbursed)} บาท มากกว่างบประมาณ ${baht(finding.budget)} บาท`
    case 'disbursed-without-budget': return `${row}ระบุเบิกจ่าย ${baht(finding.disbursed)} บาท แต่รายการนี้ไม่ใช้งบประมาณ`
    case 'summary-contradicts': {
      const stated = finding.what === 'เบิกจ่ายงบประมาณ' ? `${baht(finding.stated)} บาท` : n(finding.stated)
      const computed = finding.computed === null ? '-' : finding.what === 'เบิกจ่ายงบประมาณ' ? `${baht(finding.computed)} บาท` : finding.what === 'ร้อยละ' ? formatNumber(finding.computed, { digits, decimals: 2 }) : n(finding.computed)
      return finding.what === 'ร้อยละ'
        ? `ข้อความสรุปผลระบุ “ร้อยละ ${stated}” ซึ่งไม่ตรงกับร้อยละที่คำนวณจากตาราง (การนำแผนไปปฏิบัติ ${computed}) ตัวเลขในรายงานใช้ค่าที่คำนวณ`
        : `ข้อความสรุปผลระบุ “${finding.what} ${stated}” แต่ตารางให้ ${computed} ตัวเลขในรายงานใช้ค่าที่คำนวณ`
    }
    default: return describeFinding(finding as Finding, digits).replace(/^แถวที่/, 'ลำดับที่')
  }
}
