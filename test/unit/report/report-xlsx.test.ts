import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { reportToXlsx, uniqueSheetName } from '@/export/report-xlsx'
import { demoAnalysisReport, demoMeasureRows } from './test-data'
import { sheetRows } from './read-back'

const TITLE = [
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
  'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
  'ขององค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน จังหวัดมหาสารคาม',
]

describe('analysis report as Excel', () => {
  const workbook = XLSX.read(reportToXlsx(demoAnalysisReport('thai')), { type: 'array', cellNF: true })

  it('builds every table row with a cell per column, so no renderer has a span to place', () => {
    const tables = demoAnalysisReport('thai').sections.flatMap((section) => section.blocks).flatMap((block) => (block.type === 'table' ? [block] : []))
    expect(tables.length).toBe(9)
    for (const table of tables) for (const row of table.rows) expect(row, table.id).toHaveLength(table.columns.length)
  })

  it('names a sheet per table in Thai', () => {
    expect(workbook.SheetNames).toEqual([
      'ตัวชี้วัด', 'ประเด็นที่ ๑', 'ประเด็นที่ ๒', 'ประเด็นที่ ๓', 'ประเด็นที่ ๔', 'ประเด็นที่ ๕', 'ประเด็นที่ ๖', 'ประเด็นที่ ๗', 'มาตรการ',
    ])
  })

  it('opens every sheet with the title lines, organisation and fiscal years, and its section heading', () => {
    for (const name of workbook.SheetNames) expect(sheetRows(workbook, name).slice(0, 3).map((row) => row[0])).toEqual(TITLE)
    expect(sheetRows(workbook, 'ตัวชี้วัด')[3]?.[0]).toBe('๒. สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗')
    expect(sheetRows(workbook, 'ประเด็นที่ ๔')[3]?.[0]).toBe('ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ')
    expect(sheetRows(workbook, 'มาตรการ')[3]?.[0]).toMatch(/^๔\. วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ/)
    // Each title line is merged across the table.
    expect(workbook.Sheets['ตัวชี้วัด']!['!merges']).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } })
  })

  it('writes the measures table with the report headers, a row per measure', () => {
    const rows = sheetRows(workbook, 'มาตรการ')
    expect(rows[4]).toEqual(['', '', '', '', ''])
    expect(rows[5]).toEqual(['ประเด็นที่', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'วัน เดือน ปีที่ดำเนินการ'])
    const body = rows.slice(6)
    expect(body).toHaveLength(demoMeasureRows().length)
    expect(body[0]?.[0]).toBe('(๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ')
    expect(body[0]?.[1]).toBe('๑. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
    demoMeasureRows().forEach((row, index) => expect(body[index]?.[1]).toBe(row.name.split('\n').filter((line) => line.trim()).join('\n')))
  })

  it('keeps scores as numbers, shown in Thai digits', () => {
    const rows = sheetRows(workbook, 'ตัวชี้วัด')
    expect(rows[5]).toEqual(['แบบสำรวจ', 'ตัวชี้วัด', 'รายละเอียดตัวชี้วัด', 'คะแนน'])
    expect(rows[6]).toEqual(['IIT', 1, 'การปฏิบัติหน้าที่', 90.5])
    // The tool on the first row of its block, as seed 002 prints it: no merged cells in the table.
    expect(rows.slice(6, 16).map((row) => row[0])).toEqual(['IIT', '', '', '', '', 'EIT', '', '', 'OIT', ''])
    expect(workbook.Sheets['ตัวชี้วัด']!['!merges']?.every((merge) => merge.s.r === merge.e.r && merge.s.r < 4)).toBe(true)
    expect(rows.at(-1)).toEqual(['คะแนนรวม', '', 'ระดับผลการประเมิน: ต้องปรับปรุง', 74.67])
    const score = workbook.Sheets['ตัวชี้วัด']!.D7!
    expect(score).toMatchObject({ t: 'n', v: 90.5, z: '[$-D00041E]0.00' })
    const item = sheetRows(workbook, 'ประเด็นที่ ๔').slice(6).find((row) => String(row[1]).startsWith('ข้อ i๑๐'))
    expect(item?.[2]).toBe(67.27)
  })

  it('shows figures in Arabic digits when the report uses them', () => {
    const arabic = XLSX.read(reportToXlsx(demoAnalysisReport('arabic')), { type: 'array', cellNF: true })
    expect(arabic.SheetNames[1]).toBe('ประเด็นที่ 1')
    expect(arabic.Sheets['ตัวชี้วัด']!.D7).toMatchObject({ t: 'n', v: 90.5, z: '0.00', w: '90.50' })
  })
})

describe('sheet names', () => {
  it('keep to Excel\'s rules: 31 characters, no []:*?/\\, unique without case', () => {
    const taken = new Set<string>()
    expect(uniqueSheetName('ประเด็น [1]: ก/ข*ค?ง\\จ', taken)).toBe('ประเด็น 1 ก ข ค ง จ')
    const long = 'ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'
    const first = uniqueSheetName(long, taken)
    const second = uniqueSheetName(long, taken)
    expect(first).toHaveLength(31)
    expect(second).toHaveLength(31)
    expect(second.endsWith(' 2')).toBe(true)
    expect(uniqueSheetName('Sheet', taken)).toBe('Sheet')
    expect(uniqueSheetName('SHEET', taken)).toBe('SHEET 2')
    expect(uniqueSheetName(' :: ', taken)).toBe('ตาราง')
  })
})
