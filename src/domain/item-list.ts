import type { Catalogue, Tool } from './framework/schema'
import type { Flag, FlaggedItem } from './flags'
import { compareItemCodes } from './item-code'
import { catalogueItemsByCode } from './framework/lookup'

/** The item list of the analysis: every item with its issue groups, filtered and sorted. */

export type ListedItem = FlaggedItem & {
  /** The item's issue groups (1-7) in the effective catalogue; empty when none or not in it. */
  issueGroups: number[]
}

/** `overridden`: a committee's decision is set; `no-flag`: no score to flag (missing or not assessed). */
export type FlagFilter = Flag | 'overridden' | 'no-flag'

export interface ItemFilter {
  tool?: Tool | null
  /** 1-10; `unknown` keeps the items whose indicator the catalogue does not give. */
  indicator?: number | 'unknown' | null
  /** 1-7; `none` keeps the items in no group. */
  group?: number | 'none' | null
  flag?: FlagFilter | null
}

export const ITEM_SORTS = ['code', 'score-asc', 'score-desc', 'indicator'] as const
export type ItemSort = (typeof ITEM_SORTS)[number]

/** Items with their issue groups (from the catalogue the analysis used). */
export function withIssueGroups(catalogue: Catalogue, items: readonly FlaggedItem[]): ListedItem[] {
  const inCatalogue = catalogueItemsByCode(catalogue)
  return items.map((item) => ({ ...item, issueGroups: inCatalogue.get(item.code)?.issueGroups ?? [] }))
}

/** Whether an item passes every filter given (an absent or null filter keeps everything). */
export function matchesItemFilter(item: ListedItem, filter: ItemFilter): boolean {
  if (filter.tool && item.tool !== filter.tool) return false
  if (filter.indicator === 'unknown' ? item.indicator !== null : filter.indicator != null && item.indicator !== filter.indicator) return false
  if (filter.group === 'none' ? item.issueGroups.length > 0 : filter.group != null && !item.issueGroups.includes(filter.group)) return false
  switch (filter.flag) {
    case 'overridden': return item.override !== null
    case 'no-flag': return item.flag === null
    case 'maintain':
    case 'improve': return item.flag === filter.flag
    default: return true
  }
}

/**
 * Sorted copy: `code` in NACC order (IIT, EIT, OIT, by number); `score-asc` weakest first and
 * `score-desc` strongest first, items without a score last; `indicator` by indicator (unknown last),
 * then code.
 */
export function sortItems<T extends FlaggedItem>(items: readonly T[], sort: ItemSort): T[] {
  const byCode = (a: T, b: T) => compareItemCodes(a.code, b.code)
  const copy = [...items]
  switch (sort) {
    case 'code': return copy.sort(byCode)
    case 'indicator': return copy.sort((a, b) => (a.indicator ?? 99) - (b.indicator ?? 99) || byCode(a, b))
    case 'score-asc':
    case 'score-desc': {
      const sign = sort === 'score-asc' ? 1 : -1
      return copy.sort((a, b) => {
        if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) || byCode(a, b)
        return sign * (a.score - b.score) || byCode(a, b)
      })
    }
  }
}

/** Counts of the flags in force, for the summary above the list. */
export function countFlags(items: readonly FlaggedItem[]): { maintain: number; improve: number; overridden: number; none: number } {
  const counts = { maintain: 0, improve: 0, overridden: 0, none: 0 }
  for (const item of items) {
    if (item.flag === null) counts.none++
    else counts[item.flag]++
    if (item.override !== null) counts.overridden++
  }
  return counts
}
