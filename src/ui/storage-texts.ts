import { formatThaiDate, withDigits, type DigitStyle } from '@/domain/thai'
import type { BackupProblem } from '@/storage/backup'
import type { DataIssue, QuarantineEntry, UnreadableDocument } from '@/storage/envelope'
import type { StorageProblem } from '@/storage/session'

/** Thai wording for storage, backup and restore: what went wrong and where. */

export const STORAGE_TEXT = {
  refused: 'เบราว์เซอร์นี้ไม่อนุญาตให้บันทึกข้อมูล (เช่น โหมดไม่ระบุตัวตน หรือปิดการเก็บข้อมูลไว้) ข้อมูลจะหายเมื่อปิดหน้า กรุณาส่งออกไฟล์สำรองก่อนปิด',
  full: 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม การแก้ไขล่าสุดจึงยังไม่ได้บันทึก ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ กรุณาส่งออกไฟล์สำรอง แล้วลบข้อมูลที่ไม่ใช้หรือเพิ่มพื้นที่ของเบราว์เซอร์',
  newerDatabase: 'ข้อมูลในเบราว์เซอร์นี้ถูกบันทึกด้วยโปรแกรมรุ่นใหม่กว่า กรุณาโหลดหน้าใหม่เพื่อใช้รุ่นล่าสุด ระหว่างนี้สิ่งที่แก้ไขจะยังไม่ถูกบันทึก',
  newerVersionOpened: 'มีการเปิดโปรแกรมรุ่นใหม่กว่าในแท็บอื่น กรุณาโหลดหน้านี้ใหม่ ระหว่างนี้สิ่งที่แก้ไขในหน้านี้จะยังไม่ถูกบันทึก',
  failed: 'บันทึกข้อมูลไม่สำเร็จ ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ กรุณาลองอีกครั้ง หรือส่งออกไฟล์สำรองไว้ก่อน',
  restoreMoved: 'ข้อมูลถูกแก้ไขจากแท็บอื่นระหว่างที่ดูตัวอย่าง จึงยังไม่ได้กู้คืน กรุณาตรวจตัวอย่างอีกครั้ง',
} as const

/** What the storage session's problem code says, in Thai. */
export const STORAGE_PROBLEM_TEXT: Readonly<Record<StorageProblem, string>> = {
  refused: STORAGE_TEXT.refused,
  'newer-database': STORAGE_TEXT.newerDatabase,
  'newer-version-opened': STORAGE_TEXT.newerVersionOpened,
  full: STORAGE_TEXT.full,
  failed: STORAGE_TEXT.failed,
}

export function storageProblemText(problem: StorageProblem): string {
  return STORAGE_PROBLEM_TEXT[problem]
}

/** Why a screen's own change was not saved: another tab first (the screen's `conflictText`), or storage's problem. */
export function notSavedText(problem: 'conflict' | StorageProblem, conflictText: string): string {
  return problem === 'conflict' ? conflictText : storageProblemText(problem)
}

/**
 * The Thai name of each saved kind (every kind in DOCUMENT_KINDS has one: a unit test checks); a kind
 * this version does not know is shown by its code.
 */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  organization: 'ข้อมูลหน่วยงาน',
  assessment: 'ผลการประเมิน',
  'catalogue-overrides': 'รายการข้อคำถามที่คณะทำงานปรับ',
  'group-analysis': 'ข้อความวิเคราะห์ ๗ ประเด็น',
  'recommendation-overrides': 'คำแนะนำรายข้อของหน่วยงาน',
  'measure-plan': 'ตารางมาตรการ',
  'follow-up': 'การติดตามผลมาตรการ',
  'measure-library-extension': 'คลังมาตรการของหน่วยงาน',
  'report-settings': 'ผู้ลงนามในรายงาน',
  'action-plan': 'แผนปฏิบัติการป้องกันการทุจริต',
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind
}

/**
 * What a screen says beside its own input when its change was not saved because another tab saved
 * first; the screen then shows what is saved (the notice at the top says so for every kind).
 */
export const CONFLICT_TEXT = {
  measures: 'มาตรการหรือการติดตามผลถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน จึงยังไม่ได้บันทึกการเปลี่ยนแปลงล่าสุดของคุณ หน้านี้แสดงข้อมูลที่บันทึกไว้ล่าสุดแล้ว ข้อความที่กำลังแก้ไขยังอยู่ในช่อง กรุณาตรวจแล้วทำอีกครั้งหากยังต้องการ',
  item: 'ข้อนี้ถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน จึงยังไม่ได้บันทึกการเปลี่ยนแปลงของคุณ หน้านี้แสดงข้อมูลที่บันทึกไว้ล่าสุดแล้ว ตรวจแล้วบันทึกอีกครั้งหากยังต้องการ',
  actionPlan: 'แผนปฏิบัติการป้องกันการทุจริตถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน จึงยังไม่ได้บันทึกการเปลี่ยนแปลงล่าสุดของคุณ หน้านี้แสดงข้อมูลที่บันทึกไว้ล่าสุดแล้ว กรุณาตรวจแล้วทำอีกครั้งหากยังต้องการ',
  reportSettings: 'ข้อมูลผู้ลงนามถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน จึงยังไม่ได้บันทึกสิ่งที่คุณกรอกล่าสุด หน้านี้แสดงค่าที่บันทึกไว้ล่าสุดแล้ว กรุณากรอกอีกครั้งหากยังต้องการเปลี่ยน',
} as const

export function conflictNotice(kind: string, id: string): string {
  return `${kindLabel(kind)} "${shorten(id)}" ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น จึงไม่ได้บันทึกทับ โปรแกรมโหลดข้อมูลล่าสุดมาแสดงแล้ว สิ่งที่คุณป้อนไว้ยังอยู่ให้ตรวจและบันทึกซ้ำได้`
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'ตัวเลข', string: 'ข้อความ', array: 'รายการ', object: 'ชุดข้อมูล', boolean: 'ค่าใช่/ไม่ใช่', null: 'ค่าว่าง',
}

/** One validation issue in Thai: where, then what. */
export function issueText(issue: DataIssue): string {
  const where = issue.path ? `ช่อง ${issue.path}` : 'ข้อมูล'
  switch (issue.code) {
    case 'invalid_type': return `${where} ต้องเป็น${TYPE_NAMES[issue.expected ?? ''] ?? 'ข้อมูลชนิดอื่น'}`
    case 'too_big': return `${where} เกินค่าหรือความยาวสูงสุดที่รับได้${issue.limit === undefined ? '' : ` (${issue.limit})`}`
    case 'too_small': return `${where} น้อยหรือสั้นกว่าที่กำหนด${issue.limit === undefined ? '' : ` (อย่างน้อย ${issue.limit})`}`
    case 'invalid_format': return `${where} มีรูปแบบไม่ถูกต้อง`
    case 'invalid_value': return `${where} ไม่ใช่ค่าที่กำหนดไว้`
    case 'invalid_union': return `${where} ไม่ตรงกับรูปแบบที่รับได้`
    default: return `${where} ไม่ถูกต้อง`
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('th-TH', { maximumFractionDigits: 1 })
}

/**
 * The size of something refused for being over `limit` bytes, in MB, with as few decimals as show that it
 * is over: 25.3 for 25.3 MB, 20.000009 for 10 bytes over 20 MB (never "20 MB, over the 20 MB limit").
 */
export function overLimitMegabytes(bytes: number, limit: number): string {
  const value = bytes / (1024 * 1024)
  const limitValue = limit / (1024 * 1024)
  for (let digits = 1; digits <= 6; digits++) {
    const shown = Math.floor(value * 10 ** digits) / 10 ** digits
    if (shown > limitValue) return shown.toFixed(digits).replace(/\.?0+$/, '')
  }
  return (Math.ceil(value * 1e6) / 1e6).toFixed(6)
}

function documentAt(index: number, kind?: string, id?: string): string {
  const what = kind === undefined ? '' : ` (${kindLabel(shorten(kind, 40))}${id === undefined ? '' : ` "${shorten(id)}"`})`
  return `รายการที่ ${(index + 1).toLocaleString('th-TH')}${what}`
}

/**
 * Why a backup cannot be restored, in Thai, saying what and where. `source` names what was read:
 * the file name, or null for pasted text. Everything taken from the file is shown as text only.
 */
export function backupProblemText(problem: BackupProblem, source: string | null): string {
  const it = source === null ? 'ข้อความที่วาง' : `ไฟล์ "${shorten(source)}"`
  switch (problem.code) {
    case 'empty': return `${it} ว่างเปล่า ไม่มีข้อมูลให้กู้คืน`
    case 'too-large': return `${it} มีขนาด ${overLimitMegabytes(problem.bytes, problem.limit)} MB เกินขนาดสูงสุดของไฟล์สำรอง ${megabytes(problem.limit)} MB จึงไม่ได้เปิดอ่าน`
    case 'archive': return `${it} เป็นไฟล์บีบอัด เช่น Excel (.xlsx) หรือ .zip ไม่ใช่ไฟล์สำรองของโปรแกรมนี้ (.json) หากต้องการนำเข้าผลคะแนนจาก Excel ให้ใช้เมนูนำเข้าผลการประเมิน`
    case 'old-office': return `${it} เป็นไฟล์ Excel หรือ Word รุ่นเก่า (.xls, .doc) ไม่ใช่ไฟล์สำรองของโปรแกรมนี้ (.json)`
    case 'compressed': return `${it} ถูกบีบอัดด้วย gzip กรุณาคลายการบีบอัดให้เป็นไฟล์ .json ก่อน`
    case 'pdf': return `${it} เป็นเอกสาร PDF ไม่ใช่ไฟล์สำรองของโปรแกรมนี้ (.json)`
    case 'utf16': return `${it} ใช้รหัสอักขระ UTF-16 แต่ไฟล์สำรองต้องเป็น UTF-8 ตามที่โปรแกรมส่งออก หากเคยเปิดแก้ไขด้วยโปรแกรมอื่น ให้บันทึกใหม่เป็น UTF-8`
    case 'binary': return `${it} ไม่ใช่ไฟล์ข้อความ (พบข้อมูลไบนารีที่ไบต์ที่ ${problem.offset.toLocaleString('th-TH')}) จึงไม่ใช่ไฟล์สำรองของโปรแกรมนี้`
    case 'not-utf8': return `${it} ไม่ได้ใช้รหัสอักขระ UTF-8 (อ่านไม่ได้ตั้งแต่ไบต์ที่ ${problem.offset.toLocaleString('th-TH')} อาจบันทึกเป็น TIS-620 หรือ Windows-874) ไฟล์สำรองต้องเป็น UTF-8`
    case 'markup': return `${it} เป็นเอกสาร HTML หรือ XML (ขึ้นต้นด้วย "<" ที่บรรทัด ${problem.line} คอลัมน์ ${problem.column}) ไม่ใช่ไฟล์สำรองของโปรแกรมนี้`
    case 'too-deep': return `${it} มีข้อมูลซ้อนกันลึกเกิน ${problem.limit} ชั้น (ที่บรรทัด ${problem.line} คอลัมน์ ${problem.column}) ซึ่งไฟล์สำรองไม่มีทางเป็นเช่นนั้น จึงไม่ได้อ่านต่อ`
    case 'not-json': return `${it} ไม่ใช่ข้อมูล JSON ที่สมบูรณ์ อ่านไม่ได้ที่บรรทัด ${problem.line} คอลัมน์ ${problem.column} (ข้อมูลอาจไม่ครบหรือถูกแก้ไข)`
    case 'forbidden-key': return `${it} มีชื่อช่องต้องห้าม "${problem.key}" ที่ ${shorten(problem.path, 120)} ซึ่งใช้โจมตีโปรแกรมได้ จึงไม่รับข้อมูลนี้`
    case 'not-backup': return `${it} ไม่ใช่ไฟล์สำรองของโปรแกรมนี้ (ไม่พบ "format": "ita-committee-backup" ในส่วนหัว)`
    case 'newer-version': return `${it} สร้างจากโปรแกรมรุ่นใหม่กว่า (รูปแบบไฟล์รุ่น ${problem.version} แต่รุ่นนี้อ่านได้ถึงรุ่น 1) กรุณาใช้โปรแกรมรุ่นล่าสุดกู้คืน`
    case 'bad-version': return `${it} ระบุรุ่นของรูปแบบไฟล์ไม่ถูกต้อง (ช่อง "version" ในส่วนหัว)`
    case 'bad-header': return `ส่วนหัวของ${it} ไม่ถูกต้อง: ${issueText(problem.issue)}`
    case 'too-many-documents': return `${it} มี ${problem.count.toLocaleString('th-TH')} รายการ เกินจำนวนสูงสุด ${problem.limit.toLocaleString('th-TH')} รายการของไฟล์สำรอง`
    case 'bad-envelope': return `${documentAt(problem.index)} ใน${it} ไม่ใช่ข้อมูลที่โปรแกรมนี้บันทึก: ${issueText(problem.issue)}`
    case 'unknown-kind': return `${documentAt(problem.index)} ใน${it} เป็นข้อมูลชนิด "${shorten(problem.kind, 40)}" ที่โปรแกรมรุ่นนี้ไม่รู้จัก (อาจสร้างจากรุ่นใหม่กว่า)`
    case 'bad-document': return problem.problem === 'newer-shape'
      ? `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} บันทึกด้วยโปรแกรมรุ่นใหม่กว่า กรุณาใช้โปรแกรมรุ่นล่าสุดกู้คืน`
      : `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} มีข้อมูลไม่ถูกต้อง: ${problem.issues.length ? problem.issues.slice(0, 3).map(issueText).join('; ') : 'อ่านไม่ได้'}`
    case 'inconsistent-document': return `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} ระบุหน่วยงานไม่ตรงกับตัวข้อมูล`
    case 'duplicate-document': return `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} ซ้ำกับรายการก่อนหน้า`
    case 'outside-scope': return `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} ไม่ใช่ข้อมูลของหน่วยงานที่ไฟล์ระบุไว้`
    case 'sealed': return `${it} เข้ารหัสไว้ด้วยรหัสผ่าน กรุณาใส่รหัสผ่านที่ตั้งไว้ตอนสำรองข้อมูล`
    case 'bad-sealed': return `ส่วนหัวของ${it} ซึ่งเป็นไฟล์สำรองที่เข้ารหัส ไม่ถูกต้อง (ช่อง "${shorten(problem.path, 60)}") ไฟล์อาจเสียหาย จึงเปิดไม่ได้`
    case 'wrong-passphrase': return `เปิด${it} ไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ถูกแก้ไขหลังเข้ารหัส ไม่มีข้อมูลใดเปลี่ยนแปลง`
    case 'organization-missing': return `${documentAt(problem.index, problem.kind, problem.id)} ใน${it} เป็นของหน่วยงาน "${shorten(problem.organizationId)}" ซึ่งไม่มีในไฟล์`
  }
}

const QUARANTINE_REASONS: Readonly<Record<NonNullable<QuarantineEntry['code']>, string>> = {
  'newer-shape': 'บันทึกด้วยโปรแกรมรุ่นใหม่กว่า',
  'no-migration': 'เป็นรูปแบบเก่าที่โปรแกรมรุ่นนี้แปลงไม่ได้',
  'migration-failed': 'แปลงจากรูปแบบเก่าไม่สำเร็จ',
  'invalid-data': 'ข้อมูลไม่ผ่านการตรวจสอบ',
  'bad-envelope': 'ไม่ใช่ข้อมูลที่โปรแกรมบันทึก',
}

/** Why a document was put aside, in Thai: the kind of problem, then up to three issues (where, then what). */
export function quarantineReasonText(entry: Pick<QuarantineEntry, 'code' | 'issues'>): string {
  const why = entry.code ? QUARANTINE_REASONS[entry.code] : 'อ่านไม่ได้'
  const issues = entry.issues?.slice(0, 3).map(issueText) ?? []
  return issues.length ? `${why}: ${issues.join('; ')}` : why
}

/** A document just put aside, for the notice every screen shows: its Thai kind, its id, why. */
export function unreadableText(document: UnreadableDocument): string {
  return `${kindLabel(shorten(document.kind, 40))} "${shorten(document.id)}" ${quarantineReasonText(document)}`
}

/** A saved moment (ISO date-time) as the user's local Thai date and time: `๒๗ กุมภาพันธ์ ๒๕๖๙ เวลา ๐๙:๓๐ น.` */
export function savedAtText(iso: string, digits: DigitStyle): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${formatThaiDate(day, { digits })} เวลา ${withDigits(`${pad(date.getHours())}:${pad(date.getMinutes())}`, digits)} น.`
}

export function megabytesText(bytes: number): string {
  return `${megabytes(bytes)} MB`
}
