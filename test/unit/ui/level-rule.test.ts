import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, catalogueFor, scoreAssessment, type AssessmentScoresInput } from '@/domain'
import { DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { describeLevelRule } from '@/ui/level-rule'

/**
 * The overview's "rule that gave the level" (hook `level-rule`), from seed 002's published figures
 * (อบต.หนองซอน, ITA 2567: total 74.67; IIT 88.65, EIT 86.02, OIT 55.66), read under each year's scheme.
 */

type IndicatorScores = NonNullable<AssessmentScoresInput['indicatorScores']>

/** Seed 002's ten indicator scores, with some replaced (a what-if on its OIT). */
function seed002Indicators(change: Record<number, number> = {}): IndicatorScores {
  return (DEMO_SCORES_2567.indicatorScores ?? []).map(({ indicator, score }) => ({ indicator, score: change[indicator] ?? score }))
}

function levelOf(fiscalYear: number, indicatorScores: IndicatorScores, publishedTotal: number | null = null) {
  const { catalogue } = catalogueFor(fiscalYear)
  const card = scoreAssessment(catalogue, AssessmentScoresSchema.parse({ fiscalYear, indicatorScores, publishedTotal, itemScores: [] }))
  if (!card.level) throw new Error('no level')
  return card.level
}

describe('the level rule text, 2567 and 2568 schemes', () => {
  for (const fiscalYear of [2567, 2568]) {
    it(`${fiscalYear}: seed 002's 74.67 is ต้องปรับปรุง, short of ผ่าน's 85`, () => {
      const level = levelOf(fiscalYear, seed002Indicators(), 74.67)
      expect(describeLevelRule(level, 'arabic')).toBe('คะแนนรวม 74.67 ถึงเกณฑ์ 70 คะแนนขึ้นไป จึงอยู่ในระดับ “ต้องปรับปรุง” (ไม่ถึงระดับ ผ่าน ซึ่งต้องได้ 85 คะแนนขึ้นไป)')
      expect(describeLevelRule(level, 'thai')).toBe('คะแนนรวม ๗๔.๖๗ ถึงเกณฑ์ ๗๐ คะแนนขึ้นไป จึงอยู่ในระดับ “ต้องปรับปรุง” (ไม่ถึงระดับ ผ่าน ซึ่งต้องได้ ๘๕ คะแนนขึ้นไป)')
    })
  }

  it('2568: with OIT raised to 82 the total reaches ผ่าน, and ผ่านดี is missed because of the OIT alone', () => {
    // IIT 88.65 and EIT 86.02 as published; OIT = mean(100, 64) = 82; total = 26.59 + 25.81 + 32.80 = 85.20.
    const level = levelOf(2568, seed002Indicators({ 9: 100, 10: 64 }))
    expect(describeLevelRule(level, 'arabic')).toBe('คะแนนรวม 85.20 ถึงเกณฑ์ 85 คะแนนขึ้นไป จึงอยู่ในระดับ “ผ่าน” (ไม่ถึงระดับ ผ่านดี เพราะ OIT ได้ต่ำกว่า 85)')
  })

  it('2567: with the OIT at 100 the result is ผ่านดี, every tool at 85 or more, short of ผ่านดีเยี่ยม\'s 95', () => {
    // total = 26.59 + 25.81 + 40 = 92.40
    const level = levelOf(2567, seed002Indicators({ 9: 100, 10: 100 }))
    expect(describeLevelRule(level, 'arabic')).toBe('คะแนนรวม 92.40 ถึงเกณฑ์ 85 คะแนนขึ้นไป และทุกเครื่องมือ (IIT, EIT, OIT) ได้ 85 ขึ้นไป จึงอยู่ในระดับ “ผ่านดี” (ไม่ถึงระดับ ผ่านดีเยี่ยม ซึ่งต้องได้ 95 คะแนนขึ้นไป)')
  })

  it('2567: with the OIT down to 15 the result is ต้องปรับปรุงโดยด่วน, short of ต้องปรับปรุง\'s 70', () => {
    // total = 26.59 + 25.81 + 0.4 × mean(20, 10) = 58.40
    const level = levelOf(2567, seed002Indicators({ 9: 20, 10: 10 }))
    expect(describeLevelRule(level, 'arabic')).toBe('คะแนนรวม 58.40 จึงอยู่ในระดับ “ต้องปรับปรุงโดยด่วน” (ไม่ถึงระดับ ต้องปรับปรุง ซึ่งต้องได้ 70 คะแนนขึ้นไป)')
  })
})

describe('the level rule text, 2563 scheme (AA-F)', () => {
  it('seed 002\'s 74.67 would be C, short of B\'s 75', () => {
    const level = levelOf(2563, seed002Indicators(), 74.67)
    expect(describeLevelRule(level, 'arabic')).toBe('คะแนนรวม 74.67 ถึงเกณฑ์ 65 คะแนนขึ้นไป จึงอยู่ในระดับ “C” (ไม่ถึงระดับ B ซึ่งต้องได้ 75 คะแนนขึ้นไป)')
    expect(describeLevelRule(level, 'thai')).toBe('คะแนนรวม ๗๔.๖๗ ถึงเกณฑ์ ๖๕ คะแนนขึ้นไป จึงอยู่ในระดับ “C” (ไม่ถึงระดับ B ซึ่งต้องได้ ๗๕ คะแนนขึ้นไป)')
  })

  it('the top grade names no bar above it, and the bottom grade no bar of its own', () => {
    const top = levelOf(2563, seed002Indicators(), 95)
    expect(describeLevelRule(top, 'arabic')).toBe('คะแนนรวม 95.00 ถึงเกณฑ์ 95 คะแนนขึ้นไป จึงอยู่ในระดับ “AA”')
    const bottom = levelOf(2563, seed002Indicators(), 49.99)
    expect(describeLevelRule(bottom, 'arabic')).toBe('คะแนนรวม 49.99 จึงอยู่ในระดับ “F” (ไม่ถึงระดับ E ซึ่งต้องได้ 50 คะแนนขึ้นไป)')
  })
})
