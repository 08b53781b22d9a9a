import { z } from 'zod'
import type { Catalogue } from './framework/schema'
import { CatalogueOverridesSchema, staleOverrides, type CatalogueOverrides } from './catalogue-overrides'

/**
 * The file a committee exports and imports to carry its catalogue changes (titles, group mapping,
 * added items) and its threshold between browsers or organisations: versioned JSON, validated on
 * import. A file that is not one, is too big, carries hostile keys, has the wrong types, belongs to
 * another fiscal year or does not fit the year's catalogue is rejected with a code and where; the
 * Thai sentences for the codes live in src/ui.
 */

export const CATALOGUE_FILE_FORMAT = 'ita-catalogue-overrides'
export const CATALOGUE_FILE_VERSION = 1
/** Far above any real file (a 120-item catalogue with every title edited is about 60 KB). */
export const CATALOGUE_FILE_MAX_BYTES = 1_000_000
const MAX_DEPTH = 12
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export const CatalogueFileSchema = z.strictObject({
  format: z.literal(CATALOGUE_FILE_FORMAT),
  version: z.literal(CATALOGUE_FILE_VERSION),
  fiscalYear: z.number().int().min(2500).max(2700),
  /** Who exported it (informational only; any organisation may import it). */
  organization: z.string().max(300).default(''),
  exportedAt: z.string().max(40).default(''),
  threshold: z.number().min(0).max(100),
  /** The province form: one file for a province's organisations (absent: an organisation's own file). */
  province: z.string().trim().min(1).max(200).optional(),
  /** Which organisations of the province it is for, by name, or "all". */
  organizations: z.union([z.literal('all'), z.array(z.string().trim().min(1).max(300)).min(1).max(2000)]).optional(),
  edits: CatalogueOverridesSchema.shape.edits,
  added: CatalogueOverridesSchema.shape.added,
}).superRefine((file, ctx) => {
  if ((file.province === undefined) !== (file.organizations === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'province-form', path: [file.province === undefined ? 'province' : 'organizations'] })
  }
})
export type CatalogueFile = z.infer<typeof CatalogueFileSchema>

export type CatalogueFileErrorCode =
  | 'too-large' | 'not-json' | 'forbidden-key' | 'too-deep' | 'not-catalogue-file' | 'newer-version'
  | 'invalid' | 'wrong-year' | 'unknown-code' | 'code-in-catalogue'

/** What went wrong in an imported catalogue file, and where (a path into the file). */
export interface CatalogueFileError {
  code: CatalogueFileErrorCode
  /** e.g. ['edits', 3, 'issueGroups', 0]; empty for the file as a whole. */
  path: Array<string | number>
  /** The item code at that place, when the entry has one. */
  itemCode?: string
  /** For `invalid`: the kind of problem (zod's issue code or a domain reason such as `duplicate`). */
  issue?: string
  /** For `wrong-year`: the file's fiscal year. */
  fileYear?: number
}

/** A province file's reach: its province and the organisations it names ("all": every one). */
export interface ProvinceReach {
  province: string
  organizations: 'all' | string[]
}

export type CatalogueFileResult =
  | { ok: true; overrides: CatalogueOverrides; threshold: number; fiscalYear: number; province: ProvinceReach | null }
  | { ok: false; error: CatalogueFileError }

/** The text of an export file. */
export function serializeCatalogueFile(
  fiscalYear: number, overrides: CatalogueOverrides, threshold: number, meta: { organization: string; exportedAt: string },
): string {
  const file: CatalogueFile = CatalogueFileSchema.parse({
    format: CATALOGUE_FILE_FORMAT, version: CATALOGUE_FILE_VERSION, fiscalYear,
    organization: meta.organization, exportedAt: meta.exportedAt, threshold,
    edits: overrides.edits, added: overrides.added,
  })
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Reads an imported file's text for a fiscal year and its shipped catalogue. Accepts only a file this
 * app exported (format and version), of the same fiscal year, whose edits name codes of the catalogue
 * and whose added items are codes it lacks. Pure: it changes nothing; the caller saves on `ok`.
 */
export function parseCatalogueFile(text: string, fiscalYear: number, catalogue: Catalogue): CatalogueFileResult {
  const fail = (error: CatalogueFileError): CatalogueFileResult => ({ ok: false, error })
  if (text.length > CATALOGUE_FILE_MAX_BYTES) return fail({ code: 'too-large', path: [] })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail({ code: 'not-json', path: [] })
  }
  const hostile = findHostileKey(raw, [], 0)
  if (hostile) return fail(hostile)
  if (!isRecord(raw) || raw.format !== CATALOGUE_FILE_FORMAT) return fail({ code: 'not-catalogue-file', path: [] })
  if (typeof raw.version === 'number' && raw.version > CATALOGUE_FILE_VERSION) return fail({ code: 'newer-version', path: ['version'] })
  const parsed = CatalogueFileSchema.safeParse(raw)
  if (!parsed.success) return fail(invalid(raw, parsed.error))
  const file = parsed.data
  if (file.fiscalYear !== fiscalYear) return fail({ code: 'wrong-year', path: ['fiscalYear'], fileYear: file.fiscalYear })
  // The checks across lists (a code edited twice, or both edited and added).
  const checked = CatalogueOverridesSchema.safeParse({ edits: file.edits, added: file.added })
  if (!checked.success) return fail(invalid(raw, checked.error))
  const overrides = checked.data
  const stale = staleOverrides(catalogue, overrides)[0]
  if (stale) return fail({ code: stale.reason, path: stale.path, itemCode: stale.code })
  const province = file.province !== undefined && file.organizations !== undefined ? { province: file.province, organizations: file.organizations } : null
  return { ok: true, overrides, threshold: file.threshold, fiscalYear: file.fiscalYear, province }
}

/** The text of a province file: one organisation's changes, for the organisations it names or all of the province. */
export function serializeProvinceCatalogueFile(
  fiscalYear: number, overrides: CatalogueOverrides, threshold: number,
  meta: { organization: string; exportedAt: string; province: string; organizations: 'all' | string[] },
): string {
  const file: CatalogueFile = CatalogueFileSchema.parse({
    format: CATALOGUE_FILE_FORMAT, version: CATALOGUE_FILE_VERSION, fiscalYear,
    organization: meta.organization, exportedAt: meta.exportedAt, threshold,
    province: meta.province, organizations: meta.organizations,
    edits: overrides.edits, added: overrides.added,
  })
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * The organisations of a workspace a province file applies to: those with a saved assessment of the
 * file's year that it names (by name, spacing and the อบต./เทศบาล short forms as `nameKey` reads them)
 * or all of them; and the names it gives that match none. Names are compared through a Map, never as
 * object keys.
 */
export function provinceTargets<O extends { id: string; name: string }>(
  reach: ProvinceReach, organizations: readonly O[], hasYear: (organizationId: string) => boolean, nameKey: (name: string) => string,
): { targets: O[]; unmatched: string[] } {
  const withYear = organizations.filter((organization) => hasYear(organization.id))
  if (reach.organizations === 'all') return { targets: withYear, unmatched: [] }
  const byKey = new Map(withYear.map((organization) => [nameKey(organization.name), organization]))
  const targets = new Map<string, O>()
  const unmatched: string[] = []
  for (const name of reach.organizations) {
    const found = byKey.get(nameKey(name))
    if (found) targets.set(found.id, found)
    else unmatched.push(name)
  }
  return { targets: [...targets.values()], unmatched }
}

function invalid(raw: unknown, error: z.ZodError): CatalogueFileError {
  const issue = error.issues[0]!
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol')
  return { code: 'invalid', path, issue: issue.code === 'custom' ? issue.message : issue.code, itemCode: codeAt(raw, path) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The first key that could reach an object's prototype, or a nesting deeper than any real file. */
function findHostileKey(value: unknown, path: Array<string | number>, depth: number): CatalogueFileError | null {
  if (typeof value !== 'object' || value === null) return null
  if (depth > MAX_DEPTH) return { code: 'too-deep', path }
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((entry, index) => [index, entry])
    : Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]])
  for (const [key, entry] of entries) {
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: [...path, key] }
    const found = findHostileKey(entry, [...path, key], depth + 1)
    if (found) return found
  }
  return null
}

/** The item code of the entry a path points into (`edits[3]` -> its `code`), when it has a string one. */
function codeAt(raw: unknown, path: ReadonlyArray<string | number>): string | undefined {
  if (!isRecord(raw) || path.length < 2) return undefined
  const list = raw[String(path[0])]
  const entry = Array.isArray(list) && typeof path[1] === 'number' ? list[path[1]] : undefined
  const code = isRecord(entry) ? entry.code : undefined
  return typeof code === 'string' && code.length <= 10 ? code : undefined
}
