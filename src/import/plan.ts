import { DEFAULT_THRESHOLD } from '@/domain/flags'
import { organizationNameKey, shortOrganizationName } from '@/domain/organization-name'
import {
  AssessmentRecordSchema, OrganizationSchema, assessmentId, type AssessmentRecord, type Organization,
} from '@/domain/workspace'
import type { Catalogue } from '@/domain/framework'
import type { ParsedAssessment } from './assemble'
import { scoresOf, type ParsedAnalysisContext } from './scores'

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

/** What is saved, as an import reads it. */
export interface SavedForImport {
  organizations: readonly Organization[]
  assessments: readonly AssessmentRecord[]
}

/** Saved organisations by the key of their full and short names; where two share a key, the first saved. */
export function organizationsByNameKey(organizations: readonly Organization[]): Map<string, Organization> {
  const byKey = new Map<string, Organization>()
  for (const organization of organizations) {
    for (const name of [organization.name, organization.shortName]) {
      const key = organizationNameKey(name)
      if (key && !byKey.has(key)) byKey.set(key, organization)
    }
  }
  return byKey
}

/**
 * Where an import of `name` for `fiscalYear` lands among the saved organisations and years, and what that
 * brings to its preview: the catalogue its committee changed (a code it added is not "unknown"; `catalogueOf`
 * gives it, null when unchanged) and, when the scores replace a saved year, the threshold and decisions the
 * import keeps. Built once per preview; `contextOf` is null when nothing saved bears on the import.
 */
export function savedTargets(saved: SavedForImport, catalogueOf: (organizationId: string, fiscalYear: number) => Catalogue | null) {
  const byKey = organizationsByNameKey(saved.organizations)
  const records = new Map(saved.assessments.map((record) => [record.id, record]))
  const organizationOf = (name: string): Organization | null => byKey.get(organizationNameKey(name)) ?? null
  const recordOf = (name: string, fiscalYear: number | null): AssessmentRecord | null => {
    const organization = organizationOf(name)
    return organization && fiscalYear !== null ? records.get(assessmentId(organization.id, fiscalYear)) ?? null : null
  }
  return {
    organizationOf,
    recordOf,
    contextOf(name: string, fiscalYear: number | null): ParsedAnalysisContext | null {
      const organization = organizationOf(name)
      if (!organization || fiscalYear === null || !Number.isInteger(fiscalYear)) return null
      const record = recordOf(name, fiscalYear)
      const catalogue = catalogueOf(organization.id, fiscalYear)
      if (!record && !catalogue) return null
      return { ...(catalogue ? { catalogue } : {}), ...(record ? { threshold: record.threshold, overrides: record.overrides } : {}) }
    },
  }
}

export function newOrganizationId(): string {
  return `org-${crypto.randomUUID()}`
}

export function planImport(
  choices: readonly ImportChoice[],
  saved: SavedForImport,
  source: ImportSourceInfo,
  now: Date = new Date(),
  newId: () => string = newOrganizationId,
): ImportPlan {
  const byKey = organizationsByNameKey(saved.organizations)
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
