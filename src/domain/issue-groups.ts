import type { Catalogue, Tool } from './framework/schema'
import type { FlaggedItem } from './flags'
import { isScored, type Scored } from './scoring'
import { catalogueItemsByCode } from './framework/lookup'

export interface IssueGroupAnalysis {
  no: number
  name: string
  /** Items of the group in catalogue order, by tool (seed 002, section 3 tables). */
  itemsByTool: Record<Tool, FlaggedItem[]>
  items: FlaggedItem[]
  improve: FlaggedItem[]
  maintain: FlaggedItem[]
  /** Up to `weakestCount` scored items, lowest score first (whatever their flag). */
  weakest: FlaggedItem[]
  /** Indicators the group's items belong to (where known). */
  indicators: number[]
}

/**
 * Per issue group (1-7), its items by tool with scores and flags, and its weakest items. Group
 * membership is the catalogue's `issueGroups` (the effective catalogue, after a committee's mapping
 * changes). Items in no group are returned in `unmapped` so nothing is silently left out.
 */
export function analyseIssueGroups(
  catalogue: Catalogue,
  items: readonly FlaggedItem[],
  weakestCount = 3,
): { groups: IssueGroupAnalysis[]; unmapped: FlaggedItem[] } {
  const byCode = catalogueItemsByCode(catalogue)
  // One pass puts each item in its groups, in the items' order (not a filter per group: this runs for
  // every assessment of a provincial workbook). An item listed twice under one group counts once.
  const membersOf = new Map<number, FlaggedItem[]>(catalogue.issueGroups.map((group) => [group.no, []]))
  for (const item of items) {
    for (const no of byCode.get(item.code)?.issueGroups ?? []) {
      const members = membersOf.get(no)
      if (members && members.at(-1) !== item) members.push(item)
    }
  }
  const groups = catalogue.issueGroups.map((group): IssueGroupAnalysis => {
    const members = membersOf.get(group.no) ?? []
    // One pass over the group's items (this runs 7 times for each of 10,000 assessments of a province).
    const itemsByTool: Record<Tool, FlaggedItem[]> = { IIT: [], EIT: [], OIT: [] }
    const improve: FlaggedItem[] = []
    const maintain: FlaggedItem[] = []
    const scored: Array<Scored<FlaggedItem>> = []
    const indicators = new Set<number>()
    for (const item of members) {
      itemsByTool[item.tool].push(item)
      if (item.flag === 'improve') improve.push(item)
      else if (item.flag === 'maintain') maintain.push(item)
      if (isScored(item)) scored.push(item)
      if (item.indicator !== null) indicators.add(item.indicator)
    }
    return {
      no: group.no,
      name: group.name,
      itemsByTool,
      items: members,
      improve,
      maintain,
      weakest: scored.sort((a, b) => a.score - b.score).slice(0, weakestCount),
      indicators: [...indicators].sort((a, b) => a - b),
    }
  })
  const unmapped = items.filter((item) => (byCode.get(item.code)?.issueGroups ?? []).length === 0 && item.status !== 'missing')
  return { groups, unmapped }
}
