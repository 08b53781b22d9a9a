import type { Analysis } from '../analysis'
import type { Organization } from '../workspace'
import { compareItemCodes } from '../item-code'
import { OIT_DISCLOSURE_TEMPLATE_IDS, templateItemsFor } from './library'
import { matchOwners } from './owners'
import { clampPeriodStart, periodOfQuarters, quartersOfPeriod } from './period'
import { MeasureSchema, measurePlanId, type Measure, type MeasurePlan, type MeasurePurpose, type MeasureTemplate } from './schema'

export interface DraftOptions {
  /** CE `YYYY-MM`: drafted periods start no earlier than this month when it lies in the plan's year
   *  (a plan drafted in March starts its measures in April, as seed 002's does). */
  earliestMonth?: string
}

export interface DraftSummary {
  /** Ids of rows drafted now that the previous plan did not have. */
  added: string[]
  /** Rows of the previous plan kept exactly as they were (edited, accepted, added or carried over). */
  kept: number
  /** Unedited drafted rows of the previous plan drafted again from their template. */
  redrafted: number
  /** Unedited drafted rows of the previous plan no longer needed (their items are now maintained). */
  dropped: number
  /** Improve items no template and no kept row answers. */
  unanswered: string[]
}

/** Rows drafting never touches: the committee edited, accepted or added them, or they were carried over. */
export function isProtectedMeasure(measure: Measure): boolean {
  return measure.accepted || measure.edited || measure.origin === 'custom' || measure.carriedOver !== null
}

/** A plan row from a template: owners from the organisation's units, the period inside the fiscal year. */
export function measureFromTemplate(
  template: MeasureTemplate, fiscalYear: number, units: readonly string[],
  { primaryGroup, purpose = 'improve', items = [], earliestMonth }: { primaryGroup?: number; purpose?: MeasurePurpose; items?: readonly string[]; earliestMonth?: string } = {},
): Measure {
  let period = periodOfQuarters(fiscalYear, template.period.from, template.period.to)
  if (earliestMonth) period = clampPeriodStart(period, earliestMonth, fiscalYear)
  const first = primaryGroup ?? template.issueGroups[0]!
  return MeasureSchema.parse({
    id: `t:${template.id}`,
    origin: template.id,
    name: template.name,
    kind: template.kind,
    purpose,
    issueGroups: [first, ...template.issueGroups.filter((group) => group !== first)],
    items: [...new Set(items)].sort(compareItemCodes),
    indicators: template.indicators,
    owners: matchOwners(template.owners, units),
    steps: template.steps,
    period,
    quarters: quartersOfPeriod(period, fiscalYear),
    kpi: template.kpi,
    dimension: template.dimension,
    targetGroups: template.targetGroups,
    outputs: template.outputs,
    outcomes: template.outcomes,
  })
}

/**
 * Drafts next year's measures from an analysis: for each issue group (1-7), templates that answer its
 * improve items, best first, each row listing the items it answers; a maintain row (listing the items it
 * keeps up) for a group with no row of its own, e.g. one without weakness. The plan's fiscal year is
 * the assessment year + 1.
 *
 * Which template answers an item: one that names the item for the assessment's catalogue year; for an
 * item no template names, one of the item's indicator; for an item with neither (its meaning is unknown,
 * e.g. 2567 o34), the group's own drafted row, or the group's first template. A group prefers templates
 * filed under it; items left over are answered by any template at the end. Ties go to the template
 * filed first under the group, then to library order (seed 002's own measures come first). An OIT item
 * with none of these and in no issue group (2567 o24, o26-o29, o31-o33) is published information like
 * every OIT item: it goes with the row of the first disclosure template (`OIT_DISCLOSURE_TEMPLATE_IDS`,
 * `nacc-38` then `s004-9`) drafted already, or with a new row of it.
 *
 * Drafting again (`previousPlan`) keeps every row the committee edited, accepted, added or carried over,
 * exactly, and counts the items they answer (a row carried over from last year and not edited since
 * answers the items its template names in this result); unedited drafted rows are drafted again in
 * place; templates the committee removed are not brought back. Pure; ids are `t:<template id>`.
 */
export function draftMeasurePlan(
  analysis: Analysis,
  library: readonly MeasureTemplate[],
  organization: Organization,
  previousPlan?: MeasurePlan | null,
  options: DraftOptions = {},
): { plan: MeasurePlan; summary: DraftSummary } {
  const assessmentYear = analysis.scorecard.fiscalYear
  const fiscalYear = assessmentYear + 1
  const improveAll = new Set(analysis.items.filter((item) => item.flag === 'improve').map((item) => item.code))
  const byTemplate = new Map(library.map((template) => [template.id, template]))
  // Rows carried over from last year and not edited since answer what their template names in this result.
  const previous = (previousPlan?.measures ?? []).map((measure) => {
    const template = byTemplate.get(measure.origin)
    if (!measure.carriedOver || measure.edited || !template) return measure
    return { ...measure, items: templateItemsFor(template, assessmentYear).filter((code) => improveAll.has(code)).sort(compareItemCodes) }
  })
  const kept = previous.filter(isProtectedMeasure)
  const dismissed = new Set(previousPlan?.dismissedTemplates ?? [])
  const inPlan = new Set(kept.map((measure) => measure.origin))
  let available = library.filter((template) => !inPlan.has(template.id) && !dismissed.has(template.id))

  const indicatorOf = new Map(analysis.items.map((item) => [item.code, item.indicator]))
  const explicit = (template: MeasureTemplate) => templateItemsFor(template, assessmentYear)
  const namedAnywhere = new Set(library.flatMap(explicit))
  const hasIndicatorTemplate = (code: string) => {
    const indicator = indicatorOf.get(code)
    return indicator !== null && indicator !== undefined && library.some((template) => template.indicators.includes(indicator))
  }

  const fresh: Measure[] = []
  const rows = () => [...kept, ...fresh]
  const answeredIn = (group: number) => new Set(rows().filter((row) => row.issueGroups.includes(group)).flatMap((row) => row.items))
  const answeredAnywhere = () => new Set(rows().flatMap((row) => row.items))

  const draft = (template: MeasureTemplate, primaryGroup: number, purpose: MeasurePurpose, items: Iterable<string>): Measure => {
    available = available.filter((candidate) => candidate.id !== template.id)
    const row = measureFromTemplate(template, fiscalYear, organization.units, { primaryGroup, purpose, items: [...items], earliestMonth: options.earliestMonth })
    fresh.push(row)
    return row
  }
  /** The best template by `score` (> 0): highest score, then filed first under `group`, then library order. */
  const best = (candidates: readonly MeasureTemplate[], score: (template: MeasureTemplate) => number, group: number) => {
    let chosen: MeasureTemplate | null = null
    let chosenKey = [0, 0]
    for (const template of candidates) {
      const key = [score(template), template.issueGroups[0] === group ? 1 : 0]
      if (key[0]! > 0 && (key[0]! > chosenKey[0]! || (key[0] === chosenKey[0] && key[1]! > chosenKey[1]!))) {
        chosen = template
        chosenKey = key
      }
    }
    return chosen
  }
  const improvesOf = (template: MeasureTemplate) => explicit(template).filter((code) => improveAll.has(code))

  for (const group of analysis.issueGroups) {
    const improve = group.improve.map((item) => item.code)
    const filed = () => available.filter((template) => template.issueGroups.includes(group.no))
    if (improve.length === 0) continue
    const groupRows: Measure[] = []
    const uncovered = () => {
      const answered = answeredIn(group.no)
      return improve.filter((code) => !answered.has(code))
    }
    for (let open = uncovered(); open.length; open = uncovered()) {
      const template = best(filed(), (candidate) => explicit(candidate).filter((code) => open.includes(code)).length, group.no)
      if (!template) break
      groupRows.push(draft(template, group.no, 'improve', improvesOf(template)))
    }
    for (let open = uncovered().filter((code) => !namedAnywhere.has(code)); open.length; open = uncovered().filter((code) => !namedAnywhere.has(code))) {
      const covers = (candidate: MeasureTemplate) => open.filter((code) => {
        const indicator = indicatorOf.get(code)
        return indicator !== null && indicator !== undefined && candidate.indicators.includes(indicator)
      })
      const template = best(filed(), (candidate) => covers(candidate).length, group.no)
      if (!template) break
      groupRows.push(draft(template, group.no, 'improve', [...improvesOf(template), ...covers(template)]))
    }
    const unknown = uncovered().filter((code) => !namedAnywhere.has(code) && !hasIndicatorTemplate(code))
    if (unknown.length) {
      const host = groupRows[0]
      if (host) host.items = [...new Set([...host.items, ...unknown])].sort(compareItemCodes)
      else {
        const template = filed()[0]
        if (template) draft(template, group.no, 'improve', [...improvesOf(template), ...unknown])
      }
    }
  }

  // Items still unanswered (named only by templates filed under other groups): any template that names them.
  for (let open = [...improveAll].filter((code) => !answeredAnywhere().has(code)); open.length; open = [...improveAll].filter((code) => !answeredAnywhere().has(code))) {
    const template = best(available, (candidate) => explicit(candidate).filter((code) => open.includes(code)).length, -1)
    if (!template) break
    draft(template, template.issueGroups[0]!, 'improve', improvesOf(template))
  }

  // OIT items of unknown meaning that no group took: a measure that publishes the agency's information.
  const toolOf = new Map(analysis.items.map((item) => [item.code, item.tool]))
  const stray = [...improveAll].filter((code) => toolOf.get(code) === 'OIT' && !answeredAnywhere().has(code)
    && !namedAnywhere.has(code) && !hasIndicatorTemplate(code))
  if (stray.length) {
    const host = OIT_DISCLOSURE_TEMPLATE_IDS.map((id) => fresh.find((row) => row.origin === id)).find((row) => row !== undefined)
    if (host) host.items = [...new Set([...host.items, ...stray])].sort(compareItemCodes)
    else {
      const template = OIT_DISCLOSURE_TEMPLATE_IDS.map((id) => available.find((candidate) => candidate.id === id)).find((candidate) => candidate !== undefined)
      if (template) draft(template, template.issueGroups[0]!, 'improve', [...improvesOf(template), ...stray])
    }
  }

  // Every group appears in the table: one without a row of its own gets a measure that keeps its level.
  for (const group of analysis.issueGroups) {
    if (rows().some((row) => row.issueGroups.includes(group.no))) continue
    const filed = available.filter((template) => template.issueGroups.includes(group.no))
    const maintain = filed.find((template) => template.maintains.includes(group.no)) ?? filed[0]
    const maintained = new Set(group.maintain.map((item) => item.code))
    if (maintain) draft(maintain, group.no, 'maintain', explicit(maintain).filter((code) => maintained.has(code)))
  }

  const measures = mergeIntoPrevious(previous, fresh)
  const previousIds = new Set(previous.map((measure) => measure.id))
  const freshOrigins = new Set(fresh.map((measure) => measure.origin))
  const unprotected = previous.filter((measure) => !isProtectedMeasure(measure))
  const answered = new Set(measures.flatMap((measure) => measure.items))
  return {
    plan: {
      id: measurePlanId(organization.id, fiscalYear),
      organizationId: organization.id,
      fiscalYear,
      basedOnAssessmentYear: assessmentYear,
      measures,
      dismissedTemplates: [...dismissed],
      confirmedNames: previousPlan?.confirmedNames ?? [],
    },
    summary: {
      added: fresh.filter((measure) => !previousIds.has(measure.id)).map((measure) => measure.id),
      kept: kept.length,
      redrafted: unprotected.filter((measure) => freshOrigins.has(measure.origin)).length,
      dropped: unprotected.filter((measure) => !freshOrigins.has(measure.origin)).length,
      unanswered: [...improveAll].filter((code) => !answered.has(code)).sort(compareItemCodes),
    },
  }
}

function primaryGroupOf(measure: Measure): number {
  return measure.issueGroups[0] ?? 8
}

/**
 * The previous order with protected rows in place and unedited drafted rows replaced by their fresh
 * draft; other fresh rows go after the last row of their group (or an earlier group).
 */
function mergeIntoPrevious(previous: readonly Measure[], fresh: readonly Measure[]): Measure[] {
  const freshByOrigin = new Map(fresh.map((measure) => [measure.origin, measure]))
  const placed = new Set<string>()
  const merged: Measure[] = []
  for (const measure of previous) {
    if (isProtectedMeasure(measure)) merged.push(measure)
    else {
      const again = freshByOrigin.get(measure.origin)
      if (again && !placed.has(again.id)) {
        merged.push(again)
        placed.add(again.id)
      }
    }
  }
  for (const measure of fresh) {
    if (placed.has(measure.id)) continue
    const group = primaryGroupOf(measure)
    let at = 0
    merged.forEach((row, index) => {
      if (primaryGroupOf(row) <= group) at = index + 1
    })
    merged.splice(at, 0, measure)
  }
  return merged
}
