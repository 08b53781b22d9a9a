import { TOOL_PREFIX, type Tool } from '@/domain/framework/schema'
import { indicatorNoFromText } from '@/domain/indicator-ref'
import { itemCodeAtStart } from '@/domain/item-code'
import { toArabicDigits } from '@/domain/thai/digits'
import type { Target } from './problems'

/**
 * The words of score tables, in Thai and English: what a header cell says its column holds, and what
 * a row label (a code, an indicator, "คะแนนรวม", "IIT") says its score is for. Matching is done on a
 * key without spaces, punctuation or case, so "คะแนน (ร้อยละ)" and "Score:" are read like "คะแนน".
 */

export type ColumnRole =
  | 'score' | 'code' | 'indicator' | 'title' | 'tool'
  | 'organization' | 'year' | 'district' | 'province' | 'level'

export type HeaderMeaning = { kind: 'role'; role: ColumnRole } | { kind: 'target'; target: Target }

export function textKey(text: string): string {
  return toArabicDigits(text.normalize('NFC')).toLowerCase().replace(/[\s\u00a0\u200b:：*()（）[\]{}"'“”‘’._\-–—/\\,]/g, '')
}

const ROLES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['code', /^(ข้อ|ข้อที่|ข้อคำถาม|ข้อความ|คำถาม|รหัส|รหัสข้อ|รหัสข้อคำถาม|รายการข้อ|item|items|itemcode|code|question|questions)$/],
  ['indicator', /^(ตัวชี้วัด|ตัวชี้วัดที่|indicator|indicators|indicatorno)$/],
  ['score', /^(ผล)?คะแนน(ที่ได้|ที่ได้รับ|ประเมิน|ร้อยละ|เต็ม100|%)?$|^ค่าคะแนน|^(score|scores|points|point|ร้อยละ|%)$/],
  ['title', /^(รายละเอียด|รายละเอียดตัวชี้วัด|รายละเอียดข้อ|ชื่อตัวชี้วัด|ชื่อข้อ|ชื่อข้อคำถาม|รายการ|ประเด็น|หัวข้อ|เรื่อง|title|description|detail|details)$/],
  ['tool', /^(แบบสำรวจ|เครื่องมือ|เครื่องมือการประเมิน|เครื่องมือที่ใช้|แบบวัด|แบบประเมิน|tool|instrument|survey)$/],
  ['organization', /^(ชื่อ)?หน่วยงาน(ที่รับการประเมิน|รับการประเมิน)?$|^ชื่อ(องค์กร|อปท|องค์กรปกครองส่วนท้องถิ่น)$|^(อปท|องค์กรปกครองส่วนท้องถิ่น|หน่วยรับการประเมิน|organization|organisation|agency|name|ชื่อ)$/],
  ['year', /^(ปี|ปีงบประมาณ|ปีงบ|ปีพศ|พศ|ปีที่ประเมิน|ปีงบประมาณพศ|fiscalyear|year|fy)$/],
  ['district', /^(อำเภอ|เขต|district)$/],
  ['province', /^(จังหวัด|province)$/],
  ['level', /^(ระดับ|ระดับผลการประเมิน|ผลการประเมิน|ระดับคะแนน|level|grade|result)$/],
]

const TOTAL = /^(คะแนนรวม|คะแนนภาพรวม|คะแนนรวมทั้งหมด|คะแนนรวมita|คะแนนita|ผลคะแนนรวม|รวม|รวมคะแนน|ผลรวม|total|totalscore|overall|overallscore|ita)$/
const SUMMARY_ROW = /^(รวม|รวมทั้งสิ้น|ค่าเฉลี่ย|เฉลี่ย|คะแนนเฉลี่ย|สรุป|ทั้งหมด|total|average|mean|sum)$/

/** The three tools by their code or their Thai names (checked before indicator names: OIT's Thai name
 *  "การเปิดเผยข้อมูลสาธารณะ" contains indicator 9's). */
const TOOL_NAMES: ReadonlyArray<[Tool, RegExp]> = [
  ['IIT', /^(คะแนน)?iit(\d+%)?$|^(แบบวัด|แบบสำรวจ)?การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน$/],
  ['EIT', /^(คะแนน)?eit(\d+%)?$|^(แบบวัด|แบบสำรวจ)?การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก$/],
  ['OIT', /^(คะแนน)?oit(\d+%)?$|^(แบบวัด|แบบสำรวจ)?การเปิดเผยข้อมูลสาธารณะ$/],
]

export function toolFromText(text: string): Tool | null {
  const key = textKey(text)
  return TOOL_NAMES.find(([, pattern]) => pattern.test(key))?.[0] ?? null
}

/** A tool named in a sheet name: a sheet called "IIT" or "แบบวัด EIT" holds that tool's items. */
export function toolOfSheetName(name: string | null): Tool | null {
  const match = /(?:^|[^a-z])(iit|eit|oit)(?:[^a-z]|$)/i.exec(name ?? '')
  return match ? (match[1]!.toUpperCase() as Tool) : null
}

export function isSummaryLabel(text: string): boolean {
  return SUMMARY_ROW.test(textKey(text))
}

/** What a header cell says about its column, or null when it says nothing we use. */
export function classifyHeader(raw: string): HeaderMeaning | null {
  const text = raw.trim()
  if (text === '' || text.length > 200) return null
  const key = textKey(text)
  if (key === '') return null
  if (TOTAL.test(key)) return { kind: 'target', target: { kind: 'total' } }
  const tool = toolFromText(text)
  if (tool) return { kind: 'target', target: { kind: 'tool', tool } }
  const role = ROLES.find(([, pattern]) => pattern.test(key))?.[0]
  if (role) return { kind: 'role', role }
  const code = itemCodeAtStart(text)
  if (code) return { kind: 'target', target: { kind: 'item', code } }
  if (isNumberGluedToLetters(text)) return null
  const indicator = indicatorNoFromText(text)
  if (indicator !== null) return { kind: 'target', target: { kind: 'indicator', no: indicator } }
  return null
}

export type LabelMeaning = Target | { kind: 'level' }

/**
 * A number with Latin letters glued to it (`1i`, `5e`, `12abc`) reads like a code typed backwards, not
 * like an indicator and its name (`1. การปฏิบัติหน้าที่`, `1 การปฏิบัติหน้าที่`): never guessed as one.
 */
function isNumberGluedToLetters(text: string): boolean {
  return /^[0-9\u0e50-\u0e59]+[a-z]/i.test(text)
}

/**
 * What a row label says its score is for: an item code (`ข้อ i๑`, `๐๑๑`), an indicator (`ตัวชี้วัดที่ ๑`,
 * a name), the total, a tool, or the level row. A number alone is read as `bareNumber` says: an
 * indicator in a column headed ตัวชี้วัด, an item of a known tool in a column headed ข้อ (a sheet
 * named IIT), otherwise nothing.
 */
export function labelTarget(raw: string, bareNumber: 'indicator' | Tool | null): LabelMeaning | null {
  const text = raw.trim()
  if (text === '' || text.length > 500) return null
  const key = textKey(text)
  if (key === '') return null
  if (TOTAL.test(key)) return { kind: 'total' }
  const tool = toolFromText(text)
  if (tool) return { kind: 'tool', tool }
  if (/^(ระดับ|ระดับผลการประเมิน|ผลการประเมิน|level|grade)$/.test(key)) return { kind: 'level' }
  const code = itemCodeAtStart(text)
  if (code) return { kind: 'item', code }
  // A number alone, or after ข้อ / ข้อที่ / No. ("ข้อ 5" in a column of one tool's items).
  const bare = /^(?:ข้อที่|ข้อ|no)?(\d{1,3})$/.exec(key)
  if (bare) {
    if (bareNumber === 'indicator') {
      const no = indicatorNoFromText(bare[1]!, { bareNumber: true })
      return no === null ? null : { kind: 'indicator', no }
    }
    if (bareNumber !== null && Number(bare[1]) >= 1) return { kind: 'item', code: `${TOOL_PREFIX[bareNumber]}${Number(bare[1])}` }
    return null
  }
  if (isNumberGluedToLetters(text)) return null
  const indicator = indicatorNoFromText(text, { bareNumber: bareNumber === 'indicator' })
  return indicator === null ? null : { kind: 'indicator', no: indicator }
}
