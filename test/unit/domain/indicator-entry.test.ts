import { describe, expect, it } from 'vitest'
import { catalogueFor, readIndicatorEntry, scoreAssessment } from '@/domain'

const TEN = ['90.50', '91.92', '97.78', '75.35', '87.68', '92.49', '86.09', '79.48', '57.98', '53.34']

describe('a year entered from the ten indicator scores', () => {
  it('reads Thai or Arabic digits and scores the year from the ten figures', () => {
    const result = readIndicatorEntry({ fiscalYear: '๒๕๖๖', indicators: ['๙๐.๕๐', ...TEN.slice(1)], total: '' }, [2567])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.scores.fiscalYear).toBe(2566)
    expect(result.scores.indicatorScores[0]).toEqual({ indicator: 1, score: 90.5 })
    expect(result.scores.publishedTotal).toBeNull()
    const card = scoreAssessment(catalogueFor(2566).catalogue, result.scores)
    // Computed at full precision (74.6638): within the 0.01 tolerance of the published 74.67.
    expect(Math.abs(card.total! - 74.67)).toBeLessThanOrEqual(0.01)
    expect(card.level?.name).toBe('C')
  })

  it('keeps a published total when given', () => {
    const result = readIndicatorEntry({ fiscalYear: '2566', indicators: TEN, total: '74.67' }, [])
    expect(result.ok && result.scores.publishedTotal).toBe(74.67)
  })

  it('names every field that is blank, not a number or out of range, and a year already saved', () => {
    const result = readIndicatorEntry({ fiscalYear: '2567', indicators: ['', 'abc', '101', ...TEN.slice(3)], total: '-5' }, [2567])
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'fiscalYear', code: 'year-taken' },
        { field: 'indicator-1', code: 'blank' },
        { field: 'indicator-2', code: 'not-a-number' },
        { field: 'indicator-3', code: 'out-of-range' },
        { field: 'total', code: 'out-of-range' },
      ],
    })
    expect(readIndicatorEntry({ fiscalYear: '67', indicators: TEN, total: '' }, [])).toEqual({ ok: false, errors: [{ field: 'fiscalYear', code: 'year-range' }] })
  })
})
