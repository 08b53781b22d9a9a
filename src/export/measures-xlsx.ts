import {
  FOLLOW_UP_ROUNDS, FOLLOW_UP_STATUSES, FOLLOW_UP_TABLE_HEADERS, MEASURE_TABLE_HEADERS, countByStatus, indicatorFollowUpRows,
  measureFollowUpRows, measureTableRows, type FollowUp, type FollowUpRound, type IndicatorFollowUpRow, type MeasurePlan,
} from '@/domain/measures'
import type { IssueGroup } from '@/domain/framework'
import type { Organization } from '@/domain/workspace'
import { formatFiscalYear, withDigits } from '@/domain/thai'
import { ROUND_LABEL, STATUS_LABEL } from '@/ui/measures'
import { excelNumberFormat } from './number-format'

/**
 * The measures table (seed 002) and the follow-up tables (seed 004) as .xlsx, with the seeds' headers.
 * SheetJS is loaded only here and only when a file is made (`import('xlsx')`), so it stays out of the
 * first load. Cells are text (never formulas; lines within a cell are separated by "\n") or, for counts,
 * numbers shown in Thai digits.
 */

interface Sheet {
  name: string
  /** A title line above the header row. */
  title: string
  headers: readonly string[]
  rows: Array<Array<string | number>>
  /** Column widths in characters. */
  widths: number[]
  /** Vertical merges in the first column: [first data row index, row count]. */
  merges?: Array<[number, number]>
}

async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const XLSX = await import('xlsx')
  const book = XLSX.utils.book_new()
  for (const sheet of sheets) {
    const data = [[sheet.title], [...sheet.headers], ...sheet.rows]
    const worksheet = XLSX.utils.aoa_to_sheet(data, { cellDates: false })
    for (const [address, cell] of Object.entries(worksheet)) {
      if (!address.startsWith('!') && (cell as { t?: string }).t === 'n') (cell as { z?: string }).z = excelNumberFormat(0, 'thai')
    }
    worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }))
    worksheet['!merges'] = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: sheet.headers.length - 1 } },
      ...(sheet.merges ?? []).filter(([, span]) => span > 1).map(([start, span]) => ({ s: { r: start + 2, c: 0 }, e: { r: start + 1 + span, c: 0 } })),
    ]
    XLSX.utils.book_append_sheet(book, worksheet, sheet.name)
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer)
}

function planTitle(plan: MeasurePlan, organization: Organization): string {
  return `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน${organization.name} ประจำปีงบประมาณ พ.ศ. ${withDigits(String(plan.fiscalYear), 'thai')}`
}

/** Seed 002's measures table, one sheet, the issue-group cell merged over its rows. */
export function measuresWorkbook(plan: MeasurePlan, organization: Organization, groups: readonly IssueGroup[]): Promise<Uint8Array> {
  const rows = measureTableRows(plan, groups)
  return workbook([{
    name: 'มาตรการ',
    title: planTitle(plan, organization),
    headers: MEASURE_TABLE_HEADERS,
    rows: rows.map((row) => [row.groupLabel ?? '', row.name, row.owners, row.steps, row.period]),
    widths: [28, 45, 24, 70, 22],
    merges: rows.flatMap((row, index) => (row.groupSpan > 1 ? [[index, row.groupSpan] as [number, number]] : [])),
  }])
}

/**
 * The follow-up report: seed 004's per-indicator table for `round`, the per-measure table of each
 * round (seed 004's columns, then status, reason and evidence links), and the counts by status.
 */
export function followUpWorkbook(
  plan: MeasurePlan, followUp: FollowUp | null, organization: Organization, indicatorRows: readonly IndicatorFollowUpRow[], round: FollowUpRound,
): Promise<Uint8Array> {
  const title = `รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${organization.name} ${formatFiscalYear(plan.fiscalYear)}`
  const label = (status: string) => STATUS_LABEL[status as keyof typeof STATUS_LABEL] ?? status
  const counts = FOLLOW_UP_ROUNDS.map((each) => countByStatus(plan, followUp, each))
  return workbook([
    {
      name: 'รายตัวชี้วัด',
      title: `${title} (${ROUND_LABEL[round]})`,
      headers: FOLLOW_UP_TABLE_HEADERS,
      rows: indicatorFollowUpRows(indicatorRows),
      widths: [7, 30, 60, 26, 24, 50, 40],
    },
    ...FOLLOW_UP_ROUNDS.map((each): Sheet => ({
      name: `รายมาตรการ ${each} เดือน`,
      title: `${title} (${ROUND_LABEL[each]})`,
      headers: [...FOLLOW_UP_TABLE_HEADERS, 'สถานะ', 'เหตุผลที่ไม่สามารถดำเนินการได้', 'หลักฐาน'],
      rows: measureFollowUpRows(plan, followUp, each, label),
      widths: [7, 45, 60, 26, 24, 50, 40, 22, 30, 40],
    })),
    {
      name: 'สรุปสถานะ',
      title: `${title}: จำนวนมาตรการตามสถานะ`,
      headers: ['สถานะ', ...FOLLOW_UP_ROUNDS.map((each) => ROUND_LABEL[each])],
      rows: [
        ...FOLLOW_UP_STATUSES.map((status) => [STATUS_LABEL[status], ...counts.map((count) => count[status])]),
        ['รวม', ...counts.map((count) => count.total)],
      ],
      widths: [26, 16, 16],
    },
  ])
}

/** A file name without characters file systems refuse. */
export function fileName(...parts: Array<string | number>): string {
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_')}.xlsx`
}
