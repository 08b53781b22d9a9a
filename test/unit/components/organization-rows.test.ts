import { describe, expect, it } from 'vitest'
import { queryRows, type OrganizationRow, type RowQuery } from '@/components/organizations/organization-rows'

const row = (name: string, fiscalYear: number, total: number | null, level: string | null, levelRank: number): OrganizationRow => ({
  organizationId: name, name, district: 'เชียงยืน', province: 'มหาสารคาม', fiscalYear, total,
  tools: { IIT: null, EIT: null, OIT: null }, level, passed: level === null ? null : levelRank < 3, levelRank: level === null ? Number.MAX_SAFE_INTEGER : levelRank,
})
const rows = [row('อบต.ก', 2567, 74.67, 'ต้องปรับปรุง', 3), row('อบต.ข', 2567, 96.12, 'ผ่านดีเยี่ยม', 0), row('อบต.ค', 2566, null, null, 0), row('อบต.ง', 2567, 88, 'ผ่าน', 2)]
const query = (overrides: Partial<RowQuery>): RowQuery => ({ text: '', fiscalYear: null, level: null, sort: 'total', descending: true, ...overrides })
const names = (result: OrganizationRow[]) => result.map((entry) => entry.name)

describe('the provincial list', () => {
  it('sorts by total either way, keeping rows without a total last', () => {
    expect(names(queryRows(rows, query({})))).toEqual(['อบต.ข', 'อบต.ง', 'อบต.ก', 'อบต.ค'])
    expect(names(queryRows(rows, query({ descending: false })))).toEqual(['อบต.ก', 'อบต.ง', 'อบต.ข', 'อบต.ค'])
  })

  it('sorts by level, best first, and by name in Thai order', () => {
    expect(names(queryRows(rows, query({ sort: 'level', descending: false })))).toEqual(['อบต.ข', 'อบต.ง', 'อบต.ก', 'อบต.ค'])
    expect(names(queryRows(rows, query({ sort: 'name', descending: true })))).toEqual(['อบต.ง', 'อบต.ค', 'อบต.ข', 'อบต.ก'])
  })

  it('filters by text (name, district, province, any digits), year and level', () => {
    expect(names(queryRows(rows, query({ text: 'อบต. ข' })))).toEqual(['อบต.ข'])
    expect(queryRows(rows, query({ text: 'มหาสารคาม' }))).toHaveLength(4)
    expect(names(queryRows(rows, query({ fiscalYear: 2566 })))).toEqual(['อบต.ค'])
    expect(names(queryRows(rows, query({ level: '' })))).toEqual(['อบต.ค'])
    expect(names(queryRows(rows, query({ level: 'ผ่าน' })))).toEqual(['อบต.ง'])
  })
})
