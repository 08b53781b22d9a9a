import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { provinceRows, sortProvinceRows } from '@/components/organizations/province-rows'
import { reportToXlsx } from '@/export/report-xlsx'
import { buildProvinceReport } from '@/report/province-table'
import { demoProvince } from '../sync/province-demo'
import { sheetRows } from './read-back'

const demo = await demoProvince()
const rows = sortProvinceRows(provinceRows([
  { database: 'ita-nongson', ok: true, refused: [], organizations: [demo.nongson] },
  { database: 'ita-bangtoei', ok: true, refused: [], organizations: [demo.bangtoei] },
]), 'total', true)

describe('the provincial table as .xlsx', () => {
  it('is one sheet: the title, where and when it was read, the headers, and a row per organisation in the order shown', () => {
    const report = buildProvinceReport({ rows, server: 'https://couch.example.go.th', readAtText: '1 ธ.ค. 2569 เวลา 10:00 น.', digits: 'thai' })
    const book = XLSX.read(new Uint8Array(reportToXlsx(report)), { type: 'array', cellNF: true })
    expect(book.SheetNames).toEqual(['ภาพรวมจังหวัด'])
    const [title, source, blank, headers, nongson, bangtoei, ...rest] = sheetRows(book, 'ภาพรวมจังหวัด')
    expect(rest).toEqual([])
    expect(title![0]).toBe('ภาพรวมผลการประเมิน ITA และมาตรการของหน่วยงานในจังหวัด')
    expect(source![0]).toBe('อ่านจาก https://couch.example.go.th เมื่อ 1 ธ.ค. 2569 เวลา 10:00 น. (๒ หน่วยงาน)')
    expect(blank).toEqual(Array(headers!.length).fill(''))
    expect(headers).toEqual([
      'หน่วยงาน', 'ฐานข้อมูล', 'ประเภท', 'ปีที่ประเมิน', 'คะแนนรวม', 'ระดับ', 'ปีมาตรการ', 'มาตรการทั้งหมด',
      'รอรายงาน', 'กำลังดำเนินการ', 'แล้วเสร็จ', 'ดำเนินการไม่ได้', 'ความสำเร็จแผนปฏิบัติการ (%)', 'รอบของรายงานผลแผนฯ',
    ])
    // Figures stay numbers (to sum or chart); what is not known is '-'.
    expect(nongson).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 'ita-nongson', 'อบต.', 2567, 74.67, 'ต้องปรับปรุง', '๒๕๖๘ (รอบ ๖ เดือน)', 12, 12, 0, 0, 0, '-', '-'])
    expect(bangtoei).toEqual(['องค์การบริหารส่วนตำบลบางเตย', 'ita-bangtoei', 'อบต.', 2566, '-', '-', '๒๕๖๗', '-', '-', '-', '-', '-', 85, 'รอบ ๑๒ เดือน'])
    // Shown in Thai digits (Excel's Thai-locale format), two decimals for a score or a percent, none for a count.
    const sheet = book.Sheets['ภาพรวมจังหวัด']!
    expect((sheet['E5'] as XLSX.CellObject).z).toBe('[$-D00041E]0.00')
    expect((sheet['M6'] as XLSX.CellObject).z).toBe('[$-D00041E]0.00')
    expect((sheet['H5'] as XLSX.CellObject).z).toBe('[$-D00041E]0')
  })
})
