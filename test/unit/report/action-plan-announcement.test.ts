import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { OrganizationSchema } from '@/domain/workspace'
import { announcementDate, buildAnnouncementReport } from '@/report/action-plan-announcement'
import { reportToXlsx } from '@/export/report-xlsx'
import { reportToDocxBuffer } from '@/export/report-docx'
import { docxParagraphs, sheetRows, unzipEntry } from './read-back'

// Seed 003's announcement (อบต.บ้านแหง, FY 2569), as printed on its second page.
const BAN_HAENG = OrganizationSchema.parse({ id: 'ban-haeng', name: 'องค์การบริหารส่วนตำบลบ้านแหง', shortName: 'อบต.บ้านแหง', district: 'งาว', province: 'ลำปาง' })
const ANNOUNCEMENT = { date: '2026-02-27', signerName: 'นายประสิทธิ์ เมืองงาว', signerPosition: 'นายกองค์การบริหารส่วนตำบลบ้านแหง', displayDays: 30 }

function text(report: ReturnType<typeof buildAnnouncementReport>): string {
  return report.sections.flatMap((section) => section.blocks).map((block) => {
    if (block.type === 'title') return block.lines.join('\n')
    if (block.type === 'paragraph') return block.text
    if (block.type === 'signatures') return block.signers.map((signer) => `${signer.name} ${signer.position}`).join('\n')
    return ''
  }).join('\n')
}

describe('the announcement of the plan', () => {
  it('says what seed 003 says: whose, which plan and year, at least 30 days on display, the date and the signer', () => {
    const report = buildAnnouncementReport({ organization: BAN_HAENG, fiscalYear: 2569, announcement: ANNOUNCEMENT, digits: 'thai' })
    const printed = text(report)
    expect(printed).toContain('ประกาศองค์การบริหารส่วนตำบลบ้านแหง')
    expect(printed).toContain('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙')
    expect(printed).toContain('โดยเปิดเผยไม่น้อยกว่า ๓๐ วัน')
    expect(printed).toContain('ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙')
    expect(printed).toContain('นายประสิทธิ์ เมืองงาว นายกองค์การบริหารส่วนตำบลบ้านแหง')
    expect(report.sections.map((section) => section.orientation)).toEqual(['portrait'])
  })

  it('prints Arabic digits when asked, a longer display, and blanks for a date not yet set', () => {
    const report = buildAnnouncementReport({ organization: BAN_HAENG, fiscalYear: 2569, announcement: { ...ANNOUNCEMENT, date: null, displayDays: 45 }, digits: 'arabic' })
    expect(text(report)).toContain('ประจำปีงบประมาณ พ.ศ. 2569')
    expect(text(report)).toContain('ไม่น้อยกว่า 45 วัน')
    expect(announcementDate(null, 'arabic')).toBe('...... เดือน .................... พ.ศ. ..........')
    expect(announcementDate('2026-02-27', 'arabic')).toBe('27 เดือน กุมภาพันธ์ พ.ศ. 2569')
  })

  it('exports to Excel as one sheet of its lines (it has no table) and to Word as its paragraphs', async () => {
    const report = buildAnnouncementReport({ organization: BAN_HAENG, fiscalYear: 2569, announcement: ANNOUNCEMENT, digits: 'thai' })
    const workbook = XLSX.read(reportToXlsx(report), { type: 'array' })
    expect(workbook.SheetNames).toEqual(['ประกาศ'])
    const lines = sheetRows(workbook, 'ประกาศ').map((row) => row[0])
    expect(lines[0]).toBe('ประกาศองค์การบริหารส่วนตำบลบ้านแหง')
    expect(lines).toContain('ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙')
    expect(lines).toContain('( นายประสิทธิ์ เมืองงาว )')
    const paragraphs = docxParagraphs(unzipEntry(await reportToDocxBuffer(report), 'word/document.xml'))
    expect(paragraphs).toContain('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙')
  })
})
