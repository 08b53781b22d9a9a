import type { Catalogue, Tool } from './framework/schema'
import { TOOLS } from './framework/schema'
import { catalogueItemsByCode } from './framework/lookup'
import type { AssessmentScores } from './assessment'
import { levelFor, type LevelResult } from './levels'
import { compareItemCodes, toolOfItemCode } from './item-code'
import { round2 } from './thai/numbers'

/** Published figures have two decimals; figures that differ by more than this disagree. */
export const TOLERANCE = 0.01
const EPSILON = 1e-9

export type ItemStatus = 'scored' | 'not-assessed' | 'missing'

/** An item's score and its status, as one tagged union: `score` is a number exactly when `status` is
 *  `scored` (the first value given), so narrowing on either one gives the other. */
export type ItemScoreState =
  | { status: 'scored'; score: number }
  | { status: Exclude<ItemStatus, 'scored'>; score: null }

interface ItemFacts {
  code: string
  tool: Tool
  /** null when the year's catalogue does not say (or the code is not in it). */
  indicator: number | null
  title: string | null
  titleUncertain: boolean
  inCatalogue: boolean
  /** Other values the source gave for the same item, when they differ from `score`. */
  conflictingScores: number[]
}

export type ScoredItem = ItemFacts & ItemScoreState

/** The scored branch of an item type (`Scored<FlaggedItem>`: a flagged item whose score is a number). */
export type Scored<T extends ItemScoreState> = Extract<T, { status: 'scored' }>

/** Narrows an item (scored, flagged, or any item with a score state) to one with a number score. */
export function isScored<T extends ItemScoreState>(item: T): item is Scored<T> {
  return item.status === 'scored'
}

/** The three tool scores when all are known, else null. */
export function knownTools(tools: Readonly<Record<Tool, number | null>>): Record<Tool, number> | null {
  const { IIT, EIT, OIT } = tools
  return IIT === null || EIT === null || OIT === null ? null : { IIT, EIT, OIT }
}

/** Every value, or null when one of them is unknown (a tool with an unknown indicator, a total with an
 *  unknown tool). */
function allKnown(values: ReadonlyArray<number | null>): number[] | null {
  const known: number[] = []
  for (const value of values) {
    if (value === null) return null
    known.push(value)
  }
  return known
}

export type IndicatorSource = 'published' | 'items' | 'none'

export interface ScoredIndicator {
  no: number
  name: string
  tool: Tool
  /** The figure used: the published one when given, otherwise the mean of its items. */
  score: number | null
  source: IndicatorSource
  published: number | null
  /** Mean of the indicator's scored items, full precision; null when the catalogue does not map items
   *  to it or one of its items is missing. */
  fromItems: number | null
  /** Item codes the catalogue maps to this indicator. */
  itemCodes: string[]
  missingItems: string[]
}

export interface IndicatorDisagreement {
  indicator: number
  published: number
  fromItems: number
  /** fromItems - published */
  difference: number
  items: Array<{ code: string; score: number }>
}

export interface ItemConflict {
  code: string
  /** Every distinct value given, in source order; the first is the one used. */
  scores: number[]
}

export interface Scorecard {
  fiscalYear: number
  items: ScoredItem[]
  indicators: ScoredIndicator[]
  tools: Record<Tool, number | null>
  /** 0.30 IIT + 0.30 EIT + 0.40 OIT from the indicator figures, full precision; null if any is missing. */
  computedTotal: number | null
  publishedTotal: number | null
  /** The figure used: the published total when given, otherwise the computed one. */
  total: number | null
  /** computedTotal - publishedTotal when both exist and differ by more than the tolerance. */
  totalDisagreement: number | null
  level: LevelResult | null
  indicatorDisagreements: IndicatorDisagreement[]
  itemConflicts: ItemConflict[]
  /** Indicators with no figure at all (neither published nor from items). */
  missingIndicators: number[]
  /** Codes given that the catalogue lacks: kept, shown, and offered for mapping. */
  unknownItems: string[]
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

/**
 * Scores an assessment exactly as the NACC does: item -> indicator mean -> tool mean -> weighted total
 * (weights of the year, 0.30/0.30/0.40), then the level of the year.
 *
 * Accepts item scores, indicator scores, or both. A published indicator score is the one used (it is
 * the NACC's figure); where the items disagree with it by more than 0.01 the disagreement is reported.
 * Items marked not assessed (null) are left out of means; an indicator with a missing item is not
 * computed from items. Duplicate item entries with different values are reported as conflicts and the
 * first value is used.
 */
export function scoreAssessment(catalogue: Catalogue, scores: AssessmentScores): Scorecard {
  const given = new Map<string, Array<number | null>>()
  for (const { code, score } of scores.itemScores) {
    const list = given.get(code) ?? []
    list.push(score)
    given.set(code, list)
  }

  const catalogueItems = catalogueItemsByCode(catalogue)
  const itemConflicts: ItemConflict[] = []
  const toScoredItem = (code: string): ScoredItem => {
    const entry = catalogueItems.get(code)
    const values = given.get(code)
    const first = values?.[0]
    // Most items are given once: skip building a Set for them (this runs for every item of every
    // assessment, 700,000 times for a provincial workbook).
    const distinct = values === undefined ? []
      : values.length === 1 ? (typeof first === 'number' ? [first] : [])
        : [...new Set(values.filter((value): value is number => value !== null))]
    if (distinct.length > 1) itemConflicts.push({ code, scores: distinct })
    const tool = entry?.tool ?? toolOfItemCode(code)!
    const indicator = entry?.indicator ?? null
    const title = entry?.title ?? null
    const titleUncertain = entry?.titleUncertain ?? false
    const inCatalogue = entry !== undefined
    // Two literals of one shape (same keys, same order), so V8 keeps one hidden class for both.
    return typeof first === 'number'
      ? { code, tool, indicator, title, titleUncertain, inCatalogue, status: 'scored', score: first,
          conflictingScores: distinct.filter((value) => value !== first) }
      : { code, tool, indicator, title, titleUncertain, inCatalogue, status: values === undefined ? 'missing' : 'not-assessed', score: null,
          conflictingScores: distinct }
  }
  const unknownItems = [...given.keys()].filter((code) => !catalogueItems.has(code)).sort(compareItemCodes)
  const items = [...catalogue.items.map((item) => toScoredItem(item.code)), ...unknownItems.map(toScoredItem)]

  const published = new Map<number, number>()
  for (const { indicator, score } of scores.indicatorScores) {
    if (!published.has(indicator)) published.set(indicator, score)
  }

  // The catalogue's items of each indicator, in one pass (not a filter per indicator).
  const byIndicator = new Map<number, ScoredItem[]>()
  for (const item of items) {
    if (!item.inCatalogue || item.indicator === null) continue
    const list = byIndicator.get(item.indicator)
    if (list) list.push(item)
    else byIndicator.set(item.indicator, [item])
  }

  const indicatorDisagreements: IndicatorDisagreement[] = []
  const indicators: ScoredIndicator[] = catalogue.indicators.map((indicator) => {
    const mapped = byIndicator.get(indicator.no) ?? []
    const missingItems = mapped.filter((item) => item.status === 'missing').map((item) => item.code)
    const scored = mapped.filter(isScored)
    const fromItems = mapped.length > 0 && missingItems.length === 0 && scored.length > 0
      ? mean(scored.map((item) => item.score))
      : null
    const publishedScore = published.get(indicator.no) ?? null
    if (publishedScore !== null && fromItems !== null && Math.abs(fromItems - publishedScore) > TOLERANCE + EPSILON) {
      indicatorDisagreements.push({
        indicator: indicator.no,
        published: publishedScore,
        fromItems,
        difference: fromItems - publishedScore,
        items: scored.map((item) => ({ code: item.code, score: item.score })),
      })
    }
    const source: IndicatorSource = publishedScore !== null ? 'published' : fromItems !== null ? 'items' : 'none'
    return {
      no: indicator.no,
      name: indicator.name,
      tool: indicator.tool,
      score: publishedScore ?? fromItems,
      source,
      published: publishedScore,
      fromItems,
      itemCodes: mapped.map((item) => item.code),
      missingItems,
    }
  })

  const toolScore = (tool: Tool): number | null => {
    const own = allKnown(indicators.filter((indicator) => indicator.tool === tool).map((indicator) => indicator.score))
    return own !== null && own.length > 0 ? mean(own) : null
  }
  const tools: Record<Tool, number | null> = { IIT: toolScore('IIT'), EIT: toolScore('EIT'), OIT: toolScore('OIT') }

  const toolScores = knownTools(tools)
  const computedTotal = toolScores === null ? null
    : TOOLS.reduce((sum, tool) => sum + catalogue.toolWeights[tool] * toolScores[tool], 0)
  const publishedTotal = scores.publishedTotal ?? null
  const total = publishedTotal ?? computedTotal
  const totalDisagreement = publishedTotal !== null && computedTotal !== null
    && Math.abs(computedTotal - publishedTotal) > TOLERANCE + EPSILON
    ? computedTotal - publishedTotal
    : null

  return {
    fiscalYear: scores.fiscalYear,
    items,
    indicators,
    tools,
    computedTotal,
    publishedTotal,
    total,
    totalDisagreement,
    level: total === null ? null : levelFor(catalogue.levelScheme, total, tools),
    indicatorDisagreements,
    itemConflicts: itemConflicts.sort((a, b) => compareItemCodes(a.code, b.code)),
    missingIndicators: indicators.filter((indicator) => indicator.score === null).map((indicator) => indicator.no),
    unknownItems,
  }
}

/** Two-decimal figure as published, or null. */
export function publishedFigure(value: number | null): number | null {
  return value === null ? null : round2(value)
}
