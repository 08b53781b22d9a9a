import type { Flag } from '@/domain/flags'
import type { IndicatorSource, ItemStatus } from '@/domain/scoring'
import type { AssessmentRecord } from '@/domain/workspace'

/** Thai words for domain values shown on screen and in reports. */
export const FLAG_LABEL: Record<Flag, string> = {
  maintain: 'รักษาระดับ',
  improve: 'ปรับปรุง',
}

export const INDICATOR_SOURCE_LABEL: Record<IndicatorSource, string> = {
  published: 'ตามที่ประกาศ',
  items: 'คำนวณจากข้อคำถาม',
  none: 'ไม่มีข้อมูล',
}

export const ASSESSMENT_SOURCE_LABEL: Record<AssessmentRecord['source']['kind'], string> = {
  demo: 'ตัวอย่าง',
  file: 'นำเข้าไฟล์',
  paste: 'วางข้อมูล',
  manual: 'กรอกคะแนนตัวชี้วัด',
  backup: 'ไฟล์สำรอง',
}

export const ITEM_STATUS_LABEL: Record<ItemStatus, string> = {
  scored: '',
  'not-assessed': 'ไม่ได้ประเมิน',
  missing: 'ไม่มีคะแนน',
}
