import type { PlanImportError, PlanImportWarning, PlanTableErrorCode, PlanImportWarningCode } from '@/import/plan-table'
import type { ImportError } from '@/import/problems'
import { round2 } from '@/domain/thai/numbers'
import { describeWhere, importErrorMessage } from './import-messages'

/**
 * The sentences of the plan-table import's codes (src/import/plan-table.ts), Thai for the screen and
 * English beside it, worded as the ITA import's (import-messages.ts): where first (file, sheet, row,
 * column), then what is wrong. The reader's codes (an empty, damaged or oversized file, a zip bomb, a
 * cell over the limit) are the ITA import's own sentences.
 */

type Language = 'th' | 'en'

const PLAN_HEADER = 'ลำดับ | รายการโครงการ | มิติ | งบประมาณ (บาท) | ไตรมาส 1-4 | หมายเหตุ'

const baht = (value: number | null | undefined) => (value === null || value === undefined ? '-' : round2(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))

const ERRORS: Record<PlanTableErrorCode, (error: PlanImportError) => [th: string, en: string]> = {
  'no-plan-header': () => [
    `ไม่พบหัวตารางแผนปฏิบัติการ: ต้องมีหัวคอลัมน์ “ลำดับ” และ “รายการโครงการ” (หรือ “โครงการ/กิจกรรม”) เช่น ${PLAN_HEADER}`,
    `no action-plan table header: columns "ลำดับ" and "รายการโครงการ" (or "โครงการ/กิจกรรม") are needed, e.g. ${PLAN_HEADER}`],
  'no-entries': () => [
    'พบหัวตารางแต่ไม่มีโครงการใต้หัวตาราง (ช่องลำดับต้องเป็นตัวเลข ๑, ๒, ๓ …)',
    'a table header without any entry under it (ลำดับ must be a number)'],
  'dimension-invalid': (e) => [
    `มิติ “${e.text}” ไม่ถูกต้อง (มิติต้องเป็น 1-4 หรือ *1, *2 หรือเว้นว่าง)`,
    `dimension "${e.text}" is not 1-4, *1, *2 or blank`],
  'budget-invalid': (e) => [
    `งบประมาณ “${e.text}” ไม่ใช่ตัวเลข (ใส่จำนวนเงินเป็นบาท เช่น 10,000.00 หรือ “ไม่ใช้งบประมาณ”)`,
    `budget "${e.text}" is not an amount in baht or "ไม่ใช้งบประมาณ"`],
  'amount-invalid': (e) => [
    `จำนวนเงิน “${e.text}” ไม่ใช่ตัวเลข (ใส่จำนวนเงินเป็นบาท เช่น 9,590.00 หรือเว้นว่าง)`,
    `amount "${e.text}" is not a number of baht`],
  'tick-invalid': (e) => [
    `ช่อง “${e.text}” ไม่ใช่เครื่องหมายถูก (ใช้ ✓ ☑ x หรือ 1 หรือเว้นว่าง)`,
    `"${e.text}" is not a tick (✓ ☑ x 1, or blank)`],
  'status-ticked-twice': () => [
    'แถวนี้ทำเครื่องหมายสถานะไว้มากกว่าหนึ่งช่อง กรุณาเลือกสถานะเดียว',
    'more than one status is ticked in this row'],
  'name-missing': () => ['แถวนี้มีลำดับแต่ไม่มีชื่อโครงการ/กิจกรรม', 'an entry with a number but no name'],
  'too-many-entries': (e) => [
    `มีโครงการมากกว่า ${e.limit} รายการ เกินกว่าที่แผนหนึ่งฉบับรับได้`,
    `more than ${e.limit} entries, over what one plan holds`],
}

const FIGURES: Record<string, [th: string, en: string]> = {
  budget: ['งบประมาณรวม', 'the budget total'],
  disbursed: ['เบิกจ่ายรวม', 'the disbursed total'],
  remaining: ['คงเหลือรวม', 'the remaining total'],
  'quarter-1': ['จำนวนที่ดำเนินการไตรมาส 1', 'the quarter 1 ticks'],
  'quarter-2': ['จำนวนที่ดำเนินการไตรมาส 2', 'the quarter 2 ticks'],
  'quarter-3': ['จำนวนที่ดำเนินการไตรมาส 3', 'the quarter 3 ticks'],
  'quarter-4': ['จำนวนที่ดำเนินการไตรมาส 4', 'the quarter 4 ticks'],
}

const figure = (text: string | undefined, value: number | null | undefined, index: 0 | 1) =>
  text?.startsWith('quarter') ? String(value ?? '-') : baht(value) + (index === 0 ? ' บาท' : ' baht')

const WARNINGS: Record<PlanImportWarningCode, (warning: PlanImportWarning) => [th: string, en: string]> = {
  'total-differs': (w) => {
    const [th, en] = FIGURES[w.text ?? ''] ?? ['ยอดรวม', 'the total']
    return [
      `แถวรวมทั้งสิ้นระบุ${th} ${figure(w.text, w.value, 0)} แต่รวมจากรายการได้ ${figure(w.text, w.otherValue, 0)} — โปรดตรวจสอบ (ใช้ตามรายการ)`,
      `the total row gives ${en} as ${figure(w.text, w.value, 1)} but the rows add up to ${figure(w.text, w.otherValue, 1)}; the rows are used`]
  },
  'remaining-differs': (w) => [
    `คงเหลือ ${baht(w.value)} บาท ไม่เท่ากับงบประมาณหักเบิกจ่าย (${baht(w.otherValue)} บาท)`,
    `remaining ${baht(w.value)} is not budget minus disbursed (${baht(w.otherValue)})`],
  'sequence-gap': (w) => [
    `ลำดับ ${w.value} ไม่ต่อจากลำดับก่อนหน้า (${w.otherValue}) — อาจมีแถวขาดหายหรือซ้ำ โปรดตรวจสอบ`,
    `entry ${w.value} does not follow entry ${w.otherValue}: a row may be missing or repeated`],
  'continuation-without-entry': () => [
    'แถวนี้ไม่มีลำดับและไม่มีโครงการก่อนหน้าให้ต่อข้อความ จึงข้ามไป',
    'a row without a number and no entry above it to continue; skipped'],
  'other-table': () => [
    'พบตารางอีกชุดหนึ่งที่หัวคอลัมน์ต่างจากตารางแรก จึงอ่านแยกไว้ (ใช้ตารางแรก)',
    'another table with other columns; read apart (the first table is used)'],
}

function isPlanTableCode(code: string): code is PlanTableErrorCode {
  return Object.hasOwn(ERRORS, code)
}

/** "ข้อความที่วาง แถวที่ 12 คอลัมน์ C: มิติ “5” ไม่ถูกต้อง …" */
export function planImportErrorMessage(error: PlanImportError, language: Language = 'th'): string {
  if (!isPlanTableCode(error.code)) return importErrorMessage(error as ImportError, language)
  const [th, en] = ERRORS[error.code](error)
  return `${describeWhere(error.where, language)}: ${language === 'th' ? th : en}`
}

export function planImportWarningMessage(warning: PlanImportWarning, language: Language = 'th'): string {
  const [th, en] = WARNINGS[warning.code](warning)
  return `${describeWhere(warning.where, language)}: ${language === 'th' ? th : en}`
}
