import type { IssueGroup } from '../framework/schema'
import { withDigits, type DigitStyle } from '../thai'
import { followUpEntry, type IndicatorFollowUpRow } from './follow-up'
import { formatPeriod } from './period'
import type { FollowUp, FollowUpRound, Measure, MeasurePlan } from './schema'

/**
 * The plan and its follow-up laid out as the seeds print them, as plain text cells (lines separated by
 * "\n"): the screen, the print route and the xlsx export all read these rows.
 */

/** Seed 002 section 4, final table. */
export const MEASURE_TABLE_HEADERS = [
  'ประเด็นที่', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'วัน เดือน ปีที่ดำเนินการ',
] as const

/** Seed 004's follow-up table. */
export const FOLLOW_UP_TABLE_HEADERS = [
  'ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลาในการดำเนินการ', 'ผู้รับผิดชอบ',
  'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม', 'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
] as const

export interface MeasureTableRow {
  measureId: string
  /** "(๑) กระบวนการปฏิบัติงาน..." on the first row of a run of rows under one issue group, else null. */
  groupLabel: string | null
  /** How many rows the group label spans (0 on rows without a label). */
  groupSpan: number
  /** The name, numbered "๑. " within its group when the group has more than one row (as seed 002). */
  name: string
  owners: string
  steps: string
  period: string
}

/** `๑. step` lines. */
export function numberedLines(lines: readonly string[], digits: DigitStyle = 'thai'): string {
  return lines.map((line, index) => `${withDigits(String(index + 1), digits)}. ${line}`).join('\n')
}

/** One owner as written; several as "- owner" lines (seed 002's cells). */
export function ownersText(owners: readonly string[]): string {
  return owners.length > 1 ? owners.map((owner) => `- ${owner}`).join('\n') : owners[0] ?? ''
}

export function issueGroupLabel(no: number, groups: readonly IssueGroup[], digits: DigitStyle = 'thai'): string {
  const name = groups.find((group) => group.no === no)?.name ?? ''
  return `(${withDigits(String(no), digits)}) ${name}`.trim()
}

/**
 * The rows of the measures table in plan order. A run of consecutive rows under the same first issue
 * group shares one group cell; a row without a group prints "-" there.
 */
export function measureTableRows(plan: MeasurePlan, groups: readonly IssueGroup[], digits: DigitStyle = 'thai'): MeasureTableRow[] {
  const groupOf = (measure: Measure) => measure.issueGroups[0] ?? null
  const runs: Measure[][] = []
  for (const measure of plan.measures) {
    const last = runs.at(-1)
    if (last && groupOf(last[0]!) === groupOf(measure)) last.push(measure)
    else runs.push([measure])
  }
  return runs.flatMap((run) => run.map((measure, index): MeasureTableRow => {
    const group = groupOf(measure)
    const number = run.length > 1 ? `${withDigits(String(index + 1), digits)}. ` : ''
    return {
      measureId: measure.id,
      groupLabel: index === 0 ? (group === null ? '-' : issueGroupLabel(group, groups, digits)) : null,
      groupSpan: index === 0 ? run.length : 0,
      name: `${number}${measure.name}`,
      owners: ownersText(measure.owners),
      steps: numberedLines(measure.steps, digits),
      period: formatPeriod(measure.period, digits),
    }
  }))
}

/** Seed 004's label of an indicator row: "การปฏิบัติหน้าที่ (รักษาระดับ)". */
export function indicatorRowLabel(row: Pick<IndicatorFollowUpRow, 'name' | 'flag'>): string {
  if (row.flag === null) return row.name
  return `${row.name} (${row.flag === 'maintain' ? 'รักษาระดับ' : 'พัฒนาเพื่อยกระดับ'})`
}

/** Several measures in one cell: each block headed by the measure's name. */
function blocks(parts: ReadonlyArray<{ title: string; text: string }>): string {
  const filled = parts.filter((part) => part.text.trim() !== '')
  if (parts.length === 1) return filled[0]?.text ?? ''
  return filled.map((part) => `${part.title}\n${part.text}`).join('\n')
}

/**
 * Seed 004's table: one row per indicator that has measures, numbered ๑..., with its label, the
 * measures' steps, periods, owners, and the round's summaries and outcomes.
 */
export function indicatorFollowUpRows(rows: readonly IndicatorFollowUpRow[], digits: DigitStyle = 'thai'): string[][] {
  return rows.filter((row) => row.measures.length > 0).map((row, index) => {
    const measures = row.measures
    const title = (measure: Measure) => `• ${measure.name.split('\n')[0]}`
    return [
      withDigits(String(index + 1), digits),
      indicatorRowLabel(row),
      blocks(measures.map(({ measure }) => ({ title: title(measure), text: numberedLines(measure.steps, digits) }))),
      [...new Set(measures.map(({ measure }) => formatPeriod(measure.period, digits)))].join('\n'),
      [...new Set(measures.flatMap(({ measure }) => measure.owners))].join('\n'),
      blocks(measures.map(({ measure, entry }) => ({ title: title(measure), text: entry.summary }))),
      blocks(measures.map(({ measure, entry }) => ({ title: title(measure), text: entry.outcome }))),
    ]
  })
}

/** The per-measure follow-up rows: seed 004's seven columns, then status, reason and evidence. */
export function measureFollowUpRows(
  plan: MeasurePlan, followUp: FollowUp | null, round: FollowUpRound, statusLabel: (status: string) => string, digits: DigitStyle = 'thai',
): string[][] {
  return plan.measures.map((measure, index) => {
    const entry = followUpEntry(followUp, measure.id, round)
    return [
      withDigits(String(index + 1), digits),
      measure.name,
      numberedLines(measure.steps, digits),
      formatPeriod(measure.period, digits),
      measure.owners.join('\n'),
      entry.summary,
      entry.outcome,
      statusLabel(entry.status),
      entry.reason,
      entry.evidence.join('\n'),
    ]
  })
}
