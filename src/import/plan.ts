import { DEFAULT_THRESHOLD } from '@/domain/flags'
import { organizationNameKey, shortOrganizationName } from '@/domain/organization-name'
import {
  AssessmentRecordSchema, OrganizationSchema, assessmentId, type AssessmentRecord, type Organization,
} from '@/domain/workspace'
import type { ParsedAssessment } from './assemble'
import { scoresOf } from './scores'

/**
 * What the user confirmed -> the documents to save: an organisation that matches a saved one by name
 * (full or abbreviated, see `organizationNameKey`) keeps its id; any other gets a new one. A year that
 * is already saved is replaced, keeping the committee's threshold and flag overrides of that year.
 * Pure: the store saves the plan in one transaction and keeps what it replaced for the undo.
 */

export interface ImportChoice {
  parsed: ParsedAssessment
  /** The name as confirmed (the file's, or typed in the preview). */
  organizationName: string
  fiscalYear: number
}

export interface ImportPlan {
  /** Organisations to save: new ones, and saved ones whose empty district or province the file fills. */
  organizations: Organization[]
  records: AssessmentRecord[]
  /** Ids of saved assessments the import replaces. */
  replaced: string[]
  /** Names of the organisations the import creates. */
  created: string[]
  /** Assessments given twice (one organisation and year) in the confirmed list: the plan is refused. */
  duplicates: Array<{ organization: string; fiscalYear: number }>
}

export interface ImportSourceInfo {
  kind: 'file' | 'paste' | 'manual'
  name: string
}

export function newOrganizationId(): string {
  return `org-${crypto.randomUUID()}`
}

export function planImport(
  choices: readonly ImportChoice[],
  saved: { organizations: readonly Organization[]; assessments: readonly AssessmentRecord[] },
  source: ImportSourceInfo,
  now: Date = new Date(),
  newId: () => string = newOrganizationId,
): ImportPlan {
  const byKey = new Map<string, Organization>()
  for (const organization of saved.organizations) {
    for (const name of [organization.name, organization.shortName]) {
      const key = organizationNameKey(name)
      if (key && !byKey.has(key)) byKey.set(key, organization)
    }
  }
  const savedAssessments = new Map(saved.assessments.map((record) => [record.id, record]))
  const changed = new Map<string, Organization>()
  const records = new Map<string, AssessmentRecord>()
  const plan: ImportPlan = { organizations: [], records: [], replaced: [], created: [], duplicates: [] }

  for (const choice of choices) {
    const name = choice.organizationName.replace(/\s+/g, ' ').trim()
    const key = organizationNameKey(name)
    const district = choice.parsed.organization?.district ?? ''
    const province = choice.parsed.organization?.province ?? ''
    const known = changed.get(key) ?? byKey.get(key)
    let organization: Organization
    if (!known) {
      organization = OrganizationSchema.parse({ id: newId(), name, shortName: shortOrganizationName(name), district, province })
      plan.created.push(name)
      changed.set(key, organization)
    } else if ((!known.district && district) || (!known.province && province)) {
      organization = { ...known, district: known.district || district, province: known.province || province }
      changed.set(key, organization)
    } else {
      organization = known
    }
    byKey.set(key, organization)
    const organizationId = organization.id

    const id = assessmentId(organizationId, choice.fiscalYear)
    if (records.has(id)) {
      plan.duplicates.push({ organization: name, fiscalYear: choice.fiscalYear })
      continue
    }
    const previous = savedAssessments.get(id)
    if (previous) plan.replaced.push(id)
    records.set(id, AssessmentRecordSchema.parse({
      id,
      organizationId,
      scores: scoresOf(choice.parsed, choice.fiscalYear),
      source: { kind: source.kind, name: source.name.slice(0, 500), importedAt: now.toISOString() },
      threshold: previous?.threshold ?? DEFAULT_THRESHOLD,
      overrides: previous?.overrides ?? [],
    }))
  }
  plan.organizations = [...changed.values()]
  plan.records = [...records.values()]
  return plan
}
