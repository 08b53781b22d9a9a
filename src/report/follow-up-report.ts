import type { FlaggedIndicator } from '@/domain/flags'
import type { Indicator } from '@/domain/framework'
import { countByStatus, followUpEntry, indicatorFollowUp } from '@/domain/measures/follow-up'
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpRound, type FollowUpStatus, type MeasurePlan } from '@/domain/measures/schema'
import { FOLLOW_UP_TABLE_HEADERS, indicatorRowLabel, measureFollowUpRows } from '@/domain/measures/table'
import { withDigits, type DigitStyle } from '@/domain/thai'
import type { Organization } from '@/domain/workspace'
import { cell, numberCell, type Report, type ReportBlock } from './model'
import type { Signer } from './analysis-report'

export interface FollowUpReportInput {
  organization: Organization
  plan: MeasurePlan
  followUp: FollowUp | null
  round: FollowUpRound
  /** The ten indicators, with their maintain/improve flags from the result the plan answers when saved. */
  indicators: ReadonlyArray<Pick<Indicator, 'no' | 'name'> & Partial<Pick<FlaggedIndicator, 'flag'>>>
  statusLabel: Record<FollowUpStatus, string>
  roundLabel: string
  digits: DigitStyle
  signatures: { preparedBy: Signer; approvedBy: Signer } | null
  /** Which OIT items this report is evidence for, printed under the title; null or absent when not known. */
  evidenceNote?: string | null
}

/**
 * The follow-up report in seed 004's manner: title, the opening paragraph, the counts by status, seed
 * 004's table (method, period, owner, summary, outcome) with a row per measure, each measure's status
 * with the reason of what could not be done and its evidence, and the view by indicator (รักษาระดับ /
 * พัฒนาเพื่อยกระดับ) naming the measures aimed at each and how many are done.
 */
export function buildFollowUpReport(input: FollowUpReportInput): Report {
  const { organization, plan, followUp, round, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const place = [organization.district && `อำเภอ${organization.district}`, organization.province && `จังหวัด${organization.province}`].filter(Boolean).join(' ')
  const counts = countByStatus(plan, followUp, round)
  const blocks: ReportBlock[] = [
    {
      type: 'title',
      lines: [
        'รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        `${organization.name}${place ? ` ${place}` : ''}`,
        `ประจำปีงบประมาณ พ.ศ. ${d(plan.fiscalYear)} (${input.roundLabel})`,
      ],
    },
    ...(input.evidenceNote ? [{ type: 'paragraph', text: d(input.evidenceNote) } satisfies ReportBlock] : []),
    {
      type: 'paragraph', indent: true,
      text: `ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ของ${organization.name} `
        + `ประจำปีงบประมาณ พ.ศ. ${d(plan.basedOnAssessmentYear)} โดยได้กำหนดมาตรการและแนวทางในการส่งเสริมคุณธรรมและความโปร่งใส `
        + `ในปีงบประมาณ พ.ศ. ${d(plan.fiscalYear)} จำนวน ${d(counts.total)} มาตรการ และได้ดำเนินการขับเคลื่อนมาตรการดังกล่าว ดังต่อไปนี้`,
    },
    { type: 'heading', level: 1, id: 'counts', text: 'สรุปสถานะการดำเนินการ' },
    {
      type: 'table', id: 'status-counts', sheetName: 'สรุปสถานะ',
      columns: [{ header: 'สถานะ', width: 60 }, { header: 'จำนวนมาตรการ', width: 40, align: 'right' }],
      rows: [
        ...FOLLOW_UP_STATUSES.map((status) => [cell(input.statusLabel[status]), numberCell(d(counts[status]), counts[status], 0)]),
        [cell('รวม', { bold: true }), numberCell(d(counts.total), counts.total, 0, { bold: true })],
      ],
    },
    { type: 'heading', level: 1, id: 'results', text: 'ผลการดำเนินการรายมาตรการ' },
  ]

  const perMeasure = measureFollowUpRows(plan, followUp, round, (status) => input.statusLabel[status as FollowUpStatus], digits)
  const widths = [7, 17, 25, 10, 11, 16, 14]
  blocks.push({
    type: 'table', id: 'follow-up', sheetName: 'ผลการดำเนินการ',
    columns: FOLLOW_UP_TABLE_HEADERS.map((header, index) => ({ header, width: widths[index] ?? 10, align: index === 0 ? 'center' as const : undefined })),
    rows: perMeasure.map((row, rowIndex) => row.slice(0, FOLLOW_UP_TABLE_HEADERS.length).map((text, column) =>
      column === 0 ? numberCell(text, rowIndex + 1, 0) : cell(text.trim() ? text.split('\n') : ['-']))),
  })

  blocks.push({ type: 'heading', level: 1, id: 'by-measure', text: 'สถานะรายมาตรการ' })
  blocks.push({
    type: 'table', id: 'measure-status', sheetName: 'สถานะรายมาตรการ',
    columns: [
      { header: 'ลำดับ', width: 7, align: 'center' },
      { header: 'มาตรการ/โครงการ/กิจกรรม', width: 33 },
      { header: 'สถานะ', width: 16 },
      { header: 'เหตุผล (กรณีไม่สามารถดำเนินการได้)', width: 22 },
      { header: 'หลักฐาน', width: 22 },
    ],
    rows: plan.measures.map((measure, index) => {
      const entry = followUpEntry(followUp, measure.id, round)
      return [
        numberCell(d(index + 1), index + 1, 0), cell(measure.name.split('\n')), cell(input.statusLabel[entry.status]),
        cell(entry.reason ? entry.reason.split('\n') : ['-']), cell(entry.evidence.length ? entry.evidence : ['-']),
      ]
    }),
  })

  const order = new Map(plan.measures.map((measure, index) => [measure.id, index + 1]))
  const byIndicator = indicatorFollowUp(plan, followUp, round, input.indicators).filter((row) => row.measures.length > 0)
  blocks.push({ type: 'heading', level: 1, id: 'by-indicator', text: 'ผลการดำเนินการรายตัวชี้วัด' })
  blocks.push(byIndicator.length > 0
    ? {
      type: 'table', id: 'by-indicator', sheetName: 'รายตัวชี้วัด',
      columns: [
        { header: 'ตัวชี้วัด', width: 40 },
        { header: 'มาตรการ (ลำดับ)', width: 30 },
        { header: 'ดำเนินการแล้วเสร็จ', width: 30, align: 'right' },
      ],
      rows: byIndicator.map((row) => [
        cell(`${d(row.indicator)}. ${indicatorRowLabel(row)}`),
        cell(row.measures.map(({ measure }) => d(order.get(measure.id) ?? 0)).join(', ')),
        cell(`${d(row.measures.filter(({ entry }) => entry.status === 'done').length)} จาก ${d(row.measures.length)} มาตรการ`),
      ]),
    }
    : { type: 'paragraph', text: 'ยังไม่มีมาตรการที่ระบุตัวชี้วัด' })

  if (input.signatures) {
    blocks.push({
      type: 'signatures',
      signers: [{ role: 'ผู้รายงาน', ...input.signatures.preparedBy }, { role: 'ผู้อนุมัติ', ...input.signatures.approvedBy }],
    })
  }
  return {
    title: `รายงานผลการดำเนินการตามมาตรการ ${d(plan.fiscalYear)} ${organization.shortName || organization.name}`,
    digits,
    sections: [{ orientation: 'landscape', blocks }],
  }
}
