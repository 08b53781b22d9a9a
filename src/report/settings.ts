import { z } from 'zod'

const SignerSchema = z.object({
  name: z.string().max(200).default(''),
  position: z.string().max(300).default(''),
})

/** Per organisation: who signs the reports, and whether the signature block is printed. */
export const ReportSettingsSchema = z.object({
  organizationId: z.string().min(1).max(200),
  showSignatures: z.boolean().default(true),
  preparedBy: SignerSchema.default({ name: '', position: '' }),
  approvedBy: SignerSchema.default({ name: '', position: '' }),
})
export type ReportSettings = z.infer<typeof ReportSettingsSchema>

export function defaultReportSettings(organizationId: string): ReportSettings {
  return ReportSettingsSchema.parse({ organizationId })
}
