import { describe, expect, it } from 'vitest'
import { organizationNameKey, shortOrganizationName } from '@/domain/organization-name'

describe('organisation names', () => {
  it('gives the full and the abbreviated name of one organisation the same key', () => {
    const key = organizationNameKey('องค์การบริหารส่วนตำบลหนองซอน')
    expect(organizationNameKey('อบต.หนองซอน')).toBe(key)
    expect(organizationNameKey('อบต. หนองซอน')).toBe(key)
    expect(organizationNameKey('อบต หนองซอน')).toBe(key)
    expect(organizationNameKey(' องค์การบริหารส่วนตำบล หนองซอน  อำเภอเชียงยืน จังหวัดมหาสารคาม')).toBe(key)
    expect(organizationNameKey('ทต.ท่าช้าง')).toBe(organizationNameKey('เทศบาลตำบลท่าช้าง'))
    expect(organizationNameKey('Faculty of Law')).toBe(organizationNameKey('faculty  of law'))
  })

  it('keeps different organisations apart', () => {
    expect(organizationNameKey('อบต.หนองซอน')).not.toBe(organizationNameKey('ทต.หนองซอน'))
    expect(organizationNameKey('อบต.บ้านแหง')).not.toBe(organizationNameKey('อบต.บ้านแห่ง'))
  })

  it('derives the short form used in running text', () => {
    expect(shortOrganizationName('องค์การบริหารส่วนตำบลหนองซอน')).toBe('อบต.หนองซอน')
    expect(shortOrganizationName('องค์การบริหารส่วนจังหวัดอ่างทอง')).toBe('อบจ.อ่างทอง')
    expect(shortOrganizationName('เทศบาลตำบลท่าช้าง')).toBe('ทต.ท่าช้าง')
    expect(shortOrganizationName('อบต.หนองซอน')).toBe('')
    expect(shortOrganizationName('มหาวิทยาลัยพะเยา')).toBe('')
  })
})
