import type { Catalogue, CatalogueSource, EvidenceProduct } from '@/domain/framework'
import { COMMITTEE_SOURCE_ID, catalogueFor, catalogueItemsByCode, evidenceAssessmentYear, evidenceItems } from '@/domain/framework'

/**
 * Thai words for where a catalogue fact comes from, for the items, groups and catalogue screens and the
 * printed report. A source is named by a short Thai name (its id's, or its kind's with its own label);
 * the full label, note and address go in the detail (a tooltip).
 */

const SHORT_NAME: Readonly<Record<string, string>> = {
  'seed-002': 'ผลวิเคราะห์ ITA 2567 ของ อบต.หนองซอน',
  'seed-003': 'แผนปฏิบัติการฯ 2569 ของ อบต.บ้านแหง',
  'ita2563-faculties': 'ผล ITA 2563 ที่ประกาศ (39 หน่วยงาน)',
  'upoit-tool': 'โปรแกรม ITA แบบเปิด (upoit)',
  'secondary-2563': 'คู่มือ 2563-2565 ตามที่หน่วยงานเผยแพร่',
  'agency-rtrda-2568': 'รายการหลักฐาน OIT 2568 ของ สทร.',
  'rtrda-headings-code': 'รายการหลักฐาน OIT ของ สทร. (เว็บไซต์)',
  'rtrda-kept-2568-heading': 'ถือตามหัวข้อปี 2568 ของ สทร.',
  'inference-subject-2568': 'อนุมานจากเนื้อหาของข้อ',
  'inference-subject-2569': 'อนุมานจากเนื้อหาของข้อ',
  'carried-from-2567': 'ถือตามปี 2567',
  'carried-iit-eit-from-2567': 'ถือตามปี 2567',
  'weights-levels-assumed-2567': 'ถือตามปี 2567',
  'borrowed-from-2569': 'ยืมจากรายการปี 2569',
  [COMMITTEE_SOURCE_ID]: 'คณะทำงานของหน่วยงานกำหนดเอง',
}

const KIND_NAME: Readonly<Record<CatalogueSource['kind'], string>> = {
  nacc: 'สำนักงาน ป.ป.ช.',
  agency: 'รายการของหน่วยงาน',
  seed: 'เอกสารตัวอย่าง',
  code: 'โค้ดสาธารณะ',
  inference: 'อนุมาน',
  committee: 'คณะทำงานของหน่วยงาน',
  file: 'ไฟล์ที่นำเข้า',
}

/** The short Thai name of a source. */
export function sourceName(source: CatalogueSource): string {
  const known = Object.hasOwn(SHORT_NAME, source.id) ? SHORT_NAME[source.id] : undefined
  if (known) return known
  const borrowed = /^borrowed-\d{4}-from-(\d{4})$/.exec(source.id)
  if (borrowed) return `ยืมจากรายการปี ${borrowed[1]}`
  return `${KIND_NAME[source.kind]}: ${source.label}`
}

/** The tooltip text of a source: what it is, what it says, where to read it. */
export function sourceDetail(source: CatalogueSource): string {
  return [source.label, source.note, source.url].filter((part) => part !== null && part !== '').join(' — ')
}

export type ItemFact = 'title' | 'indicator' | 'subIndicator'

export const FACT_LABEL: Readonly<Record<ItemFact, string>> = {
  title: 'ชื่อข้อ',
  indicator: 'ตัวชี้วัด',
  subIndicator: 'ตัวชี้วัดย่อย',
}

export interface FactSourceLine {
  fact: ItemFact
  /** ชื่อข้อ / ตัวชี้วัด / ตัวชี้วัดย่อย */
  factLabel: string
  /** The source's short name, or ไม่ทราบ when the fact is not known. */
  name: string
  /** The tooltip; empty when the fact is not known. */
  detail: string
  known: boolean
  /** Marked uncertain in the catalogue, or inferred (a source of kind `inference`). */
  uncertain: boolean
}

/**
 * The source of each fact of an item: title, indicator and (OIT items) sub-indicator. Empty for a code
 * the catalogue lacks. An unknown fact reads ไม่ทราบ, never a guess.
 */
export function itemSourceLines(catalogue: Catalogue, code: string): FactSourceLine[] {
  const item = catalogueItemsByCode(catalogue).get(code)
  if (!item) return []
  const sources = new Map(catalogue.sources.map((source) => [source.id, source]))
  const facts: ItemFact[] = item.tool === 'OIT' ? ['title', 'indicator', 'subIndicator'] : ['title', 'indicator']
  return facts.map((fact) => {
    const id = item.sources[fact]
    const source = id === null ? undefined : sources.get(id)
    if (!source) return { fact, factLabel: FACT_LABEL[fact], name: 'ไม่ทราบ', detail: '', known: false, uncertain: false }
    const flagged = fact === 'title' ? item.titleUncertain : fact === 'indicator' ? item.indicatorUncertain : false
    return {
      fact, factLabel: FACT_LABEL[fact], name: sourceName(source), detail: sourceDetail(source), known: true,
      uncertain: flagged || source.kind === 'inference',
    }
  })
}

/** What each product of the app is, in the sentence naming the items it is evidence for. */
const PRODUCT_WORDS: Readonly<Record<EvidenceProduct, string>> = {
  analysis: 'ผลการวิเคราะห์ผลการประเมินนี้',
  measures: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสนี้',
  'follow-up': 'รายงานผลการดำเนินการตามมาตรการนี้',
  'action-plan': 'แผนปฏิบัติการป้องกันการทุจริตนี้',
  'action-plan-report': 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตนี้',
}

export interface EvidenceSentence {
  /** e.g. "มาตรการ…นี้ใช้เป็นหลักฐานแบบ OIT ข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ของการประเมิน ITA ปี 2570" */
  text: string
  /** Said when the source is one agency's list or an inference, or the year borrows another's list. */
  caution: string | null
  /** The tooltip: the source. */
  detail: string
  codes: string[]
  /** The ITA year the document is evidence in. */
  assessmentYear: number
}

/**
 * The sentence saying which OIT items a document is published as evidence for, in the assessment it is
 * shown in (`evidenceAssessmentYear`), or null when that year's catalogue does not say. `documentYear`:
 * the result's year for the analysis, the fiscal year of the measures or plan for the others. Codes are
 * written as the NACC prints them (O25). `subject` replaces the product's own words (เอกสารนี้).
 */
export function evidenceSentence(product: EvidenceProduct, documentYear: number, subject?: string): EvidenceSentence | null {
  const assessmentYear = evidenceAssessmentYear(product, documentYear)
  const { catalogue, derivedFrom } = catalogueFor(assessmentYear)
  const items = evidenceItems(catalogue, product)
  if (items.length === 0) return null
  const named = items.map((entry) => `ข้อ ${entry.code.toUpperCase()}${entry.title ? ` ${entry.title}` : ''}`).join(' และ')
  const source = items[0]!.source
  const cautions = [
    derivedFrom !== null ? `ปี ${assessmentYear} ยังไม่มีรายการข้อของตนเอง จึงใช้รายการของปี ${derivedFrom}` : null,
    items.some((entry) => entry.uncertain)
      ? `ที่มา: ${source ? sourceName(source) : 'รายการที่มีอยู่'} ยังไม่ได้ยืนยันกับคู่มือการประเมินของสำนักงาน ป.ป.ช.`
      : null,
  ].filter((text): text is string => text !== null)
  return {
    text: `${subject ?? PRODUCT_WORDS[product]}ใช้เป็นหลักฐานแบบ OIT ${named} ของการประเมิน ITA ปี ${assessmentYear}`,
    caution: cautions.length ? cautions.join(' · ') : null,
    detail: source ? sourceDetail(source) : '',
    codes: items.map((entry) => entry.code),
    assessmentYear,
  }
}

/** The line a printed report carries under its title ("เอกสารนี้ใช้เป็นหลักฐาน…", with its caution); null when not known. */
export function printedEvidenceNote(product: EvidenceProduct, documentYear: number): string | null {
  const sentence = evidenceSentence(product, documentYear, 'เอกสารนี้')
  if (!sentence) return null
  return sentence.caution ? `${sentence.text} (${sentence.caution})` : sentence.text
}
