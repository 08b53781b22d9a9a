import * as XLSX from 'xlsx'
import type { DigitStyle } from '@/domain/thai'
import type { Report, TableBlock, TableCell } from '@/report/model'
import { excelNumberFormat } from './number-format'

/**
 * Writes every table of a report to its own sheet, named in Thai. Each sheet opens with the report's
 * title lines (what it is, the organisation, the fiscal year) and the heading of the section the table
 * sits under, then a blank row and the table with the report's headers, so a sheet printed or sent on
 * its own still says whose figures they are.
 * Figures are numbers shown in the report's digits; everything else is text; nothing is a formula.
 */
export function reportToWorkbook(report: Report): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new()
  const names = new Set<string>()
  let titleLines: string[] = []
  let heading: string | null = null
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type === 'title') titleLines = block.lines
      if (block.type === 'heading') heading = block.text
      if (block.type !== 'table') continue
      const above = [...titleLines, ...(heading ? [heading] : []), ...(block.title ? [block.title] : [])]
      XLSX.utils.book_append_sheet(workbook, tableToSheet(block, above, report.digits), uniqueSheetName(block.sheetName, names))
    }
  }
  // A report of text only (an announcement) is one sheet of its lines, so its .xlsx still says it all.
  if (workbook.SheetNames.length === 0) XLSX.utils.book_append_sheet(workbook, textSheet(report), uniqueSheetName(report.textSheetName ?? 'ข้อความ', names))
  return workbook
}

/** Every line of a report without tables, one per row, in order: titles, headings, paragraphs, list items, signers. */
function textSheet(report: Report): XLSX.WorkSheet {
  const lines = report.sections.flatMap((section) => section.blocks).flatMap((block): string[] => {
    switch (block.type) {
      case 'title': return block.lines
      case 'heading': return [block.text]
      case 'paragraph': return [block.text]
      case 'list': return block.items
      case 'signatures': return block.signers.flatMap((signer) => [`( ${signer.name || '..............................'} )`, signer.position])
      default: return []
    }
  })
  const sheet = XLSX.utils.aoa_to_sheet(lines.map((line) => [line]))
  sheet['!cols'] = [{ wch: 120 }]
  return sheet
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not blank, unique in the book
 *  (compared without case, as Excel does). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'ตาราง'
  let name = base.slice(0, 31)
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base.slice(0, 31 - String(suffix).length - 1)} ${suffix}`
  taken.add(name.toLowerCase())
  return name
}

function cellValue(entry: TableCell | undefined): string | number {
  if (!entry) return ''
  return entry.number ? entry.number.value : entry.lines.join('\n')
}

function tableToSheet(block: TableBlock, above: string[], digits: DigitStyle): XLSX.WorkSheet {
  const width = block.columns.length
  // The lines above the table, a blank row, then the header row.
  const headerRow = above.length > 0 ? above.length + 1 : 0
  const grid: Array<Array<string | number>> = [...above.map((line) => [line]), ...(above.length > 0 ? [[]] : [])]
  grid.push(block.columns.map((column) => column.header))
  const merges: XLSX.Range[] = above.map((_, row) => ({ s: { r: row, c: 0 }, e: { r: row, c: width - 1 } }))
  const formats: Array<{ r: number; c: number; z: string }> = []
  block.rows.forEach((row, rowIndex) => {
    const r = headerRow + 1 + rowIndex
    grid.push(block.columns.map((_, column) => {
      const entry = row[column]
      if (entry?.number) formats.push({ r, c: column, z: excelNumberFormat(entry.number.decimals, digits) })
      return cellValue(entry)
    }))
  })
  const sheet = XLSX.utils.aoa_to_sheet(grid)
  for (const { r, c, z } of formats) {
    const target = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined
    if (target) target.z = z
  }
  // A one-column table has nothing to merge its title lines over.
  sheet['!merges'] = merges.filter((merge) => merge.e.c > merge.s.c)
  sheet['!cols'] = block.columns.map((column) => ({ wch: Math.max(8, Math.round(column.width * 1.2)) }))
  return sheet
}

export function reportToXlsx(report: Report): ArrayBuffer {
  return XLSX.write(reportToWorkbook(report), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
}
