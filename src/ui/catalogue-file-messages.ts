import type { CatalogueFileError } from '@/domain/catalogue-file'
import { formatNumber, type DigitStyle } from '@/domain/thai'

/** Thai sentences for a rejected catalogue file: what is wrong, and where in the file. */

const FIELD: Record<string, string> = {
  code: 'รหัสข้อ', title: 'ชื่อข้อ', issueGroups: 'ประเด็น', tool: 'เครื่องมือ', indicator: 'ตัวชี้วัด',
  threshold: 'เกณฑ์คะแนน', fiscalYear: 'ปีงบประมาณ', version: 'รุ่นของไฟล์', format: 'ชนิดไฟล์',
  organization: 'ชื่อหน่วยงาน', province: 'จังหวัด', organizations: 'หน่วยงานที่ใช้ไฟล์', exportedAt: 'วันที่ส่งออก', edits: 'รายการแก้ไข', added: 'ข้อที่เพิ่ม',
}

const ISSUE: Record<string, string> = {
  invalid_type: 'ชนิดข้อมูลไม่ถูกต้อง',
  too_big: 'ค่ามากหรือยาวเกินกำหนด',
  too_small: 'ค่าน้อยเกินกำหนดหรือว่างอยู่',
  invalid_format: 'รูปแบบไม่ถูกต้อง (รหัสข้อต้องเป็น i, e หรือ o ตามด้วยตัวเลข เช่น o12)',
  invalid_value: 'ค่าไม่อยู่ในตัวเลือกที่รับได้',
  unrecognized_keys: 'มีช่องที่โปรแกรมไม่รู้จัก',
  duplicate: 'ซ้ำกับรายการอื่นในไฟล์',
  'tool-mismatch': 'รหัสข้อไม่ตรงกับเครื่องมือ (i = IIT, e = EIT, o = OIT)',
  'province-form': 'ไฟล์ของจังหวัดต้องระบุทั้งจังหวัดและหน่วยงานที่ใช้ไฟล์ (รายชื่อหรือ "all")',
  'indicator-source': 'ตัวชี้วัดที่รับจากไฟล์ต้องระบุที่มา (ไฟล์ แผ่นงาน แถว)',
  'title-source': 'ที่มาของชื่อข้อมีได้เฉพาะเมื่อระบุชื่อข้อ',
  'indicator-mismatch': 'ตัวชี้วัดไม่ใช่ของเครื่องมือนี้ (IIT 1-5, EIT 6-8, OIT 9-10)',
}

/** The Thai name of a field; a key from the file that is none of ours (`__proto__`, `constructor`) has none. */
function fieldName(key: string): string | undefined {
  return Object.hasOwn(FIELD, key) ? FIELD[key] : undefined
}

/** Where in the file, e.g. "รายการแก้ไขลำดับที่ 4 (ข้อ i5) ช่องประเด็น ลำดับที่ 2". */
export function describeCatalogueFilePlace(error: CatalogueFileError, digits: DigitStyle): string {
  const n = (value: number) => formatNumber(value, { digits, decimals: 0 })
  const [head, index, ...rest] = error.path
  if (head === undefined) return 'ทั้งไฟล์'
  const name = (key: string | number) => typeof key === 'number' ? `ลำดับที่ ${n(key + 1)}` : `ช่อง${fieldName(key) ?? ` “${key.slice(0, 40)}”`}`
  if ((head === 'edits' || head === 'added') && typeof index === 'number') {
    const entry = `${FIELD[head]}ลำดับที่ ${n(index + 1)}${error.itemCode ? ` (ข้อ ${error.itemCode})` : ''}`
    return [entry, ...rest.map(name)].join(' ')
  }
  return [head, index, ...rest].filter((key) => key !== undefined).map((key) => name(key!)).join(' ')
}

/** The whole message shown when an import is refused; it always says that nothing changed. */
export function catalogueFileMessage(error: CatalogueFileError, fiscalYear: number, digits: DigitStyle): string {
  const n = (value: number) => formatNumber(value, { digits, decimals: 0 })
  const where = describeCatalogueFilePlace(error, digits)
  const what = (() => {
    switch (error.code) {
      case 'too-large': return `ไฟล์ใหญ่เกินกว่าไฟล์รายการข้อคำถามจะเป็นได้ (เกิน ${n(1)} MB)`
      case 'not-json': return 'ไฟล์นี้ไม่ใช่ไฟล์ JSON ที่ส่งออกจากโปรแกรมนี้'
      case 'not-catalogue-file': return 'ไฟล์นี้ไม่ใช่ไฟล์รายการข้อคำถามที่ส่งออกจากโปรแกรมนี้'
      case 'forbidden-key': return `ไฟล์มีชื่อช่องที่ไม่อนุญาต (${String(error.path.at(-1))}) ที่ ${where}`
      case 'too-deep': return `ไฟล์มีโครงสร้างซ้อนลึกผิดปกติ ที่ ${where}`
      case 'newer-version': return 'ไฟล์นี้มาจากโปรแกรมรุ่นใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อนนำเข้า'
      case 'invalid': return `${(error.issue !== undefined && Object.hasOwn(ISSUE, error.issue) ? ISSUE[error.issue] : undefined) ?? 'ข้อมูลไม่ถูกต้อง'} ที่ ${where}`
      case 'wrong-year': return `ไฟล์นี้เป็นรายการของปี ${n(error.fileYear ?? 0)} แต่ปีที่เปิดอยู่คือปี ${n(fiscalYear)}`
      case 'unknown-code': return `ไฟล์แก้ไขข้อ ${error.itemCode ?? ''} ซึ่งไม่มีในรายการข้อคำถามของปี ${n(fiscalYear)} (${where})`
      case 'code-in-catalogue': return `ไฟล์เพิ่มข้อ ${error.itemCode ?? ''} ซึ่งมีอยู่แล้วในรายการของปี ${n(fiscalYear)} (${where})`
    }
  })()
  return `นำเข้าไม่ได้: ${what} — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ`
}
