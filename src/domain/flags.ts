import { z } from 'zod'
import { ItemCodeSchema } from './framework/schema'
import type { ScoredIndicator, ScoredItem } from './scoring'
import { round2 } from './thai/numbers'

/** รักษาระดับ (maintain) or ปรับปรุง/พัฒนาเพื่อยกระดับ (improve). */
export const FlagSchema = z.enum(['maintain', 'improve'])
export type Flag = z.infer<typeof FlagSchema>

/** The pass mark is the natural default threshold. */
export const DEFAULT_THRESHOLD = 85

/** A committee's decision on one item; kept apart from the computed flag, and it wins over it. */
export const FlagOverrideSchema = z.object({
  code: ItemCodeSchema,
  flag: FlagSchema,
  reason: z.string().max(2000).default(''),
})
export type FlagOverride = z.infer<typeof FlagOverrideSchema>

/**
 * `maintain` when the score (at two decimals, as published) reaches the threshold, else `improve`;
 * null when there is no score. Threshold 0-100, default 85.
 */
export function flagOf(score: number | null, threshold = DEFAULT_THRESHOLD): Flag | null {
  if (score === null) return null
  return round2(score) >= threshold ? 'maintain' : 'improve'
}

export type FlaggedItem = ScoredItem & {
  computedFlag: Flag | null
  override: FlagOverride | null
  /** The flag in force: the override when there is one, otherwise the computed flag. */
  flag: Flag | null
}

export interface FlaggedIndicator extends ScoredIndicator {
  flag: Flag | null
}

export function flagItems(items: readonly ScoredItem[], threshold: number, overrides: readonly FlagOverride[] = []): FlaggedItem[] {
  const byCode = overrides.length === 0 ? null : new Map(overrides.map((override) => [override.code, override]))
  return items.map((item) => {
    const computedFlag = flagOf(item.score, threshold)
    const override = byCode?.get(item.code) ?? null
    // Every field written out, not spread or Object.assign: V8 in Node 20 copies `{ ...item, more }`
    // on a slow path, and a literal of known shape is the cheapest of the three by far; this runs for
    // every item of every assessment of a provincial workbook (bench/import.bench.ts).
    // Two literals of one shape, one per branch of the score's union, so each keeps status and score together.
    const flag = override?.flag ?? computedFlag
    return item.status === 'scored'
      ? {
          code: item.code, tool: item.tool, indicator: item.indicator, title: item.title, titleUncertain: item.titleUncertain,
          inCatalogue: item.inCatalogue, status: item.status, score: item.score, conflictingScores: item.conflictingScores,
          computedFlag, override, flag,
        } satisfies Record<keyof FlaggedItem, unknown>
      : {
          code: item.code, tool: item.tool, indicator: item.indicator, title: item.title, titleUncertain: item.titleUncertain,
          inCatalogue: item.inCatalogue, status: item.status, score: item.score, conflictingScores: item.conflictingScores,
          computedFlag, override, flag,
        } satisfies Record<keyof FlaggedItem, unknown>
  })
}

export function flagIndicators(indicators: readonly ScoredIndicator[], threshold: number): FlaggedIndicator[] {
  return indicators.map((indicator) => Object.assign({}, indicator, { flag: flagOf(indicator.score, threshold) }))
}
