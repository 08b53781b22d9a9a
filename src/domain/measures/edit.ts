import { compareItemCodes, normaliseItemCode } from '../item-code'
import { templateItemsFor } from './library'
import { measureFromTemplate } from './draft'
import { periodOfQuarters, quartersOfPeriod } from './period'
import { MeasureSchema, type Measure, type MeasurePlan, type MeasureTemplate } from './schema'

/**
 * The committee's edits of a plan, as pure functions returning a new plan: accept, edit, reorder, add,
 * remove (and undo a removal). An edited row is marked so drafting again never overwrites it.
 */

/**
 * Replaces the row with the same id by `measure`, marked as edited by the committee. A row whose first
 * issue group changed moves after the last row of its new group, where the table prints it. A row no
 * longer in the plan (removed in another tab while it was being edited) is put back, after the rows of
 * its group: the edit is never dropped.
 */
export function updateMeasure(plan: MeasurePlan, measure: Measure): MeasurePlan {
  const edited = { ...measure, edited: true }
  const before = plan.measures.find((row) => row.id === measure.id)
  if (!before) return addMeasure(plan, edited)
  if (before && before.issueGroups[0] !== measure.issueGroups[0] && measure.issueGroups.length) {
    return addMeasure({ ...plan, measures: plan.measures.filter((row) => row.id !== measure.id) }, edited)
  }
  return { ...plan, measures: plan.measures.map((row) => (row.id === measure.id ? edited : row)) }
}

/** Marks a drafted row as accepted (or takes the acceptance back). */
export function acceptMeasure(plan: MeasurePlan, id: string, accepted = true): MeasurePlan {
  return { ...plan, measures: plan.measures.map((row) => (row.id === id ? { ...row, accepted } : row)) }
}

/** Moves a row one place up (-1) or down (+1); at either end the plan is returned unchanged. */
export function moveMeasure(plan: MeasurePlan, id: string, step: -1 | 1): MeasurePlan {
  const from = plan.measures.findIndex((row) => row.id === id)
  const to = from + step
  if (from < 0 || to < 0 || to >= plan.measures.length) return plan
  const measures = [...plan.measures]
  const [row] = measures.splice(from, 1)
  measures.splice(to, 0, row!)
  return { ...plan, measures }
}

/**
 * Removes a row. A drafted row's template is remembered as dismissed so drafting again does not bring
 * it back; `restoreMeasure` undoes both.
 */
export function removeMeasure(plan: MeasurePlan, id: string): { plan: MeasurePlan; removed: Measure | null; index: number } {
  const index = plan.measures.findIndex((row) => row.id === id)
  if (index < 0) return { plan, removed: null, index }
  const removed = plan.measures[index]!
  const dismissed = removed.origin === 'custom' || plan.dismissedTemplates.includes(removed.origin)
    ? plan.dismissedTemplates
    : [...plan.dismissedTemplates, removed.origin]
  return { plan: { ...plan, measures: plan.measures.filter((row) => row.id !== id), dismissedTemplates: dismissed }, removed, index }
}

/** The leftover check's `text`, confirmed as belonging in the plan (or no longer: `confirmed` false). */
export function confirmName(plan: MeasurePlan, text: string, confirmed = true): MeasurePlan {
  const name = text.trim().normalize('NFC')
  const others = plan.confirmedNames.filter((entry) => entry !== name)
  return { ...plan, confirmedNames: confirmed && name ? [...others, name] : others }
}

export function restoreMeasure(plan: MeasurePlan, measure: Measure, index: number): MeasurePlan {
  const measures = plan.measures.filter((row) => row.id !== measure.id)
  measures.splice(Math.min(Math.max(index, 0), measures.length), 0, measure)
  return { ...plan, measures, dismissedTemplates: plan.dismissedTemplates.filter((id) => id !== measure.origin) }
}

/** Inserts a row after the last row of its issue group (or at the end). */
export function addMeasure(plan: MeasurePlan, measure: Measure): MeasurePlan {
  const group = measure.issueGroups[0] ?? 8
  let at = plan.measures.length
  if (measure.issueGroups.length) {
    at = 0
    plan.measures.forEach((row, index) => {
      if ((row.issueGroups[0] ?? 8) <= group) at = index + 1
    })
  }
  const measures = [...plan.measures]
  measures.splice(at, 0, measure)
  return { ...plan, measures }
}

/** An empty row of the committee's own (id `c:N`), filed under `issueGroup`, running the second half of the year. */
export function newCustomMeasure(plan: MeasurePlan, issueGroup: number | null): Measure {
  const used = plan.measures.map((row) => /^c:(\d+)$/.exec(row.id)?.[1]).filter((n): n is string => n !== undefined).map(Number)
  const period = periodOfQuarters(plan.fiscalYear, 3, 4)
  return MeasureSchema.parse({
    id: `c:${Math.max(0, ...used) + 1}`,
    origin: 'custom',
    name: '',
    kind: 'measure',
    issueGroups: issueGroup ? [issueGroup] : [],
    period,
    quarters: quartersOfPeriod(period, plan.fiscalYear),
    accepted: true,
    edited: true,
  })
}

/**
 * A row the committee picked from the library: answers the improve items the template names for the
 * plan's assessment year, and counts as accepted (drafting again keeps it).
 */
export function measureFromLibrary(plan: MeasurePlan, template: MeasureTemplate, units: readonly string[], improveCodes: ReadonlySet<string>): Measure {
  const items = templateItemsFor(template, plan.basedOnAssessmentYear).filter((code) => improveCodes.has(code))
  return { ...measureFromTemplate(template, plan.fiscalYear, units, { items }), accepted: true }
}

/**
 * Steps typed one per line; numbering people type ("๑.", "1)", "(2)", "-", "•") is removed because the
 * table numbers steps itself. Blank lines are dropped.
 */
export function parseStepLines(text: string): string[] {
  return text.split(/\r?\n/)
    .map((line) => line.replace(/^\s*(\(?[0-9๐-๙]{1,3}[.)]\)?|[-–•●])\s*/u, '').trim())
    .filter((line) => line !== '')
}

/** Item codes typed as a list ("i10, o34 e๔"): the canonical codes, and what could not be read. */
export function parseItemCodes(text: string): { codes: string[]; invalid: string[] } {
  const codes = new Set<string>()
  const invalid: string[] = []
  for (const part of text.split(/[\s,;،]+/).filter(Boolean)) {
    const code = normaliseItemCode(part)
    if (code) codes.add(code)
    else invalid.push(part)
  }
  return { codes: [...codes].sort(compareItemCodes), invalid }
}
