import { describe, expect, it } from 'vitest'
import {
  fiscalQuarterOf, fiscalQuarterRange, fiscalYearOf, fiscalYearRange, formatFiscalQuarter, formatMonthRange,
  formatNumber, formatScore, formatThaiDate, normaliseBeYear, parseThaiMonth, parseThaiNumber, roundHalfAway,
  toArabicDigits, toThaiDigits,
} from '@/domain/thai'

describe('Thai digits', () => {
  it('convert both ways and keep other characters', () => {
    expect(toArabicDigits('๗๔.๖๗ คะแนน')).toBe('74.67 คะแนน')
    expect(toThaiDigits('พ.ศ. 2568')).toBe('พ.ศ. ๒๕๖๘')
    expect(toArabicDigits('1.โครงการ ๕ ส. 9,590')).toBe('1.โครงการ 5 ส. 9,590')
  })
})

describe('numbers as the seeds print them', () => {
  it('formats scores with two decimals in Thai digits', () => {
    expect(formatScore(74.67)).toBe('๗๔.๖๗')
    expect(formatScore(90.5)).toBe('๙๐.๕๐')
    expect(formatScore(74.6638, 'arabic')).toBe('74.66')
    expect(formatScore(null)).toBe('-')
  })
  it('groups thousands for money', () => {
    expect(formatNumber(627872, { grouping: true })).toBe('๖๒๗,๘๗๒.๐๐')
    expect(formatNumber(1930000, { grouping: true, digits: 'arabic' })).toBe('1,930,000.00')
  })
  it('rounds half away from zero despite binary drift', () => {
    expect(roundHalfAway(74.665)).toBe(74.67)
    expect(roundHalfAway(84.245)).toBe(84.25)
    expect(roundHalfAway(-1.005)).toBe(-1.01)
  })
  it('reads numbers as people type them', () => {
    expect(parseThaiNumber('๘๔.๒๔')).toEqual({ kind: 'number', value: 84.24 })
    expect(parseThaiNumber(' 85.33% ')).toEqual({ kind: 'number', value: 85.33 })
    expect(parseThaiNumber('๕๐,๐๐๐')).toEqual({ kind: 'number', value: 50000 })
    expect(parseThaiNumber('1,930,000.00')).toEqual({ kind: 'number', value: 1930000 })
    expect(parseThaiNumber('๓๐.๐๐๐.๐๐๐')).toEqual({ kind: 'number', value: 30000000 })
    expect(parseThaiNumber('-')).toEqual({ kind: 'not-assessed' })
    expect(parseThaiNumber('')).toEqual({ kind: 'blank' })
    expect(parseThaiNumber(null)).toEqual({ kind: 'blank' })
    expect(parseThaiNumber('ไม่ใช้งบประมาณ').kind).toBe('invalid')
    expect(parseThaiNumber('12abc').kind).toBe('invalid')
    expect(parseThaiNumber('=1+1').kind).toBe('invalid')
  })
})

describe('Buddhist era and the fiscal year', () => {
  it('names the fiscal year by the BE year it ends in', () => {
    expect(fiscalYearOf('2024-10-01')).toBe(2568)
    expect(fiscalYearOf('2024-09-30')).toBe(2567)
    expect(fiscalYearOf('2025-09-30')).toBe(2568)
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' })
  })
  it('counts fiscal quarters from October', () => {
    expect([10, 11, 12, 1, 3, 4, 6, 7, 9].map((month) => fiscalQuarterOf({ year: 2025, month }))).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4])
    expect(fiscalQuarterRange(2568, 1)).toEqual({ start: { year: 2024, month: 10 }, end: { year: 2024, month: 12 } })
    expect(fiscalQuarterRange(2568, 3)).toEqual({ start: { year: 2025, month: 4 }, end: { year: 2025, month: 6 } })
    expect(formatFiscalQuarter(2568, 2)).toBe('ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๘)')
  })
  it('prints periods and dates as Thai documents do', () => {
    expect(formatMonthRange('2025-04', '2025-09')).toBe('เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘')
    expect(formatThaiDate('2026-02-27')).toBe('๒๗ กุมภาพันธ์ ๒๕๖๙')
    expect(formatMonthRange('2023-10', '2024-09', { month: 'short', shortYear: true })).toBe('ต.ค. ๖๖ ถึง ก.ย. ๖๗')
  })
  it('reads years and month names in their usual forms', () => {
    expect(normaliseBeYear(66)).toBe(2566)
    expect(normaliseBeYear(2567)).toBe(2567)
    expect(normaliseBeYear(2024)).toBe(2567)
    expect(normaliseBeYear(1200)).toBeNull()
    expect(parseThaiMonth('ต.ค. ๖๖')).toBe(10)
    expect(parseThaiMonth('มี.ค.')).toBe(3)
    expect(parseThaiMonth('เมษายน ๒๕๖๘')).toBe(4)
    expect(parseThaiMonth('วันจันทร์')).toBeNull()
  })
})
