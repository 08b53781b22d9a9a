import type { Catalogue, Tool } from './framework/schema'
import { TOOLS } from './framework/schema'
import { levelFor, type LevelResult } from './levels'
import { isScored, type Scorecard, type ScoredIndicator, type ScoredItem } from './scoring'
import { round2 } from './thai/numbers'

/**
 * What-if: how the total moves when items improve. Scoring is a chain of means, so the effect of an
 * item is linear until an indicator or tool reaches 100:
 * - an item mapped to an indicator moves that indicator by (to - from) / n, n = the indicator's scored
 *   items, and its tool by that over the tool's indicator count (exact);
 * - an item whose indicator the year's catalogue does not give (EIT and OIT of 2567) is assumed to
 *   weigh like every other scored item of its tool: it moves the tool by (to - from) / n, n = the
 *   tool's scored items (an estimate, marked `exact: false`).
 * The projection starts from the total in use (the published one when given) and adds the change.
 */

export interface ItemChange {
  code: string
  /** The score the item would reach, 0-100 (default 100). */
  to: number
}

export interface ItemGain {
  code: string
  tool: Tool
  indicator: number | null
  from: number
  to: number
  /** Change of the total, full precision. */
  gain: number
  exact: boolean
}

export interface Projection {
  total: number
  tools: Record<Tool, number>
  level: LevelResult
  /** The gain of each change on its own, in the order given. */
  gains: ItemGain[]
  exact: boolean
}

/** A scorecard whose total, tool scores and indicator scores are all known: what a projection starts from. */
export type ProjectableScorecard = Omit<Scorecard, 'total' | 'tools' | 'indicators'> & {
  total: number
  tools: Record<Tool, number>
  indicators: Array<ScoredIndicator & { score: number }>
}

interface Base {
  scorecard: ProjectableScorecard
  catalogue: Catalogue
  indicatorCount: Map<Tool, number>
  scoredPerIndicator: Map<number, number>
  scoredPerTool: Map<Tool, number>
  items: Map<string, ScoredItem>
}

function prepare(catalogue: Catalogue, scorecard: ProjectableScorecard): Base {
  const indicatorCount = new Map<Tool, number>()
  for (const indicator of scorecard.indicators) indicatorCount.set(indicator.tool, (indicatorCount.get(indicator.tool) ?? 0) + 1)
  const scoredPerIndicator = new Map<number, number>()
  const scoredPerTool = new Map<Tool, number>()
  for (const item of scorecard.items) {
    if (item.status !== 'scored') continue
    if (item.indicator !== null) scoredPerIndicator.set(item.indicator, (scoredPerIndicator.get(item.indicator) ?? 0) + 1)
    scoredPerTool.set(item.tool, (scoredPerTool.get(item.tool) ?? 0) + 1)
  }
  return { scorecard, catalogue, indicatorCount, scoredPerIndicator, scoredPerTool, items: new Map(scorecard.items.map((item) => [item.code, item])) }
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value))
}

/** Whether projections can be made: every tool score and the total are known (a known tool score is the
 *  mean of known indicator scores, so those are known too; checked all the same, for the type). */
export function canProject(scorecard: Scorecard): scorecard is ProjectableScorecard {
  return scorecard.total !== null && TOOLS.every((tool) => scorecard.tools[tool] !== null)
    && scorecard.indicators.every((indicator) => indicator.score !== null)
}

function project(base: Base, changes: readonly ItemChange[]): Projection {
  const { scorecard, catalogue } = base
  const indicatorDelta = new Map<number, number>()
  const toolDelta = new Map<Tool, number>()
  const gains: ItemGain[] = []
  let exact = true
  for (const change of changes) {
    const item = base.items.get(change.code)
    if (!item || !isScored(item)) continue
    const to = clamp(change.to)
    const step = to - item.score
    const perIndicator = item.indicator !== null ? base.scoredPerIndicator.get(item.indicator) : undefined
    let toolStep: number
    if (item.indicator !== null && perIndicator) {
      indicatorDelta.set(item.indicator, (indicatorDelta.get(item.indicator) ?? 0) + step / perIndicator)
      toolStep = step / perIndicator / (base.indicatorCount.get(item.tool) ?? 1)
    } else {
      toolStep = step / (base.scoredPerTool.get(item.tool) ?? 1)
      toolDelta.set(item.tool, (toolDelta.get(item.tool) ?? 0) + toolStep)
      exact = false
    }
    gains.push({
      code: item.code, tool: item.tool, indicator: item.indicator, from: item.score, to,
      gain: catalogue.toolWeights[item.tool] * toolStep, exact: item.indicator !== null && Boolean(perIndicator),
    })
  }
  const tools = Object.fromEntries(TOOLS.map((tool) => {
    const own = scorecard.indicators.filter((indicator) => indicator.tool === tool)
    const projected = own.map((indicator) => clamp(indicator.score + (indicatorDelta.get(indicator.no) ?? 0)))
    const mean = projected.reduce((sum, value) => sum + value, 0) / projected.length
    return [tool, clamp(mean + (toolDelta.get(tool) ?? 0))]
  })) as Record<Tool, number>
  const computedBefore = TOOLS.reduce((sum, tool) => sum + catalogue.toolWeights[tool] * scorecard.tools[tool], 0)
  const computedAfter = TOOLS.reduce((sum, tool) => sum + catalogue.toolWeights[tool] * tools[tool], 0)
  const total = clamp(scorecard.total + computedAfter - computedBefore)
  return { total, tools, level: levelFor(catalogue.levelScheme, total, tools), gains, exact }
}

/** The total, tools and level if the given items reached the given scores. */
export function projectChanges(catalogue: Catalogue, scorecard: Scorecard, changes: readonly ItemChange[]): Projection {
  if (!canProject(scorecard)) throw new RangeError('cannot project without every tool score')
  return project(prepare(catalogue, scorecard), changes)
}

/** The gain of the total if one item reached `to` (100 by default); null when it has no score. */
export function itemGain(catalogue: Catalogue, scorecard: Scorecard, code: string, to = 100): ItemGain | null {
  if (!canProject(scorecard)) return null
  return project(prepare(catalogue, scorecard), [{ code, to }]).gains[0] ?? null
}

/** Every scored item below `to`, with the gain of raising it to `to`, largest gain first. */
export function rankItemsByGain(catalogue: Catalogue, scorecard: Scorecard, to = 100): ItemGain[] {
  if (!canProject(scorecard)) return []
  const base = prepare(catalogue, scorecard)
  const candidates = scorecard.items.filter(isScored).filter((item) => item.score < to)
  return project(base, candidates.map((item) => ({ code: item.code, to })))
    .gains
    .filter((gain) => gain.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.from - b.from)
}

export interface TargetPlan {
  target: number
  /** True when the chosen items reach the target (at two decimals). */
  reachable: boolean
  /** The smallest set of items that reaches the target, largest gain first; every candidate when it
   *  cannot be reached. */
  items: ItemGain[]
  projection: Projection
  /** How far the current total is below the target (0 when already there). */
  needed: number
}

/**
 * The smallest set of items whose improvement to `to` (default 100) lifts the total to `target`
 * (85, 95 or any number 0-100). Taking items in order of gain gives the fewest items for any count,
 * as every item adds a non-negative amount; the projection is recomputed at each step so caps at
 * 100 are honoured. `exclude` leaves items out (a committee that rules an item out).
 */
export function smallestSetToReach(
  catalogue: Catalogue,
  scorecard: Scorecard,
  target: number,
  options: { to?: number; exclude?: readonly string[] } = {},
): TargetPlan | null {
  if (!canProject(scorecard)) return null
  const to = options.to ?? 100
  const excluded = new Set(options.exclude ?? [])
  const ranked = rankItemsByGain(catalogue, scorecard, to).filter((gain) => !excluded.has(gain.code))
  const base = prepare(catalogue, scorecard)
  const needed = Math.max(0, target - scorecard.total)
  const chosen: ItemGain[] = []
  let projection = project(base, [])
  for (const candidate of ranked) {
    if (round2(projection.total) >= target) break
    chosen.push(candidate)
    projection = project(base, chosen.map((gain) => ({ code: gain.code, to })))
  }
  return { target, reachable: round2(projection.total) >= target, items: chosen, projection, needed }
}
