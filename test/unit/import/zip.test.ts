import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { limitsWith } from '@/import/limits'
import { expandZip, readZipDirectory } from '@/import/zip'

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/import', name)))

describe('zip bomb defence', () => {
  it('re-packs a workbook uncompressed, part for part, and SheetJS reads the same cells from it', async () => {
    const bytes = fixture('long-items-2567.xlsx')
    const entries = readZipDirectory(bytes, 'f.xlsx', limitsWith())
    if (!entries.ok) throw new Error(entries.error.code)
    expect(entries.value.map((entry) => entry.name)).toContain('xl/workbook.xml')
    const progress: number[] = []
    const stored = await expandZip(bytes, entries.value, 'f.xlsx', limitsWith(), (done) => progress.push(done))
    if (!stored.ok) throw new Error(stored.error.code)
    const repacked = readZipDirectory(stored.value, 'f.xlsx', limitsWith())
    if (!repacked.ok) throw new Error(repacked.error.code)
    expect(repacked.value.map((entry) => [entry.name, entry.method, entry.uncompressedSize]))
      .toEqual(entries.value.map((entry) => [entry.name, 0, entry.uncompressedSize]))
    expect(progress.at(-1)).toBe(entries.value.reduce((sum, entry) => sum + entry.uncompressedSize, 0))
    const cells = (data: Uint8Array) => XLSX.utils.sheet_to_json(XLSX.read(data, { type: 'array' }).Sheets['ผลคะแนน']!, { header: 1 })
    expect(cells(stored.value)).toEqual(cells(bytes))
  })

  it('refuses a declared total over the limit before expanding anything', () => {
    const entries = readZipDirectory(fixture('long-items-2567.xlsx'), 'f.xlsx', limitsWith({ expandedBytes: 10_000 }))
    expect(entries.ok ? null : entries.error).toMatchObject({ code: 'archive-too-large', limit: 10_000 })
    const many = readZipDirectory(fixture('long-items-2567.xlsx'), 'f.xlsx', limitsWith({ archiveEntries: 3 }))
    expect(many.ok ? null : many.error).toMatchObject({ code: 'archive-too-large', text: 'entries', limit: 3 })
  })

  it('stops a part that expands past its declared size', async () => {
    const bytes = fixture('bomb-lying.xlsx')
    const entries = readZipDirectory(bytes, 'b.xlsx', limitsWith())
    if (!entries.ok) throw new Error(entries.error.code)
    expect(entries.value.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')?.uncompressedSize).toBe(1024)
    const expanded = await expandZip(bytes, entries.value, 'b.xlsx', limitsWith())
    expect(expanded.ok ? null : expanded.error).toMatchObject({ code: 'archive-too-large', text: 'xl/worksheets/sheet1.xml' })
  })

  it('calls a truncated or corrupt archive damaged', async () => {
    const bytes = fixture('long-items-2567.xlsx')
    expect(readZipDirectory(bytes.slice(0, 2000), 't.xlsx', limitsWith())).toMatchObject({ ok: false, error: { code: 'file-damaged' } })
    const entries = readZipDirectory(bytes, 'f.xlsx', limitsWith())
    if (!entries.ok) throw new Error(entries.error.code)
    const corrupt = bytes.slice()
    const sheet = entries.value.find((entry) => entry.name.startsWith('xl/worksheets/'))!
    corrupt.fill(0xff, sheet.localHeaderOffset + 60, sheet.localHeaderOffset + 200)
    expect(await expandZip(corrupt, entries.value, 'f.xlsx', limitsWith())).toMatchObject({ ok: false, error: { code: 'file-damaged' } })
  })
})
