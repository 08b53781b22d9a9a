import type { RecommendationBasis, RecommendationSource } from '@/domain/recommendations'
import type { RedraftOutcome } from '@/domain/group-analysis'

/** Thai wording for the recommendation library and the group texts. Years are in Arabic digits; templates pass them through the digit style. */
export const RECOMMENDATION_SOURCE_LABEL: Record<RecommendationSource, string> = {
  'seed-002': 'ข้อความจากรายงานการวิเคราะห์ของ อบต.หนองซอน ปี 2567',
  'seed-002-adapted': 'เรียบเรียงจากรายงานการวิเคราะห์ของ อบต.หนองซอน ปี 2567',
  drafted: 'ร่างโดยโปรแกรม',
}

/** Why a text speaks of the indicator or the tool rather than the item itself; empty for the item. */
export const RECOMMENDATION_BASIS_NOTE: Record<RecommendationBasis, string> = {
  item: '',
  indicator: 'เขียนตามตัวชี้วัดของข้อนี้ เพราะไม่ทราบข้อความของข้อคำถาม',
  tool: 'เขียนตามเครื่องมือ เพราะไม่ทราบชื่อหรือตัวชี้วัดของข้อนี้',
}

/** What happened when a group was drafted again, announced to screen readers and shown. */
export const REDRAFT_MESSAGE: Record<RedraftOutcome['kind'], string> = {
  replaced: 'ร่างข้อความใหม่จากตัวเลขปัจจุบันแล้ว',
  unchanged: 'ข้อความตรงกับร่างจากตัวเลขปัจจุบันอยู่แล้ว',
  compare: 'ข้อความนี้แก้ไขโดยคณะทำงาน จึงยังไม่เปลี่ยน: เทียบกับร่างใหม่ด้านล่างแล้วเลือก',
}

export const SAVE_FAILED = 'บันทึกไม่สำเร็จ ข้อความอาจยาวเกินกำหนด กรุณาตรวจสอบแล้วลองอีกครั้ง'

/** A group's text stays on screen but is not saved (storage full or failing; the notice at the top says why). */
export const NOT_SAVED_GROUP_TEXT = 'ข้อความนี้ยังไม่ได้บันทึก (ดูข้อความแจ้งด้านบน) ข้อความยังอยู่บนหน้าจอ และจะบันทึกพร้อมการแก้ไขครั้งถัดไปเมื่อบันทึกได้'
