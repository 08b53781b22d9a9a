import type { SyncProblem } from '@/sync/couch'
import type { DatabaseProblem, ServerProblem } from '@/sync/settings'

/** Thai wording for sharing through a CouchDB server: what went wrong, and what to do. */

export function syncProblemText(problem: SyncProblem): string {
  switch (problem.code) {
    case 'unreachable':
      return 'ติดต่อเซิร์ฟเวอร์ไม่ได้ (ออฟไลน์ ที่อยู่ไม่ถูกต้อง เซิร์ฟเวอร์ปิดอยู่หรือไม่ตอบภายใน 5 นาที หรือเซิร์ฟเวอร์ไม่อนุญาต CORS) งานในเครื่องนี้ยังบันทึกอยู่ครบ จะซิงก์ต่อเมื่อติดต่อได้'
    case 'wrong-credentials':
      return 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง เซิร์ฟเวอร์ไม่รับการเข้าสู่ระบบนี้ ไม่มีข้อมูลใดถูกส่งหรือรับ'
    case 'no-access':
      return 'ผู้ใช้นี้ไม่มีสิทธิ์อ่านหรือเขียนฐานข้อมูลนี้ ให้ผู้ดูแลเซิร์ฟเวอร์เพิ่มชื่อผู้ใช้เป็นสมาชิกของฐานข้อมูล (_security) ไม่มีข้อมูลใดถูกส่งหรือรับ'
    case 'no-database':
      return 'ไม่พบฐานข้อมูลนี้บนเซิร์ฟเวอร์ ตรวจชื่อฐานข้อมูล หรือให้ผู้ดูแลสร้างฐานข้อมูลก่อน'
    case 'server-error':
      return `เซิร์ฟเวอร์ขัดข้อง (HTTP ${problem.status}) งานในเครื่องนี้ยังอยู่ครบ จะลองซิงก์อีกครั้งภายหลัง`
    case 'bad-response':
      return `คำตอบจากเซิร์ฟเวอร์ไม่ใช่รูปแบบของ CouchDB หรือใหญ่เกินไป จึงไม่รับข้อมูลใด ตรวจที่อยู่เซิร์ฟเวอร์ (รายละเอียดสำหรับผู้ดูแล: ${problem.detail})`
  }
}

export const SERVER_PROBLEM_TEXT: Readonly<Record<ServerProblem, string>> = {
  empty: 'กรุณากรอกที่อยู่เซิร์ฟเวอร์ เช่น https://couch.example.go.th',
  'not-an-address': 'ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง ตัวอย่าง: https://couch.example.go.th',
  'not-http': 'ที่อยู่เซิร์ฟเวอร์ต้องขึ้นต้นด้วย https:// (หรือ http:// สำหรับเครื่องในหน่วยงาน)',
  'has-credentials': 'อย่าใส่ชื่อผู้ใช้หรือรหัสผ่านในที่อยู่ กรอกในช่องของแต่ละอย่าง',
  'has-query': 'ที่อยู่เซิร์ฟเวอร์ต้องไม่มี ? หรือ # ต่อท้าย',
}

export const DATABASE_PROBLEM_TEXT: Readonly<Record<DatabaseProblem, string>> = {
  empty: 'กรุณากรอกชื่อฐานข้อมูลของหน่วยงาน',
  'not-a-name': 'ชื่อฐานข้อมูลต้องขึ้นต้นด้วยอักษรอังกฤษตัวเล็ก และมีได้เฉพาะ a-z 0-9 _ $ ( ) + - /',
}

/** A one-line account of a sync that went through. */
export function syncReportText(report: { pulled: number; pushed: number; conflicts: unknown[]; refused: unknown[]; rejected: unknown[] }): string {
  const parts = [`รับ ${report.pulled} รายการ`, `ส่ง ${report.pushed} รายการ`]
  if (report.conflicts.length) parts.push(`มี ${report.conflicts.length} รายการที่แก้ไขทั้งสองฝั่ง รอเลือกฉบับ`)
  if (report.refused.length) parts.push(`ไม่รับ ${report.refused.length} รายการที่ไม่ผ่านการตรวจ (ดูที่รายการที่กันไว้)`)
  if (report.rejected.length) parts.push(`เซิร์ฟเวอร์ไม่รับ ${report.rejected.length} รายการ`)
  return parts.join(' · ')
}

export const JOIN_TEXT = {
  'not-connected': 'เชื่อมต่อเซิร์ฟเวอร์ก่อน (กรอกรหัสผ่าน)',
  'bad-name': DATABASE_PROBLEM_TEXT['not-a-name'],
  'no-organization': 'ฐานข้อมูลนี้ยังไม่มีข้อมูลหน่วยงาน ให้สมาชิกที่มีข้อมูลแชร์หน่วยงานเข้าฐานข้อมูลนี้ก่อน',
  'several-organizations': 'ฐานข้อมูลนี้มีหลายหน่วยงาน ฐานข้อมูลหนึ่งควรเป็นของหน่วยงานเดียว ให้ผู้ดูแลตรวจ',
} as const
