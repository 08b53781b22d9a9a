import type { Tool } from '@/domain/framework/schema'

/**
 * What the import pipeline reports: a rejection (one error, nothing is imported) or warnings (the import
 * goes on and the preview lists them). Each names a code and where it was found; the Thai and English
 * sentences live in src/ui/import-messages.ts, not here.
 */

/** Where in the input: rows and columns are 1-based as a spreadsheet shows them; null when not known. */
export interface Where {
  /** File name; null for pasted text. */
  file: string | null
  sheet: string | null
  row: number | null
  column: number | null
}

export function where(file: string | null, sheet: string | null = null, row: number | null = null, column: number | null = null): Where {
  return { file, sheet, row, column }
}

/** What a score is for: an item, an indicator, the total, or a tool figure. */
export type Target =
  | { kind: 'item'; code: string }
  | { kind: 'indicator'; no: number }
  | { kind: 'total' }
  | { kind: 'tool'; tool: Tool }

export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'item': return target.code
    case 'indicator': return `indicator:${target.no}`
    case 'total': return 'total'
    case 'tool': return `tool:${target.tool}`
  }
}

export type ImportErrorCode =
  | 'file-empty'
  | 'file-too-large'
  | 'file-encrypted'
  | 'not-a-spreadsheet'
  | 'file-damaged'
  /** A compressed file that would expand beyond the limit (a zip bomb) or lies about its sizes. */
  | 'archive-too-large'
  | 'too-many-sheets'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'cell-too-long'
  /** No sheet holds a table of scores. */
  | 'no-table'
  /** A table of codes with no column of scores. */
  | 'no-score-column'
  /** Tables were found but hold no score at all. */
  | 'no-scores'
  /** Tables were found with scores, but no row names an item or indicator that can be read. */
  | 'rows-not-understood'
  | 'score-not-a-number'
  | 'score-out-of-range'
  /** One item, indicator or total given twice with different scores. */
  | 'conflicting-duplicate'
  | 'year-invalid'
  /** No fiscal year in the file and none given (the CLI's --year). */
  | 'year-missing'
  /** Several organisations in the file and one row has scores but no name. */
  | 'organization-missing'
  | 'organization-name-too-long'
  | 'too-many-organizations'
  /** The reader stopped on something it did not expect (the worker failed, memory ran out). */
  | 'unexpected'

export interface ImportError {
  code: ImportErrorCode
  where: Where
  /** The offending text (a cell, a file kind such as "PDF"). */
  text?: string
  /** The offending number (a score, a size in bytes, a count). */
  value?: number | null
  /** The limit that was passed. */
  limit?: number
  target?: Target
  /** The other place and value, for a conflicting duplicate. */
  other?: { where: Where; value: number | null }
}

export type ImportWarningCode =
  /** A row with a score (or text in the score column) whose item or indicator was not recognised. */
  | 'row-not-understood'
  /** A sheet with no table of scores; the other sheets were read. */
  | 'sheet-skipped'
  /** An indicator marked `-`: indicators have no "not assessed" state, so it was left out. */
  | 'indicator-not-assessed'
  /** The tool column disagrees with the item or indicator (seed 002 prints EIT beside indicator 1). */
  | 'tool-mismatch'
  /** The indicator number and the indicator name in one row name different indicators. */
  | 'indicator-name-mismatch'
  /** A code and its score found outside their columns (a pasted row shifted left). */
  | 'code-outside-code-column'
  /** A summary row (รวม, ค่าเฉลี่ย) in a table of organisations. */
  | 'summary-row-skipped'
  /** The year given (CLI --year or the form) replaced the year the file states. */
  | 'year-overridden'
  /** The title rows mention several years; the first was taken. */
  | 'several-years-in-title'
  /** A published tool score (IIT/EIT/OIT column) differs from the one computed from the indicators. */
  | 'published-tool-differs'

export interface ImportWarning {
  code: ImportWarningCode
  where: Where
  text?: string
  value?: number | null
  /** The value it was compared with or replaced by. */
  otherValue?: number | null
  target?: Target
}

/** A pipeline step's answer: a value, or one error that rejects the whole import. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ImportError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** A rejection: assignable to any step's `Result` and to the pipeline's outcome. */
export function fail(error: ImportError): { ok: false; error: ImportError } {
  return { ok: false, error }
}

/**
 * The rejection for what no reader foresaw (an error thrown, a worker that died or was cancelled):
 * where is the input's file (null for a paste), text the error's message cut to 200 characters.
 */
export function unexpectedFailure(input: { kind: 'paste' } | { kind: 'file' | 'sheets'; name: string }, error: unknown): { ok: false; error: ImportError } {
  const text = (error instanceof Error ? error.message : String(error)).slice(0, 200)
  return fail({ code: 'unexpected', where: where(input.kind === 'paste' ? null : input.name), text })
}

/** Thrown inside a step and turned into a `Result` at the step's boundary (never escapes the pipeline). */
export class ImportRejection extends Error {
  constructor(readonly error: ImportError) {
    super(error.code)
  }
}

/** Runs a step body that may throw `ImportRejection` and returns its `Result`. */
export function attempt<T>(body: () => T): Result<T> {
  try {
    return ok(body())
  } catch (error) {
    if (error instanceof ImportRejection) return fail(error.error)
    throw error
  }
}
