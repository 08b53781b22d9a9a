/**
 * Size limits on what an import reads. Anything past a limit is rejected with a message naming it,
 * never silently truncated. Tests pass smaller limits to check each one on small files.
 */
export interface ImportLimits {
  /** Size of the file as given (20 MB). */
  fileBytes: number
  /** Total size of a compressed workbook's parts once expanded: a compressed bomb stops here. */
  expandedBytes: number
  /** Parts in a compressed workbook. */
  archiveEntries: number
  sheets: number
  rowsPerSheet: number
  columns: number
  /** Characters in one cell (Excel's own limit). */
  cellCharacters: number
  /** Organisations (assessments) in one file. */
  organizations: number
  /** How far down a sheet the header row is looked for (title rows above it). */
  headerSearchRows: number
}

export const LIMITS: Readonly<ImportLimits> = {
  fileBytes: 20 * 1024 * 1024,
  expandedBytes: 256 * 1024 * 1024,
  archiveEntries: 2000,
  sheets: 50,
  rowsPerSheet: 100_000,
  columns: 1000,
  cellCharacters: 32_767,
  organizations: 20_000,
  headerSearchRows: 60,
}

export function limitsWith(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...LIMITS, ...overrides }
}
