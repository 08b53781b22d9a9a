import type { OrganizationType } from '@/domain/measures/leftovers'
import type { FollowUpStatus } from '@/domain/measures/schema'
import type { ProvinceSortKey } from '@/components/organizations/province-rows'
import type { DatabaseList, DatabaseProblem, ProvinceRead } from '@/sync/province'

/** Thai wording of the provincial view (ภาพรวมจังหวัด): its columns, its problems, what to do about them. */

export const ORGANIZATION_TYPE_LABEL: Readonly<Record<OrganizationType, string>> = {
  sao: 'อบต.',
  municipality: 'เทศบาล',
  pao: 'อบจ.',
  other: 'อื่น ๆ',
}

/** Short status headings for the table (the follow-up screen's STATUS_LABEL is the full wording). */
const STATUS_HEADING: Readonly<Record<FollowUpStatus, string>> = {
  pending: 'รอรายงาน',
  'in-progress': 'กำลังดำเนินการ',
  done: 'แล้วเสร็จ',
  'not-possible': 'ดำเนินการไม่ได้',
}

export const PROVINCE_COLUMN: Readonly<Record<ProvinceSortKey, string>> = {
  name: 'หน่วยงาน',
  type: 'ประเภท',
  fiscalYear: 'ปีที่ประเมิน',
  total: 'คะแนนรวม',
  level: 'ระดับ',
  planYear: 'ปีมาตรการ',
  measures: 'มาตรการทั้งหมด',
  ...STATUS_HEADING,
  implementation: 'ความสำเร็จแผนปฏิบัติการ (%)',
}

export const DATABASE_READ_PROBLEM: Readonly<Record<DatabaseProblem, string>> = {
  'no-access': 'ผู้ใช้นี้ไม่มีสิทธิ์อ่านฐานข้อมูลนี้ ให้ผู้ดูแลเซิร์ฟเวอร์เพิ่มชื่อผู้ใช้เป็นสมาชิกของฐานข้อมูล (_security)',
  'not-found': 'ไม่พบฐานข้อมูลนี้บนเซิร์ฟเวอร์ ตรวจการสะกดชื่อฐานข้อมูล',
  unreachable: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ระหว่างอ่านฐานข้อมูลนี้ ลองอ่านอีกครั้งภายหลัง',
  'server-error': 'เซิร์ฟเวอร์ขัดข้องระหว่างอ่านฐานข้อมูลนี้ ลองอ่านอีกครั้งภายหลัง',
  'bad-response': 'คำตอบของเซิร์ฟเวอร์ไม่ใช่รูปแบบของ CouchDB หรือใหญ่เกินไป จึงไม่ใช้ข้อมูลของฐานข้อมูลนี้',
}

export function provinceReadProblemText(problem: Extract<ProvinceRead, { ok: false }>['problem']): string {
  switch (problem) {
    case 'wrong-credentials': return 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง เซิร์ฟเวอร์ไม่รับการเข้าสู่ระบบนี้ กรอกรหัสผ่านอีกครั้ง'
    case 'unreachable': return 'ติดต่อเซิร์ฟเวอร์ไม่ได้ (ออฟไลน์ ที่อยู่ไม่ถูกต้อง หรือเซิร์ฟเวอร์ปิดอยู่) ยังไม่ได้อ่านฐานข้อมูลใด'
    case 'bad-response': return 'คำตอบของเซิร์ฟเวอร์ไม่ใช่รูปแบบของ CouchDB ตรวจที่อยู่เซิร์ฟเวอร์ในหน้าข้อมูลและการสำรอง'
  }
}

export function databaseListText(list: DatabaseList): string {
  if (list.ok) return list.databases.length ? `เซิร์ฟเวอร์มีฐานข้อมูล ${list.databases.length} ฐาน ใส่ในช่องแล้ว` : 'เซิร์ฟเวอร์ยังไม่มีฐานข้อมูลใด'
  switch (list.problem) {
    case 'refused': return 'เซิร์ฟเวอร์แสดงรายชื่อฐานข้อมูลให้เฉพาะผู้ดูแล (CouchDB 3) กรอกชื่อฐานข้อมูลของแต่ละหน่วยงานเอง บรรทัดละหนึ่งชื่อ'
    case 'unreachable': return 'ติดต่อเซิร์ฟเวอร์ไม่ได้ จึงยังไม่ได้รายชื่อฐานข้อมูล'
    case 'bad-response': return 'คำตอบของเซิร์ฟเวอร์ไม่ใช่รายชื่อฐานข้อมูล กรอกชื่อฐานข้อมูลเอง บรรทัดละหนึ่งชื่อ'
  }
}

/** Documents of a database that failed the checks and were left out of the table. */
export function refusedText(count: number): string {
  return `ไม่ใช้ ${count} รายการที่ไม่ผ่านการตรวจ (ข้อมูลผิดรูปแบบหรือไม่ใช่ของหน่วยงานในฐานข้อมูลนี้)`
}

export const PROVINCE_FORM_TEXT = {
  'no-password': 'กรุณากรอกรหัสผ่าน',
  'no-database': 'กรอกชื่อฐานข้อมูลของหน่วยงานที่จะอ่าน บรรทัดละหนึ่งชื่อ',
} as const

/** A typed line that is not a CouchDB database name. */
export function badDatabaseLineText(line: number, name: string, why: string): string {
  return `บรรทัดที่ ${line} "${name}": ${why}`
}

export const PROVINCE_REPORT_TITLE = 'ภาพรวมผลการประเมิน ITA และมาตรการของหน่วยงานในจังหวัด'
