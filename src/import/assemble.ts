import type { Tool } from '@/domain/framework/schema'
import { organizationNameKey } from '@/domain/organization-name'
import { round2 } from '@/domain/thai/numbers'
import { OrganizationSchema } from '@/domain/workspace'
import type { ImportLimits } from './limits'
import { fail, ok, targetKey, where, type ImportWarning, type Result, type Where } from './problems'
import { whereOf, type RowItemFacts, type ScoreRecord, type SheetRecords } from './records'
import type { OrganizationInfo } from './title'

/**
 * records -> scores per organisation: groups the records of every sheet by organisation and fiscal
 * year (several sheets of one organisation merge into one assessment), drops a figure given twice with
 * the same value, and rejects one given twice with different values, naming both places.
 */

export interface ParsedAssessment {
  /** null when the file does not name it (the form asks). */
  organization: OrganizationInfo | null
  /** null when neither the file nor the options give it (the form asks; the CLI needs --year). */
  fiscalYear: number | null
  /** In the order the file gives them; null score = not assessed. */
  itemScores: Array<{ code: string; score: number | null }>
  indicatorScores: Array<{ indicator: number; score: number }>
  publishedTotal: number | null
  /** Tool scores the file states (IIT/EIT/OIT columns); compared with the computed ones, not stored. */
  publishedTools: Array<{ tool: Tool; score: number; where: Where }>
  /** Where the assessment's first figure was read. */
  where: Where
  /** Every row its figures were read from (to tell which warnings concern it). */
  rows: Array<{ sheet: string | null; row: number }>
  /** What item rows state beside their scores (title, tool, indicator) and where; absent when no row does. */
  itemFacts?: Array<RowItemFacts & { code: string; sheet: string | null; row: number | null }>
}

export interface AssembleOptions {
  fileName: string | null
  limits: ImportLimits
  /** The year to use whatever the file says (CLI --year, the year chosen in the form). */
  fiscalYear?: number | null
}

const MAX_NAME = (OrganizationSchema.shape.name.maxLength ?? 300)

interface Group {
  parsed: ParsedAssessment
  /** The first record of each item, indicator, total or tool. */
  seen: Map<string, ScoreRecord>
  lastRow: { sheet: string | null; row: number } | null
}

function sameScore(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : round2(a) === round2(b)
}

const rowKey = (sheet: string | null, row: number) => `${sheet ?? ''}\u0000${row}`

/** The warnings found on the rows an assessment was read from. */
export function warningsOfAssessment(assessment: ParsedAssessment, warnings: readonly ImportWarning[]): ImportWarning[] {
  return warningsByAssessment([assessment], warnings)[0]!
}

/**
 * The warnings of each assessment (those found on the rows it was read from), in one pass over the
 * warnings: a provincial file has 10,000 assessments and may have a warning on every row.
 */
export function warningsByAssessment(assessments: readonly ParsedAssessment[], warnings: readonly ImportWarning[]): ImportWarning[][] {
  const byRow = new Map<string, ImportWarning[]>()
  for (const warning of warnings) {
    if (warning.where.row === null) continue
    const key = rowKey(warning.where.sheet, warning.where.row)
    const list = byRow.get(key)
    if (list) list.push(warning)
    else byRow.set(key, [warning])
  }
  return assessments.map((assessment) => {
    const keys = new Set(assessment.rows.map(({ sheet, row }) => rowKey(sheet, row)))
    return [...keys].flatMap((key) => byRow.get(key) ?? [])
  })
}

/** The warnings about no assessment in particular (a sheet skipped, a summary row, a year overridden). */
export function fileWarnings(assessments: readonly ParsedAssessment[], warnings: readonly ImportWarning[]): ImportWarning[] {
  const concerned = new Set(warningsByAssessment(assessments, warnings).flat())
  return warnings.filter((warning) => !concerned.has(warning))
}

export function assemble(sheets: readonly SheetRecords[], options: AssembleOptions): Result<{ assessments: ParsedAssessment[]; warnings: ImportWarning[] }> {
  const warnings: ImportWarning[] = sheets.flatMap((sheet) => sheet.warnings)
  const workbookOrganization = sheets.find((sheet) => sheet.title.organization)?.title.organization ?? null
  const workbookYear = sheets.find((sheet) => sheet.title.fiscalYear !== null)?.title.fiscalYear ?? null
  for (const sheet of sheets) {
    if (sheet.title.years.length > 1) {
      warnings.push({ code: 'several-years-in-title', where: where(options.fileName, sheet.sheet), text: sheet.title.years.join(', '), value: sheet.title.fiscalYear })
    }
  }

  const groups = new Map<string, Group>()
  const overridden = new Set<number>()
  // A wide sheet gives every score of a row the same name: key each name once.
  const nameKeys = new Map<string, string>()
  const keyOf = (name: string) => {
    let key = nameKeys.get(name)
    if (key === undefined) nameKeys.set(name, key = organizationNameKey(name))
    return key
  }
  // Records come row by row: the scores of one row share its organisation and year, hence its group.
  let last: { organization: OrganizationInfo | null; fiscalYear: number | null; title: SheetRecords['title']; group: Group } | null = null
  for (const sheet of sheets) {
    for (const record of sheet.records) {
      if (last && last.organization === record.organization && last.fiscalYear === record.fiscalYear && last.title === sheet.title) {
        const conflict = addRecord(last.group, record, keyOf)
        if (conflict) return fail(conflict)
        continue
      }
      const organization = record.organization ?? sheet.title.organization ?? workbookOrganization
      const fileYear = record.fiscalYear ?? sheet.title.fiscalYear ?? workbookYear
      const fiscalYear = options.fiscalYear ?? fileYear
      if (options.fiscalYear && fileYear !== null && fileYear !== options.fiscalYear && !overridden.has(fileYear)) {
        overridden.add(fileYear)
        warnings.push({ code: 'year-overridden', where: whereOf(record), value: fileYear, otherValue: options.fiscalYear })
      }
      if (organization && organization.name.length > MAX_NAME) {
        return fail({ code: 'organization-name-too-long', where: whereOf(record), value: organization.name.length, limit: MAX_NAME })
      }
      const key = `${organization ? keyOf(organization.name) : ''}|${fiscalYear ?? ''}`
      let group = groups.get(key)
      if (!group) {
        if (groups.size >= options.limits.organizations) {
          return fail({ code: 'too-many-organizations', where: whereOf(record), value: groups.size + 1, limit: options.limits.organizations })
        }
        group = { seen: new Map(), parsed: emptyAssessment(organization, fiscalYear, whereOf(record)), lastRow: null }
        groups.set(key, group)
      }
      last = { organization: record.organization, fiscalYear: record.fiscalYear, title: sheet.title, group }
      const conflict = addRecord(group, record, keyOf)
      if (conflict) return fail(conflict)
    }
  }

  const assessments = [...groups.values()].map((group) => group.parsed)
  if (assessments.length === 0) {
    // Scores were there, beside labels that name nothing: say so at the first such row (they are not
    // "no scores", and the warning alone would never be shown).
    const unread = warnings.find((warning) => warning.code === 'row-not-understood')
    return fail(unread ? { code: 'rows-not-understood', where: unread.where, text: unread.text } : { code: 'no-scores', where: where(options.fileName) })
  }
  if (assessments.length > 1) {
    const unnamed = assessments.find((assessment) => assessment.organization === null)
    if (unnamed) return fail({ code: 'organization-missing', where: unnamed.where })
  }
  return ok({ assessments, warnings })
}

function emptyAssessment(organization: OrganizationInfo | null, fiscalYear: number | null, at: Where): ParsedAssessment {
  return { organization, fiscalYear, itemScores: [], indicatorScores: [], publishedTotal: null, publishedTools: [], where: at, rows: [] }
}

function addRecord(group: Group, record: ScoreRecord, keyOf: (name: string) => string) {
  const key = targetKey(record.target)
  const earlier = group.seen.get(key)
  if (earlier) {
    if (sameScore(earlier.value, record.value)) return null
    return {
      code: 'conflicting-duplicate' as const, where: whereOf(record), value: record.value, target: record.target,
      other: { where: whereOf(earlier), value: earlier.value },
    }
  }
  group.seen.set(key, record)
  const parsed = group.parsed
  const { sheet, row } = record
  if (row !== null && (group.lastRow?.row !== row || group.lastRow.sheet !== sheet)) {
    group.lastRow = { sheet, row }
    parsed.rows.push(group.lastRow)
  }
  // A district or province seen on a later row completes what the first row gave.
  const organization = record.organization
  if (parsed.organization && organization && organization !== parsed.organization && keyOf(parsed.organization.name) === keyOf(organization.name)) {
    parsed.organization = {
      name: parsed.organization.name,
      district: parsed.organization.district || organization.district,
      province: parsed.organization.province || organization.province,
    }
  }
  const target = record.target
  switch (target.kind) {
    case 'item':
      parsed.itemScores.push({ code: target.code, score: record.value })
      if (record.itemFacts) (parsed.itemFacts ??= []).push({ code: target.code, ...record.itemFacts, sheet: record.sheet, row: record.row })
      break
    case 'indicator': parsed.indicatorScores.push({ indicator: target.no, score: record.value as number }); break
    case 'total': parsed.publishedTotal = record.value; break
    case 'tool': parsed.publishedTools.push({ tool: target.tool, score: record.value as number, where: whereOf(record) }); break
  }
  return null
}
