import { describe, expect, it } from 'vitest'
import { CATALOGUE_FILE_MAX_BYTES, catalogueFor, parseCatalogueFile, provinceTargets, serializeCatalogueFile, serializeProvinceCatalogueFile, type CatalogueOverrides } from '@/domain'
import { organizationNameKey } from '@/domain/organization-name'

const { catalogue } = catalogueFor(2567)
const overrides: CatalogueOverrides = {
  edits: [{ code: 'i1', title: 'ชื่อที่คณะทำงานแก้', issueGroups: [1, 6] }],
  added: [{ code: 'o36', tool: 'OIT', indicator: 10, title: 'ข้อที่เพิ่ม', issueGroups: [7] }],
}
const exported = serializeCatalogueFile(2567, overrides, 80, { organization: 'อบต.หนองซอน', exportedAt: '2025-01-01T00:00:00.000Z' })

function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exported) as Record<string, unknown>
  change(file)
  return JSON.stringify(file)
}

describe('catalogue file', () => {
  it('round-trips the changes and the threshold', () => {
    const result = parseCatalogueFile(exported, 2567, catalogue)
    expect(result).toEqual({ ok: true, overrides, threshold: 80, fiscalYear: 2567, province: null })
  })

  it('rejects text that is not JSON, or JSON that is not a catalogue file', () => {
    expect(parseCatalogueFile('not json {', 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'not-json' } })
    expect(parseCatalogueFile('[1,2]', 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'not-catalogue-file' } })
    expect(parseCatalogueFile(fileWith((file) => { file.format = 'other' }), 2567, catalogue))
      .toMatchObject({ ok: false, error: { code: 'not-catalogue-file' } })
  })

  it('rejects __proto__, constructor and prototype keys anywhere, before anything else reads the file', () => {
    const proto = exported.replace('"edits": [', '"edits": [{"__proto__": {"polluted": true}},')
    const result = parseCatalogueFile(proto, 2567, catalogue)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-key', path: ['edits', 0, '__proto__'] } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(parseCatalogueFile(fileWith((file) => { file['constructor'] = { prototype: 1 } }), 2567, catalogue))
      .toMatchObject({ ok: false, error: { code: 'forbidden-key', path: ['constructor'] } })
  })

  it('rejects a huge file and absurd nesting', () => {
    expect(parseCatalogueFile(' '.repeat(CATALOGUE_FILE_MAX_BYTES + 1), 2567, catalogue))
      .toMatchObject({ ok: false, error: { code: 'too-large' } })
    const deep = fileWith((file) => { file.organization = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) })
    expect(parseCatalogueFile(deep, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'too-deep' } })
  })

  it('says which entry and field has the wrong type, with the item code', () => {
    const wrong = fileWith((file) => { (file.edits as Array<Record<string, unknown>>)[0]!.issueGroups = [1, 'สอง'] })
    expect(parseCatalogueFile(wrong, 2567, catalogue)).toEqual({
      ok: false, error: { code: 'invalid', path: ['edits', 0, 'issueGroups', 1], issue: 'invalid_type', itemCode: 'i1' },
    })
    const threshold = fileWith((file) => { file.threshold = 150 })
    expect(parseCatalogueFile(threshold, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'invalid', path: ['threshold'], issue: 'too_big' } })
    const extra = fileWith((file) => { file.script = '<script>alert(1)</script>' })
    expect(parseCatalogueFile(extra, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'invalid', issue: 'unrecognized_keys' } })
  })

  it('rejects a duplicate across the lists, a newer version, another fiscal year', () => {
    const twice = fileWith((file) => { (file.edits as unknown[]).push({ code: 'i1', title: 'อีกครั้ง' }) })
    expect(parseCatalogueFile(twice, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'invalid', issue: 'duplicate', path: ['edits', 1, 'code'] } })
    expect(parseCatalogueFile(fileWith((file) => { file.version = 2 }), 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'newer-version' } })
    expect(parseCatalogueFile(exported, 2568, catalogueFor(2568).catalogue)).toMatchObject({ ok: false, error: { code: 'wrong-year', fileYear: 2567 } })
  })

  it('rejects edits of codes the year lacks and added items it already has', () => {
    const unknown = fileWith((file) => { (file.edits as Array<Record<string, unknown>>)[0]!.code = 'i40' })
    expect(parseCatalogueFile(unknown, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'unknown-code', itemCode: 'i40' } })
    const shipped = fileWith((file) => { (file.added as Array<Record<string, unknown>>)[0]!.code = 'o35' })
    expect(parseCatalogueFile(shipped, 2567, catalogue)).toMatchObject({ ok: false, error: { code: 'code-in-catalogue', itemCode: 'o35' } })
  })
})

describe('the province form of the catalogue file', () => {
  const { catalogue: shipped2567 } = catalogueFor(2567)
  const overrides = { edits: [{ code: 'i12' as const, title: 'ชื่อข้อของจังหวัด' }], added: [] }
  const organizations = [
    { id: 'a', name: 'องค์การบริหารส่วนตำบลหนองซอน' }, { id: 'b', name: 'เทศบาลตำบลท่าช้าง' }, { id: 'c', name: 'อบต.บ้านแหง' },
  ]
  const hasYear = (id: string) => id !== 'c'

  it('reads back its province and reach, and applies to every organisation holding the year, or those it names', () => {
    const all = parseCatalogueFile(serializeProvinceCatalogueFile(2567, overrides, 80, { organization: 'x', exportedAt: '', province: 'มหาสารคาม', organizations: 'all' }), 2567, shipped2567)
    expect(all.ok && all.province).toEqual({ province: 'มหาสารคาม', organizations: 'all' })
    if (!all.ok || !all.province) throw new Error('not read')
    expect(all.overrides.edits).toEqual(overrides.edits)
    expect(provinceTargets(all.province, organizations, hasYear, organizationNameKey).targets.map((o) => o.id)).toEqual(['a', 'b'])
    const named = provinceTargets({ province: 'มหาสารคาม', organizations: ['อบต.หนองซอน', 'อบต.บ้านแหง', '__proto__', 'เทศบาลตำบลไม่มี'] }, organizations, hasYear, organizationNameKey)
    expect(named.targets.map((o) => o.id)).toEqual(['a'])
    expect(named.unmatched).toEqual(['อบต.บ้านแหง', '__proto__', 'เทศบาลตำบลไม่มี'])
  })

  it('an organisation\'s own file has no province', () => {
    const own = parseCatalogueFile(serializeCatalogueFile(2567, overrides, 80, { organization: 'x', exportedAt: '' }), 2567, shipped2567)
    expect(own.ok && own.province).toBeNull()
  })
})
