import type { Analysis } from '@/domain/analysis'
import type { FlaggedItem } from '@/domain/flags'
import { TOOLS } from '@/domain/framework'
import { formatNumber, withDigits, type DigitStyle } from '@/domain/thai'
import type { Organization } from '@/domain/workspace'
import { MEASURE_TABLE_HEADERS, type MeasureTableRow } from '@/domain/measures/table'
import { cell, numberCell, type Report, type ReportBlock, type TableCell } from './model'

export interface Signer {
  name: string
  position: string
}

export interface AnalysisReportInput {
  organization: Organization
  analysis: Analysis
  /** The committee's analysis text per issue group (1-7); missing groups print no text. */
  groupTexts: ReadonlyMap<number, string>
  /** Next year's measures table (`measureTableRows` in the report's digits); null when there is no plan. */
  measures: MeasureTableRow[] | null
  /** Fiscal year of the measures (the assessment's year + 1 unless the plan says otherwise). */
  measuresYear?: number
  digits: DigitStyle
  /** null switches the signature block off. */
  signatures: { preparedBy: Signer; approvedBy: Signer } | null
  /** Which OIT items this document is evidence for ("เอกสารนี้ใช้เป็นหลักฐาน…", `evidenceSentence`), printed
   *  under the title; null or absent when the year's catalogue does not say. */
  evidenceNote?: string | null
}

const MAINTAIN_NOTE = 'รักษาระดับคะแนน'
const IMPROVE_NOTE = 'ปรับปรุงคะแนนให้ดีขึ้น'

/**
 * The analysis report in seed 002's structure: title block; 1. the overall result and level;
 * 2. the indicator table by tool (and a chart); 3. the seven issue groups with their item tables and
 * analysis texts; 4. next year's measures table (landscape); the signature block when switched on.
 */
export function buildAnalysisReport(input: AnalysisReportInput): Report {
  const { organization, analysis, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const score = (value: number | null) => value === null ? '-' : formatNumber(value, { digits, decimals: 2 })
  const year = analysis.scorecard.fiscalYear
  const nextYear = input.measuresYear ?? year + 1
  const place = [organization.district && `อำเภอ${organization.district}`, organization.province && `จังหวัด${organization.province}`].filter(Boolean).join(' ')
  const card = analysis.scorecard

  const front: ReportBlock[] = [
    {
      type: 'title',
      lines: [
        `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${d(nextYear)}`,
        `การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${d(year)}`,
        `ของ${organization.name}${place ? ` ${place}` : ''}`,
      ],
    },
    ...(input.evidenceNote ? [{ type: 'paragraph', text: d(input.evidenceNote) } satisfies ReportBlock] : []),
    {
      type: 'heading', level: 1, id: 'result',
      text: `๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${d(year)}`,
    },
    {
      type: 'paragraph', indent: true,
      text: card.total === null
        ? `ยังไม่มีคะแนนภาพรวมของ${organization.name} เนื่องจากคะแนนรายตัวชี้วัดยังไม่ครบ`
        : `จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ${d(year)} พบว่าคะแนนภาพรวมของ${organization.name} `
          + `คะแนนที่ได้ ${score(card.total)} คะแนน ระดับผลการประเมินอยู่ที่ “${card.level?.name ?? '-'}” `
          + `โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ${score(card.tools.IIT)} คะแนน `
          + `แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ ${score(card.tools.EIT)} คะแนน `
          + `และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ${score(card.tools.OIT)} คะแนน`,
    },
    { type: 'heading', level: 1, id: 'indicators', text: `๒. สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ${d(year)}` },
    indicatorTable(analysis, d, score),
    {
      type: 'chart',
      title: 'คะแนนรายตัวชี้วัด',
      threshold: analysis.threshold,
      ticks: [0, 20, 40, 60, 80, 100].map((value) => ({ value, text: d(value) })),
      axisLabel: 'ตัวชี้วัดที่',
      thresholdText: `เกณฑ์ ${d(analysis.threshold)} คะแนน`,
      bars: analysis.indicators.map((indicator) => ({
        label: d(indicator.no),
        value: indicator.score,
        valueText: score(indicator.score),
        below: indicator.flag === 'improve',
      })),
    },
    {
      type: 'heading', level: 1, id: 'groups',
      text: `๓. ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ของ${organization.name} ประจำปีงบประมาณ พ.ศ. ${d(year)} แยกเป็น ๗ ประเด็น`,
    },
    { type: 'list', items: analysis.issueGroups.map((group) => `(${d(group.no)}) ${group.name}`) },
  ]

  for (const group of analysis.issueGroups) {
    front.push({ type: 'heading', level: 2, id: `group-${group.no}`, text: `ประเด็นที่ ${d(group.no)} ${group.name}` })
    front.push(groupTable(group.no, group.itemsByTool, d, score))
    const text = input.groupTexts.get(group.no)?.trim()
    // The committee's text is printed in the report's digits like every other figure.
    if (text) for (const paragraph of text.split(/\n+/).filter((line) => line.trim())) front.push({ type: 'paragraph', indent: true, text: d(paragraph.trim()) })
  }

  const measuresBlocks: ReportBlock[] = [
    { type: 'heading', level: 1, id: 'measures', text: `๔. วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. ${d(nextYear)}` },
    { type: 'paragraph', text: `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน${organization.name} ประจำปีงบประมาณ พ.ศ. ${d(nextYear)}` },
  ]
  if (input.measures && input.measures.length > 0) measuresBlocks.push(measuresTable(input.measures))
  else measuresBlocks.push({ type: 'paragraph', text: 'ยังไม่ได้จัดทำมาตรการ' })
  if (input.signatures) {
    measuresBlocks.push({
      type: 'signatures',
      signers: [
        { role: 'ผู้จัดทำ', ...input.signatures.preparedBy },
        { role: 'ผู้อนุมัติ', ...input.signatures.approvedBy },
      ],
    })
  }

  return {
    title: `รายงานการวิเคราะห์ผล ITA ${d(year)} ${organization.shortName || organization.name}`,
    digits,
    sections: [
      { orientation: 'portrait', blocks: front },
      { orientation: 'landscape', blocks: measuresBlocks },
    ],
  }
}

function indicatorTable(analysis: Analysis, d: (text: string | number) => string, score: (value: number | null) => string): ReportBlock {
  const rows: TableCell[][] = []
  for (const tool of TOOLS) {
    const own = analysis.indicators.filter((indicator) => indicator.tool === tool)
    own.forEach((indicator, index) => {
      // The tool is printed on the first row of its block, as seed 002's indicator table does; no row
      // spans, so the block may break across pages like the group and measures tables.
      const row: TableCell[] = [cell(index === 0 ? tool : '', { bold: true })]
      row.push(numberCell(d(indicator.no), indicator.no, 0), cell(indicator.name), numberCell(score(indicator.score), indicator.score, 2))
      rows.push(row)
    })
  }
  rows.push([
    cell('คะแนนรวม', { bold: true }), cell(''), cell(`ระดับผลการประเมิน: ${analysis.scorecard.level?.name ?? '-'}`, { bold: true }),
    numberCell(score(analysis.scorecard.total), analysis.scorecard.total, 2, { bold: true }),
  ])
  return {
    type: 'table', id: 'indicators', sheetName: 'ตัวชี้วัด',
    columns: [
      { header: 'แบบสำรวจ', width: 13, align: 'center' },
      { header: 'ตัวชี้วัด', width: 11, align: 'center' },
      { header: 'รายละเอียดตัวชี้วัด', width: 58 },
      { header: 'คะแนน', width: 16, align: 'right' },
    ],
    rows,
  }
}

function groupTable(
  groupNo: number,
  itemsByTool: Record<'IIT' | 'EIT' | 'OIT', FlaggedItem[]>,
  d: (text: string | number) => string,
  score: (value: number | null) => string,
): ReportBlock {
  const rows: TableCell[][] = []
  for (const tool of TOOLS) {
    const items = itemsByTool[tool].filter((item) => item.status !== 'missing')
    items.forEach((item, index) => {
      // The tool is printed on its first row only (as seed 002 does); no row spans, so no row
      // can be split across pages.
      const row: TableCell[] = [cell(index === 0 ? tool : '', { bold: true })]
      const label = `ข้อ ${d(item.code)}${item.title ? ` ${item.title}` : ''}`
      row.push(cell(label), item.status === 'scored' ? numberCell(score(item.score), item.score, 2) : cell('ไม่ได้ประเมิน'))
      row.push(cell(item.flag === 'improve' ? IMPROVE_NOTE : item.flag === 'maintain' ? MAINTAIN_NOTE : '-', { bold: item.flag === 'improve' }))
      rows.push(row)
    })
  }
  if (rows.length === 0) rows.push([cell('-'), cell('ไม่มีข้อคำถามในประเด็นนี้'), cell('-'), cell('-')])
  return {
    type: 'table', id: `group-${groupNo}`, sheetName: `ประเด็นที่ ${d(groupNo)}`,
    columns: [
      { header: 'เครื่องมือ', width: 11, align: 'center' },
      { header: 'ข้อคำถาม', width: 46 },
      { header: 'คะแนน', width: 14, align: 'right' },
      { header: 'ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ', width: 29 },
    ],
    rows,
  }
}

/** Seed 002's final table; the group cell is printed on the first row of its run only (no row spans,
 *  so no row is split across pages). */
function measuresTable(rows: MeasureTableRow[]): ReportBlock {
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
  const widths = [16, 22, 14, 34, 14]
  return {
    type: 'table', id: 'measures', sheetName: 'มาตรการ',
    columns: MEASURE_TABLE_HEADERS.map((header, index) => ({ header, width: widths[index] ?? 10 })),
    rows: rows.map((row) => [
      cell(row.groupLabel ?? ''), cell(lines(row.name)), cell(lines(row.owners)), cell(lines(row.steps)), cell(lines(row.period)),
    ]),
  }
}
