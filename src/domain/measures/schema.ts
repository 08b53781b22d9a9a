import { z } from 'zod'
import { IndicatorNoSchema, IssueGroupNoSchema, ItemCodeSchema } from '../framework/schema'

/**
 * The committee's measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน), their follow-up, and the
 * measure library, as validated shapes. A measure also carries what the anti-corruption action plan and
 * its results report need (มิติ 1-4, budget or none, quarter ticks, target groups, outputs and outcomes:
 * seed digest §1 and §6), since those documents are built on the same measures.
 */

export const IdSchema = z.string().min(1).max(200).regex(/^[\w:.-]+$/, 'id: letters, digits and : . _ -')
const Text = (max: number) => z.string().max(max)

/** มาตรการ / โครงการ / กิจกรรม / แนวปฏิบัติงาน (the action plan's fourth kind) */
export const MEASURE_KINDS = ['measure', 'project', 'activity', 'guideline'] as const
export const MeasureKindSchema = z.enum(MEASURE_KINDS)
export type MeasureKind = z.infer<typeof MeasureKindSchema>

/** Whether a measure was drafted to raise weak (improve) items or to keep a group's level (maintain). */
export const MeasurePurposeSchema = z.enum(['improve', 'maintain'])
export type MeasurePurpose = z.infer<typeof MeasurePurposeSchema>

/** มิติ 1-4 of the anti-corruption action plan (seed digest §3). */
export const DimensionSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
export type Dimension = z.infer<typeof DimensionSchema>

/** The action plan's rows marked "*1" / "*2" instead of a dimension (seed 003 rows 30, 31), printed as marked. */
export const DimensionMarkSchema = z.enum(['*1', '*2'])
export type DimensionMark = z.infer<typeof DimensionMarkSchema>

/** Where a budget comes from, where the plan says: แผนพัฒนาท้องถิ่น, ข้อบัญญัติ/เทศบัญญัติ. */
export const BudgetSourceSchema = z.enum(['local-plan', 'bylaw'])
export type BudgetSource = z.infer<typeof BudgetSourceSchema>

/** A CE date, `2026-02-27`. */
export const DateTextSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date: YYYY-MM-DD (CE)')

/**
 * Seed 003's nine-heading project sheet (โครงการ): ชื่อโครงการ is the measure's name, กลุ่มเป้าหมาย its
 * target groups, งบประมาณ its budget, ผลผลิต/ผลลัพธ์ its outputs and outcomes; the sheet adds the rest.
 */
export const ProjectSheetSchema = z.object({
  /** หลักการและเหตุผล, paragraphs separated by line breaks. */
  rationale: Text(20000).default(''),
  /** วัตถุประสงค์, in order. */
  objectives: z.array(Text(3000).min(1)).max(50).default([]),
  /** วิธีดำเนินการ as a numbered tree: each step with its depth (0 = ๑), 1 = ๑.๑) or (๑), ...). */
  method: z.array(z.object({ text: Text(3000).min(1), level: z.number().int().min(0).max(3) })).max(100).default([]),
  /** ระยะเวลาดำเนินการ as printed ("ปีงบประมาณ พ.ศ. ๒๕๖๙"). */
  duration: Text(300).default(''),
  /** ผู้รับผิดชอบ as printed on the sheet (often the whole organisation); the owners stay the units. */
  ownerText: Text(1000).default(''),
})
export type ProjectSheet = z.infer<typeof ProjectSheetSchema>

/** A CE year and month, `2025-04`. */
export const YearMonthTextSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month: YYYY-MM (CE)')

export const PeriodSchema = z.object({
  /** First month, CE `YYYY-MM`. */
  start: YearMonthTextSchema,
  /** Last month, CE `YYYY-MM`, inclusive. */
  end: YearMonthTextSchema,
})
export type Period = z.infer<typeof PeriodSchema>

/** Ticks for fiscal quarters 1-4 (Q1 = ต.ค.-ธ.ค.), as the action plan table prints them. */
export const QuartersSchema = z.tuple([z.boolean(), z.boolean(), z.boolean(), z.boolean()])
export type Quarters = z.infer<typeof QuartersSchema>

/** "ไม่ใช้งบประมาณ" is a state of its own, distinct from an amount of 0 (seed digest §3). */
export const BudgetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('amount'), baht: z.number().min(0).max(1e12) }),
])
export type Budget = z.infer<typeof BudgetSchema>

export const TargetGroupSchema = z.object({
  group: Text(300).min(1),
  /** Number of people; null when not given. */
  count: z.number().int().min(0).max(10_000_000).nullable(),
})
export type TargetGroup = z.infer<typeof TargetGroupSchema>

/** An output (ผลผลิต) or outcome (ผลลัพธ์): what, how much, in what unit, measured how. */
export const ResultSpecSchema = z.object({
  text: Text(1000).min(1),
  target: Text(100).default(''),
  unit: Text(100).default(''),
  method: Text(500).default(''),
})
export type ResultSpec = z.infer<typeof ResultSpecSchema>
export type ResultSpecInput = z.input<typeof ResultSpecSchema>

export const FOLLOW_UP_STATUSES = ['pending', 'in-progress', 'done', 'not-possible'] as const
/** รอรายงาน / อยู่ระหว่างดำเนินการ / ดำเนินการแล้วเสร็จ / ไม่สามารถดำเนินการได้ (e-PlanNACC). */
export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES)
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>

export const CarriedOverSchema = z.object({
  /** The fiscal year (BE) the measure was planned for and not finished in. */
  fromFiscalYear: z.number().int().min(2500).max(2700),
  status: FollowUpStatusSchema,
  reason: Text(2000).default(''),
})
export type CarriedOver = z.infer<typeof CarriedOverSchema>

export const MeasureSchema = z.object({
  /** Unique within its plan; follow-up entries refer to it. */
  id: IdSchema,
  /** The library template it was drafted from, or 'custom'. */
  origin: z.union([z.literal('custom'), IdSchema]),
  /** May hold sub-items on separate lines ("๑. ...\n๒. ..."), as seed 002 prints some. */
  name: Text(3000),
  kind: MeasureKindSchema,
  purpose: MeasurePurposeSchema.default('improve'),
  /** Issue groups 1-7; the first is the group the table prints it under. */
  issueGroups: z.array(IssueGroupNoSchema).max(7).default([]),
  /** Item codes of the assessment the measure answers (i10, o34, ...). */
  items: z.array(ItemCodeSchema).max(100).default([]),
  indicators: z.array(IndicatorNoSchema).max(10).default([]),
  owners: z.array(Text(300).min(1)).max(30).default([]),
  /** Steps in order, without their numbers (the table numbers them ๑. ๒. ...). */
  steps: z.array(Text(3000).min(1)).max(50).default([]),
  period: PeriodSchema.nullable().default(null),
  quarters: QuartersSchema.default([false, false, false, false]),
  kpi: Text(2000).default(''),
  dimension: DimensionSchema.nullable().default(null),
  /** A mark printed instead of the dimension (then `dimension` is null). */
  dimensionMark: DimensionMarkSchema.nullable().default(null),
  budget: BudgetSchema.default({ kind: 'none' }),
  budgetSource: BudgetSourceSchema.nullable().default(null),
  targetGroups: z.array(TargetGroupSchema).max(30).default([]),
  outputs: z.array(ResultSpecSchema).max(30).default([]),
  outcomes: z.array(ResultSpecSchema).max(30).default([]),
  remark: Text(2000).default(''),
  /** The committee accepted the drafted row as it is. */
  accepted: z.boolean().default(false),
  /** The committee changed the row; drafting again never overwrites it. */
  edited: z.boolean().default(false),
  carriedOver: CarriedOverSchema.nullable().default(null),
  /** The project sheet of the action plan's appendix; null when the entry has none. */
  sheet: ProjectSheetSchema.nullable().default(null),
})
export type Measure = z.infer<typeof MeasureSchema>
export type MeasureInput = z.input<typeof MeasureSchema>

export const MeasurePlanSchema = z.object({
  /** `${organizationId}:${fiscalYear}` */
  id: IdSchema,
  organizationId: IdSchema,
  /** The fiscal year (BE) the measures run in: the assessment year + 1. */
  fiscalYear: z.number().int().min(2500).max(2700),
  /** The ITA year whose result the measures answer. */
  basedOnAssessmentYear: z.number().int().min(2500).max(2700),
  /** In the committee's order. */
  measures: z.array(MeasureSchema).max(300),
  /** Templates the committee removed: drafting again does not bring them back. */
  dismissedTemplates: z.array(IdSchema).max(500).default([]),
  /**
   * Names the leftover check flagged that the committee confirmed belong in its plan (a partner agency, a
   * neighbouring อบต. of a joint project): no longer errors. Placeholders cannot be confirmed.
   */
  confirmedNames: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
}).superRefine((plan, ctx) => {
  const seen = new Set<string>()
  plan.measures.forEach((measure, index) => {
    if (seen.has(measure.id)) ctx.addIssue({ code: 'custom', message: `duplicate measure id ${measure.id}`, path: ['measures', index, 'id'] })
    seen.add(measure.id)
  })
})
export type MeasurePlan = z.infer<typeof MeasurePlanSchema>
export type MeasurePlanInput = z.input<typeof MeasurePlanSchema>

/** True for an absolute http(s) URL. Evidence links are stored and shown as links, never fetched. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export const EvidenceUrlSchema = z.string().max(2000).refine(isHttpUrl, 'evidence: an http(s) address')

/** ไม่ได้รับงบประมาณ / นโยบายผู้บริหารเปลี่ยนแปลง / บุคลากรไม่เพียงพอ / another, typed. */
export const REASON_CODES = ['no-budget', 'policy-changed', 'not-enough-staff', 'other'] as const
export type ReasonCode = typeof REASON_CODES[number]

export const FOLLOW_UP_ROUNDS = [6, 12] as const
export const FollowUpRoundSchema = z.union([z.literal(6), z.literal(12)])
export type FollowUpRound = z.infer<typeof FollowUpRoundSchema>

export const FollowUpEntrySchema = z.object({
  measureId: IdSchema,
  /** รอบ ๖ เดือน or รอบ ๑๒ เดือน */
  round: FollowUpRoundSchema,
  status: FollowUpStatusSchema.default('pending'),
  /** Why it could not be done (required by the checks when the status is not-possible). */
  reason: Text(2000).default(''),
  /** สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม */
  summary: Text(5000).default(''),
  /** ผลลัพธ์หรือความสำเร็จในการดำเนินการ */
  outcome: Text(5000).default(''),
  evidence: z.array(EvidenceUrlSchema).max(30).default([]),
  /** เบิกจ่าย (baht) in the round; null when not reported. */
  disbursed: z.number().min(0).max(1e12).nullable().default(null),
  /** e-PlanNACC's usual reason of what could not be done; `other` is typed in `reason`. */
  reasonCode: z.enum(REASON_CODES).nullable().default(null),
  /** What was actually run (an alias, sub-projects with their own status), as e-PlanNACC's หมายเหตุ. */
  remark: Text(2000).default(''),
})
export type FollowUpEntry = z.infer<typeof FollowUpEntrySchema>
export type FollowUpEntryInput = z.input<typeof FollowUpEntrySchema>

/** What the committee writes about a round of the action plan as a whole (seed 000's ➤ sections). */
export const RoundReportSchema = z.object({
  round: FollowUpRoundSchema,
  /** ปัญหาและอุปสรรค */
  problems: Text(10000).default(''),
  /** ข้อเสนอแนะ */
  suggestions: Text(10000).default(''),
  /** The committee's own summary prose (checked against the computed figures). */
  summaryText: Text(20000).default(''),
  /** ผู้รายงาน */
  reporter: z.object({ name: Text(200).default(''), position: Text(300).default(''), unit: Text(300).default('') }).default({ name: '', position: '', unit: '' }),
  /** ข้อมูล ณ วันที่ (CE). */
  asOf: DateTextSchema.nullable().default(null),
})
export type RoundReport = z.infer<typeof RoundReportSchema>

export const FollowUpSchema = z.object({
  /** `${organizationId}:${fiscalYear}`, the same as its plan. */
  id: IdSchema,
  organizationId: IdSchema,
  fiscalYear: z.number().int().min(2500).max(2700),
  /** The rounds of both the measure plan and the action plan (their ids never collide: `ap-` is the plan's own). */
  entries: z.array(FollowUpEntrySchema).max(1000),
  /** The action plan's report per round, at most one each. */
  reports: z.array(RoundReportSchema).max(2).default([]),
}).superRefine((followUp, ctx) => {
  const rounds = new Set<number>()
  followUp.reports.forEach((report, index) => {
    if (rounds.has(report.round)) ctx.addIssue({ code: 'custom', message: `two reports for round ${report.round}`, path: ['reports', index] })
    rounds.add(report.round)
  })
  const seen = new Set<string>()
  followUp.entries.forEach((entry, index) => {
    const key = `${entry.measureId}|${entry.round}`
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `two entries for ${entry.measureId} in round ${entry.round}`, path: ['entries', index] })
    seen.add(key)
  })
})
export type FollowUp = z.infer<typeof FollowUpSchema>

/** The items a template answers in one catalogue year. */
export const TemplateItemsSchema = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  codes: z.array(ItemCodeSchema).max(100),
})

/** Default period as fiscal quarters (1-4), resolved inside the plan's fiscal year when drafting. */
export const QuarterSpanSchema = z.object({
  from: z.number().int().min(1).max(4),
  to: z.number().int().min(1).max(4),
}).refine((span) => span.from <= span.to, 'from quarter after to quarter')

export const MeasureTemplateSchema = z.object({
  id: IdSchema,
  name: Text(3000).min(1),
  kind: MeasureKindSchema,
  dimension: DimensionSchema.nullable().default(null),
  steps: z.array(Text(3000).min(1)).min(1).max(50),
  /** Usual owner units, matched against the organisation's own units when drafting. */
  owners: z.array(Text(300).min(1)).max(30).default([]),
  indicators: z.array(IndicatorNoSchema).max(10).default([]),
  issueGroups: z.array(IssueGroupNoSchema).min(1).max(7),
  /** Items answered, per catalogue year, where the meaning is clear. */
  items: z.array(TemplateItemsSchema).default([]),
  /** Groups this template keeps up when the group has no weakness (a maintain measure). */
  maintains: z.array(IssueGroupNoSchema).default([]),
  period: QuarterSpanSchema.default({ from: 3, to: 4 }),
  kpi: Text(2000).default(''),
  targetGroups: z.array(TargetGroupSchema).default([]),
  outputs: z.array(ResultSpecSchema).default([]),
  outcomes: z.array(ResultSpecSchema).default([]),
  /** Where the template comes from (seed and row), or who added it. */
  sources: z.array(Text(300)).default([]),
})
export type MeasureTemplate = z.infer<typeof MeasureTemplateSchema>
export type MeasureTemplateInput = z.input<typeof MeasureTemplateSchema>

/** Templates an organisation added to the shipped library. */
export const LibraryExtensionSchema = z.object({
  /** The organisation's id. */
  id: IdSchema,
  organizationId: IdSchema,
  templates: z.array(MeasureTemplateSchema).max(500),
})
export type LibraryExtension = z.infer<typeof LibraryExtensionSchema>

export function measurePlanId(organizationId: string, fiscalYear: number): string {
  return `${organizationId}:${fiscalYear}`
}
