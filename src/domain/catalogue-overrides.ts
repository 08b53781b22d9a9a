import { z } from 'zod'
import {
  COMMITTEE_SOURCE_ID, CatalogueSchema, IndicatorNoSchema, IssueGroupNoSchema, ItemCodeSchema, TOOL_PREFIX, ToolSchema,
  type Catalogue, type CatalogueItem, type CatalogueSource, type Tool,
} from './framework/schema'
import { TEN_INDICATORS } from './framework/common'
import { compareItemCodes } from './item-code'

/**
 * A committee's changes to the shipped catalogue of one fiscal year, kept per organisation and year:
 * item titles, item-to-issue-group mapping, and items it adds for codes the shipped catalogue lacks
 * (imports keep unknown codes "for mapping"). The shipped catalogue is never changed; the effective
 * catalogue is `applyCatalogueOverrides(shipped, overrides)`, and resetting means saving no changes.
 */

/**
 * The source of what a committee set in this app: the titles it typed and the items it added. Screens
 * name it in Thai by its id (src/ui); the note says what it covers.
 */
export function committeeSource(edited: number, added: number): CatalogueSource {
  return {
    id: COMMITTEE_SOURCE_ID, kind: 'committee', url: null,
    label: 'the organisation\'s committee, in this app',
    note: `${edited} item(s) edited, ${added} item(s) added by the committee; not checked against the NACC's manual`,
  }
}

/** The tool of each indicator (1-5 IIT, 6-8 EIT, 9-10 OIT): the same in every year. */
const INDICATOR_TOOL = new Map<number, Tool>(TEN_INDICATORS.map((indicator) => [indicator.no, indicator.tool]))

function toolOfCode(code: string): Tool | undefined {
  return (Object.keys(TOOL_PREFIX) as Tool[]).find((tool) => code.startsWith(TOOL_PREFIX[tool]))
}

/** The label of a file source: the file name, sheet and row, as the screens cite it. */
export function fileFactLabel(ref: FileFactRef): string {
  const place = [ref.sheet === null ? null : `ชีต ${ref.sheet}`, ref.row === null ? null : `แถว ${ref.row}`].filter(Boolean).join(' ')
  return (place === '' ? ref.file : `${ref.file} (${place})`).slice(0, 300)
}

export const OverrideTitleSchema = z.string().trim().min(1).max(500)

/** Issue groups 1-7, each once. */
export const IssueGroupListSchema = z.array(IssueGroupNoSchema).max(7)
  .refine((groups) => new Set(groups).size === groups.length, { message: 'duplicate' })

/**
 * Where an adopted fact was read: an imported result file, its sheet and row (1-based). A fact without
 * one was set by the committee in this app.
 */
export const FileFactRefSchema = z.strictObject({
  file: z.string().trim().min(1).max(300),
  sheet: z.string().max(100).nullable(),
  row: z.number().int().min(1).max(1_000_000).nullable(),
})
export type FileFactRef = z.infer<typeof FileFactRefSchema>

export const ItemEditSchema = z.strictObject({
  code: ItemCodeSchema,
  /** The committee's title; absent keeps the shipped one. */
  title: OverrideTitleSchema.optional(),
  /** Where the title was read when it was adopted from an imported file; absent: the committee typed it. */
  titleFrom: FileFactRefSchema.optional(),
  /** The indicator adopted from an imported file (its item list or its figures); absent keeps the shipped one. */
  indicator: IndicatorNoSchema.optional(),
  /** Where the indicator was read (required with `indicator`). */
  indicatorFrom: FileFactRefSchema.optional(),
  /** The committee's groups (empty: the item belongs to no group); absent keeps the shipped mapping. */
  issueGroups: IssueGroupListSchema.optional(),
}).superRefine((edit, ctx) => {
  if ((edit.indicator === undefined) !== (edit.indicatorFrom === undefined)) ctx.addIssue({ code: 'custom', message: 'indicator-source', path: ['indicatorFrom'] })
  if (edit.titleFrom !== undefined && edit.title === undefined) ctx.addIssue({ code: 'custom', message: 'title-source', path: ['titleFrom'] })
  const tool = toolOfCode(edit.code)
  if (edit.indicator !== undefined && INDICATOR_TOOL.get(edit.indicator) !== tool) ctx.addIssue({ code: 'custom', message: 'indicator-mismatch', path: ['indicator'] })
})
export type ItemEdit = z.infer<typeof ItemEditSchema>

export const AddedItemSchema = z.strictObject({
  code: ItemCodeSchema,
  tool: ToolSchema,
  /** null when the committee does not know the indicator: the item is shown, flagged and grouped only. */
  indicator: IndicatorNoSchema.nullable(),
  title: OverrideTitleSchema.nullable(),
  /** Where the title and the indicator were read, when the item was adopted from an imported file. */
  titleFrom: FileFactRefSchema.optional(),
  indicatorFrom: FileFactRefSchema.optional(),
  issueGroups: IssueGroupListSchema,
}).superRefine((item, ctx) => {
  if (item.titleFrom !== undefined && item.title === null) ctx.addIssue({ code: 'custom', message: 'title-source', path: ['titleFrom'] })
  if (item.indicatorFrom !== undefined && item.indicator === null) ctx.addIssue({ code: 'custom', message: 'indicator-source', path: ['indicatorFrom'] })
  if (!item.code.startsWith(TOOL_PREFIX[item.tool])) {
    ctx.addIssue({ code: 'custom', message: 'tool-mismatch', path: ['tool'] })
  }
  if (item.indicator !== null && INDICATOR_TOOL.get(item.indicator) !== item.tool) {
    ctx.addIssue({ code: 'custom', message: 'indicator-mismatch', path: ['indicator'] })
  }
})
export type AddedItem = z.infer<typeof AddedItemSchema>

export const CatalogueOverridesSchema = z.strictObject({
  edits: z.array(ItemEditSchema).max(2000),
  added: z.array(AddedItemSchema).max(1000),
}).superRefine((overrides, ctx) => {
  const duplicate = (list: ReadonlyArray<{ code: string }>, path: string) => {
    const seen = new Set<string>()
    list.forEach((entry, index) => {
      if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [path, index, 'code'] })
      seen.add(entry.code)
    })
  }
  duplicate(overrides.edits, 'edits')
  duplicate(overrides.added, 'added')
  const addedCodes = new Set(overrides.added.map((item) => item.code))
  overrides.edits.forEach((edit, index) => {
    // An added item carries its own title and groups: editing it means editing the added entry.
    if (addedCodes.has(edit.code)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['edits', index, 'code'] })
  })
})
export type CatalogueOverrides = z.infer<typeof CatalogueOverridesSchema>

export const NO_CATALOGUE_OVERRIDES: CatalogueOverrides = { edits: [], added: [] }

/** What the browser saves: the changes of one organisation and fiscal year. */
export const CatalogueOverridesRecordSchema = z.object({
  /** `${organizationId}:${fiscalYear}`, as the assessment it belongs to. */
  id: z.string().min(1).max(200).regex(/^[\w:.-]+$/),
  organizationId: z.string().min(1).max(200).regex(/^[\w:.-]+$/),
  fiscalYear: z.number().int().min(2500).max(2700),
  overrides: CatalogueOverridesSchema,
})
export type CatalogueOverridesRecord = z.infer<typeof CatalogueOverridesRecordSchema>

export function hasCatalogueOverrides(overrides: CatalogueOverrides | null | undefined): boolean {
  return Boolean(overrides && (overrides.edits.length > 0 || overrides.added.length > 0))
}

export interface StaleOverride {
  code: string
  /** `unknown-code`: an edit of a code the catalogue lacks; `code-in-catalogue`: an added item the catalogue already has. */
  reason: 'unknown-code' | 'code-in-catalogue'
  path: ['edits' | 'added', number]
}

/**
 * Changes that do not fit a catalogue: edits of codes it lacks, added items it already has. Imports
 * reject them; `applyCatalogueOverrides` skips them (a later app version may ship a code a committee
 * had added, and the app must still open).
 */
export function staleOverrides(catalogue: Catalogue, overrides: CatalogueOverrides): StaleOverride[] {
  const shipped = new Set(catalogue.items.map((item) => item.code))
  return [
    ...overrides.edits.flatMap((edit, index): StaleOverride[] => shipped.has(edit.code) ? [] : [{ code: edit.code, reason: 'unknown-code', path: ['edits', index] }]),
    ...overrides.added.flatMap((item, index): StaleOverride[] => shipped.has(item.code) ? [{ code: item.code, reason: 'code-in-catalogue', path: ['added', index] }] : []),
  ]
}

/**
 * The effective catalogue: the shipped one with a committee's titles, group mapping and added items.
 * A committee's title counts as confirmed (`titleUncertain: false`). Added items take their place in
 * NACC order (IIT, EIT, OIT, then by number). Stale changes (see `staleOverrides`) are skipped. The
 * result is validated with the catalogue schema, as every catalogue is.
 */
export function applyCatalogueOverrides(catalogue: Catalogue, overrides: CatalogueOverrides): Catalogue {
  if (!hasCatalogueOverrides(overrides)) return catalogue
  const fileSources = new Map<string, CatalogueSource>()
  // One source per file, sheet and row cited, ids in the order first cited (file-1, file-2, ...).
  const sourceOf = (ref: FileFactRef | undefined): string => {
    if (ref === undefined) return COMMITTEE_SOURCE_ID
    const label = fileFactLabel(ref)
    const known = fileSources.get(label)
    if (known) return known.id
    const source: CatalogueSource = {
      id: `file-${fileSources.size + 1}`, kind: 'file', url: null, label,
      note: 'adopted by the committee from the result file it imported; not checked against the NACC\'s manual',
    }
    fileSources.set(label, source)
    return source.id
  }
  const edits = new Map(overrides.edits.map((edit) => [edit.code, edit]))
  const shipped = new Set(catalogue.items.map((item) => item.code))
  let edited = 0
  const items: CatalogueItem[] = catalogue.items.map((item) => {
    const edit = edits.get(item.code)
    if (!edit) return item
    edited++
    const sources = { ...item.sources }
    if (edit.title !== undefined) sources.title = sourceOf(edit.titleFrom)
    if (edit.indicator !== undefined) sources.indicator = sourceOf(edit.indicatorFrom)
    // A sub-indicator under another indicator no longer holds once the file moves the item.
    const subIndicator = edit.indicator !== undefined && item.subIndicator !== null && !item.subIndicator.startsWith(`${edit.indicator}.`)
      ? null : item.subIndicator
    if (subIndicator === null) sources.subIndicator = null
    return {
      ...item,
      title: edit.title ?? item.title,
      titleUncertain: edit.title !== undefined ? false : item.titleUncertain,
      indicator: edit.indicator ?? item.indicator,
      indicatorUncertain: edit.indicator !== undefined ? false : item.indicatorUncertain,
      subIndicator,
      sources,
      issueGroups: edit.issueGroups ? [...edit.issueGroups].sort((a, b) => a - b) : item.issueGroups,
    }
  })
  const added: CatalogueItem[] = overrides.added
    .filter((item) => !shipped.has(item.code))
    .map((item) => ({
      code: item.code, tool: item.tool, indicator: item.indicator, subIndicator: null,
      title: item.title, titleUncertain: false, indicatorUncertain: false,
      sources: {
        title: item.title === null ? null : sourceOf(item.titleFrom),
        indicator: item.indicator === null ? null : sourceOf(item.indicatorFrom),
        subIndicator: null,
      },
      issueGroups: [...item.issueGroups].sort((a, b) => a - b),
    }))
  return CatalogueSchema.parse({
    ...catalogue,
    items: [...items, ...added].sort((a, b) => compareItemCodes(a.code, b.code)),
    sources: [
      ...catalogue.sources.filter((source) => source.id !== COMMITTEE_SOURCE_ID && !source.id.startsWith('file-')),
      committeeSource(edited, added.length), ...fileSources.values(),
    ],
  })
}

/** The changes with one item's edit replaced (or removed when it keeps the shipped title and groups). */
export function withItemEdit(catalogue: Catalogue, overrides: CatalogueOverrides, edit: ItemEdit): CatalogueOverrides {
  const shipped = catalogue.items.find((item) => item.code === edit.code)
  const sameTitle = edit.title === undefined || edit.title === shipped?.title
  const sameGroups = edit.issueGroups === undefined || (shipped !== undefined && sameSet(edit.issueGroups, shipped.issueGroups))
  const sameIndicator = edit.indicator === undefined || edit.indicator === shipped?.indicator
  const clean: ItemEdit = { code: edit.code }
  if (!sameTitle) {
    clean.title = edit.title
    if (edit.titleFrom) clean.titleFrom = edit.titleFrom
  }
  if (!sameIndicator) {
    clean.indicator = edit.indicator
    clean.indicatorFrom = edit.indicatorFrom
  }
  if (!sameGroups) clean.issueGroups = edit.issueGroups
  const others = overrides.edits.filter((entry) => entry.code !== edit.code)
  const edits = sameTitle && sameGroups && sameIndicator ? others : [...others, clean]
  return CatalogueOverridesSchema.parse({ ...overrides, edits: edits.sort((a, b) => compareItemCodes(a.code, b.code)) })
}

/** The changes with an added item put in (replacing one of the same code) or, with `null`, removed. */
export function withAddedItem(overrides: CatalogueOverrides, code: string, item: AddedItem | null): CatalogueOverrides {
  const others = overrides.added.filter((entry) => entry.code !== code)
  const added = item === null ? others : [...others, item]
  return CatalogueOverridesSchema.parse({ ...overrides, added: added.sort((a, b) => compareItemCodes(a.code, b.code)) })
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value))
}
