import { describe, expect, it } from 'vitest'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import type { ParsedAssessment } from '@/import/assemble'
import { reportAssessment } from '@/cli/report'

function parsed(overrides: Partial<ParsedAssessment> = {}): ParsedAssessment {
  return {
    organization: { name: 'องค์การบริหารส่วนตำบลหนองซอน', district: '', province: '' }, fiscalYear: 2567,
    itemScores: [], indicatorScores: [], publishedTotal: null, publishedTools: [],
    where: { file: 'f.xlsx', sheet: null, row: 2, column: 2 }, rows: [{ sheet: null, row: 2 }], ...overrides,
  }
}

// Seed 002 without its contradictions (first printed value of each item).
const seedItems = DEMO_SCORES_2567.itemScores.filter((item, index, all) => all.findIndex((other) => other.code === item.code) === index)

describe('the CLI report of one assessment', () => {
  it('gives seed 002 its published figures, rounded to two decimals', () => {
    const report = reportAssessment(parsed({ indicatorScores: DEMO_SCORES_2567.indicatorScores, itemScores: seedItems, publishedTotal: 74.67 }), 2567, 85, [])
    expect([report.organization, report.fiscalYear, report.total, report.level]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567, 74.67, 'ต้องปรับปรุง'])
    expect(report.tools).toEqual({ IIT: 88.65, EIT: 86.02, OIT: 55.66 })
    expect(report.indicators[3]).toEqual({ no: 4, tool: 'IIT', score: 75.35, flag: 'improve' })
    expect(report.items.find((item) => item.code === 'i1')).toEqual({ code: 'i1', tool: 'IIT', indicator: 1, score: 84.24, flag: 'improve', issueGroups: [1] })
    // EIT items have no known indicator in 2567
    expect(report.items.find((item) => item.code === 'e4')).toEqual({ code: 'e4', tool: 'EIT', indicator: null, score: 85.33, flag: 'maintain', issueGroups: [1, 2] })
    expect(report.issueGroups[3]).toEqual({ no: 4, items: ['i10', 'i11', 'i12', 'o10', 'o34', 'o35'], improve: ['i10', 'i12', 'o34', 'o35'] })
    // seed 002's own contradiction on indicator 4 is reported, in Thai and English
    expect(report.warnings[0]).toBe('ตัวชี้วัดที่ 4 ประกาศไว้ 75.35 แต่ค่าเฉลี่ยของข้อได้ 75.18 (ใช้ค่าที่ประกาศ) / indicator 4 is published as 75.35 but its items average 75.18 (the published figure is used)')
  })

  it('flags against the threshold given', () => {
    const report = reportAssessment(parsed({ itemScores: [{ code: 'i1', score: 84.24 }] }), 2567, 80, [])
    expect(report.items[0]?.flag).toBe('maintain')
  })

  it('says null where a figure cannot be computed, and keeps codes the catalogue lacks', () => {
    const report = reportAssessment(parsed({ itemScores: [{ code: 'i1', score: 84.245 }, { code: 'o40', score: 100 }, { code: 'i2', score: null }] }), 2567, 85, [])
    expect([report.total, report.level, report.tools.EIT]).toEqual([null, null, null])
    expect(report.items).toEqual([
      { code: 'i1', tool: 'IIT', indicator: 1, score: 84.25, flag: 'improve', issueGroups: [1] },
      { code: 'i2', tool: 'IIT', indicator: 1, score: null, flag: null, issueGroups: [1] },
      { code: 'o40', tool: 'OIT', indicator: null, score: 100, flag: 'maintain', issueGroups: [] },
    ])
    expect(report.warnings.some((warning) => warning.includes('o40') && warning.includes('not in the 2567 catalogue'))).toBe(true)
  })

  it('attaches the import warnings of its own rows only', () => {
    const own = { code: 'indicator-not-assessed' as const, where: { file: 'f.xlsx', sheet: null, row: 2, column: 5 }, target: { kind: 'indicator' as const, no: 10 } }
    const other = { ...own, where: { ...own.where, row: 3 } }
    const report = reportAssessment(parsed({ indicatorScores: [{ indicator: 1, score: 90 }] }), 2567, 85, [own, other])
    expect(report.warnings.filter((warning) => warning.includes('ไม่ได้ประเมิน'))).toEqual([
      'ไฟล์ f.xlsx แถวที่ 2 คอลัมน์ E: ตัวชี้วัดที่ 10 ระบุว่า “-” (ไม่ได้ประเมิน) จึงไม่นำมาใช้ / file f.xlsx, row 2, column E: indicator 10 is marked "-" (not assessed) and left out',
    ])
  })
})
