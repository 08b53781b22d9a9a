import * as XLSX from 'xlsx'

/** Text of one file inside a zip (.docx or .xlsx), read with SheetJS's container reader. */
export function unzipEntry(bytes: Uint8Array | ArrayBuffer, path: string): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const container = XLSX.CFB.read(data, { type: 'buffer' })
  const entry = XLSX.CFB.find(container, `/${path}`)
  if (!entry?.content) throw new Error(`${path} not in the archive`)
  return Buffer.from(entry.content as Uint8Array).toString('utf8')
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Each section's `<w:sectPr>` of a document.xml, in order: its page orientation and page-number format. */
export function docxSections(xml: string): Array<{ orientation: 'portrait' | 'landscape'; pageNumberFormat: string | null }> {
  return [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(([section]) => ({
    orientation: /<w:pgSz[^>]*w:orient="landscape"/.test(section) ? 'landscape' : 'portrait',
    pageNumberFormat: /<w:pgNumType[^>]*w:fmt="([^"]+)"/.exec(section)?.[1] ?? null,
  }))
}

/** The paragraphs' text of a document.xml (runs joined), to find a heading or a cell line whole. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
}

/** The rows of one sheet as its cells' values (numbers stay numbers), blank cells as ''. */
export function sheetRows(workbook: XLSX.WorkBook, name: string): unknown[][] {
  const sheet = workbook.Sheets[name]
  if (!sheet) throw new Error(`no sheet ${name}: ${workbook.SheetNames.join(', ')}`)
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '', raw: true })
}

/** The tables of a document.xml as rows of cells, each cell its paragraphs joined by a line break. */
export function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tableCell]) => docxParagraphs(tableCell).join('\n'))))
}
