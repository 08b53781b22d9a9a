import { resolveActionPlan } from '@/domain/action-plan/resolve'
import { summarizeRound } from '@/domain/action-plan/summary'
import { applyCatalogueOverrides, NO_CATALOGUE_OVERRIDES } from '@/domain/catalogue-overrides'
import { catalogueFor } from '@/domain/framework'
import { countByStatus, type StatusCounts } from '@/domain/measures/follow-up'
import { organizationTypeOf, type OrganizationType } from '@/domain/measures/leftovers'
import { FOLLOW_UP_STATUSES, type FollowUpRound, type FollowUpStatus } from '@/domain/measures/schema'
import { scoreAssessment } from '@/domain/scoring'
import type { DatabaseRead, OrganizationRecords } from '@/sync/province'
import { organizationRows } from './organization-rows'

/**
 * The provincial table: one row per organisation read from the server (its latest assessment year),
 * side by side: type, total and level (scored under the organisation's own effective catalogue, as the
 * organisations list does), its measures by follow-up status, and its action plan's implementation
 * level when a results report of a round is saved. Pure; ProvinceTable renders it.
 */
export interface ProvinceRow {
  /** database + organisation: the same demo organisation may be in two databases. */
  key: string
  database: string
  organizationId: string
  name: string
  type: OrganizationType
  district: string
  province: string
  /** The latest assessment year; null when the database holds none (or none that passed the checks). */
  fiscalYear: number | null
  total: number | null
  level: string | null
  passed: boolean | null
  /** Position of the level in its year's scheme, best first. */
  levelRank: number
  /** The measures' year: the assessment's year + 1, as the measures and follow-up screens open it. */
  planYear: number | null
  /** The round the measures are counted in: 12 months once any is reported for it, else 6. */
  measuresRound: FollowUpRound | null
  /** The measure plan's measures per status in that round (the follow-up screen's counts); null without a plan. */
  measures: StatusCounts | null
  /** The latest round with a saved results report of the action plan; null without one. */
  implementationRound: FollowUpRound | null
  /** (done + in progress × 0.5) / entries × 100 of that round, full precision; null without a report. */
  implementationPercent: number | null
}

function rowOf(database: string, records: OrganizationRecords): ProvinceRow {
  const { organization } = records
  const overridesOf = (fiscalYear: number) => records.catalogueOverrides.find((entry) => entry.fiscalYear === fiscalYear)?.overrides ?? NO_CATALOGUE_OVERRIDES
  const scored = organizationRows([organization], records.assessments, (record) => {
    const year = record.scores.fiscalYear
    const catalogue = applyCatalogueOverrides(catalogueFor(year).catalogue, overridesOf(year))
    return { scorecard: scoreAssessment(catalogue, record.scores), levelNames: catalogue.levelScheme.bands.map((band) => band.name) }
  })
  const latest = scored.reduce<(typeof scored)[number] | null>((best, row) => (!best || row.fiscalYear > best.fiscalYear ? row : best), null)
  const planYear = latest ? latest.fiscalYear + 1 : null
  const measurePlan = records.measurePlans.find((plan) => plan.fiscalYear === planYear) ?? null
  const followUp = records.followUps.find((entry) => entry.fiscalYear === planYear) ?? null
  const actionPlan = records.actionPlans.find((plan) => plan.fiscalYear === planYear) ?? null

  let measuresRound: FollowUpRound | null = null
  let measures: StatusCounts | null = null
  if (measurePlan) {
    const twelve = countByStatus(measurePlan, followUp, 12)
    measuresRound = twelve.pending < twelve.total ? 12 : 6
    measures = measuresRound === 12 ? twelve : countByStatus(measurePlan, followUp, 6)
  }
  const implementationRound = actionPlan && followUp
    ? ([12, 6] as const).find((round) => followUp.reports.some((report) => report.round === round)) ?? null
    : null
  const implementationPercent = actionPlan && implementationRound
    ? summarizeRound(resolveActionPlan(actionPlan, measurePlan), followUp, implementationRound).implementationPercent
    : null

  return {
    key: `${database} ${organization.id}`, database, organizationId: organization.id, name: organization.name,
    type: organizationTypeOf(organization.name), district: organization.district, province: organization.province,
    fiscalYear: latest?.fiscalYear ?? null, total: latest?.total ?? null, level: latest?.level ?? null, passed: latest?.passed ?? null,
    levelRank: latest?.levelRank ?? Number.MAX_SAFE_INTEGER,
    planYear, measuresRound, measures, implementationRound, implementationPercent,
  }
}

/** The rows of every database read (a database that could not be read gives none: it is a problem listed apart). */
export function provinceRows(databases: readonly DatabaseRead[]): ProvinceRow[] {
  return databases.flatMap((read) => (read.ok ? read.organizations.map((records) => rowOf(read.database, records)) : []))
}

export type ProvinceSortKey = 'name' | 'type' | 'fiscalYear' | 'total' | 'level' | 'planYear' | 'measures' | FollowUpStatus | 'implementation'

export const PROVINCE_SORT_KEYS: readonly ProvinceSortKey[] = ['name', 'type', 'fiscalYear', 'total', 'level', 'planYear', 'measures', ...FOLLOW_UP_STATUSES, 'implementation']

/** อบต. first, then เทศบาล, อบจ., other agencies. */
const TYPE_ORDER: readonly OrganizationType[] = ['sao', 'municipality', 'pao', 'other']

/** The figure a numeric column sorts by; null sorts last whichever the direction. */
function figure(row: ProvinceRow, key: ProvinceSortKey): number | null {
  switch (key) {
    case 'fiscalYear': return row.fiscalYear
    case 'total': return row.total
    case 'level': return row.level === null ? null : row.levelRank
    case 'planYear': return row.planYear
    case 'measures': return row.measures?.total ?? null
    case 'implementation': return row.implementationPercent
    case 'name': return null
    case 'type': return TYPE_ORDER.indexOf(row.type)
    default: return row.measures?.[key] ?? null
  }
}

/**
 * The rows sorted by a column, ascending or descending. Names sort in Thai order; a level sorts best
 * first when ascending (ties: higher total first); rows without the figure stay at the end either way;
 * ties by name.
 */
export function sortProvinceRows(rows: readonly ProvinceRow[], key: ProvinceSortKey, descending: boolean): ProvinceRow[] {
  const byName = (a: ProvinceRow, b: ProvinceRow) => a.name.localeCompare(b.name, 'th') || a.database.localeCompare(b.database)
  const direction = descending ? -1 : 1
  return [...rows].sort((a, b) => {
    if (key === 'name') return direction * byName(a, b)
    const left = figure(a, key)
    const right = figure(b, key)
    if (left === null || right === null) return Number(left === null) - Number(right === null) || byName(a, b)
    const tie = key === 'level' ? (b.total ?? -1) - (a.total ?? -1) : 0
    return direction * (left - right || tie) || byName(a, b)
  })
}
