import { describe, expect, it } from 'vitest'
import { organizationInText, readTitle, yearsInText } from '@/import/title'

describe('organisation and year in title rows', () => {
  it('reads a title line as documents write it', () => {
    expect(readTitle([['หน่วยงาน องค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน จังหวัดมหาสารคาม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗']])).toEqual({
      organization: { name: 'องค์การบริหารส่วนตำบลหนองซอน', district: 'เชียงยืน', province: 'มหาสารคาม' },
      fiscalYear: 2567, years: [2567],
    })
  })

  it('reads a label and its value in two cells', () => {
    expect(readTitle([['หน่วยงาน', 'อบต.หนองซอน'], ['ปีงบประมาณ', 2567]])).toMatchObject({ organization: { name: 'อบต.หนองซอน' }, fiscalYear: 2567 })
    expect(readTitle([['Organization:', 'Faculty of Law'], ['Fiscal year', '2024']])).toMatchObject({ organization: { name: 'Faculty of Law' }, fiscalYear: 2567 })
  })

  it('finds a typed name without a label, and stops it at the year or place that follows', () => {
    expect(organizationInText('ผลการประเมินของเทศบาลตำบลท่าช้างประจำปีงบประมาณ 2566')?.name).toBe('เทศบาลตำบลท่าช้าง')
    expect(organizationInText('องค์การบริหารส่วนจังหวัดอ่างทอง')).toEqual({ name: 'องค์การบริหารส่วนจังหวัดอ่างทอง', district: '', province: 'อ่างทอง' })
    expect(organizationInText('ผลการประเมินของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567')).toBeNull()
    expect(organizationInText('หน่วยงาน')).toBeNull()
    expect(organizationInText('หน่วยงาน ปีงบประมาณ 2567')).toBeNull()
  })

  it('reads years in BE, CE and two digits, and prefers the line about the result', () => {
    expect(yearsInText('ปีงบประมาณ ๖๖')).toEqual([2566])
    expect(yearsInText('ITA 2024')).toEqual([2567])
    expect(yearsInText('ข้อมูล ณ วันที่ 30 กันยายน 2567 จำนวน 35 ข้อ')).toEqual([])
    // seed 002's cover names the measures' year first, then the year assessed
    const title = readTitle([
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๘'],
      ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'],
    ])
    expect([title.fiscalYear, title.years]).toEqual([2567, [2568, 2567]])
  })
})
