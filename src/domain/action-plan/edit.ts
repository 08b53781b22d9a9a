import { MeasureSchema, type Measure, type MeasureTemplate } from '../measures/schema'
import { measureFromTemplate } from '../measures/draft'
import type { ActionPlan, ActionPlanEntry } from './schema'

/**
 * The committee's edits of an action plan, as pure functions returning a new plan. The plan's own
 * entries carry their measure (ids `ap-N`); an integrity measure is included by reference and edited
 * in the measure plan (the same record), so nothing here changes it.
 */

/** The next free own id, `ap-N`. */
export function nextOwnId(plan: Pick<ActionPlan, 'entries'>): string {
  const used = plan.entries
    .map((entry) => (entry.ref === 'own' ? /^ap-(\d+)$/.exec(entry.measure.id)?.[1] : undefined))
    .filter((n): n is string => n !== undefined)
    .map(Number)
  return `ap-${Math.max(0, ...used) + 1}`
}

/** The id of the measure an entry stands for. */
export function entryMeasureId(entry: ActionPlanEntry): string {
  return entry.ref === 'own' ? entry.measure.id : entry.measureId
}

/** An empty project of the plan's own, running through the fiscal year's second and third quarters. */
export function newOwnMeasure(plan: Pick<ActionPlan, 'entries' | 'fiscalYear'>): Measure {
  return MeasureSchema.parse({
    id: nextOwnId(plan),
    origin: 'custom',
    name: '',
    kind: 'project',
    quarters: [false, true, true, false],
    accepted: true,
    edited: true,
  })
}

/** A template of the library as the plan's own entry (its dimension, sheet texts and KPI come with it). */
export function ownMeasureFromTemplate(plan: Pick<ActionPlan, 'entries' | 'fiscalYear'>, template: MeasureTemplate, units: readonly string[]): Measure {
  return { ...measureFromTemplate(template, plan.fiscalYear, units, {}), id: nextOwnId(plan), accepted: true }
}

/** Appends an entry (an own measure, or a reference to an integrity measure not yet in the plan). */
export function addEntry(plan: ActionPlan, entry: ActionPlanEntry): ActionPlan {
  const id = entryMeasureId(entry)
  if (plan.entries.some((other) => entryMeasureId(other) === id)) return plan
  return { ...plan, entries: [...plan.entries, entry] }
}

/** Replaces the own entry with the measure's id, marked as edited; one removed meanwhile is put back at the end. */
export function updateOwnEntry(plan: ActionPlan, measure: Measure): ActionPlan {
  const edited = { ...measure, edited: true }
  if (!plan.entries.some((entry) => entry.ref === 'own' && entry.measure.id === measure.id)) return addEntry(plan, { ref: 'own', measure: edited })
  return { ...plan, entries: plan.entries.map((entry) => (entry.ref === 'own' && entry.measure.id === measure.id ? { ref: 'own', measure: edited } : entry)) }
}

/** Moves the entry at `index` one place up (-1) or down (+1); at either end the plan is unchanged. */
export function moveEntry(plan: ActionPlan, index: number, step: -1 | 1): ActionPlan {
  const to = index + step
  if (index < 0 || index >= plan.entries.length || to < 0 || to >= plan.entries.length) return plan
  const entries = [...plan.entries]
  const [entry] = entries.splice(index, 1)
  entries.splice(to, 0, entry!)
  return { ...plan, entries }
}

/**
 * Takes the entry at `index` out of the plan (an integrity measure stays in the measure plan). A
 * drafted entry's template is remembered as dismissed, so drafting again does not bring it back.
 */
export function removeEntry(plan: ActionPlan, index: number): { plan: ActionPlan; removed: ActionPlanEntry | null } {
  const removed = plan.entries[index] ?? null
  if (!removed) return { plan, removed }
  const origin = removed.ref === 'own' ? removed.measure.origin : null
  const dismissed = origin && origin !== 'custom' && !plan.dismissedTemplates.includes(origin) ? [...plan.dismissedTemplates, origin] : plan.dismissedTemplates
  return { plan: { ...plan, entries: plan.entries.filter((_, at) => at !== index), dismissedTemplates: dismissed }, removed }
}

/** Undoes `removeEntry`: the entry back at its place, its template no longer dismissed. */
export function restoreEntry(plan: ActionPlan, entry: ActionPlanEntry, index: number): ActionPlan {
  const id = entryMeasureId(entry)
  const entries = plan.entries.filter((other) => entryMeasureId(other) !== id)
  entries.splice(Math.min(Math.max(index, 0), entries.length), 0, entry)
  const origin = entry.ref === 'own' ? entry.measure.origin : null
  return { ...plan, entries, dismissedTemplates: plan.dismissedTemplates.filter((template) => template !== origin) }
}

/**
 * The entries of an imported table as the plan's own entries, numbered `ap-1`... in the table's order,
 * replacing what the plan held (the caller keeps the plan before, to undo). Integrity references stay,
 * after the imported rows, unless the table already names them.
 */
export function replaceWithImported(plan: ActionPlan, measures: readonly Measure[]): ActionPlan {
  const own = measures.map((measure, index): ActionPlanEntry => ({ ref: 'own', measure: { ...measure, id: `ap-${index + 1}` } }))
  const references = plan.entries.filter((entry) => entry.ref === 'integrity')
  return { ...plan, entries: [...own, ...references] }
}

/**
 * A project sheet's วิธีดำเนินการ typed one step per line, each level set in by a tab or two spaces
 * (0-3), as the committee sees it in the editor; blank lines are dropped. `methodText` writes it back.
 */
export function parseMethodLines(text: string): Array<{ text: string; level: number }> {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => {
    const indent = /^[\t ]*/.exec(line)![0].replace(/\t/g, '  ').length
    return { text: line.trim(), level: Math.min(3, Math.floor(indent / 2)) }
  })
}

export function methodText(method: ReadonlyArray<{ text: string; level: number }>): string {
  return method.map((step) => `${'  '.repeat(step.level)}${step.text}`).join('\n')
}
