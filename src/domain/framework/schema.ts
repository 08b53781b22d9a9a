import { z } from 'zod'

/**
 * The framework catalogue of one fiscal year, as data: the NACC changes items between years, so every
 * year is a validated value, never code. Shipped catalogues and catalogues a committee imports go
 * through the same schema.
 */

export const TOOLS = ['IIT', 'EIT', 'OIT'] as const
export const ToolSchema = z.enum(TOOLS)
export type Tool = z.infer<typeof ToolSchema>

/** Item code prefix of each tool: i1.., e1.., o1.. */
export const TOOL_PREFIX: Record<Tool, 'i' | 'e' | 'o'> = { IIT: 'i', EIT: 'e', OIT: 'o' }

export const IndicatorNoSchema = z.number().int().min(1).max(10)
export const IssueGroupNoSchema = z.number().int().min(1).max(7)
export const ItemCodeSchema = z.string().regex(/^[ieo][1-9]\d{0,2}$/, 'item code: i, e or o and a number')

export const IndicatorSchema = z.object({
  no: IndicatorNoSchema,
  name: z.string().min(1),
  tool: ToolSchema,
  /** Names used in earlier years (e.g. การปรับปรุงระบบการทำงาน for 8). */
  formerNames: z.array(z.string()).default([]),
})

export const SubIndicatorSchema = z.object({
  code: z.string().regex(/^(9|10)\.\d$/),
  indicator: z.union([z.literal(9), z.literal(10)]),
  name: z.string().min(1),
})

export const IssueGroupSchema = z.object({
  no: IssueGroupNoSchema,
  name: z.string().min(1),
})

/** A source's id: short, stable, referenced by the facts it backs (e.g. `seed-002`, `agency-2569-list`). */
export const SourceIdSchema = z.string().regex(/^[\w:.-]{1,80}$/, 'source id: letters, digits, _ : . -')
export type SourceId = z.infer<typeof SourceIdSchema>

/**
 * The source id of facts a committee set in this app (a title it typed, an item it added). It is not
 * listed in a shipped catalogue; `applyCatalogueOverrides` adds it when the committee changed something.
 */
export const COMMITTEE_SOURCE_ID = 'committee'

/** Where catalogue facts come from: the NACC's own text, one agency's published list, a seed, an inference. */
export const SOURCE_KINDS = ['nacc', 'agency', 'seed', 'code', 'inference', 'committee', 'file'] as const

export const CatalogueSourceSchema = z.object({
  id: SourceIdSchema,
  /** What it is, in a few words (English or Thai), e.g. "seed 002: อบต.หนองซอน, ITA 2567 analysis". */
  label: z.string().min(1).max(300),
  kind: z.enum(SOURCE_KINDS),
  /** Where to read it (a web page, or a repository file as https://github.com/owner/name/blob/...); null when none. */
  url: z.string().url().max(500).nullable(),
  /** What it says, and how far it can be trusted. */
  note: z.string().max(1000),
})

/** The source of each fact of an item; null exactly where the fact is not known (the fact is null). */
export const ItemSourcesSchema = z.object({
  title: SourceIdSchema.nullable(),
  indicator: SourceIdSchema.nullable(),
  subIndicator: SourceIdSchema.nullable(),
})

export const CatalogueItemSchema = z.object({
  code: ItemCodeSchema,
  tool: ToolSchema,
  /** null when the indicator of the item is not known for this year: it is shown, flagged and grouped
   *  but cannot feed an indicator score (the published indicator figure is used instead). */
  indicator: IndicatorNoSchema.nullable(),
  subIndicator: z.string().regex(/^(9|10)\.\d$/).nullable(),
  /** Thai title; null when not known. */
  title: z.string().min(1).nullable(),
  /** true where the title is taken from a secondary source or inferred. */
  titleUncertain: z.boolean(),
  /** true where the indicator (and sub-indicator) is inferred rather than read in a source. */
  indicatorUncertain: z.boolean(),
  /** The source of the title, the indicator and the sub-indicator (ids of the catalogue's `sources`). */
  sources: ItemSourcesSchema,
  /** Default issue groups (1-7); a committee may change them. */
  issueGroups: z.array(IssueGroupNoSchema),
})

export const LevelBandSchema = z.object({
  name: z.string().min(1),
  /** Inclusive lower bound of the (two-decimal) total. */
  minTotal: z.number().min(0).max(100),
  /** Each tool score must reach this too (2567 onwards: ผ่านดีเยี่ยม and ผ่านดี); null when no condition. */
  minEachTool: z.number().min(0).max(100).nullable(),
  /** Whether the band counts as passing the assessment. */
  passed: z.boolean(),
})

export const LevelSchemeSchema = z.object({
  id: z.string().min(1),
  /** Ordered best first; the first band whose conditions hold is the level; the last has minTotal 0. */
  bands: z.array(LevelBandSchema).min(2),
  source: z.string(),
}).refine((scheme) => scheme.bands.at(-1)?.minTotal === 0, 'the last band must start at 0')

/** What the app produces, as evidence the OIT asks for (the OIT item codes of the year answer it). */
export const EVIDENCE_PRODUCTS = ['analysis', 'measures', 'follow-up', 'action-plan', 'action-plan-report'] as const
export const EvidenceProductSchema = z.enum(EVIDENCE_PRODUCTS)
export type EvidenceProduct = z.infer<typeof EvidenceProductSchema>

export const EvidenceEntrySchema = z.object({
  product: EvidenceProductSchema,
  /** OIT item codes of the year this product is published as evidence for. */
  items: z.array(ItemCodeSchema).min(1),
  source: SourceIdSchema,
  uncertain: z.boolean(),
})

export const CatalogueSchema = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  toolWeights: z.object({ IIT: z.number(), EIT: z.number(), OIT: z.number() })
    .refine((w) => Math.abs(w.IIT + w.EIT + w.OIT - 1) < 1e-9, 'tool weights must sum to 1'),
  /** Where the tool weights and the level rule of the year come from, and whether they are only assumed. */
  yearFacts: z.object({
    toolWeights: z.object({ source: SourceIdSchema, uncertain: z.boolean() }),
    levelScheme: z.object({ source: SourceIdSchema, uncertain: z.boolean() }),
  }),
  passMark: z.number().min(0).max(100),
  indicators: z.array(IndicatorSchema).length(10),
  subIndicators: z.array(SubIndicatorSchema),
  issueGroups: z.array(IssueGroupSchema).length(7),
  items: z.array(CatalogueItemSchema),
  levelScheme: LevelSchemeSchema,
  /** Every source a fact of this catalogue refers to (ids unique). */
  sources: z.array(CatalogueSourceSchema).min(1),
  /** What is known not to be known (English notes, shown to whoever checks the catalogue). */
  unknowns: z.array(z.string()),
  /** Which OIT items each of the app's products answers in this year; empty when not known. */
  evidence: z.array(EvidenceEntrySchema),
}).superRefine((catalogue, ctx) => {
  const indicatorTool = new Map(catalogue.indicators.map((indicator) => [indicator.no, indicator.tool]))
  const sourceIds = new Set<string>()
  catalogue.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) ctx.addIssue({ code: 'custom', message: `duplicate source ${source.id}`, path: ['sources', index, 'id'] })
    sourceIds.add(source.id)
  })
  const known = (id: string | null, path: Array<string | number>) => {
    if (id !== null && !sourceIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source ${id}`, path })
  }
  known(catalogue.yearFacts.toolWeights.source, ['yearFacts', 'toolWeights', 'source'])
  known(catalogue.yearFacts.levelScheme.source, ['yearFacts', 'levelScheme', 'source'])
  const subIndicatorCodes = new Map(catalogue.subIndicators.map((sub) => [sub.code, sub.indicator]))
  const seen = new Set<string>()
  catalogue.indicators.forEach((indicator, index) => {
    if (indicator.no !== index + 1) ctx.addIssue({ code: 'custom', message: 'indicators must be 1-10 in order', path: ['indicators', index] })
  })
  catalogue.items.forEach((item, index) => {
    const path = ['items', index]
    if (seen.has(item.code)) ctx.addIssue({ code: 'custom', message: `duplicate item ${item.code}`, path })
    seen.add(item.code)
    if (!item.code.startsWith(TOOL_PREFIX[item.tool])) {
      ctx.addIssue({ code: 'custom', message: `${item.code} does not belong to ${item.tool}`, path })
    }
    if (item.indicator !== null && indicatorTool.get(item.indicator) !== item.tool) {
      ctx.addIssue({ code: 'custom', message: `${item.code}: indicator ${item.indicator} is not an ${item.tool} indicator`, path })
    }
    if (item.subIndicator !== null && item.tool !== 'OIT') {
      ctx.addIssue({ code: 'custom', message: `${item.code}: only OIT items have sub-indicators`, path })
    }
    if (item.subIndicator !== null) {
      const parent = subIndicatorCodes.get(item.subIndicator)
      if (parent === undefined) ctx.addIssue({ code: 'custom', message: `${item.code}: unknown sub-indicator ${item.subIndicator}`, path })
      else if (item.indicator !== null && parent !== item.indicator) {
        ctx.addIssue({ code: 'custom', message: `${item.code}: sub-indicator ${item.subIndicator} is not under indicator ${item.indicator}`, path })
      }
    }
    // A fact has a source exactly when it is known: unknown stays null, with no source.
    const facts = [['title', item.title], ['indicator', item.indicator], ['subIndicator', item.subIndicator]] as const
    for (const [fact, value] of facts) {
      const source = item.sources[fact]
      if ((value === null) !== (source === null)) {
        ctx.addIssue({ code: 'custom', message: `${item.code}: ${fact} ${value === null ? 'unknown but has a source' : 'known but has no source'}`, path: [...path, 'sources', fact] })
      }
      known(source, [...path, 'sources', fact])
    }
    if (item.title === null && item.titleUncertain) ctx.addIssue({ code: 'custom', message: `${item.code}: an unknown title cannot be uncertain`, path })
    if (item.indicator === null && item.indicatorUncertain) ctx.addIssue({ code: 'custom', message: `${item.code}: an unknown indicator cannot be uncertain`, path })
  })
  const oitCodes = new Set(catalogue.items.filter((item) => item.tool === 'OIT').map((item) => item.code))
  catalogue.evidence.forEach((entry, index) => {
    known(entry.source, ['evidence', index, 'source'])
    for (const code of entry.items) {
      if (!oitCodes.has(code)) ctx.addIssue({ code: 'custom', message: `evidence ${entry.product}: ${code} is not an OIT item of the year`, path: ['evidence', index] })
    }
  })
})

export type Indicator = z.infer<typeof IndicatorSchema>
export type SubIndicator = z.infer<typeof SubIndicatorSchema>
export type IssueGroup = z.infer<typeof IssueGroupSchema>
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>
export type CatalogueSource = z.infer<typeof CatalogueSourceSchema>
export type ItemSources = z.infer<typeof ItemSourcesSchema>
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>
export type LevelBand = z.infer<typeof LevelBandSchema>
export type LevelScheme = z.infer<typeof LevelSchemeSchema>
export type Catalogue = z.infer<typeof CatalogueSchema>
/** Input shape of a catalogue (optional fields may be omitted). */
export type CatalogueInput = z.input<typeof CatalogueSchema>
