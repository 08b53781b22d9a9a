import { z } from 'zod'
import { LIBRARY_INPUT } from './library-data'
import { MeasureTemplateSchema, type Measure, type MeasureTemplate } from './schema'

export { OIT_DISCLOSURE_TEMPLATE_IDS } from './library-data'

const LibrarySchema = z.array(MeasureTemplateSchema).superRefine((templates, ctx) => {
  const seen = new Set<string>()
  templates.forEach((template, index) => {
    if (seen.has(template.id)) ctx.addIssue({ code: 'custom', message: `duplicate template id ${template.id}`, path: [index, 'id'] })
    seen.add(template.id)
  })
})

/** The shipped library, validated once when the module loads: a broken template fails every test at once. */
export const SHIPPED_LIBRARY: readonly MeasureTemplate[] = LibrarySchema.parse(LIBRARY_INPUT)

/**
 * The library a committee drafts from: the shipped templates, then its own (saved per organisation).
 * An own template with the id of a shipped one is ignored, so the shipped library cannot be shadowed.
 */
export function combineLibrary(own: readonly MeasureTemplate[], shipped: readonly MeasureTemplate[] = SHIPPED_LIBRARY): MeasureTemplate[] {
  const ids = new Set(shipped.map((template) => template.id))
  return [...shipped, ...own.filter((template) => !ids.has(template.id))]
}

/** Item codes a template answers in a catalogue year; empty when the template gives none for that year. */
export function templateItemsFor(template: MeasureTemplate, fiscalYear: number): string[] {
  return template.items.find((entry) => entry.fiscalYear === fiscalYear)?.codes ?? []
}

/**
 * A committee's own measure turned into a template of its organisation's library (id `own-N`, N the
 * next free number). The items it answers are kept for the given catalogue year; the months of its
 * period become fiscal quarters.
 */
export function templateFromMeasure(measure: Measure, own: readonly MeasureTemplate[], catalogueYear: number, organizationName: string): MeasureTemplate {
  const used = own.map((template) => /^own-(\d+)$/.exec(template.id)?.[1]).filter((n): n is string => n !== undefined).map(Number)
  const next = Math.max(0, ...used) + 1
  const ticked = measure.quarters.flatMap((tick, index) => (tick ? [index + 1] : []))
  return MeasureTemplateSchema.parse({
    id: `own-${next}`,
    name: measure.name.trim(),
    kind: measure.kind,
    dimension: measure.dimension,
    steps: measure.steps,
    owners: measure.owners,
    indicators: measure.indicators,
    issueGroups: measure.issueGroups.length ? measure.issueGroups : [1],
    items: measure.items.length ? [{ fiscalYear: catalogueYear, codes: measure.items }] : [],
    period: ticked.length ? { from: ticked[0], to: ticked.at(-1) } : { from: 3, to: 4 },
    kpi: measure.kpi,
    targetGroups: measure.targetGroups,
    outputs: measure.outputs,
    outcomes: measure.outcomes,
    sources: [`บันทึกโดย${organizationName}`],
  })
}
