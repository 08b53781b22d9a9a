import type { AssessmentScores } from './assessment'
import { TEN_INDICATORS } from './framework/common'
import type { Catalogue, Tool } from './framework/schema'
import { compareItemCodes, toolOfItemCode } from './item-code'

/**
 * The split search: when a file gives both item scores and the published indicator scores, which
 * assignments of a tool's items to its indicators reproduce every published indicator of the tool
 * within 0.01 (an indicator is the mean of its items, as ITA.md verifies for every year shipped)?
 * Items of one indicator are usually consecutive codes, so consecutive splits are searched first;
 * when none fits, any partition is searched while the number of assignments stays under a bound,
 * and beyond it the outcome says "too many to search" instead of guessing. Nothing here is adopted:
 * the caller offers a unique fit to the committee, sourced to the file's figures.
 */

/** Published figures have two decimals; a mean within this of one reproduces it. */
export const SPLIT_TOLERANCE = 0.01
/** Assignments of the any-partition stage beyond which the search is not tried (3^12 = 531,441 fits). */
export const SPLIT_SEARCH_LIMIT = 600_000
/** Fits kept for display; more than one is "several" whatever the count. */
const MAX_FITS_KEPT = 20
/** Combinations of a source's contradictory prints of one item tried (seed 002 prints e3 and e7 twice). */
const MAX_VARIANTS = 16

export interface SplitItem {
  code: string
  /** The values the file prints for the item, first the one scoring uses; more than one when it contradicts itself. */
  scores: readonly number[]
}

export interface SplitInput {
  tool: Tool
  /** The tool's scored items (any order; not-assessed items are left out: they feed no mean). */
  items: readonly SplitItem[]
  /** The published score of each indicator of the tool (all of them are needed). */
  published: ReadonlyArray<{ indicator: number; score: number }>
  /** Codes of the tool the year's catalogue lists but the file does not score: their absence changes every mean. */
  missing: readonly string[]
}

/** One assignment: each indicator of the tool with its items (codes in order) and the mean they give. */
export interface SplitFit {
  groups: Array<{ indicator: number; items: string[]; mean: number }>
  /** The value used for each item printed more than once, when not its first. */
  variants: Array<{ code: string; score: number }>
}

export type SplitOutcome =
  /** One assignment fits: offer it. */
  | 'unique'
  /** More than one fits: the figures do not decide. */
  | 'several'
  /** No assignment fits (a misprint, or indicators that are not plain means). */
  | 'none'
  /** No consecutive split fits and the other partitions are too many to search. */
  | 'too-many'
  /** Items of the tool are missing from the file, or an indicator of the tool is not published. */
  | 'incomplete'

export interface SplitResult {
  tool: Tool
  outcome: SplitOutcome
  /** Where the outcome was decided: consecutive codes, or any partition. */
  stage: 'consecutive' | 'any' | null
  /** Up to 20 fits (for `unique`, exactly one). */
  fits: SplitFit[]
  /** How many assignments were tried. */
  tried: number
  /** For `too-many`: the number of partitions that would have to be tried. */
  partitions: number
  /** For `incomplete`: the catalogue's codes the file lacks, and the tool's indicators with no published score. */
  missingItems: string[]
  missingIndicators: number[]
}

function fits(mean: number, published: number): boolean {
  return Math.abs(mean - published) <= SPLIT_TOLERANCE + 1e-9
}

/**
 * Searches one tool. Accepts item scores 0-100 (full precision) and published indicator scores
 * (two decimals). Pure and bounded: at most `SPLIT_SEARCH_LIMIT` assignments per variant of the
 * contradictory prints.
 */
export function searchIndicatorSplit(input: SplitInput): SplitResult {
  const indicators = TEN_INDICATORS.filter((indicator) => indicator.tool === input.tool).map((indicator) => indicator.no)
  const publishedBy = new Map(input.published.map((entry) => [entry.indicator, entry.score]))
  const missingIndicators = indicators.filter((no) => !publishedBy.has(no))
  const items = [...input.items].sort((a, b) => compareItemCodes(a.code, b.code))
  const base: SplitResult = {
    tool: input.tool, outcome: 'incomplete', stage: null, fits: [], tried: 0, partitions: 0,
    missingItems: [...input.missing].sort(compareItemCodes), missingIndicators,
  }
  if (missingIndicators.length > 0 || input.missing.length > 0 || items.length < indicators.length) return base
  const targets = indicators.map((no) => publishedBy.get(no)!)
  const variants = scoreVariants(items)
  const found: SplitFit[] = []
  const keyOf = (fit: SplitFit) => fit.groups.map((group) => group.items.join(',')).join('|')
  const seen = new Set<string>()
  let tried = 0
  const record = (assignment: readonly number[], values: readonly number[]) => {
    const groups = indicators.map((indicator, slot) => {
      const members = items.flatMap((item, index) => assignment[index] === slot ? [{ code: item.code, value: values[index]! }] : [])
      return { indicator, items: members.map((member) => member.code), mean: members.reduce((sum, member) => sum + member.value, 0) / members.length }
    })
    const fit: SplitFit = {
      groups,
      variants: items.flatMap((item, index) => values[index] !== item.scores[0] ? [{ code: item.code, score: values[index]! }] : []),
    }
    // The same grouping reached with another variant is one fit (the first variant is the file's own).
    const key = keyOf(fit)
    if (seen.has(key)) return
    seen.add(key)
    if (found.length < MAX_FITS_KEPT) found.push(fit)
  }
  let distinct = 0
  const countingRecord = (assignment: readonly number[], values: readonly number[]) => {
    const before = seen.size
    record(assignment, values)
    if (seen.size > before) distinct++
  }

  // Stage 1: consecutive codes, indicators in order (choose k-1 cut points among n-1 gaps).
  for (const values of variants) tried += consecutiveSplits(values, targets, countingRecord)
  if (distinct > 0) return { ...base, outcome: distinct === 1 ? 'unique' : 'several', stage: 'consecutive', fits: found, tried }

  // Stage 2: any partition into non-empty groups, while it stays under the bound.
  const partitions = indicators.length ** items.length
  if (partitions * variants.length > SPLIT_SEARCH_LIMIT) return { ...base, outcome: 'too-many', stage: 'any', tried, partitions }
  for (const values of variants) tried += anyPartition(values, targets, countingRecord)
  return {
    ...base, outcome: distinct === 0 ? 'none' : distinct === 1 ? 'unique' : 'several', stage: 'any', fits: found, tried, partitions,
  }
}

/** Every combination of an item's printed values (first the file's own), at most MAX_VARIANTS. */
function scoreVariants(items: readonly SplitItem[]): number[][] {
  let variants: number[][] = [[]]
  for (const item of items) {
    const options = [...new Set(item.scores)]
    const next: number[][] = []
    for (const variant of variants) for (const option of options) next.push([...variant, option])
    variants = next.length > MAX_VARIANTS ? next.slice(0, MAX_VARIANTS) : next
  }
  return variants
}

function consecutiveSplits(values: readonly number[], targets: readonly number[], onFit: (assignment: number[], values: readonly number[]) => void): number {
  const n = values.length
  const k = targets.length
  const prefix = [0]
  for (const value of values) prefix.push(prefix.at(-1)! + value)
  const assignment = new Array<number>(n).fill(0)
  let tried = 0
  const walk = (slot: number, start: number) => {
    if (slot === k - 1) {
      tried++
      if (fits((prefix[n]! - prefix[start]!) / (n - start), targets[slot]!)) {
        for (let index = start; index < n; index++) assignment[index] = slot
        onFit([...assignment], values)
      }
      return
    }
    // Leave at least one item for each later indicator.
    for (let end = start + 1; end <= n - (k - 1 - slot); end++) {
      if (!fits((prefix[end]! - prefix[start]!) / (end - start), targets[slot]!)) { tried++; continue }
      for (let index = start; index < end; index++) assignment[index] = slot
      walk(slot + 1, end)
    }
  }
  walk(0, 0)
  return tried
}

function anyPartition(values: readonly number[], targets: readonly number[], onFit: (assignment: number[], values: readonly number[]) => void): number {
  const n = values.length
  const k = targets.length
  const sums = new Array<number>(k).fill(0)
  const counts = new Array<number>(k).fill(0)
  const assignment = new Array<number>(n).fill(0)
  let tried = 0
  const walk = (index: number) => {
    if (index === n) {
      tried++
      for (let slot = 0; slot < k; slot++) {
        if (counts[slot] === 0 || !fits(sums[slot]! / counts[slot]!, targets[slot]!)) return
      }
      onFit([...assignment], values)
      return
    }
    for (let slot = 0; slot < k; slot++) {
      assignment[index] = slot
      sums[slot]! += values[index]!
      counts[slot]!++
      walk(index + 1)
      sums[slot]! -= values[index]!
      counts[slot]!--
    }
  }
  walk(0)
  return tried
}

/**
 * The split search of every tool of an assessment whose file gives items and its published indicators:
 * items as scored (each printed value kept, in order; `-` left out), the catalogue's codes of the tool
 * the file lacks reported as missing. A tool without any scored item is not searched.
 */
export function searchAssessmentSplits(catalogue: Catalogue, scores: AssessmentScores): SplitResult[] {
  const results: SplitResult[] = []
  for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
    const printed = new Map<string, number[]>()
    const notAssessed = new Set<string>()
    for (const entry of scores.itemScores) {
      if (toolOfItemCode(entry.code) !== tool) continue
      if (entry.score === null) { notAssessed.add(entry.code); continue }
      const list = printed.get(entry.code) ?? []
      if (!list.includes(entry.score)) list.push(entry.score)
      printed.set(entry.code, list)
    }
    if (printed.size === 0) continue
    const missing = catalogue.items
      .filter((item) => item.tool === tool && !printed.has(item.code) && !notAssessed.has(item.code))
      .map((item) => item.code)
    results.push(searchIndicatorSplit({
      tool,
      items: [...printed].map(([code, list]) => ({ code, scores: list })),
      published: scores.indicatorScores.filter((entry) => TEN_INDICATORS.some((indicator) => indicator.no === entry.indicator && indicator.tool === tool)),
      missing,
    }))
  }
  return results
}
