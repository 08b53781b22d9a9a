import { describe, expect, it } from 'vitest'
import { catalogueFor } from '@/domain'
import { applyCatalogueOverrides, NO_CATALOGUE_OVERRIDES, withItemEdit } from '@/domain/catalogue-overrides'
import { adoptAllChoices, adoptFileFacts, fileFactFindings, splitFindings, type FileItemFact } from '@/domain/file-facts'
import { searchIndicatorSplit } from '@/domain/indicator-split'
import { itemSourceLines } from '@/ui/fact-sources'

const shipped = catalogueFor(2569).catalogue
const at = (row: number, sheet = 'EIT') => ({ file: 'ผล ITA 2569.xlsx', sheet, row })
const fact = (code: string, title: string | null, indicator: number | null, row: number, tool: FileItemFact['tool'] = null): FileItemFact =>
  ({ code, title, indicator, tool, from: at(row) })

describe('what the file teaches: the preview model', () => {
  const facts: FileItemFact[] = [
    fact('e1', 'ท่านได้รับบริการตามขั้นตอนและระยะเวลาที่กำหนด', 6, 4),
    fact('o1', 'โครงสร้าง  หน้าที่และอำนาจ', null, 5), // the catalogue's wording, spaced otherwise
    fact('o3', 'ช่องทางติดต่อ', null, 6),
    fact('o47', 'ข้อที่ไฟล์เพิ่ม', 10, 7),
    fact('e2', null, 9, 8, 'OIT'), // an OIT indicator beside an EIT code: not a fact
  ]
  const findings = fileFactFindings(shipped, facts)
  const byCode = new Map(findings.map((finding) => [finding.code, finding]))

  it('says per item what the catalogue says and what the file says, and skips what agrees', () => {
    expect(byCode.get('e1')).toMatchObject({ inCatalogue: true, title: { catalogue: null, file: 'ท่านได้รับบริการตามขั้นตอนและระยะเวลาที่กำหนด', from: at(4) }, indicator: { catalogue: null, file: 6 } })
    expect(byCode.has('o1')).toBe(false)
    expect(byCode.get('o3')?.title?.catalogue).toBe(shipped.items.find((item) => item.code === 'o3')!.title)
    expect(byCode.get('o3')?.title?.file).toBe('ช่องทางติดต่อ')
    expect(byCode.get('o47')).toMatchObject({ inCatalogue: false, indicator: { catalogue: null, file: 10 } })
  })

  it('shows a tool that contradicts the code without offering an indicator of another tool', () => {
    expect(byCode.get('e2')).toMatchObject({ indicator: null, title: null, toolConflict: { code: 'EIT', file: 'OIT' } })
  })

  it('adopts nothing unless chosen, and adopting one item leaves the others as they were', () => {
    expect(adoptFileFacts(shipped, NO_CATALOGUE_OVERRIDES, findings, [])).toEqual(NO_CATALOGUE_OVERRIDES)
    const one = adoptFileFacts(shipped, NO_CATALOGUE_OVERRIDES, findings, [{ code: 'e1', title: true, indicator: false }])
    expect(one.edits).toEqual([{ code: 'e1', title: 'ท่านได้รับบริการตามขั้นตอนและระยะเวลาที่กำหนด', titleFrom: at(4) }])
    expect(one.added).toEqual([])
  })

  it('adopts all: the effective catalogue shows the file as the source of each adopted fact', () => {
    const next = adoptFileFacts(shipped, NO_CATALOGUE_OVERRIDES, findings, adoptAllChoices(findings))
    const catalogue = applyCatalogueOverrides(shipped, next)
    const e1 = catalogue.items.find((item) => item.code === 'e1')!
    expect(e1).toMatchObject({ title: 'ท่านได้รับบริการตามขั้นตอนและระยะเวลาที่กำหนด', indicator: 6, titleUncertain: false })
    const source = catalogue.sources.find((entry) => entry.id === e1.sources.title)!
    expect(source).toMatchObject({ kind: 'file', label: 'ผล ITA 2569.xlsx (ชีต EIT แถว 4)' })
    expect(itemSourceLines(catalogue, 'e1')[0]!.name).toBe('ไฟล์ที่นำเข้า: ผล ITA 2569.xlsx (ชีต EIT แถว 4)')
    const o47 = catalogue.items.find((item) => item.code === 'o47')!
    expect(o47).toMatchObject({ tool: 'OIT', indicator: 10, title: 'ข้อที่ไฟล์เพิ่ม', issueGroups: [] })
    expect(catalogue.sources.find((entry) => entry.id === o47.sources.indicator)?.label).toBe('ผล ITA 2569.xlsx (ชีต EIT แถว 7)')
    // The committee's earlier change of o3's groups survives adopting the file's title.
    const grouped = withItemEdit(shipped, NO_CATALOGUE_OVERRIDES, { code: 'o3', issueGroups: [7] })
    const adopted = adoptFileFacts(shipped, grouped, findings, [{ code: 'o3', title: true, indicator: false }])
    expect(adopted.edits).toEqual([{ code: 'o3', title: 'ช่องทางติดต่อ', titleFrom: at(6), issueGroups: [7] }])
  })

  it('keeps a sub-indicator under the adopted indicator and drops one the file contradicts', () => {
    const findings9 = fileFactFindings(shipped, [fact('o1', null, 9, 5), fact('o25', null, 9, 6)])
    const catalogue = applyCatalogueOverrides(shipped, adoptFileFacts(shipped, NO_CATALOGUE_OVERRIDES, findings9, adoptAllChoices(findings9)))
    expect(catalogue.items.find((item) => item.code === 'o1')).toMatchObject({ indicator: 9, subIndicator: '9.1' })
    expect(catalogue.items.find((item) => item.code === 'o25')).toMatchObject({ indicator: 9, subIndicator: null, sources: { subIndicator: null } })
  })

  it('offers a unique split as indicator facts sourced to the file and nothing for several fits', () => {
    const unique = searchIndicatorSplit({
      tool: 'EIT', items: [70, 80, 90, 85, 95, 50].map((score, index) => ({ code: `e${index + 1}`, scores: [score] })),
      published: [{ indicator: 6, score: 80 }, { indicator: 7, score: 90 }, { indicator: 8, score: 50 }], missing: [],
    })
    const offered = splitFindings(shipped, unique, 'ผล ITA 2569.xlsx')
    expect(offered.map((finding) => [finding.code, finding.indicator?.file])).toEqual([['e1', 6], ['e2', 6], ['e3', 6], ['e4', 7], ['e5', 7], ['e6', 8]])
    expect(offered[0]!.indicator!.from).toEqual({ file: 'ผล ITA 2569.xlsx', sheet: null, row: null })
    const several = searchIndicatorSplit({
      tool: 'EIT', items: [80, 80, 80, 80].map((score, index) => ({ code: `e${index + 1}`, scores: [score] })),
      published: [{ indicator: 6, score: 80 }, { indicator: 7, score: 80 }, { indicator: 8, score: 80 }], missing: [],
    })
    expect(splitFindings(shipped, several, 'x.xlsx')).toEqual([])
  })
})
