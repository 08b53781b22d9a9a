import type { Tool } from './framework/schema'
import { TOOLS } from './framework/schema'
import type { Scorecard } from './scoring'
import { round2 } from './thai/numbers'

/**
 * Two fiscal years of one organisation side by side: the total, level, tools, indicators, and the
 * items scored in both. Differences are taken between the two-decimal figures as published (what a
 * committee computes from the printed results), so 88.65 against 80.12 is +8.53 exactly.
 */

export type Direction = 'up' | 'down' | 'same'

export interface FigureChange {
  /** The earlier year's figure (full precision); null when it has none. */
  before: number | null
  after: number | null
  /** round2(after) - round2(before); null unless both exist. */
  difference: number | null
  /** Compared at two decimals; null unless both exist. */
  direction: Direction | null
}

export interface IndicatorChange extends FigureChange {
  no: number
  name: string
  tool: Tool
}

export interface ItemChangeAcrossYears extends FigureChange {
  code: string
  tool: Tool
  titleBefore: string | null
  titleAfter: string | null
  /** Both titles are known and differ: the same code may be another question in the other year. */
  titleDiffers: boolean
}

export interface YearComparison {
  fiscalYearBefore: number
  fiscalYearAfter: number
  total: FigureChange
  levelBefore: string | null
  levelAfter: string | null
  passedBefore: boolean | null
  passedAfter: boolean | null
  tools: Record<Tool, FigureChange>
  indicators: IndicatorChange[]
  /** Items scored in both years, in the later year's order. */
  items: ItemChangeAcrossYears[]
}

/** The change from `before` to `after`, both 0-100 or null. */
export function figureChange(before: number | null, after: number | null): FigureChange {
  if (before === null || after === null) return { before, after, difference: null, direction: null }
  const difference = round2(round2(after) - round2(before))
  return { before, after, difference, direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same' }
}

/**
 * Compares two scorecards of the same organisation (any two years, in either order: `before` is the
 * one shown first). Indicators are matched by number (the ten are the same every year), items by code.
 */
export function compareScorecards(before: Scorecard, after: Scorecard): YearComparison {
  const earlierIndicators = new Map(before.indicators.map((indicator) => [indicator.no, indicator]))
  const earlierItems = new Map(before.items.filter((item) => item.status === 'scored').map((item) => [item.code, item]))
  return {
    fiscalYearBefore: before.fiscalYear,
    fiscalYearAfter: after.fiscalYear,
    total: figureChange(before.total, after.total),
    levelBefore: before.level?.name ?? null,
    levelAfter: after.level?.name ?? null,
    passedBefore: before.level?.passed ?? null,
    passedAfter: after.level?.passed ?? null,
    tools: Object.fromEntries(TOOLS.map((tool) => [tool, figureChange(before.tools[tool], after.tools[tool])])) as Record<Tool, FigureChange>,
    indicators: after.indicators.map((indicator) => ({
      no: indicator.no,
      name: indicator.name,
      tool: indicator.tool,
      ...figureChange(earlierIndicators.get(indicator.no)?.score ?? null, indicator.score),
    })),
    items: after.items.flatMap((item): ItemChangeAcrossYears[] => {
      const earlier = earlierItems.get(item.code)
      if (!earlier || item.status !== 'scored') return []
      return [{
        code: item.code,
        tool: item.tool,
        titleBefore: earlier.title,
        titleAfter: item.title,
        titleDiffers: earlier.title !== null && item.title !== null && earlier.title !== item.title,
        ...figureChange(earlier.score, item.score),
      }]
    }),
  }
}
