import type { FollowUpEntry, FollowUpRound, FollowUpStatus, Measure } from '@/domain/measures/schema'
import { formatPeriod } from '@/domain/measures/period'
import { numberedLines } from '@/domain/measures/table'
import { formatNumber, withDigits, type DigitStyle } from '@/domain/thai'
import type { Organization } from '@/domain/workspace'
import { TICK, dimensionText } from '@/ui/action-plan'
import type { RoundSummary } from '@/domain/action-plan/summary'
import { implementationFormulaText } from '@/ui/action-plan'
import { asOfBlocks } from './action-plan-table'
import { cell, numberCell, type Report, type ReportBlock, type TableCell } from './model'

/** The figures of a round as the domain computed them (summarizeRound), never typed, with the formula in words. */
export interface RoundFigures {
  total: number
  byStatus: Record<FollowUpStatus, number>
  /** Entries per มิติ 1-4, and those without (a mark or none). */
  byDimension: { 1: number; 2: number; 3: number; 4: number; other: number }
  budget: number
  /** Entries whose budget is "ไม่ใช้งบประมาณ". */
  withoutBudget: number
  disbursed: number
  remaining: number
  /** Disbursed over budget, percent; null when nothing was budgeted. */
  disbursedPercent: number | null
  /** (done × 1 + in progress × 0.5) / entries × 100; null without entries. */
  implementationPercent: number | null
  /** The formula as printed beside the figure, with this round's numbers. */
  formula: string
}

export interface RoundRow {
  measure: Measure
  /** The entry's status in the round (done at 12 when done at 6). */
  entry: FollowUpEntry
  /** The reason printed (the preset's words or the one typed). */
  reasonText: string
}

export interface ResultsReportInput {
  organization: Organization
  fiscalYear: number
  round: FollowUpRound
  layout: '000' | '001'
  rows: readonly RoundRow[]
  figures: RoundFigures
  statusLabel: Record<FollowUpStatus, string>
  /** The committee's texts of the round, and who reports as of when. */
  report: { problems: string; suggestions: string; summaryText: string; reporter: { name: string; position: string; unit: string }; asOf: string | null }
  digits: DigitStyle
}

const STATUSES: FollowUpStatus[] = ['pending', 'in-progress', 'done', 'not-possible']

/**
 * The round's results report. Layout `000` is seed 000's e-PlanNACC table (ลำดับ | รายการโครงการ
 * (ตั้งต้น) | มิติ | งบประมาณ | เบิกจ่าย | the four statuses ticked | หมายเหตุ) with the reporter, the
 * problems, the suggestions and the summary (counts, disbursed and its percent, the implementation
 * level with its formula). Layout `001` is seed 001's: the summary figures, the summary table (done /
 * not possible ticked, budget, no budget, disbursed, remaining) and the detail table ลำดับ |
 * โครงการ/กิจกรรม | วิธีการดำเนินงาน | ตัวชี้วัด | งบประมาณ | ระยะเวลาดำเนินการ | ผลการดำเนินงาน |
 * การใช้จ่ายงบประมาณ | หน่วยงานรับผิดชอบ. Both landscape.
 */
export function buildResultsReport(input: ResultsReportInput): Report {
  const { organization, fiscalYear, round, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const roundText = d(`รอบ ${round} เดือน`)
  const title: ReportBlock = {
    type: 'title',
    lines: [`รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ${organization.name}`, `ประจำปีงบประมาณ พ.ศ. ${d(fiscalYear)} ${roundText}`],
  }
  const blocks = input.layout === '000'
    ? [title, table000(input), ...asOfBlocks(input.report.asOf, input.report.reporter, 'ผู้รายงาน', digits), ...texts(input), ...summaryBlocks(input)]
    : [title, ...summaryBlocks(input), ...texts(input), table001Summary(input), detail001(input), ...asOfBlocks(input.report.asOf, input.report.reporter, 'ผู้รายงาน', digits)]
  return {
    title: `รายงานผลตามแผนปฏิบัติการป้องกันการทุจริต ${d(fiscalYear)} รอบ ${d(round)} เดือน ${organization.shortName || organization.name}`,
    digits,
    sections: [{ orientation: 'landscape', blocks }],
  }
}

function money(value: number, digits: DigitStyle): string {
  return formatNumber(value, { digits, decimals: 2, grouping: true })
}

function baht(measure: Measure): number {
  return measure.budget.kind === 'amount' ? measure.budget.baht : 0
}

function table000(input: ResultsReportInput): ReportBlock {
  const { digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const rows: TableCell[][] = input.rows.map(({ measure, entry }, index) => [
    numberCell(d(index + 1), index + 1, 0),
    cell(measure.name.split('\n')),
    cell(dimensionText(measure, d)),
    numberCell(money(baht(measure), digits), baht(measure), 2),
    numberCell(money(entry.disbursed ?? 0, digits), entry.disbursed ?? 0, 2),
    ...STATUSES.map((status) => cell(entry.status === status ? TICK : '')),
    cell(entry.remark ? entry.remark.split('\n') : ['']),
  ])
  return {
    type: 'table', id: 'results-000', sheetName: 'ผลการดำเนินงาน',
    columns: [
      { header: 'ลำดับ', width: 7, align: 'center' },
      { header: 'รายการโครงการ (ตั้งต้น)', width: 30 },
      { header: 'มิติ', width: 6, align: 'center' },
      { header: 'งบประมาณ (บาท)', width: 12, align: 'right' },
      { header: 'เบิกจ่าย (บาท)', width: 12, align: 'right' },
      ...STATUSES.map((status) => ({ header: input.statusLabel[status], width: 9, align: 'center' as const })),
      { header: 'หมายเหตุ', width: 12 },
    ],
    rows,
  }
}

function table001Summary(input: ResultsReportInput): ReportBlock {
  const { digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const rows: TableCell[][] = input.rows.map(({ measure, entry }, index) => {
    const budget = baht(measure)
    const disbursed = entry.disbursed ?? 0
    return [
      numberCell(d(index + 1), index + 1, 0), cell(measure.name.split('\n')), cell(dimensionText(measure, d)),
      cell(entry.status === 'done' ? TICK : ''), cell(entry.status === 'not-possible' ? TICK : ''),
      numberCell(money(budget, digits), budget, 2), numberCell(money(0, digits), 0, 2),
      numberCell(money(disbursed, digits), disbursed, 2), numberCell(money(budget - disbursed, digits), budget - disbursed, 2),
      cell(entry.remark ? entry.remark.split('\n') : ['']),
    ]
  })
  const { figures } = input
  rows.push([
    cell(''), cell('รวม', { bold: true }), cell(''),
    numberCell(d(figures.byStatus.done), figures.byStatus.done, 0, { bold: true }), numberCell(d(figures.byStatus['not-possible']), figures.byStatus['not-possible'], 0, { bold: true }),
    numberCell(money(figures.budget, digits), figures.budget, 2, { bold: true }), numberCell(money(0, digits), 0, 2, { bold: true }),
    numberCell(money(figures.disbursed, digits), figures.disbursed, 2, { bold: true }), numberCell(money(figures.remaining, digits), figures.remaining, 2, { bold: true }),
    cell(''),
  ])
  return {
    type: 'table', id: 'results-001-summary', sheetName: 'สรุปผลการดำเนินงาน', title: 'สรุปผลการดำเนินงานตามแผนปฏิบัติการ',
    columns: [
      { header: 'ลำดับ', width: 7, align: 'center' },
      { header: 'รายการโครงการ', width: 28 },
      { header: 'มิติ', width: 6, align: 'center' },
      { header: 'แล้วเสร็จ', width: 8, align: 'center' },
      { header: 'ไม่สามารถดำเนินการได้', width: 10, align: 'center' },
      { header: 'งบประมาณ', width: 12, align: 'right' },
      { header: 'ไม่ใช้งบประมาณ', width: 10, align: 'right' },
      { header: 'เบิกจ่าย', width: 12, align: 'right' },
      { header: 'คงเหลือ', width: 12, align: 'right' },
      { header: 'หมายเหตุ', width: 9 },
    ],
    rows,
  }
}

function detail001(input: ResultsReportInput): ReportBlock {
  const { digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const lines = (text: string) => (text.trim() ? text.split('\n').map(d) : ['-'])
  const rows: TableCell[][] = input.rows.map(({ measure, entry, reasonText }, index) => {
    const budget = measure.budget.kind === 'amount' ? money(measure.budget.baht, digits) : 'ไม่ใช้งบประมาณ'
    const spent = measure.budget.kind === 'amount' ? money(entry.disbursed ?? 0, digits) : 'ไม่ใช้งบประมาณ'
    const result = entry.status === 'not-possible' ? `${input.statusLabel['not-possible']}${reasonText ? ` เนื่องจาก${reasonText}` : ''}` : entry.outcome
    return [
      numberCell(d(index + 1), index + 1, 0), cell(measure.name.split('\n')),
      cell(entry.summary.trim() ? lines(entry.summary) : measure.steps.length ? numberedLines(measure.steps, digits).split('\n') : ['-']),
      cell(lines(measure.kpi)), cell(budget), cell(measure.period ? formatPeriod(measure.period, digits) : `ปีงบประมาณ พ.ศ. ${d(input.fiscalYear)}`),
      cell(lines(result)), cell(spent), cell(measure.owners.length ? measure.owners : ['-']),
    ]
  })
  return {
    type: 'table', id: 'results-001-detail', sheetName: 'รายละเอียดผลการดำเนินงาน', title: 'รายงานผลการดำเนินงานรายโครงการ',
    columns: [
      { header: 'ลำดับ', width: 6, align: 'center' },
      { header: 'โครงการ/กิจกรรม', width: 18 },
      { header: 'วิธีการดำเนินงาน', width: 17 },
      { header: 'ตัวชี้วัด', width: 12 },
      { header: 'งบประมาณ', width: 10, align: 'right' },
      { header: 'ระยะเวลาดำเนินการ', width: 11 },
      { header: 'ผลการดำเนินงาน', width: 15 },
      { header: 'การใช้จ่ายงบประมาณ', width: 10, align: 'right' },
      { header: 'หน่วยงานรับผิดชอบ', width: 10 },
    ],
    rows,
  }
}

function texts(input: ResultsReportInput): ReportBlock[] {
  const d = (text: string) => withDigits(text, input.digits)
  const paragraphs = (text: string): ReportBlock[] => (text.trim() ? text.split(/\n+/).filter((line) => line.trim()).map((line) => ({ type: 'paragraph', indent: true, text: d(line.trim()) })) : [{ type: 'paragraph', indent: true, text: '-' }])
  return [
    { type: 'heading', level: 2, id: 'problems', text: 'ปัญหาและอุปสรรค' }, ...paragraphs(input.report.problems),
    { type: 'heading', level: 2, id: 'suggestions', text: 'ข้อเสนอแนะ' }, ...paragraphs(input.report.suggestions),
  ]
}

/** สรุปผลการขับเคลื่อนแผนฯ: the computed figures, the implementation level with its formula, then the committee's own text. */
function summaryBlocks(input: ResultsReportInput): ReportBlock[] {
  const { figures, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const percent = (value: number | null) => (value === null ? '-' : formatNumber(value, { digits, decimals: 2 }))
  const summary: string[] = [
    `แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน ${d(figures.total)} โครงการ`,
    ...STATUSES.map((status) => `${input.statusLabel[status]} ${d(figures.byStatus[status])} โครงการ`),
    `มิติที่ ๑ จำนวน ${d(figures.byDimension[1])} โครงการ มิติที่ ๒ จำนวน ${d(figures.byDimension[2])} โครงการ มิติที่ ๓ จำนวน ${d(figures.byDimension[3])} โครงการ มิติที่ ๔ จำนวน ${d(figures.byDimension[4])} โครงการ${figures.byDimension.other ? ` ไม่ระบุมิติ ${d(figures.byDimension.other)} โครงการ` : ''}`,
    `งบประมาณ ${money(figures.budget, digits)} บาท (ไม่ใช้งบประมาณ ${d(figures.withoutBudget)} โครงการ) เบิกจ่ายงบประมาณ ${money(figures.disbursed, digits)} บาท คิดเป็นร้อยละ ${percent(figures.disbursedPercent)} คงเหลือ ${money(figures.remaining, digits)} บาท`,
    `มีการนำแผนฯ ไปปฏิบัติ ร้อยละ ${percent(figures.implementationPercent)} (${d(figures.formula)})`,
  ]
  const own = input.report.summaryText.trim()
  return [
    { type: 'heading', level: 2, id: 'summary', text: 'สรุปผลการขับเคลื่อนแผนฯ' },
    { type: 'list', items: summary.map((line) => `- ${line}`) },
    ...(own ? own.split(/\n+/).filter((line) => line.trim()).map((line): ReportBlock => ({ type: 'paragraph', indent: true, text: d(line.trim()) })) : []),
  ]
}

/** The domain's figures of a round as printed: the formula written out with the round's numbers. */
export function roundFigures(summary: RoundSummary): RoundFigures {
  return { ...summary, formula: implementationFormulaText(summary.formula) }
}
