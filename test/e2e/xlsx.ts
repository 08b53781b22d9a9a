import { readFileSync } from 'node:fs'
import type { Download } from '@playwright/test'
import * as XLSX from 'xlsx'

/** Opens a downloaded workbook with SheetJS in Node: each sheet as rows of cell text, and its merges. */
export async function readDownloadedWorkbook(download: Download): Promise<{
  fileName: string
  sheetNames: string[]
  rows: (sheet: string) => string[][]
  /** The cells' values as stored (numbers as numbers), not as SheetJS formats them. */
  values: (sheet: string) => unknown[][]
  /** One cell as stored, with its number format `z`. */
  cell: (sheet: string, address: string) => XLSX.CellObject | undefined
  merges: (sheet: string) => string[]
}> {
  const path = await download.path()
  const book = XLSX.read(readFileSync(path), { type: 'buffer', cellNF: true })
  return {
    fileName: download.suggestedFilename(),
    sheetNames: book.SheetNames,
    rows: (sheet) => XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, defval: '', raw: false }),
    values: (sheet) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, defval: '', raw: true }),
    cell: (sheet, address) => book.Sheets[sheet]![address] as XLSX.CellObject | undefined,
    merges: (sheet) => (book.Sheets[sheet]!['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range)),
  }
}
