import { z } from 'zod'
import { IndicatorNoSchema, ItemCodeSchema } from './framework/schema'

/**
 * The figures of one organisation's ITA result for one fiscal year, as the NACC's ITAS publishes them:
 * item scores, indicator scores (the ITAS summary), or both, and the published total when known.
 */

export const ScoreSchema = z.number().min(0).max(100)

export const ItemScoreSchema = z.object({
  code: ItemCodeSchema,
  /** 0-100; null when the item was marked not assessed (`-`). */
  score: ScoreSchema.nullable(),
})

export const IndicatorScoreSchema = z.object({
  indicator: IndicatorNoSchema,
  score: ScoreSchema,
})

export const AssessmentScoresSchema = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  /** In the order the source gives them. The same code may appear twice when a source prints it twice;
   *  scoring reports differing values as a conflict instead of choosing silently. */
  itemScores: z.array(ItemScoreSchema),
  indicatorScores: z.array(IndicatorScoreSchema),
  /** The total as published (two decimals); it is the figure used when given. */
  publishedTotal: ScoreSchema.nullable().default(null),
})

export type ItemScore = z.infer<typeof ItemScoreSchema>
export type IndicatorScore = z.infer<typeof IndicatorScoreSchema>
export type AssessmentScores = z.infer<typeof AssessmentScoresSchema>
export type AssessmentScoresInput = z.input<typeof AssessmentScoresSchema>
