import type { Measure } from '@/domain/measures/schema'
import { formatPeriod } from '@/domain/measures/period'
import { formatNumber, formatThaiDate, withDigits, type DigitStyle } from '@/domain/thai'
import type { Organization } from '@/domain/workspace'
import { TICK, dimensionText } from '@/ui/action-plan'
import { cell, numberCell, type Report, type ReportBlock, type TableCell } from './model'

export interface ActionPlanTableInput {
  organization: Organization
  /** The fiscal year (BE) the plan runs in. */
  fiscalYear: number
  /** The plan's entries resolved to their measures, in the plan's order (ลำดับ). */
  measures: readonly Measure[]
  /** The figures of the รวมทั้งสิ้น row, as the domain summed them: budget (baht) and ticks per quarter. */
  totals: { budget: number; quarters: readonly [number, number, number, number] }
  /** The legend of the plan's cycle (มิติ 1-4 and their names). */
  dimensions: ReadonlyArray<{ no: number; name: string }>
  /** ข้อมูล ณ วันที่ (CE `YYYY-MM-DD`) and ผู้ออกรายงาน. */
  asOf: string | null
  issuer: { name: string; position: string }
  digits: DigitStyle
}

/**
 * The plan in e-PlanNACC's shape (seed 003): the title, the table ลำดับ | รายการโครงการ (ตั้งต้น) | มิติ |
 * งบประมาณ (บาท) | ไตรมาส ๑-๔ | หมายเหตุ with its รวมทั้งสิ้น row (budget and the ticks per quarter),
 * the as-of line and the issuer, the legend of the cycle's dimensions (landscape), then the project
 * sheets of the entries that have one as the appendix (ภาคผนวก, portrait), each under its ลำดับที่.
 * An entry without a budget prints 0.00 as e-PlanNACC does; a mark such as *1 prints as written.
 */
export function buildActionPlanTableReport(input: ActionPlanTableInput): Report {
  const { organization, fiscalYear, measures, totals, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const money = (value: number) => formatNumber(value, { digits, decimals: 2, grouping: true })
  const rows: TableCell[][] = measures.map((measure, index) => {
    const baht = measure.budget.kind === 'amount' ? measure.budget.baht : 0
    return [
      numberCell(d(index + 1), index + 1, 0),
      cell(measure.name.split('\n')),
      cell(dimensionText(measure, d)),
      numberCell(money(baht), baht, 2),
      ...measure.quarters.map((ticked) => cell(ticked ? TICK : '')),
      cell(measure.remark ? measure.remark.split('\n') : ['']),
    ]
  })
  rows.push([
    cell(''), cell('รวมทั้งสิ้น', { bold: true }), cell(''),
    numberCell(money(totals.budget), totals.budget, 2, { bold: true }),
    ...totals.quarters.map((count) => numberCell(d(count), count, 0, { bold: true })),
    cell(''),
  ])
  const table: ReportBlock[] = [
    { type: 'title', lines: [`แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ${d(fiscalYear)} ของ ${organization.name}`] },
    {
      type: 'table', id: 'action-plan', sheetName: 'แผนปฏิบัติการ',
      columns: [
        { header: 'ลำดับ', width: 7, align: 'center' },
        { header: 'รายการโครงการ (ตั้งต้น)', width: 44 },
        { header: 'มิติ', width: 6, align: 'center' },
        { header: 'งบประมาณ (บาท)', width: 13, align: 'right' },
        ...[1, 2, 3, 4].map((quarter) => ({ header: `ไตรมาส ${d(quarter)}`, width: 8, align: 'center' as const })),
        { header: 'หมายเหตุ', width: 10 },
      ],
      rows,
    },
    ...asOfBlocks(input.asOf, input.issuer, 'ผู้ออกรายงาน', digits),
    { type: 'heading', level: 2, id: 'legend', text: 'คำอธิบาย' },
    { type: 'list', items: input.dimensions.map((dimension) => `มิติ ${d(dimension.no)} ${dimension.name}`) },
  ]
  const sheets = measures.flatMap((measure, index) => (measure.sheet ? projectSheet(measure, index + 1, fiscalYear, digits) : []))
  return {
    title: `แผนปฏิบัติการป้องกันการทุจริต ${d(fiscalYear)} ${organization.shortName || organization.name}`,
    digits,
    sections: [
      { orientation: 'landscape', blocks: table },
      ...(sheets.length ? [{ orientation: 'portrait' as const, blocks: [{ type: 'heading' as const, level: 1 as const, id: 'appendix', text: 'ภาคผนวก' }, ...sheets] }] : []),
    ],
  }
}

/** `** ข้อมูล ณ วันที่ ๒๐ เมษายน ๒๕๖๙` and `ชื่อ - สกุล ผู้ออกรายงาน ... ตำแหน่ง ...` under a table. */
export function asOfBlocks(asOf: string | null, person: { name: string; position: string }, role: string, digits: DigitStyle): ReportBlock[] {
  const blank = '..............................'
  return [
    { type: 'paragraph', text: `** ข้อมูล ณ วันที่ ${asOf ? formatThaiDate(asOf, { digits }) : blank}` },
    { type: 'paragraph', text: `ชื่อ - สกุล ${role} ${person.name || blank}${person.position ? ` ตำแหน่ง ${person.position}` : ''}` },
  ]
}

/** "๑) " numbering of a list. */
function numbered(lines: readonly string[], digits: DigitStyle): string[] {
  return lines.map((line, index) => `${withDigits(String(index + 1), digits)}) ${line}`)
}

/**
 * The nine headings of seed 003's project sheet. The method's tree is numbered ๑) at its top level and
 * (๑) below, each level set further in.
 */
function projectSheet(measure: Measure, row: number, fiscalYear: number, digits: DigitStyle): ReportBlock[] {
  const sheet = measure.sheet!
  const d = (text: string | number) => withDigits(String(text), digits)
  const paragraphs = (text: string): ReportBlock[] => text.split(/\n+/).filter((line) => line.trim()).map((line) => ({ type: 'paragraph', indent: true, text: d(line.trim()) }))
  const specs = (list: Measure['outputs']) => list.map((spec) => d([spec.text, spec.target && `เป้าหมาย ${spec.target}${spec.unit ? ` ${spec.unit}` : ''}`, spec.method && `(${spec.method})`].filter(Boolean).join(' ')))
  const method: string[] = []
  const counters = [0, 0, 0, 0]
  for (const step of sheet.method) {
    const level = Math.max(0, Math.min(3, step.level))
    counters[level] = (counters[level] ?? 0) + 1
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0
    const mark = level === 0 ? `${d(counters[0]!)})` : `(${d(counters[level]!)})`
    method.push(`${'\u00a0'.repeat(level * 6)}${mark} ${d(step.text)}`)
  }
  const budget = measure.budget.kind === 'amount'
    ? `งบประมาณ จำนวน ${formatNumber(measure.budget.baht, { digits, decimals: 0, grouping: true })} บาท`
    : 'ดำเนินการโดยไม่ใช้งบประมาณ'
  const targets = measure.targetGroups.map((target) => d(`${target.group}${target.count !== null ? ` จำนวน ${target.count} คน` : ''}`))
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, id: `sheet-${row}`, text: `ลำดับที่ ${d(row)}` },
    { type: 'paragraph', text: `๑. ชื่อโครงการ : ${d(measure.name.replace(/\n/g, ' '))}` },
    { type: 'paragraph', text: '๒. หลักการและเหตุผล' }, ...paragraphs(sheet.rationale || '-'),
    { type: 'paragraph', text: '๓. วัตถุประสงค์' }, { type: 'list', items: numbered(sheet.objectives.map(d), digits) },
    { type: 'paragraph', text: '๔. กลุ่มเป้าหมาย' }, { type: 'list', items: targets.length ? targets : ['-'] },
    { type: 'paragraph', text: '๕. วิธีดำเนินการ' }, { type: 'list', items: method.length ? method : numbered(measure.steps.map(d), digits) },
    { type: 'paragraph', text: `๖. ระยะเวลาดำเนินการ : ${d(sheet.duration || (measure.period ? formatPeriod(measure.period, digits) : `ปีงบประมาณ พ.ศ. ${fiscalYear}`))}` },
    { type: 'paragraph', text: `๗. งบประมาณที่ใช้ในการดำเนินการ : ${budget}` },
    { type: 'paragraph', text: `๘. ผู้รับผิดชอบ : ${d(sheet.ownerText || measure.owners.join(', ') || '-')}` },
    { type: 'paragraph', text: '๙. ผลผลิต/ผลลัพธ์' },
    { type: 'paragraph', indent: true, text: 'ผลผลิต' }, { type: 'list', items: specs(measure.outputs).length ? specs(measure.outputs) : ['-'] },
    { type: 'paragraph', indent: true, text: 'ผลลัพธ์' }, { type: 'list', items: specs(measure.outcomes).length ? specs(measure.outcomes) : ['-'] },
  ]
  return blocks
}
