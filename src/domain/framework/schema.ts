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

export const CatalogueSchema = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  toolWeights: z.object({ IIT: z.number(), EIT: z.number(), OIT: z.number() })
    .refine((w) => Math.abs(w.IIT + w.EIT + w.OIT - 1) < 1e-9, 'tool weights must sum to 1'),
  passMark: z.number().min(0).max(100),
  indicators: z.array(IndicatorSchema).length(10),
  subIndicators: z.array(SubIndicatorSchema),
  issueGroups: z.array(IssueGroupSchema).length(7),
  items: z.array(CatalogueItemSchema),
  levelScheme: LevelSchemeSchema,
  /** Where the figures come from, and what is known not to be known. */
  sources: z.array(z.string()),
  unknowns: z.array(z.string()),
}).superRefine((catalogue, ctx) => {
  const indicatorTool = new Map(catalogue.indicators.map((indicator) => [indicator.no, indicator.tool]))
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
  })
})

export type Indicator = z.infer<typeof IndicatorSchema>
export type SubIndicator = z.infer<typeof SubIndicatorSchema>
export type IssueGroup = z.infer<typeof IssueGroupSchema>
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>
export type LevelBand = z.infer<typeof LevelBandSchema>
export type LevelScheme = z.infer<typeof LevelSchemeSchema>
export type Catalogue = z.infer<typeof CatalogueSchema>
/** Input shape of a catalogue (optional fields may be omitted). */
export type CatalogueInput = z.input<typeof CatalogueSchema>
