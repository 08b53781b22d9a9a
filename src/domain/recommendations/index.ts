import type { Recommendation, RecommendationLibrary, RecommendationOverride } from './schema'

/**
 * The recommendation library's rules: its schema, citations, and how an organisation's own texts
 * apply. The shipped data is in `./library` (imported where it is used).
 */
export * from './schema'
export type { EvidenceCodes } from './texts'

export interface EffectiveRecommendation {
  code: string
  /** The text in force: the organisation's own when it has one, otherwise the shipped one. */
  text: string
  /** The shipped entry; null for a code the library lacks (an item the year's catalogue lacks). */
  shipped: Recommendation | null
  /** True when the organisation's own text is in force. */
  edited: boolean
}

/**
 * The library as one organisation reads it: its own text for the items it edited, the shipped text
 * for the others. Overrides for codes the library lacks are included (a committee may write one for
 * an item the catalogue lacks). Keyed by item code.
 */
export function applyRecommendationOverrides(
  library: RecommendationLibrary,
  overrides: readonly RecommendationOverride[],
): Map<string, EffectiveRecommendation> {
  const effective = new Map<string, EffectiveRecommendation>()
  for (const shipped of library.recommendations) {
    effective.set(shipped.code, { code: shipped.code, text: shipped.text, shipped, edited: false })
  }
  for (const override of overrides) {
    const shipped = effective.get(override.code)?.shipped ?? null
    effective.set(override.code, { code: override.code, text: override.text, shipped, edited: true })
  }
  return effective
}

/**
 * The overrides after a committee saves `text` for `code`: replaced or added, or removed when the
 * text (trimmed) is the shipped text again or empty, which is the same as resetting it.
 */
export function withRecommendationText(
  overrides: readonly RecommendationOverride[],
  code: string,
  text: string,
  shippedText: string | null,
): RecommendationOverride[] {
  const others = overrides.filter((override) => override.code !== code)
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === shippedText) return others
  return [...others, { code, text: trimmed }]
}
