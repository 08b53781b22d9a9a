import { FOLLOW_UP_STATUSES } from '@/domain/measures/schema'
import { formatNumber, formatScore, withDigits, type DigitStyle } from '@/domain/thai'
import type { ProvinceRow } from '@/components/organizations/province-rows'
import { ROUND_LABEL } from '@/ui/measures'
import { ORGANIZATION_TYPE_LABEL, PROVINCE_COLUMN, PROVINCE_REPORT_TITLE } from '@/ui/province-texts'
import { cell, numberCell, type Report, type TableCell } from './model'

export interface ProvinceReportInput {
  /** The rows in the order shown (the table's sort). */
  rows: readonly ProvinceRow[]
  /** Where and when they were read, printed above the table. */
  server: string
  readAtText: string
  digits: DigitStyle
}

/**
 * The provincial table as a report (one landscape table), so it goes to .xlsx through the same
 * exporter as every other table: figures stay numbers (scores 2 decimals, counts whole), the round a
 * count or an implementation level is of is written beside it, and a figure not known is '-'.
 */
export function buildProvinceReport(input: ProvinceReportInput): Report {
  const { digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const count = (value: number | null | undefined) => (value === null || value === undefined ? cell('-') : numberCell(d(value), value, 0))
  const rows: TableCell[][] = input.rows.map((row) => [
    cell(row.name),
    cell(row.database),
    cell(ORGANIZATION_TYPE_LABEL[row.type]),
    row.fiscalYear === null ? cell('-') : numberCell(d(row.fiscalYear), row.fiscalYear, 0),
    numberCell(formatScore(row.total, digits), row.total, 2),
    cell(row.level ?? '-'),
    cell(row.planYear === null ? '-' : d(row.measuresRound ? `${row.planYear} (${ROUND_LABEL[row.measuresRound]})` : row.planYear)),
    count(row.measures?.total),
    ...FOLLOW_UP_STATUSES.map((status) => count(row.measures?.[status])),
    row.implementationPercent === null
      ? cell('-')
      : numberCell(formatNumber(row.implementationPercent, { digits, decimals: 2 }), row.implementationPercent, 2),
    cell(row.implementationRound ? d(ROUND_LABEL[row.implementationRound]) : '-'),
  ])
  return {
    title: `${PROVINCE_REPORT_TITLE} ${input.readAtText}`,
    digits,
    sections: [{
      orientation: 'landscape',
      blocks: [
        { type: 'title', lines: [PROVINCE_REPORT_TITLE, `อ่านจาก ${input.server} เมื่อ ${input.readAtText} (${d(input.rows.length)} หน่วยงาน)`] },
        {
          type: 'table', id: 'province', sheetName: 'ภาพรวมจังหวัด',
          columns: [
            { header: PROVINCE_COLUMN.name, width: 34 },
            { header: 'ฐานข้อมูล', width: 16 },
            { header: PROVINCE_COLUMN.type, width: 8 },
            { header: PROVINCE_COLUMN.fiscalYear, width: 9, align: 'center' },
            { header: PROVINCE_COLUMN.total, width: 9, align: 'right' },
            { header: PROVINCE_COLUMN.level, width: 14 },
            { header: PROVINCE_COLUMN.planYear, width: 16 },
            { header: PROVINCE_COLUMN.measures, width: 9, align: 'right' },
            ...FOLLOW_UP_STATUSES.map((status) => ({ header: PROVINCE_COLUMN[status], width: 9, align: 'right' as const })),
            { header: PROVINCE_COLUMN.implementation, width: 12, align: 'right' },
            { header: 'รอบของรายงานผลแผนฯ', width: 12 },
          ],
          rows,
        },
      ],
    }],
  }
}
