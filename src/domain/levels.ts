import type { LevelBand, LevelScheme, Tool } from './framework/schema'
import { TOOLS } from './framework/schema'
import { round2 } from './thai/numbers'

export interface LevelResult {
  name: string
  passed: boolean
  band: LevelBand
  schemeId: string
  /** The total the level was read from, rounded to two decimals as published. */
  total: number
  /** Bands above the one reached, each with what fell short: the total, or the tools below the bar. */
  notReached: Array<{ band: LevelBand; shortOf: 'total' | Tool[] }>
}

/**
 * The level of a total under a year's scheme. Totals and tool scores are compared at two decimals,
 * as published (84.996 prints as 85.00 and reaches 85). A band with a per-tool condition is only
 * granted when every tool score is known and reaches it.
 */
export function levelFor(scheme: LevelScheme, total: number, tools: Record<Tool, number | null>): LevelResult {
  const published = round2(total)
  const notReached: LevelResult['notReached'] = []
  for (const band of scheme.bands) {
    if (published < band.minTotal) {
      notReached.push({ band, shortOf: 'total' })
      continue
    }
    if (band.minEachTool !== null) {
      const bar = band.minEachTool
      const short = TOOLS.filter((tool) => {
        const score = tools[tool]
        return score === null || round2(score) < bar
      })
      if (short.length > 0) {
        notReached.push({ band, shortOf: short })
        continue
      }
    }
    return { name: band.name, passed: band.passed, band, schemeId: scheme.id, total: published, notReached }
  }
  // The schema guarantees a last band starting at 0, so only a negative total lands here.
  throw new RangeError(`total out of range: ${total}`)
}
