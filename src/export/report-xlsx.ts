import * as XLSX from 'xlsx'
import type { Report, TableBlock } from '@/report/model'

/**
 * Writes every table of a report to its own sheet (first row: the report's headers). A cell that spans
 * rows downwards is merged in the sheet. Text is written as text: nothing is a formula.
 */
export function reportToWorkbook(report: Report): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new()
  const names = new Set<string>()
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'table') continue
      let name = sheetName(block)
      for (let suffix = 2; names.has(name); suffix++) name = `${sheetName(block).slice(0, 28)} ${suffix}`
      names.add(name)
      XLSX.utils.book_append_sheet(workbook, tableToSheet(block), name)
    }
  }
  return workbook
}

function sheetName(block: TableBlock): string {
  return (block.title ?? block.id).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31)
}

function tableToSheet(block: TableBlock): XLSX.WorkSheet {
  const width = block.columns.length
  const grid: string[][] = [block.columns.map((column) => column.header)]
  const merges: XLSX.Range[] = []
  const pending = new Map<number, number>()
  block.rows.forEach((row, rowIndex) => {
    const out: string[] = []
    let cellIndex = 0
    for (let column = 0; column < width; column++) {
      const spanLeft = pending.get(column) ?? 0
      if (spanLeft > 0) {
        pending.set(column, spanLeft - 1)
        out.push('')
        continue
      }
      const entry = row[cellIndex++]
      out.push(entry ? entry.lines.join('\n') : '')
      if (entry?.rowSpan && entry.rowSpan > 1) {
        pending.set(column, entry.rowSpan - 1)
        merges.push({ s: { r: rowIndex + 1, c: column }, e: { r: rowIndex + entry.rowSpan, c: column } })
      }
    }
    grid.push(out)
  })
  const sheet = XLSX.utils.aoa_to_sheet(grid)
  sheet['!merges'] = merges
  sheet['!cols'] = block.columns.map((column) => ({ wch: Math.max(8, Math.round(column.width * 1.2)) }))
  return sheet
}

export function reportToXlsx(report: Report): ArrayBuffer {
  return XLSX.write(reportToWorkbook(report), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
}
