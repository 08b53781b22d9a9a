import { catalogueFor } from '@/domain/framework'
import type { SheetToWrite } from './cells'

/**
 * The blank template of a fiscal year: every item of the year's catalogue (code, tool, indicator,
 * title) with an empty score column, and the ten indicators with the total, ready to fill and import
 * back. The headers and the title rows are the ones the import reads, so a filled template needs no
 * mapping. Pure: the caller writes it with `writeWorkbook` (cells.ts), loaded only when asked for.
 */

export const TEMPLATE_SHEETS = { items: 'คะแนนรายข้อ', indicators: 'คะแนนรายตัวชี้วัด' } as const

export function blankTemplate(fiscalYear: number): SheetToWrite[] {
  const { catalogue } = catalogueFor(fiscalYear)
  const title = `แบบกรอกผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`
  const how = 'กรอกคะแนน 0-100 ในคอลัมน์ "คะแนน" เว้นว่างถ้าไม่มีคะแนน ใส่ - ถ้าไม่ได้ประเมิน แล้วนำเข้าไฟล์นี้ที่เมนู "นำเข้าข้อมูล"'
  return [
    {
      name: TEMPLATE_SHEETS.items,
      widths: [8, 10, 10, 70, 10],
      rows: [
        [title],
        ['หน่วยงาน', null],
        [how],
        [],
        ['ข้อ', 'เครื่องมือ', 'ตัวชี้วัด', 'รายละเอียด', 'คะแนน'],
        ...catalogue.items.map((item) => [
          item.code, item.tool, item.indicator, item.title === null ? null : `${item.title}${item.titleUncertain ? ' (ไม่แน่ชัด)' : ''}`, null,
        ]),
      ],
    },
    {
      name: TEMPLATE_SHEETS.indicators,
      widths: [10, 10, 40, 10],
      rows: [
        [title],
        ['กรอกคะแนนรายตัวชี้วัดและคะแนนรวมตามที่ ป.ป.ช. ประกาศ (ถ้ามี) ข้อที่กรอกในแผ่นงานคะแนนรายข้อจะนำมาคำนวณให้'],
        [],
        ['ตัวชี้วัด', 'เครื่องมือ', 'ชื่อตัวชี้วัด', 'คะแนน'],
        ...catalogue.indicators.map((indicator) => [indicator.no, indicator.tool, indicator.name, null]),
        ['คะแนนรวม', null, null, null],
      ],
    },
  ]
}
