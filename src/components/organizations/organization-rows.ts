import type { Tool } from '@/domain/framework/schema'
import type { Scorecard } from '@/domain/scoring'
import { toArabicDigits } from '@/domain/thai/digits'
import type { AssessmentRecord, Organization } from '@/domain/workspace'

/**
 * The provincial list: one row per saved organisation and year with its total, tools and level, and
 * the filtering and sorting of it. Pure; the list component renders it.
 */
export interface OrganizationRow {
  organizationId: string
  name: string
  district: string
  province: string
  fiscalYear: number
  total: number | null
  tools: Record<Tool, number | null>
  level: string | null
  passed: boolean | null
  /** Position of the level in its year's scheme, best first; levels of no figure sort last. */
  levelRank: number
}

export type SortKey = 'name' | 'fiscalYear' | 'total' | 'level'

export interface RowQuery {
  text: string
  /** null: every year. */
  fiscalYear: number | null
  /** null: every level; '' : no level (figures missing). */
  level: string | null
  sort: SortKey
  descending: boolean
}

export function organizationRows(
  organizations: readonly Organization[],
  assessments: readonly AssessmentRecord[],
  score: (record: AssessmentRecord) => { scorecard: Scorecard; levelNames: readonly string[] },
): OrganizationRow[] {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]))
  return assessments.flatMap((record) => {
    const organization = byId.get(record.organizationId)
    if (!organization) return []
    const { scorecard, levelNames } = score(record)
    const level = scorecard.level?.name ?? null
    return [{
      organizationId: organization.id, name: organization.name, district: organization.district, province: organization.province,
      fiscalYear: record.scores.fiscalYear, total: scorecard.total, tools: scorecard.tools,
      level, passed: scorecard.level?.passed ?? null, levelRank: level === null ? Number.MAX_SAFE_INTEGER : levelNames.indexOf(level),
    }]
  })
}

const searchable = (text: string) => toArabicDigits(text.normalize('NFC')).toLowerCase().replace(/\s+/g, '')

/** Rows matching the query (name, district or province containing the text; year; level), sorted. */
export function queryRows(rows: readonly OrganizationRow[], query: RowQuery): OrganizationRow[] {
  const needle = searchable(query.text)
  const matching = rows.filter((row) =>
    (needle === '' || searchable(`${row.name} ${row.district} ${row.province}`).includes(needle))
    && (query.fiscalYear === null || row.fiscalYear === query.fiscalYear)
    && (query.level === null || (row.level ?? '') === query.level))
  const direction = query.descending ? -1 : 1
  const compare = (a: OrganizationRow, b: OrganizationRow): number => {
    switch (query.sort) {
      case 'name': return a.name.localeCompare(b.name, 'th')
      case 'fiscalYear': return a.fiscalYear - b.fiscalYear
      case 'level': return a.levelRank - b.levelRank || (b.total ?? -1) - (a.total ?? -1)
      case 'total': return (a.total ?? -1) - (b.total ?? -1)
    }
  }
  // Rows without a figure stay at the end whichever the direction.
  const missing = (row: OrganizationRow) => (query.sort === 'total' && row.total === null) || (query.sort === 'level' && row.level === null)
  return matching.sort((a, b) => Number(missing(a)) - Number(missing(b)) || direction * compare(a, b) || a.name.localeCompare(b.name, 'th'))
}
