import { z } from 'zod'
import { AssessmentScoresSchema } from './assessment'
import { FlagOverrideSchema } from './flags'

/**
 * What a committee keeps: organisations and, per organisation, one assessment per fiscal year with
 * the committee's decisions on it. These are the shapes saved in the browser and in backup files;
 * every one is validated when read back.
 */

const IdSchema = z.string().min(1).max(200).regex(/^[\w:.-]+$/, 'id: letters, digits and : . _ -')
const TextSchema = (max: number) => z.string().max(max)

export const OrganizationSchema = z.object({
  id: IdSchema,
  /** Full name as printed on reports (องค์การบริหารส่วนตำบลหนองซอน). */
  name: TextSchema(300).min(1),
  /** Short form used in running text (อบต.หนองซอน); empty when not given. */
  shortName: TextSchema(200).default(''),
  district: TextSchema(200).default(''),
  province: TextSchema(200).default(''),
  /** The organisation's own units (สำนัก / กอง / งาน), offered as owners of measures. */
  units: z.array(TextSchema(200).min(1)).max(200).default([]),
  /** The shipped demo organisation (seed 002), which a newcomer may delete. */
  isDemo: z.boolean().default(false),
})
export type Organization = z.infer<typeof OrganizationSchema>
export type OrganizationInput = z.input<typeof OrganizationSchema>

export const AssessmentSourceSchema = z.object({
  kind: z.enum(['demo', 'file', 'paste', 'manual', 'backup']),
  /** File name or a short description; never the file itself. */
  name: TextSchema(500).default(''),
  /** ISO date-time of the import. */
  importedAt: z.string().max(40),
})

export const AssessmentRecordSchema = z.object({
  /** `${organizationId}:${fiscalYear}`: one assessment per organisation and year. */
  id: IdSchema,
  organizationId: IdSchema,
  scores: AssessmentScoresSchema,
  source: AssessmentSourceSchema,
  /** Maintain/improve threshold of this organisation and year, 0-100. */
  threshold: z.number().min(0).max(100).default(85),
  overrides: z.array(FlagOverrideSchema).default([]),
})
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>
export type AssessmentRecordInput = z.input<typeof AssessmentRecordSchema>

export function assessmentId(organizationId: string, fiscalYear: number): string {
  return `${organizationId}:${fiscalYear}`
}
