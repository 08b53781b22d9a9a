import type {
  Dimension, Finding, FindingSeverity, FollowUpIssue, FollowUpRound, FollowUpStatus, MeasureField, MeasureKind, MeasurePurpose,
} from '@/domain/measures'
import { withDigits, type DigitStyle } from '@/domain/thai'

/** Thai words for the measures, their follow-up and the checks. */

export const MEASURE_KIND_LABEL: Record<MeasureKind, string> = {
  measure: 'มาตรการ',
  project: 'โครงการ',
  activity: 'กิจกรรม',
  guideline: 'แนวปฏิบัติงาน',
}

export const PURPOSE_LABEL: Record<MeasurePurpose, string> = {
  improve: 'ปรับปรุง',
  maintain: 'รักษาระดับ',
}

/** The current legend of the action plan's dimensions (seed 003). */
export const DIMENSION_LABEL: Record<Dimension, string> = {
  1: 'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต',
  2: 'มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส',
  3: 'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
  4: 'มิติที่ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
}

/** e-PlanNACC's four statuses. */
export const STATUS_LABEL: Record<FollowUpStatus, string> = {
  pending: 'รอรายงาน',
  'in-progress': 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้วเสร็จ',
  'not-possible': 'ไม่สามารถดำเนินการได้',
}

export const ROUND_LABEL: Record<FollowUpRound, string> = {
  6: 'รอบ ๖ เดือน',
  12: 'รอบ ๑๒ เดือน',
}

export const SEVERITY_LABEL: Record<FindingSeverity, string> = {
  error: 'ต้องแก้ไขก่อนเผยแพร่',
  warning: 'ควรตรวจสอบ',
  info: 'ข้อสังเกต',
}

const FIELD_LABEL: Record<MeasureField, string> = {
  name: 'ชื่อมาตรการ',
  owners: 'ผู้รับผิดชอบ',
  steps: 'ขั้นตอน',
  kpi: 'ตัวชี้วัดความสำเร็จ',
  remark: 'หมายเหตุ',
  targetGroups: 'กลุ่มเป้าหมาย',
  outputs: 'ผลผลิต',
  outcomes: 'ผลลัพธ์',
}

/** One sentence per finding, e.g. "ข้อ i10 (ประเด็นที่ 4) ต้องปรับปรุงแต่ยังไม่มีมาตรการใดตอบ". */
export function describeFinding(finding: Finding, digits: DigitStyle, itemTitle?: (code: string) => string | null): string {
  const n = (value: number | string) => withDigits(String(value), digits)
  const row = 'row' in finding ? `แถวที่ ${n(finding.row)}: ` : ''
  switch (finding.code) {
    case 'no-measures': return 'ยังไม่มีมาตรการในตาราง'
    case 'unanswered-item': {
      const title = itemTitle?.(finding.item)
      const groups = finding.groups.length ? ` (ประเด็นที่ ${finding.groups.map(n).join(', ')})` : ''
      return `ข้อ ${finding.item}${title ? ` ${title}` : ''}${groups} ต้องปรับปรุง แต่ยังไม่มีมาตรการใดระบุว่าตอบข้อนี้`
    }
    case 'missing-name': return `${row}ยังไม่มีชื่อมาตรการ`
    case 'missing-issue-group': return `${row}ยังไม่ได้ระบุประเด็น`
    case 'missing-owner': return `${row}ยังไม่มีผู้รับผิดชอบ`
    case 'missing-steps': return `${row}ยังไม่มีขั้นตอน/วิธีปฏิบัติ`
    case 'missing-period': return `${row}ยังไม่ได้ระบุวัน เดือน ปีที่ดำเนินการ`
    case 'period-reversed': return `${row}เดือนที่สิ้นสุดอยู่ก่อนเดือนที่เริ่ม`
    case 'period-outside-year': return `${row}ระยะเวลาดำเนินการอยู่นอกปีงบประมาณ พ.ศ. ${n(finding.fiscalYear)} (ต.ค. ${n(finding.fiscalYear - 1)} - ก.ย. ${n(finding.fiscalYear)})`
    case 'leftover-placeholder': return `${row}${FIELD_LABEL[finding.field]}มีข้อความจากแบบฟอร์มที่ยังไม่ได้กรอก “${finding.text}”`
    case 'leftover-other-organization': return `${row}${FIELD_LABEL[finding.field]}มีชื่อหน่วยงานอื่น “${finding.text}”`
    case 'leftover-confirmed': return `${row}${FIELD_LABEL[finding.field]}ระบุ “${finding.text}” ซึ่งคณะทำงานยืนยันแล้วว่าตั้งใจระบุ`
    case 'leftover-organization-type': return `${row}${FIELD_LABEL[finding.field]}มีคำว่า “${finding.text}” ซึ่งไม่ใช่ประเภทของหน่วยงานนี้`
    case 'owner-not-a-unit': return `${row}ผู้รับผิดชอบ “${finding.owner}” ไม่อยู่ในรายชื่อส่วนราชการของหน่วยงาน`
    case 'not-reviewed': return `${row}เป็นร่างที่คณะทำงานยังไม่ได้ยอมรับหรือแก้ไข`
  }
}

export function describeFollowUpIssue(issue: FollowUpIssue, digits: DigitStyle): string {
  const row = `แถวที่ ${withDigits(String(issue.row), digits)}`
  return issue.code === 'reason-missing'
    ? `${row}: ระบุว่าไม่สามารถดำเนินการได้ แต่ยังไม่ได้ระบุเหตุผล`
    : `${row}: ยังไม่ได้สรุปผลการดำเนินการ`
}

/** Error of a typed evidence link. */
/** A follow-up text that could not be saved (storage full or failing; the notice at the top says why). */
export const FOLLOW_UP_NOT_SAVED = 'ยังไม่ได้บันทึก (ดูข้อความแจ้งด้านบน) ข้อความที่พิมพ์ยังอยู่ในช่อง ลองอีกครั้งเมื่อบันทึกได้'

/** A status or evidence link that could not be saved (storage full or failing). */
export const FOLLOW_UP_CHOICE_NOT_SAVED = 'ยังไม่ได้บันทึก (ดูข้อความแจ้งด้านบน) หน้านี้แสดงข้อมูลที่บันทึกไว้แล้ว'

/** A status or evidence link that was not saved because another tab saved the follow-up first. */
export const FOLLOW_UP_CHOICE_CONFLICT = 'ยังไม่ได้บันทึก: การติดตามผลถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน หน้านี้แสดงข้อมูลที่บันทึกไว้ล่าสุดแล้ว กรุณาตรวจแล้วทำอีกครั้ง'

/** The measure editor's save did not happen because another tab saved the table first; the form keeps what was typed. */
export const MEASURE_EDITOR_CONFLICT = 'ยังไม่ได้บันทึก: ตารางมาตรการถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน ข้อมูลในแบบฟอร์มยังอยู่ครบ ตรวจแถวในตารางที่บันทึกไว้ล่าสุด แล้วกดบันทึกอีกครั้งหากยังต้องการ'

/** The measure editor's save did not happen because storage is full or failing (the notice at the top says why). */
export const MEASURE_EDITOR_NOT_SAVED = 'ยังไม่ได้บันทึก (ดูข้อความแจ้งด้านบน) ข้อมูลในแบบฟอร์มยังอยู่ครบ ลองบันทึกอีกครั้งเมื่อบันทึกได้'

/** The units were not saved because another tab saved the organisation first. */
export const UNITS_CONFLICT = 'ยังไม่ได้บันทึกรายชื่อส่วนราชการ: ข้อมูลหน่วยงานถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน หน้านี้แสดงรายชื่อที่บันทึกไว้ล่าสุดแล้ว กรุณาเพิ่มหรือลบอีกครั้ง'

export const EVIDENCE_URL_ERROR = 'ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th/ita/o27.pdf'
