import type { IndicatorEntryErrorCode } from '@/domain/indicator-entry'

/** Thai sentences for the errors of a year entered from the ten indicator scores (Arabic digits: shown through the user's digit style). */
export const INDICATOR_ENTRY_MESSAGE: Record<IndicatorEntryErrorCode, string> = {
  blank: 'ยังไม่ได้กรอก',
  'not-a-number': 'ไม่ใช่ตัวเลข',
  'out-of-range': 'ต้องอยู่ระหว่าง 0 ถึง 100',
  'year-range': 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566',
  'year-taken': 'หน่วยงานนี้มีผลของปีนี้อยู่แล้ว (ไม่บันทึกทับ)',
}
