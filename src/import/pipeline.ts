import { assemble, type ParsedAssessment } from './assemble'
import { isWorkbookArchive, readWorkbook } from './cells'
import { limitsWith, type ImportLimits } from './limits'
import { fail, ok, where, type ImportError, type ImportWarning, type Result } from './problems'
import { readRecords, type SheetRecords } from './records'
import { analyseParsed, publishedToolWarnings, summaryOf, type AssessmentSummary } from './scores'
import type { Sheet } from './sheet'
import { sniffFile } from './sniff'
import { findTable } from './table'
import { decodeText, isMarkup, parseDelimited } from './text'
import { expandZip, readZipDirectory, storedParts, type InflateRaw } from './zip'
import { readPlainXlsx } from './xlsx-plain'

/**
 * The import, end to end: bytes (a file), text (a pasted table) or sheets (the manual entry grid) ->
 * cells -> tables -> records -> scores per organisation. Each step is its own module and testable
 * alone; this file only chains them and reports progress. The browser runs it in a Web Worker
 * (worker.ts), the CLI in-process (src/cli/analyze.ts).
 */

export type ImportInput =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'paste'; text: string }
  | { kind: 'sheets'; name: string; sheets: Sheet[] }

export type ImportPhase = 'check' | 'read' | 'tables' | 'scores'

export interface ImportProgress {
  phase: ImportPhase
  /** Overall progress, 0-1. */
  fraction: number
}

export interface ImportOptions {
  /** The fiscal year to use whatever the file says (CLI --year, the form). */
  fiscalYear?: number | null
  /** Maintain/improve threshold for the summaries (default 85). */
  threshold?: number
  limits?: Partial<ImportLimits>
  /** Skip the per-organisation summaries (the CLI analyses each assessment itself). */
  summaries?: boolean
  onProgress?: (progress: ImportProgress) => void
  /** A synchronous inflater for compressed workbooks (the CLI gives Node's zlib); else DecompressionStream. */
  inflateRaw?: InflateRaw
}

export type ImportOutcome =
  | { ok: true; assessments: ParsedAssessment[]; summaries: AssessmentSummary[]; warnings: ImportWarning[] }
  | { ok: false; error: ImportError }

function nameOf(input: ImportInput): string | null {
  return input.kind === 'paste' ? null : input.name
}

/** An expanded .xlsx read by the fast reader, or null for SheetJS to read (not an .xlsx, or not plain). */
export function readPlainWorkbook(expanded: Uint8Array, fileName: string | null, limits: ImportLimits): Result<Sheet[]> | null {
  const entries = readZipDirectory(expanded, fileName, limits)
  if (!entries.ok || !entries.value.some((entry) => entry.name === 'xl/workbook.xml')) return null
  const parts = storedParts(expanded, entries.value)
  return parts ? readPlainXlsx(parts, fileName, limits) : null
}

/** Office and archive files that are zips but not workbooks, named in the rejection. */
function otherArchiveKind(names: readonly string[]): string | undefined {
  if (names.some((name) => name.startsWith('word/'))) return 'Word'
  if (names.some((name) => name.startsWith('ppt/'))) return 'PowerPoint'
  return 'zip'
}

/** Input -> sheets of cells (the bytes -> cells steps: sniff, zip, text, cells), shared with the plan-table import. */
export async function readSheets(
  input: ImportInput, limits: ImportLimits, progress: (phase: ImportPhase, fraction: number) => void, inflateRaw?: InflateRaw,
): Promise<Result<Sheet[]>> {
  if (input.kind === 'sheets') return ok(input.sheets)
  if (input.kind === 'paste') {
    if (input.text.trim() === '') return fail({ code: 'file-empty', where: where(null) })
    if (input.text.length > limits.fileBytes) return fail({ code: 'file-too-large', where: where(null), value: input.text.length, limit: limits.fileBytes })
    const sheet = parseDelimited(input.text, null, null, limits)
    return sheet.ok ? ok([sheet.value]) : sheet
  }

  const fileName = input.name
  const kind = sniffFile(input.bytes, fileName, limits)
  if (!kind.ok) return kind
  switch (kind.value) {
    case 'zip': {
      const entries = readZipDirectory(input.bytes, fileName, limits)
      if (!entries.ok) return entries
      const names = entries.value.map((entry) => entry.name)
      if (!isWorkbookArchive(names)) return fail({ code: 'not-a-spreadsheet', where: where(fileName), text: otherArchiveKind(names) })
      const expanded = await expandZip(input.bytes, entries.value, fileName, limits, (done, total) => progress('check', 0.3 * (total > 0 ? done / total : 1)), inflateRaw)
      if (!expanded.ok) return expanded
      progress('read', 0.3)
      return readPlainWorkbook(expanded.value, fileName, limits) ?? readWorkbook(expanded.value, fileName, limits)
    }
    case 'cfb':
      progress('read', 0.1)
      return readWorkbook(input.bytes, fileName, limits)
    case 'text': {
      const { text } = decodeText(input.bytes)
      if (text.trim() === '') return fail({ code: 'file-empty', where: where(fileName) })
      if (isMarkup(text)) return readWorkbook(text, fileName, limits)
      const sheet = parseDelimited(text, null, fileName, limits)
      return sheet.ok ? ok([sheet.value]) : sheet
    }
  }
}

export async function runImport(input: ImportInput, options: ImportOptions = {}): Promise<ImportOutcome> {
  const limits = limitsWith(options.limits)
  const fileName = nameOf(input)
  const progress = (phase: ImportPhase, fraction: number) => options.onProgress?.({ phase, fraction })
  progress('check', 0)

  const sheets = await readSheets(input, limits, progress, options.inflateRaw)
  if (!sheets.ok) return sheets
  progress('tables', 0.6)

  const nonEmpty = sheets.value.filter((sheet) => sheet.rows.some((row) => row.some((cell) => cell !== null)))
  if (nonEmpty.length === 0) return fail({ code: 'file-empty', where: where(fileName) })

  const perSheet: SheetRecords[] = []
  const skipped: ImportWarning[] = []
  for (const sheet of nonEmpty) {
    const table = findTable(sheet, fileName, limits)
    if (!table.ok) return table
    if (table.value === null) {
      skipped.push({ code: 'sheet-skipped', where: where(fileName, sheet.name) })
      continue
    }
    const records = readRecords(sheet, table.value, fileName)
    if (!records.ok) return records
    perSheet.push(records.value)
  }
  if (perSheet.length === 0) {
    return fail({ code: 'no-table', where: where(fileName, nonEmpty.length === 1 ? nonEmpty[0]!.name : null) })
  }
  progress('scores', 0.85)

  const assembled = assemble(perSheet, { fileName, limits, fiscalYear: options.fiscalYear ?? null })
  if (!assembled.ok) return assembled
  const { assessments } = assembled.value
  const warnings = [...skipped, ...assembled.value.warnings]
  const summaries: AssessmentSummary[] = []
  if (options.summaries !== false) {
    assessments.forEach((parsed, index) => {
      const analysis = parsed.fiscalYear === null ? null : analyseParsed(parsed, parsed.fiscalYear, options.threshold === undefined ? {} : { threshold: options.threshold })
      if (analysis) warnings.push(...publishedToolWarnings(parsed, analysis))
      summaries.push(summaryOf(parsed, analysis))
      if (index % 250 === 249) progress('scores', 0.85 + 0.15 * (index / assessments.length))
    })
  }
  progress('scores', 1)
  return { ok: true, assessments, summaries, warnings }
}
