import { beToCe, normaliseBeYear, parseThaiMonth } from '@/domain/thai/dates'
import { toArabicDigits } from '@/domain/thai/digits'
import { parseThaiNumber, round2 } from '@/domain/thai/numbers'
import type { Budget, Dimension, FollowUpStatus, MeasureKind, Period, Quarters } from '@/domain/measures/schema'
import { limitsWith, type ImportLimits } from './limits'
import { readSheets, type ImportInput } from './pipeline'
import { where, type ImportError, type Where } from './problems'
import { cellText, type CellValue, type Sheet } from './sheet'
import { organizationInText, rowLine, yearsInText, type OrganizationInfo } from './title'
import type { InflateRaw } from './zip'

/**
 * The action plan's table, imported (issue 11): the e-PlanNACC plan table of seed 003
 * (ลำดับ | รายการโครงการ (ตั้งต้น) | มิติ | งบประมาณ (บาท) | ดำเนินการไตรมาส 1-4 | หมายเหตุ), its results
 * tables (seed 000's 12-month table with เบิกจ่าย and the four status columns; seed 001's summary
 * แล้วเสร็จ | ไม่สามารถดำเนินการได้ | งบประมาณ | ไม่ใช้งบประมาณ | เบิกจ่าย | คงเหลือ, and its detail table
 * วิธีการดำเนินงาน | ตัวชี้วัด | งบประมาณ | ระยะเวลา | ผลการดำเนินงาน | การใช้จ่ายงบประมาณ | หน่วยงานรับผิดชอบ),
 * pasted or as a file.
 *
 * API:
 * - `readPlanTable(input, options)`: the whole import for the screen (async: a compressed workbook is
 *   expanded first). `input` is the ITA import's `ImportInput` (a file's bytes or pasted text); the
 *   answer is `{ ok: true, table, otherTables, meta, warnings }` or `{ ok: false, error }`, an error
 *   code with where (file, sheet, row, column). Sentences: src/ui/plan-import-messages.ts.
 * - `parsePlanSheets(sheets, fileName, options)`: the same from cells (pure and synchronous; tests and
 *   the demo generator use it).
 * - `planTableMeasures(table, options)`: the rows as `MeasureInput`s for the plan (kind from the name's
 *   prefix, dimension, budget, quarters, remark, and for a detail table steps, KPI, period, owner).
 *
 * Bytes -> cells is the ITA import's own (sniff, zip bomb defence, text decoding with its tab, comma and
 * pipe shapes, SheetJS or the plain .xlsx reader, with their size limits); this file reads the table.
 * What it accepts: a header found anywhere (under title rows), on one row or two (a parent spanning
 * sub-columns: ไตรมาส over 1 2 3 4, สถานะ over the four statuses); the header repeated per page, and
 * title lines between pages (a bold "**…**" title splits seed 001's table); continuation rows (an
 * empty ลำดับ: their text is appended to the entry above, seed 001 row ๕); Thai or Arabic digits with any
 * separator ("๓๐.๐๐๐", "๑๐๐๐๐", "๕๐,๐๐๐"); "ไม่ใช้งบประมาณ"; มิติ 1-4, "*1", "*2"; ticks ☑ ✓ ✔ x X 1 and
 * `<input checked="" type="checkbox"/>`; a รวมทั้งสิ้น row, read as a check of the rows (a warning when
 * it disagrees, never a rejection). Cells are text: nothing is evaluated, no key is taken from a cell.
 */

// ---------------------------------------------------------------------------------------------- types

export type PlanColumnRole =
  | 'no' | 'name' | 'dimension' | 'budget' | 'noBudget' | 'disbursed' | 'remaining' | 'remark'
  | 'steps' | 'kpi' | 'period' | 'result' | 'owner'

/** A column's meaning: a role, a fiscal quarter's tick, or one status's tick. */
type ColumnMeaning =
  | { kind: 'role'; role: PlanColumnRole }
  | { kind: 'quarter'; quarter: 0 | 1 | 2 | 3 }
  | { kind: 'status'; status: FollowUpStatus }

/** Where each column of a found table is, 0-based. */
export interface PlanColumns {
  roles: Partial<Record<PlanColumnRole, number>>
  /** Columns of the quarter ticks Q1-Q4 (null where the table has none). */
  quarters: [number | null, number | null, number | null, number | null]
  /** Columns of the status ticks, in the table's order. */
  statuses: Array<{ status: FollowUpStatus; column: number }>
}

/** The name's prefix: โครงการ / มาตรการ / กิจกรรม / แนวปฏิบัติงาน; null without one. */
export type PlanEntryKind = MeasureKind | 'guideline'

export interface PlanTableRow {
  /** ลำดับ as printed (Thai or Arabic digits read). */
  no: number
  /** The row's place (its ลำดับ cell); a continuation's text comes from the rows below it. */
  where: Where
  name: string
  kind: PlanEntryKind | null
  dimension: Dimension | null
  /** The plan's rows marked "*1"/"*2" instead of a dimension (seed 003 rows 30, 31). */
  dimensionMark: '*1' | '*2' | null
  /** null when the table has no budget column or the cell is blank. 0.00 stays an amount of 0. */
  budget: Budget | null
  /** null when the table has no quarter columns. */
  quarters: Quarters | null
  /** The ticked status; null when the table has status columns and none is ticked, or has none. */
  status: FollowUpStatus | null
  /** เบิกจ่าย (baht); null when blank, "ไม่ใช้งบประมาณ" or no such column. */
  disbursed: number | null
  /** คงเหลือ as printed (baht), for the check. */
  remaining: number | null
  remark: string
  /** Detail tables (seed 001 §3): วิธีการดำเนินงาน, ตัวชี้วัด, ระยะเวลา, ผลการดำเนินงาน, หน่วยงานรับผิดชอบ. */
  steps: string
  kpi: string
  period: string
  result: string
  owner: string
}

/** The รวมทั้งสิ้น row as printed: each figure, null where the cell is blank. */
export interface PlanTableTotal {
  where: Where
  budget: number | null
  disbursed: number | null
  remaining: number | null
  /** Ticks per quarter, as seed 003 prints them (4 / 30 / 28 / 4). */
  quarters: [number | null, number | null, number | null, number | null]
}

export interface PlanTable {
  /** Where its (first) header row is. */
  where: Where
  columns: PlanColumns
  /** A plan (quarter ticks) or a results report (status ticks, disbursed); a table may be both. */
  hasQuarters: boolean
  hasStatus: boolean
  hasDisbursed: boolean
  rows: PlanTableRow[]
  total: PlanTableTotal | null
}

/** What the lines around the table state (title, footer), each null when not found. */
export interface PlanTableMeta {
  organization: OrganizationInfo | null
  /** The fiscal year (BE) the title names ("พ.ศ. 2569"). */
  fiscalYear: number | null
  /** รอบ 6 / 12 เดือน, for a results report. */
  round: 6 | 12 | null
  /** "ข้อมูล ณ วันที่ 20 เมษายน 2569" as a CE date, 2026-04-20. */
  asOf: string | null
  /** "ชื่อ - สกุล ผู้ออกรายงาน …" / "ผู้รายงาน … ตำแหน่ง …". */
  issuer: { name: string; position: string } | null
}

export type PlanTableErrorCode =
  /** No row holds the table's header (ลำดับ and รายการโครงการ/โครงการ/กิจกรรม). */
  | 'no-plan-header'
  /** A header without one entry under it. */
  | 'no-entries'
  | 'dimension-invalid'
  /** A budget that is neither a number nor "ไม่ใช้งบประมาณ". */
  | 'budget-invalid'
  /** เบิกจ่าย or คงเหลือ that is not a number. */
  | 'amount-invalid'
  /** A quarter or status cell that is neither a tick nor blank. */
  | 'tick-invalid'
  /** Two statuses ticked in one row. */
  | 'status-ticked-twice'
  /** An entry (a ลำดับ) without a name. */
  | 'name-missing'
  /** More entries than a plan holds. */
  | 'too-many-entries'

export interface PlanTableError {
  code: PlanTableErrorCode
  where: Where
  text?: string
  value?: number | null
  limit?: number
}

/** A rejection: the reader's (file, size, encoding: src/import/problems.ts) or the table's. */
export type PlanImportError = ImportError | PlanTableError

export type PlanImportWarningCode =
  /** A figure of the รวมทั้งสิ้น row that the rows do not add up to (`text`: which figure). */
  | 'total-differs'
  /** คงเหลือ that is not budget minus disbursed. */
  | 'remaining-differs'
  /** An entry's ลำดับ that does not follow the one above. */
  | 'sequence-gap'
  /** A row with an empty ลำดับ before any entry: nothing to continue, skipped. */
  | 'continuation-without-entry'
  /** Another table (another header) after the first: read apart, in `otherTables`. */
  | 'other-table'

export interface PlanImportWarning {
  code: PlanImportWarningCode
  where: Where
  text?: string
  value?: number | null
  otherValue?: number | null
}

export type PlanTableOutcome =
  | { ok: true; table: PlanTable; otherTables: PlanTable[]; meta: PlanTableMeta; warnings: PlanImportWarning[] }
  | { ok: false; error: PlanImportError }

export interface PlanTableLimits {
  /** Entries in one table (a plan holds at most 300 measures, as a measure plan). */
  entries: number
  /** Characters of a name, and of the other texts, as the measure schema keeps them. */
  name: number
  text: number
  result: number
}

export const PLAN_TABLE_LIMITS: Readonly<PlanTableLimits> = { entries: 300, name: 3000, text: 2000, result: 5000 }

export interface PlanTableOptions {
  limits?: Partial<ImportLimits>
  planLimits?: Partial<PlanTableLimits>
  /** A synchronous inflater for compressed workbooks (Node's zlib in the CLI and tests). */
  inflateRaw?: InflateRaw
}

// ------------------------------------------------------------------------------------ cell readings

/** Header text as compared: Arabic digits, no spaces or bold marks, lower case. */
function key(value: CellValue | undefined): string {
  return toArabicDigits(cellText(value)).replace(/[\s\u00a0*]+/g, '').toLowerCase()
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

const STATUS_LABELS: ReadonlyArray<[RegExp, FollowUpStatus]> = [
  [/^(รอรายงาน|รอการรายงาน)$/, 'pending'],
  [/^(อยู่ระหว่างดำเนินการ|อยู่ระหว่างการดำเนินการ)$/, 'in-progress'],
  [/^(ดำเนินการแล้วเสร็จ|แล้วเสร็จ|เสร็จดำเนินการแล้ว|ดำเนินการแล้ว)$/, 'done'],
  [/^(ไม่สามารถดำเนินการได้|ไม่ได้ดำเนินการ)$/, 'not-possible'],
]

/** What a header cell names by itself; null for anything else. */
function meaningOf(label: string): ColumnMeaning | null {
  if (label === '') return null
  for (const [pattern, status] of STATUS_LABELS) if (pattern.test(label)) return { kind: 'status', status }
  const quarter = /^(?:ไตรมาส(?:ที่)?|q)([1-4])$/.exec(label)
  if (quarter) return { kind: 'quarter', quarter: (Number(quarter[1]) - 1) as 0 | 1 | 2 | 3 }
  const role = (r: PlanColumnRole): ColumnMeaning => ({ kind: 'role', role: r })
  if (/^(ลำดับ(ที่)?|ที่|no\.?)$/.test(label)) return role('no')
  if (label === 'ไม่ใช้งบประมาณ') return role('noBudget')
  if (label.includes('เบิกจ่าย') || label.includes('การใช้จ่ายงบประมาณ')) return role('disbursed')
  if (label.includes('คงเหลือ')) return role('remaining')
  if (label.startsWith('มิติ')) return role('dimension')
  if (label.includes('หมายเหตุ')) return role('remark')
  if (/^(วิธีการดำเนินงาน|วิธีดำเนินการ|วิธีการดำเนินการ|ขั้นตอน)/.test(label)) return role('steps')
  if (label.startsWith('ตัวชี้วัด')) return role('kpi')
  if (label.startsWith('ระยะเวลา')) return role('period')
  if (/^ผลการดำเนินงาน/.test(label)) return role('result')
  if (/(หน่วยงานรับผิดชอบ|ผู้รับผิดชอบ)/.test(label)) return role('owner')
  if (/^(รายการโครงการ|โครงการ|มาตรการ|กิจกรรม|ชื่อโครงการ|รายการ)/.test(label)) return role('name')
  if (label.startsWith('งบประมาณ')) return role('budget')
  return null
}

const TICKS = new Set(['☑', '✓', '✔', '☒', '✗', '✘', 'x', '×', '1', '/', 'true', '<inputchecked=""type="checkbox"/>', '<inputtype="checkbox"checked=""/>', '<inputchecked="checked"type="checkbox"/>'])
const BLANK_TICKS = new Set(['', '☐', '□', '0', '0.00', '-', 'false', '<inputtype="checkbox"/>'])

/** A tick cell: true, false (blank, ☐, 0), or null when it is neither. */
export function readTick(value: CellValue | undefined): boolean | null {
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null
  const text = key(value).replace(/'/g, '"')
  if (TICKS.has(text)) return true
  if (BLANK_TICKS.has(text)) return false
  // A checkbox written by a web page, with its attributes in any order.
  if (/^<input[^>]*type="checkbox"[^>]*\/?>$/.test(text)) return /checked/.test(text)
  return null
}

const NO_BUDGET = /^(ไม่ใช้งบประมาณ|ไม่ใช้งบ|ดำเนินการโดยไม่ใช้งบประมาณ|ไม่มีงบประมาณ)$/

/**
 * An amount in baht as the seeds write it: Thai or Arabic digits, "50,000.00", "๕๐,๐๐๐", "๑๐๐๐๐", and a dot
 * grouping thousands ("๓๐.๐๐๐" is 30,000: money has at most two decimals, so three digits after a dot
 * group thousands). A number cell is itself. Blank is null; anything else is 'invalid'.
 */
export function parseBaht(value: CellValue | undefined): number | null | 'invalid' {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : 'invalid'
  const text = toArabicDigits(cellText(value)).replace(/[\s\u00a0]+|บาท$/g, '')
  if (text === '') return null
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''))
  const parsed = parseThaiNumber(text)
  if (parsed.kind === 'blank') return null
  if (parsed.kind !== 'number' || parsed.value < 0 || text.endsWith('%')) return 'invalid'
  return parsed.value
}

/** The entry's kind from its name's prefix, as e-PlanNACC names them; null without a prefix. */
export function kindFromName(name: string): PlanEntryKind | null {
  const start = name.replace(/^[\s"“”'‘’(]+/, '')
  if (start.startsWith('โครงการ')) return 'project'
  if (start.startsWith('มาตรการ')) return 'measure'
  if (start.startsWith('กิจกรรม')) return 'activity'
  if (start.startsWith('แนวปฏิบัติ')) return 'guideline'
  return null
}

/** A ลำดับ cell: a whole number (๑, 12, "3.") or null. */
function sequenceNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null
  const text = toArabicDigits(cellText(value)).replace(/[.)]$/, '')
  return /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : null
}

const TOTAL = /^(รวมทั้งสิ้น|รวมทั้งหมด|รวม)$/

/**
 * "ต.ค. ๖๖ - ก.ย. ๖๗", "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗", "ต.ค. 66 ถึง ก.ย. 67" -> CE months; null when the
 * text is not two month-years.
 */
export function periodFromText(text: string): Period | null {
  const parts = toArabicDigits(text).split(/\s*(?:-|–|—|ถึง)\s*/)
  if (parts.length !== 2) return null
  const month = (part: string) => {
    const match = /^(?:\d{1,2}\s+)?(\S+(?:\s?\S+\.)?)\s*(?:พ\.\s*ศ\.\s*)?(\d{2}|\d{4})$/.exec(part.trim())
    if (!match) return null
    const no = parseThaiMonth(match[1]!)
    const be = normaliseBeYear(Number(match[2]))
    return no === null || be === null ? null : `${beToCe(be)}-${String(no).padStart(2, '0')}`
  }
  const start = month(parts[0]!)
  const end = month(parts[1]!)
  return start && end && start <= end ? { start, end } : null
}

/** "20 เมษายน 2569", "๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙", "04 มกราคม 2567" -> CE `YYYY-MM-DD`; null otherwise. */
export function dateFromThaiText(text: string): string | null {
  const match = /(\d{1,2})\s*(?:เดือน)?\s*([^\s\d]+(?:\s?[^\s\d]+\.)?)\s*(?:พ\.\s*ศ\.\s*)?(\d{4})/.exec(toArabicDigits(text))
  if (!match) return null
  const month = parseThaiMonth(match[2]!)
  const be = normaliseBeYear(Number(match[3]))
  const day = Number(match[1])
  if (month === null || be === null || day < 1 || day > 31) return null
  const iso = `${beToCe(be)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return new Date(`${iso}T00:00:00Z`).getUTCDate() === day ? iso : null
}

// ------------------------------------------------------------------------------------ finding tables

interface Header {
  /** 0-based rows of the header (one or two). */
  first: number
  last: number
  columns: PlanColumns
  meanings: Array<ColumnMeaning | null>
  signature: string
}

function isHeaderRow(row: readonly CellValue[]): boolean {
  const meanings = row.map((cell) => meaningOf(key(cell)))
  return meanings.some((m) => m?.kind === 'role' && m.role === 'no') && meanings.some((m) => m?.kind === 'role' && m.role === 'name')
}

/**
 * The header at row `r` and, when the next row is a sub-header (every cell it fills names a column
 * under its parent: 1-4 under ไตรมาส, statuses under สถานะ, งบประมาณ/ไม่ใช้งบประมาณ/เบิกจ่าย/คงเหลือ under
 * งบประมาณ), that row too. A parent label covers the empty cells to its right that the sub-header fills.
 */
function readHeader(rows: ReadonlyArray<readonly CellValue[]>, r: number): Header {
  const top = rows[r] ?? []
  // The sub-header is the next row with anything in it (a pipe table's rule under its first row is empty).
  let next = r + 1
  while (next < rows.length && rows[next]!.every((cell) => cellText(cell) === '')) next++
  const below = rows[next] ?? []
  const width = Math.max(top.length, below.length)
  const parents: string[] = []
  let parent = ''
  for (let c = 0; c < width; c++) {
    const label = key(top[c])
    if (label !== '') parent = label
    else if (key(below[c]) === '') parent = ''
    parents.push(label !== '' ? label : parent)
  }
  const subMeaning = (c: number): ColumnMeaning | null | undefined => {
    const label = key(below[c])
    if (label === '' || label === key(top[c])) return undefined
    // A sub-header names columns in a few words; a long text is a continuation row under the header.
    if (label.length > 30) return null
    if (/^[1-4]$/.test(label) && parents[c]!.includes('ไตรมาส')) return { kind: 'quarter', quarter: (Number(label) - 1) as 0 | 1 | 2 | 3 }
    return meaningOf(label)
  }
  const subs = Array.from({ length: width }, (_, c) => subMeaning(c))
  const twoRows = subs.some((meaning) => meaning !== undefined) && subs.every((meaning) => meaning !== null)
    && sequenceNumber(below[0]) === null
  const meanings = Array.from({ length: width }, (_, c): ColumnMeaning | null => {
    const sub = twoRows ? subs[c] : undefined
    if (sub) return sub
    return key(top[c]) === '' ? null : meaningOf(parents[c]!)
  })
  const columns: PlanColumns = { roles: Object.create(null) as PlanColumns['roles'], quarters: [null, null, null, null], statuses: [] }
  meanings.forEach((meaning, c) => {
    if (!meaning) return
    if (meaning.kind === 'role') columns.roles[meaning.role] ??= c
    else if (meaning.kind === 'quarter') columns.quarters[meaning.quarter] ??= c
    else if (!columns.statuses.some((entry) => entry.status === meaning.status)) columns.statuses.push({ status: meaning.status, column: c })
  })
  const signature = meanings.map((m) => (m === null ? '' : m.kind === 'role' ? m.role : m.kind === 'quarter' ? `q${m.quarter}` : m.status)).join('|')
  return { first: r, last: twoRows ? next : r, columns, meanings, signature }
}

// ------------------------------------------------------------------------------------ reading rows

class TableRejection extends Error {
  constructor(readonly error: PlanImportError) {
    super(error.code)
  }
}

interface Building {
  table: PlanTable
  signature: string
  /** Which text fields each row's continuation went to, for the length check at the end. */
  lastRow: PlanTableRow | null
}

const TEXT_ROLES = ['name', 'remark', 'steps', 'kpi', 'period', 'result', 'owner'] as const

function newTable(header: Header, at: Where): Building {
  const { columns } = header
  return {
    table: {
      where: at,
      columns,
      hasQuarters: columns.quarters.some((column) => column !== null),
      hasStatus: columns.statuses.length >= 2,
      hasDisbursed: columns.roles.disbursed !== undefined,
      rows: [],
      total: null,
    },
    signature: header.signature,
    lastRow: null,
  }
}

function readMeta(line: string, meta: PlanTableMeta, beforeTable: boolean): void {
  if (line === '' || line.length > 2000) return
  const text = line.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim()
  if (/ข้อมูล\s*ณ\s*วันที่/.test(text)) {
    meta.asOf ??= dateFromThaiText(text.slice(text.search(/ข้อมูล\s*ณ\s*วันที่/)))
    return
  }
  const issuer = /ชื่อ\s*-?\s*สกุล\s*ผู้(?:ออก)?รายงาน(?:\s*\(ผู้ออกรายงาน\))?\s*(.+?)(?:\s+ตำแหน่ง\s*(.+))?$/.exec(text)
  if (issuer) {
    meta.issuer ??= { name: issuer[1]!.trim(), position: (issuer[2] ?? '').trim() }
    return
  }
  if (!beforeTable) return
  meta.organization ??= organizationInText(text)
  meta.fiscalYear ??= yearsInText(text)[0] ?? null
  const round = /รอบ\s*(6|12)\s*เดือน/.exec(toArabicDigits(text))
  if (round) meta.round ??= Number(round[1]) as 6 | 12
}

interface RowContext {
  fileName: string | null
  sheetName: string | null
  r: number
}

function at(context: RowContext, column: number | null = null): Where {
  return where(context.fileName, context.sheetName, context.r + 1, column === null ? null : column + 1)
}

function cellOf(row: readonly CellValue[], column: number | undefined | null): CellValue {
  return column === undefined || column === null ? null : row[column] ?? null
}

function readDimension(row: readonly CellValue[], column: number | undefined, context: RowContext): Pick<PlanTableRow, 'dimension' | 'dimensionMark'> {
  // key() drops bold marks (*), so the "*1" / "*2" marks are read from the cell as written first.
  const raw = toArabicDigits(cellText(cellOf(row, column))).replace(/\s+/g, '')
  if (/^\*[12]$/.test(raw)) return { dimension: null, dimensionMark: raw as '*1' | '*2' }
  const text = key(cellOf(row, column)).replace(/^มิติ(ที่)?/, '')
  if (text === '') return { dimension: null, dimensionMark: null }
  if (/^[1-4]$/.test(text)) return { dimension: Number(text) as Dimension, dimensionMark: null }
  throw new TableRejection({ code: 'dimension-invalid', where: at(context, column!), text: cellText(cellOf(row, column)).slice(0, 100) })
}

function readBudget(row: readonly CellValue[], columns: PlanColumns, context: RowContext): Budget | null {
  const column = columns.roles.budget
  const cell = cellOf(row, column)
  const noBudgetTick = columns.roles.noBudget === undefined ? false : readTick(cellOf(row, columns.roles.noBudget)) === true
    || NO_BUDGET.test(key(cellOf(row, columns.roles.noBudget)))
  if (NO_BUDGET.test(key(cell)) || key(cell) === '-') return { kind: 'none' }
  const amount = parseBaht(cell)
  if (amount === 'invalid') throw new TableRejection({ code: 'budget-invalid', where: at(context, column!), text: cellText(cell).slice(0, 100) })
  if (noBudgetTick && (amount === null || amount === 0)) return { kind: 'none' }
  return amount === null ? null : { kind: 'amount', baht: amount }
}

function readAmount(row: readonly CellValue[], column: number | undefined, context: RowContext): number | null {
  const cell = cellOf(row, column)
  if (NO_BUDGET.test(key(cell)) || key(cell) === '-') return null
  const amount = parseBaht(cell)
  if (amount === 'invalid') throw new TableRejection({ code: 'amount-invalid', where: at(context, column!), text: cellText(cell).slice(0, 100) })
  return amount
}

function readTickAt(row: readonly CellValue[], column: number, context: RowContext): boolean {
  const tick = readTick(row[column] ?? null)
  if (tick === null) throw new TableRejection({ code: 'tick-invalid', where: at(context, column), text: cellText(row[column] ?? null).slice(0, 100) })
  return tick
}

function readQuarters(row: readonly CellValue[], columns: PlanColumns, context: RowContext): Quarters | null {
  if (!columns.quarters.some((column) => column !== null)) return null
  return columns.quarters.map((column) => (column === null ? false : readTickAt(row, column, context))) as Quarters
}

function readStatus(row: readonly CellValue[], columns: PlanColumns, context: RowContext): FollowUpStatus | null {
  let status: FollowUpStatus | null = null
  for (const entry of columns.statuses) {
    if (!readTickAt(row, entry.column, context)) continue
    if (status !== null) throw new TableRejection({ code: 'status-ticked-twice', where: at(context, entry.column) })
    status = entry.status
  }
  return status
}

function textOf(row: readonly CellValue[], column: number | undefined): string {
  return clean(cellText(cellOf(row, column)))
}

/** Text continued on the next row: joined with a space (words broken at the wrap are left as printed). */
function joined(before: string, more: string): string {
  return before === '' ? more : more === '' ? before : `${before} ${more}`
}

function entryRow(row: readonly CellValue[], no: number, columns: PlanColumns, context: RowContext): PlanTableRow {
  const name = textOf(row, columns.roles.name)
  return {
    no,
    where: at(context, columns.roles.no ?? null),
    name,
    kind: kindFromName(name),
    ...readDimension(row, columns.roles.dimension, context),
    budget: readBudget(row, columns, context),
    quarters: readQuarters(row, columns, context),
    status: readStatus(row, columns, context),
    disbursed: readAmount(row, columns.roles.disbursed, context),
    remaining: readAmount(row, columns.roles.remaining, context),
    remark: textOf(row, columns.roles.remark),
    steps: textOf(row, columns.roles.steps),
    kpi: textOf(row, columns.roles.kpi),
    period: textOf(row, columns.roles.period),
    result: textOf(row, columns.roles.result),
    owner: textOf(row, columns.roles.owner),
  }
}

/** A continuation row (empty ลำดับ): its texts join the entry above; ticks and blank figures it fills are taken. */
function continueRow(entry: PlanTableRow, row: readonly CellValue[], columns: PlanColumns, context: RowContext): void {
  for (const role of TEXT_ROLES) entry[role] = joined(entry[role], textOf(row, columns.roles[role]))
  if (entry.kind === null) entry.kind = kindFromName(entry.name)
  if (entry.dimension === null && entry.dimensionMark === null) Object.assign(entry, readDimension(row, columns.roles.dimension, context))
  entry.budget ??= readBudget(row, columns, context)
  entry.disbursed ??= readAmount(row, columns.roles.disbursed, context)
  entry.remaining ??= readAmount(row, columns.roles.remaining, context)
  const quarters = readQuarters(row, columns, context)
  if (entry.quarters && quarters) entry.quarters = entry.quarters.map((tick, q) => tick || quarters[q]!) as Quarters
  const status = readStatus(row, columns, context)
  if (status !== null) {
    if (entry.status !== null && entry.status !== status) {
      throw new TableRejection({ code: 'status-ticked-twice', where: at(context, columns.statuses.find((s) => s.status === status)!.column) })
    }
    entry.status = status
  }
}

function readTotal(row: readonly CellValue[], columns: PlanColumns, context: RowContext): PlanTableTotal {
  const figure = (column: number | null | undefined) => {
    const value = parseBaht(cellOf(row, column))
    return value === 'invalid' ? null : value
  }
  return {
    where: at(context),
    budget: figure(columns.roles.budget),
    disbursed: figure(columns.roles.disbursed),
    remaining: figure(columns.roles.remaining),
    quarters: columns.quarters.map((column) => figure(column)) as PlanTableTotal['quarters'],
  }
}

/** Whether the row fills any of the table's columns (a row of only other cells is not part of it). */
function fillsTable(row: readonly CellValue[], header: Header): boolean {
  return header.meanings.some((meaning, c) => meaning !== null && cellText(row[c] ?? null) !== '')
}

// ------------------------------------------------------------------------------------ checks

function totalWarnings(table: PlanTable): PlanImportWarning[] {
  const total = table.total
  if (!total) return []
  const warnings: PlanImportWarning[] = []
  const sum = (pick: (row: PlanTableRow) => number | null) => table.rows.reduce((s, row) => s + (pick(row) ?? 0), 0)
  const compare = (label: string, printed: number | null, computed: number, column: number | null | undefined) => {
    if (printed === null || round2(printed) === round2(computed)) return
    warnings.push({ code: 'total-differs', where: { ...total.where, column: column === null || column === undefined ? null : column + 1 }, text: label, value: printed, otherValue: round2(computed) })
  }
  const { roles, quarters } = table.columns
  compare('budget', total.budget, sum((row) => (row.budget?.kind === 'amount' ? row.budget.baht : 0)), roles.budget)
  compare('disbursed', total.disbursed, sum((row) => row.disbursed), roles.disbursed)
  compare('remaining', total.remaining, sum((row) => row.remaining), roles.remaining)
  total.quarters.forEach((printed, q) => compare(`quarter-${q + 1}`, printed, table.rows.filter((row) => row.quarters?.[q]).length, quarters[q]))
  return warnings
}

function rowWarnings(table: PlanTable): PlanImportWarning[] {
  const warnings: PlanImportWarning[] = []
  let previous: number | null = null
  for (const row of table.rows) {
    if (previous !== null && row.no !== previous + 1) warnings.push({ code: 'sequence-gap', where: row.where, value: row.no, otherValue: previous })
    previous = row.no
    const budget = row.budget?.kind === 'amount' ? row.budget.baht : row.budget?.kind === 'none' ? 0 : null
    if (row.remaining !== null && budget !== null && round2(budget - (row.disbursed ?? 0)) !== round2(row.remaining)) {
      const column = table.columns.roles.remaining
      warnings.push({ code: 'remaining-differs', where: { ...row.where, column: column === undefined ? null : column + 1 }, value: row.remaining, otherValue: round2(budget - (row.disbursed ?? 0)) })
    }
  }
  return warnings
}

function checkLengths(table: PlanTable, limits: PlanTableLimits): void {
  for (const row of table.rows) {
    for (const role of TEXT_ROLES) {
      const limit = role === 'name' ? limits.name : role === 'result' ? limits.result : limits.text
      if (row[role].length > limit) {
        const column = table.columns.roles[role]
        throw new TableRejection({ code: 'cell-too-long', where: { ...row.where, column: column === undefined ? null : column + 1 }, value: row[role].length, limit })
      }
    }
    if (row.name === '') throw new TableRejection({ code: 'name-missing', where: row.where })
  }
}

// ------------------------------------------------------------------------------------ the parser

const EMPTY_META = (): PlanTableMeta => ({ organization: null, fiscalYear: null, round: null, asOf: null, issuer: null })

/**
 * Cells -> the plan table(s): the first table found is `table`; a later table with another header
 * (seed 001's detail table after its summary) is read apart into `otherTables`. A header repeated with
 * the same columns (a new page, on the same sheet or the next) continues the table.
 */
export function parsePlanSheets(sheets: readonly Sheet[], fileName: string | null, options: Pick<PlanTableOptions, 'planLimits'> = {}): PlanTableOutcome {
  const limits = { ...PLAN_TABLE_LIMITS, ...options.planLimits }
  const meta = EMPTY_META()
  const tables: Building[] = []
  const warnings: PlanImportWarning[] = []
  let current: Building | null = null
  let header: Header | null = null
  try {
    for (const sheet of sheets) {
      const rows = sheet.rows
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!
        const context: RowContext = { fileName, sheetName: sheet.name, r }
        if (row.length === 0 || row.every((cell) => cellText(cell) === '')) continue
        if (isHeaderRow(row)) {
          const found = readHeader(rows, r)
          if (!current || found.signature !== current.signature) {
            if (current) warnings.push({ code: 'other-table', where: at(context) })
            current = newTable(found, at(context))
            tables.push(current)
          }
          header = found
          r = found.last
          continue
        }
        if (!current || !header) {
          readMeta(rowLine(row), meta, true)
          continue
        }
        if (current.table.total) {
          readMeta(rowLine(row), meta, false)
          continue
        }
        const { columns } = current.table
        const noCell = cellOf(row, columns.roles.no)
        const nameCell = cellOf(row, columns.roles.name)
        if (TOTAL.test(key(noCell)) || (key(noCell) === '' && TOTAL.test(key(nameCell)))) {
          current.table.total = readTotal(row, columns, context)
          continue
        }
        const no = sequenceNumber(noCell)
        if (no !== null) {
          if (current.table.rows.length >= limits.entries) {
            throw new TableRejection({ code: 'too-many-entries', where: at(context), value: current.table.rows.length + 1, limit: limits.entries })
          }
          const entry = entryRow(row, no, columns, context)
          current.table.rows.push(entry)
          current.lastRow = entry
          continue
        }
        if (key(noCell) !== '' || !fillsTable(row, header)) {
          // A title, a footer or prose between pages (seed 001's bold title; "ข้อมูล ณ วันที่ …").
          readMeta(rowLine(row), meta, false)
          continue
        }
        if (!current.lastRow) {
          warnings.push({ code: 'continuation-without-entry', where: at(context) })
          continue
        }
        continueRow(current.lastRow, row, columns, context)
      }
    }
    if (tables.length === 0) {
      const first = sheets.find((sheet) => sheet.rows.some((row) => row.some((cell) => cellText(cell) !== '')))
      return { ok: false, error: { code: 'no-plan-header', where: where(fileName, first?.name ?? null) } }
    }
    for (const building of tables) checkLengths(building.table, limits)
  } catch (error) {
    if (error instanceof TableRejection) return { ok: false, error: error.error }
    throw error
  }
  const [main, ...others] = tables.map((building) => building.table)
  if (main!.rows.length === 0) return { ok: false, error: { code: 'no-entries', where: main!.where } }
  for (const table of [main!, ...others]) warnings.push(...rowWarnings(table), ...totalWarnings(table))
  return { ok: true, table: main!, otherTables: others.filter((table) => table.rows.length > 0), meta, warnings }
}

/**
 * The plan-table import, end to end: a file (csv, tab or pipe text, xlsx, xls, ods, an HTML table saved
 * as .xls) or pasted text -> cells (the ITA import's readers and their limits) -> `parsePlanSheets`.
 * Nothing is saved here: the screen previews the answer and saves what the user confirms.
 */
export async function readPlanTable(input: ImportInput, options: PlanTableOptions = {}): Promise<PlanTableOutcome> {
  const limits = limitsWith(options.limits)
  const fileName = input.kind === 'paste' ? null : input.name
  const sheets = await readSheets(input, limits, () => undefined, options.inflateRaw)
  if (!sheets.ok) return sheets
  if (!sheets.value.some((sheet) => sheet.rows.some((row) => row.some((cell) => cellText(cell) !== '')))) {
    return { ok: false, error: { code: 'file-empty', where: where(fileName) } }
  }
  return parsePlanSheets(sheets.value, fileName, options)
}
