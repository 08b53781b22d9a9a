import { z } from 'zod'
import { IssueGroupNoSchema, TOOLS } from './framework/schema'
import type { FlaggedIndicator, FlaggedItem } from './flags'
import type { IssueGroupAnalysis } from './issue-groups'
import { formatNumber, formatScore } from './thai/numbers'
import { withDigits, type DigitStyle } from './thai/digits'

/**
 * The analysis text of each of the seven issue groups, as seed 002 writes it under each group's
 * table (section 3): the facts, the weakness, and what to do, citing OIT items. The app drafts it
 * from the figures; the committee edits it; drafting again never overwrites an edit unseen.
 */

/** Seed 002's note for items that reach the threshold. */
export const MAINTAIN_NOTE = 'รักษาระดับคะแนนและคอยปรับปรุงอัปเดตข้อมูลให้แต่ละส่วนงานทราบเสมอ'
/** Seed 002's note for items to improve. */
export const IMPROVE_NOTE = 'ปรับปรุงคะแนนให้ดีขึ้น'

/**
 * The note of one tool's rows in a group table, as seed 002 writes it:
 * "รักษาระดับคะแนน… ข้อ e4 ปรับปรุงคะแนนให้ดีขึ้น". Items without a flag (no score) are left out;
 * '-' when none has one.
 */
export function toolNote(items: readonly FlaggedItem[], digits: DigitStyle = 'thai'): string {
  const improve = items.filter((item) => item.flag === 'improve').map((item) => item.code)
  const maintain = items.some((item) => item.flag === 'maintain')
  const parts = [
    maintain ? MAINTAIN_NOTE : null,
    improve.length > 0 ? `ข้อ ${improve.join(', ')} ${IMPROVE_NOTE}` : null,
  ].filter((part): part is string => part !== null)
  return parts.length === 0 ? '-' : withDigits(parts.join(' '), digits)
}

export interface GroupDraftContext {
  /** How the organisation is named in running text (อบต.หนองซอน); empty: หน่วยงาน. */
  organizationName: string
  /** The maintain/improve threshold, 0-100. */
  threshold: number
  /** The ten indicators of the assessment (the group's related ones are picked from them). */
  indicators: readonly FlaggedIndicator[]
  /** The recommendation in force for an item (the organisation's or the shipped one), or null. */
  recommendationOf: (code: string) => string | null
  digits: DigitStyle
}

/** "a", "a และ b", "a, b และ c" */
function thaiList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} และ ${parts.at(-1)}`
}

function scoreText(item: FlaggedItem): string {
  if (item.status === 'not-assessed') return 'ไม่ได้ประเมิน'
  return item.score === null ? 'ไม่มีคะแนน' : `${formatScore(item.score, 'arabic')} คะแนน`
}

function shortScoreText(item: FlaggedItem): string {
  if (item.status === 'not-assessed') return 'ไม่ได้ประเมิน'
  return item.score === null ? 'ไม่มีคะแนน' : formatScore(item.score, 'arabic')
}

/** Lowest score first; items without a score last; ties keep catalogue order. */
function weakestFirst(items: readonly FlaggedItem[]): FlaggedItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.score ?? Infinity) - (b.item.score ?? Infinity) || a.index - b.index)
    .map(({ item }) => item)
}

/**
 * Drafts the analysis text of one issue group from the figures, deterministically:
 * 1. the facts: the related indicators' scores (where the catalogue maps the group's items to
 *    indicators) and every item of the group with its score, by tool;
 * 2. the weakness: items flagged improve, lowest score first, saying which are below the threshold
 *    and which the committee flagged itself (with its reason); or, when there are none, a maintain text;
 * 3. one paragraph per improve item (items sharing a text share a paragraph) with its recommendation
 *    from the library, which cites the OIT item to act on.
 * Items with no score in the assessment (status `missing`) are left out. Numbers have two decimals;
 * the whole text is written in the chosen digits (codes too, as documents write "ข้อ i๑๒").
 */
export function draftGroupAnalysis(group: IssueGroupAnalysis, context: GroupDraftContext): string {
  const who = context.organizationName.trim() || 'หน่วยงาน'
  const threshold = formatNumber(context.threshold, { digits: 'arabic', decimals: Number.isInteger(context.threshold) ? 0 : 2 })
  const present = group.items.filter((item) => item.status !== 'missing')
  if (present.length === 0) {
    return withDigits(`ประเด็นนี้ยังไม่มีข้อคำถามที่มีคะแนนในผลการประเมินที่นำเข้า จึงยังวิเคราะห์ไม่ได้`, context.digits)
  }

  const paragraphs: string[] = []

  const related = group.indicators
    .map((no) => context.indicators.find((indicator) => indicator.no === no))
    .filter((indicator): indicator is FlaggedIndicator => indicator !== undefined && indicator.score !== null)
  const indicatorFacts = related.map((indicator) => `ตัวชี้วัดที่ ${indicator.no} ${indicator.name} อยู่ที่ ${formatScore(indicator.score, 'arabic')} คะแนน`
    + (indicator.flag === 'improve' ? ` ต่ำกว่าเกณฑ์ ${threshold} คะแนน` : ''))
  const byTool = TOOLS
    .map((tool) => ({ tool, items: present.filter((item) => item.tool === tool) }))
    .filter(({ items }) => items.length > 0)
    .map(({ tool, items }) => `${tool} ข้อ ${items.map((item) => `${item.code} (${shortScoreText(item)})`).join(', ')}`)
  paragraphs.push(
    `ข้อเท็จจริงพบว่า ${who}${indicatorFacts.length > 0 ? ` มีผลคะแนนใน${thaiList(indicatorFacts)}` : ''}`
    + ` ประเด็นนี้พิจารณาจากข้อคำถาม ${present.length} ข้อ มีคะแนนรายข้อดังนี้ ${byTool.join(' ')}`,
  )

  const improve = weakestFirst(present.filter((item) => item.flag === 'improve'))
  const belowThreshold = improve.filter((item) => item.computedFlag === 'improve')
  const flaggedByCommittee = improve.filter((item) => item.computedFlag !== 'improve')
  const keptByCommittee = present.filter((item) => item.flag === 'maintain' && item.computedFlag === 'improve')
  const reason = (item: FlaggedItem) => item.override?.reason.trim() ? ` เนื่องจาก ${item.override.reason.trim()}` : ''

  const weakness: string[] = []
  if (belowThreshold.length > 0) {
    weakness.push(`ข้อที่ได้คะแนนต่ำกว่าเกณฑ์ ${threshold} คะแนน เรียงจากคะแนนต่ำสุด ได้แก่ ${thaiList(belowThreshold.map((item) => `ข้อ ${item.code} (${scoreText(item)})`))}`)
  }
  for (const item of flaggedByCommittee) {
    weakness.push(`คณะทำงานกำหนดให้ปรับปรุงข้อ ${item.code} (${scoreText(item)}) ด้วย${reason(item)}`)
  }
  for (const item of keptByCommittee) {
    weakness.push(`ข้อ ${item.code} (${scoreText(item)}) แม้ต่ำกว่าเกณฑ์ คณะทำงานกำหนดให้รักษาระดับ${reason(item)}`)
  }
  if (improve.length === 0) {
    weakness.unshift(`ไม่มีข้อที่ต้องปรับปรุงในประเด็นนี้ ${who}ควร${MAINTAIN_NOTE}`)
  } else if (present.some((item) => item.flag === 'maintain')) {
    weakness.push(`ส่วนข้ออื่นในประเด็นนี้ควร${MAINTAIN_NOTE}`)
  }
  paragraphs.push(weakness.join(' '))

  // Items sharing a recommendation (e.g. a text on their indicator) share a paragraph.
  const shared = new Map<string, FlaggedItem[]>()
  for (const item of improve) {
    const text = context.recommendationOf(item.code)?.trim()
      || 'ยังไม่มีคำแนะนำสำหรับข้อนี้ในคลังคำแนะนำ คณะทำงานควรระบุแนวทางปรับปรุงและข้อ OIT ที่ใช้อ้างอิง'
    shared.set(text, [...(shared.get(text) ?? []), item])
  }
  for (const [text, items] of shared) {
    const heads = items.map((item) => `ข้อ ${item.code}${item.title ? ` ${item.title}` : ''} (${scoreText(item)})`)
    paragraphs.push(`${thaiList(heads)} ${text}`)
  }

  return withDigits(paragraphs.join('\n\n'), context.digits)
}

export const GROUP_TEXT_MAX = 20_000

/** One group's saved text. */
export const GroupTextSchema = z.object({
  group: IssueGroupNoSchema,
  /** The text in force (the committee's edit, or the draft). */
  text: z.string().max(GROUP_TEXT_MAX),
  /** The draft the text is based on: the last draft taken or looked at beside an edit. */
  draft: z.string().max(GROUP_TEXT_MAX),
  /** True when the text differs from its draft because the committee edited it. */
  edited: z.boolean(),
})
export type GroupText = z.infer<typeof GroupTextSchema>

/** The seven groups' texts of one organisation and fiscal year; id `${organizationId}:${fiscalYear}`. */
export const GroupAnalysisDocumentSchema = z.object({
  organizationId: z.string().min(1).max(200),
  fiscalYear: z.number().int().min(2500).max(2700),
  groups: z.array(GroupTextSchema).max(7),
}).superRefine((saved, ctx) => {
  const seen = new Set<number>()
  saved.groups.forEach((entry, index) => {
    if (seen.has(entry.group)) ctx.addIssue({ code: 'custom', message: `group ${entry.group} saved twice`, path: ['groups', index] })
    seen.add(entry.group)
  })
})
export type GroupAnalysisDocument = z.infer<typeof GroupAnalysisDocumentSchema>

/** A group's first text: the draft itself. */
export function draftedText(group: number, draft: string): GroupText {
  return { group, text: draft, draft, edited: false }
}

/** The committee typed: the text is theirs unless it is the draft again. */
export function editGroupText(entry: GroupText, text: string): GroupText {
  return { ...entry, text, edited: text !== entry.draft }
}

export type RedraftOutcome =
  /** Not edited: the new draft replaces the text. */
  | { kind: 'replaced'; entry: GroupText }
  /** Not edited and the draft is the same: nothing to do. */
  | { kind: 'unchanged'; entry: GroupText }
  /** Edited: nothing changes until the committee has seen the new draft beside its text and chosen. */
  | { kind: 'compare'; entry: GroupText; newDraft: string }

/** Drafting again, when asked: replaces an unedited text, and never an edited one. */
export function redraftGroupText(entry: GroupText, newDraft: string): RedraftOutcome {
  if (entry.edited) return { kind: 'compare', entry, newDraft }
  if (entry.text === newDraft) return { kind: 'unchanged', entry }
  return { kind: 'replaced', entry: draftedText(entry.group, newDraft) }
}

/** After comparing: keep the edited text, now based on the new draft. */
export function keepEditedText(entry: GroupText, newDraft: string): GroupText {
  return { ...entry, draft: newDraft, edited: entry.text !== newDraft }
}

/** After comparing: take the new draft in place of the edit. */
export function takeNewDraft(entry: GroupText, newDraft: string): GroupText {
  return draftedText(entry.group, newDraft)
}

/** The document with one group's text replaced or added, groups in order. */
export function withGroupText(texts: GroupAnalysisDocument, entry: GroupText): GroupAnalysisDocument {
  const groups = [...texts.groups.filter((other) => other.group !== entry.group), entry].sort((a, b) => a.group - b.group)
  return { ...texts, groups }
}
