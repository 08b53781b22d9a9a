import { z } from 'zod'
import { DateTextSchema, IdSchema, MeasureSchema } from '../measures/schema'

/**
 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) of one organisation and fiscal year, as
 * a validated shape. Its entries are Measures: its own (ids `ap-N`), or the year's integrity measures of
 * the measure plan included by reference, the same records. Its rounds' results are the year's
 * follow-up document's entries.
 */

const Text = (max: number) => z.string().max(max)

export const ActionPlanEntrySchema = z.discriminatedUnion('ref', [
  /** The plan's own entry. */
  z.object({ ref: z.literal('own'), measure: MeasureSchema }),
  /** An integrity measure of the same year's measure plan: editing it edits the measure plan. */
  z.object({ ref: z.literal('integrity'), measureId: IdSchema }),
])
export type ActionPlanEntry = z.infer<typeof ActionPlanEntrySchema>

export const AnnouncementSchema = z.object({
  /** ประกาศ ณ วันที่ (CE); null until set. */
  date: DateTextSchema.nullable().default(null),
  signerName: Text(200).default(''),
  signerPosition: Text(300).default(''),
  /** เปิดเผยไม่น้อยกว่า ... วัน */
  displayDays: z.number().int().min(1).max(3650).default(30),
})

export const ActionPlanSchema = z.object({
  /** `${organizationId}:${fiscalYear}` */
  id: IdSchema,
  organizationId: IdSchema,
  /** The fiscal year (BE) the plan runs in. */
  fiscalYear: z.number().int().min(2500).max(2700),
  /** The five-year cycle whose dimension names the plan prints ('2566-2570'). */
  cycleId: z.string().min(1).max(50),
  /** In the plan's order (ลำดับ). */
  entries: z.array(ActionPlanEntrySchema).max(300),
  announcement: AnnouncementSchema.default({ date: null, signerName: '', signerPosition: '', displayDays: 30 }),
  /** ข้อมูล ณ วันที่ (CE). */
  asOf: DateTextSchema.nullable().default(null),
  /** ผู้ออกรายงาน */
  issuer: z.object({ name: Text(200).default(''), position: Text(300).default('') }).default({ name: '', position: '' }),
  /** Templates the committee removed: drafting again does not bring them back. */
  dismissedTemplates: z.array(IdSchema).max(500).default([]),
  /** Names the leftover check flagged that the committee confirmed belong in its plan. */
  confirmedNames: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
}).superRefine((plan, ctx) => {
  const seen = new Set<string>()
  plan.entries.forEach((entry, index) => {
    const id = entry.ref === 'own' ? entry.measure.id : entry.measureId
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate entry ${id}`, path: ['entries', index] })
    seen.add(id)
    if (entry.ref === 'own' && !id.startsWith('ap-')) ctx.addIssue({ code: 'custom', message: `an own entry's id starts with ap-: ${id}`, path: ['entries', index, 'measure', 'id'] })
  })
})
export type ActionPlan = z.infer<typeof ActionPlanSchema>
export type ActionPlanInput = z.input<typeof ActionPlanSchema>

export function actionPlanId(organizationId: string, fiscalYear: number): string {
  return `${organizationId}:${fiscalYear}`
}
