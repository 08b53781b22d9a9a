import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { reportToXlsx } from '@/export/report-xlsx'
import { demoAnalysisReport, demoMeasureRows } from './test-data'
import { sheetRows } from './read-back'

describe('analysis report as Excel', () => {
  const workbook = XLSX.read(reportToXlsx(demoAnalysisReport('thai')), { type: 'array' })

  it('writes each table to a sheet', () => {
    expect(workbook.SheetNames).toEqual(['indicators', 'group-1', 'group-2', 'group-3', 'group-4', 'group-5', 'group-6', 'group-7', 'measures'])
  })

  it('writes the measures table with the report headers, a row per measure', () => {
    const rows = sheetRows(workbook, 'measures')
    const header = rows.findIndex((row) => row[0] === 'ประเด็นที่')
    expect(rows[header]).toEqual(['ประเด็นที่', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'วัน เดือน ปีที่ดำเนินการ'])
    const body = rows.slice(header + 1)
    expect(body).toHaveLength(demoMeasureRows().length)
    expect(body[0]?.[0]).toBe('(๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ')
    expect(body[0]?.[1]).toBe('๑. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
    demoMeasureRows().forEach((row, index) => expect(body[index]?.[1]).toBe(row.name.split('\n').filter((line) => line.trim()).join('\n')))
  })

  it('writes the indicator table', () => {
    const rows = sheetRows(workbook, 'indicators')
    const header = rows.findIndex((row) => row[0] === 'แบบสำรวจ')
    expect(rows[header + 1]).toEqual(['IIT', '๑', 'การปฏิบัติหน้าที่', '๙๐.๕๐'])
    expect(rows.at(-1)).toEqual(['คะแนนรวม', '', 'ระดับผลการประเมิน: ต้องปรับปรุง', '๗๔.๖๗'])
  })
})
