import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedAssessment } from '@/import/assemble'
import { runImport, type ImportOutcome } from '@/import/pipeline'
import type { ImportErrorCode, ImportWarningCode, Where } from '@/import/problems'
import { importErrorMessage } from '@/ui/import-messages'
import { scoresOf } from '@/import/scores'
import { AssessmentScoresSchema } from '@/domain/assessment'

// Every file in test/fixtures/import (written by make-fixtures.ts) is read through the whole pipeline
// and checked here, one by one.
const FIXTURES = join(process.cwd(), 'test/fixtures/import')

async function importFixture(name: string): Promise<ImportOutcome> {
  return runImport({ kind: 'file', name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) })
}

async function accepted(name: string) {
  const outcome = await importFixture(name)
  if (!outcome.ok) throw new Error(`${name} rejected: ${importErrorMessage(outcome.error)}`)
  return outcome
}

async function rejected(name: string, code: ImportErrorCode) {
  const outcome = await importFixture(name)
  if (outcome.ok) throw new Error(`${name} was accepted`)
  expect(outcome.error.code).toBe(code)
  return outcome.error
}

const item = (assessment: ParsedAssessment | undefined, code: string) => assessment?.itemScores.find((entry) => entry.code === code)?.score
const warningCodes = (outcome: { warnings: Array<{ code: ImportWarningCode }> }) => outcome.warnings.map((warning) => warning.code)
const at = (file: string, sheet: string | null, row: number | null, column: number | null): Where => ({ file, sheet, row, column })
const SEED_INDICATORS = [90.5, 91.92, 97.78, 75.35, 87.68, 92.49, 86.09, 79.48, 57.98, 53.34]

const checks: Record<string, () => Promise<void>> = {
  // ------------------------------------------------------------ accepted shapes
  'long-items-2567.xlsx': async () => {
    const outcome = await accepted('long-items-2567.xlsx')
    expect(outcome.assessments).toHaveLength(1)
    const [assessment] = outcome.assessments
    expect(assessment?.organization).toEqual({ name: 'องค์การบริหารส่วนตำบลหนองซอน', district: 'เชียงยืน', province: 'มหาสารคาม' })
    expect(assessment?.fiscalYear).toBe(2567)
    expect(assessment?.itemScores).toHaveLength(48)
    // ข้อ i๑ with Thai digits, IIT 3 at 100%, e๔, O11, ๐๑๒ (Thai zero for o), ข้อ ๐๓๔
    expect([item(assessment, 'i1'), item(assessment, 'i3'), item(assessment, 'e4'), item(assessment, 'o11'), item(assessment, 'o12'), item(assessment, 'o34')])
      .toEqual([84.24, 100, 85.33, 100, 100, 0])
    expect(outcome.warnings).toEqual([])
  },
  'long-items-2567.xls': async () => {
    const outcome = await accepted('long-items-2567.xls')
    const [assessment] = outcome.assessments
    expect(assessment?.organization?.name).toBe('อบต.หนองซอน')
    expect(assessment?.fiscalYear).toBe(2567)
    expect(assessment?.itemScores.map((entry) => entry.code)).toEqual(Array.from({ length: 15 }, (_, index) => `i${index + 1}`))
    expect(outcome.summaries[0]?.tools.IIT).toBeCloseTo(88.611, 3)
  },
  'wide-indicators-2567.xlsx': async () => {
    const outcome = await accepted('wide-indicators-2567.xlsx')
    expect(outcome.assessments.map((entry) => [entry.organization?.name, entry.fiscalYear])).toEqual([
      ['องค์การบริหารส่วนตำบลหนองซอน', 2567], ['อบต.ท่าขอนยาง', 2567], ['เทศบาลตำบลเชียงยืน', 2567],
    ])
    const [seed, best, third] = outcome.summaries
    expect(outcome.assessments[0]?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    expect(outcome.assessments[0]?.publishedTotal).toBe(74.67)
    expect([seed?.total, seed?.level, seed?.district, seed?.province]).toEqual([74.67, 'ต้องปรับปรุง', 'เชียงยืน', 'มหาสารคาม'])
    expect(best?.level).toBe('ผ่านดีเยี่ยม')
    expect(best?.total).toBeCloseTo(96.12, 2)
    // indicator 10 marked "-" cannot be used: the third organisation has no total
    expect([third?.indicators, third?.total]).toEqual([9, null])
    expect(warningCodes(outcome)).toEqual(['indicator-not-assessed', 'summary-row-skipped'])
    expect(outcome.warnings[1]?.text).toBe('ค่าเฉลี่ย')
  },
  // Written by LibreOffice Calc 7.4 (not by SheetJS): wide-indicators-2567.xlsx and long-items-2567.xlsx
  // opened and saved as .xlsx, .xls (Excel 97) and .ods. Another writer's shared strings, styles, number
  // formats and containers, read to the same figures.
  ...Object.fromEntries(['xlsx', 'xls', 'ods'].map((extension) => [`libreoffice-wide-indicators-2567.${extension}`, async () => {
    const name = `libreoffice-wide-indicators-2567.${extension}`
    const outcome = await accepted(name)
    expect(outcome.assessments.map((entry) => [entry.organization?.name, entry.fiscalYear])).toEqual([
      ['องค์การบริหารส่วนตำบลหนองซอน', 2567], ['อบต.ท่าขอนยาง', 2567], ['เทศบาลตำบลเชียงยืน', 2567],
    ])
    expect(outcome.assessments[0]?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    expect(outcome.summaries.map((summary) => [summary.total, summary.level])).toEqual([[74.67, 'ต้องปรับปรุง'], [96.12, 'ผ่านดีเยี่ยม'], [null, null]])
    expect(warningCodes(outcome)).toEqual(['indicator-not-assessed', 'summary-row-skipped'])
  }])),
  'libreoffice-long-items-2567.ods': async () => {
    const outcome = await accepted('libreoffice-long-items-2567.ods')
    const [assessment] = outcome.assessments
    expect([assessment?.organization?.name, assessment?.fiscalYear, assessment?.itemScores.length]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567, 48])
    expect([item(assessment, 'i1'), item(assessment, 'i3'), item(assessment, 'e4'), item(assessment, 'o11'), item(assessment, 'o12'), item(assessment, 'o34')])
      .toEqual([84.24, 100, 85.33, 100, 100, 0])
    expect(outcome.warnings).toEqual([])
  },
  'multi-sheet-2567.xlsx': async () => {
    const outcome = await accepted('multi-sheet-2567.xlsx')
    expect(outcome.assessments).toHaveLength(1)
    const [assessment] = outcome.assessments
    expect(assessment?.organization?.name).toBe('องค์การบริหารส่วนตำบลหนองซอน')
    expect(assessment?.fiscalYear).toBe(2567)
    expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    expect(assessment?.publishedTotal).toBe(74.67)
    // the IIT sheet numbers its items 1-15; the OIT sheet writes ๐๐๑ for o1
    expect([item(assessment, 'i15'), item(assessment, 'o1'), item(assessment, 'o35')]).toEqual([84.24, 100, 0])
    expect(assessment?.itemScores).toHaveLength(48)
    expect(outcome.summaries[0]?.total).toBe(74.67)
    expect(outcome.warnings).toEqual([{ code: 'sheet-skipped', where: at('multi-sheet-2567.xlsx', 'หมายเหตุ', null, null) }])
  },
  'wide-items-batch.xlsx': async () => {
    const outcome = await accepted('wide-items-batch.xlsx')
    expect(outcome.assessments.map((entry) => `${entry.organization?.name} ${entry.fiscalYear} ${entry.itemScores.length}`)).toEqual([
      'องค์การบริหารส่วนตำบลหนองซอน 2567 48', 'อบต.ท่าขอนยาง 2567 48', 'อบต.ท่าขอนยาง 2566 48',
    ])
    expect(item(outcome.assessments[1], 'i1')).toBe(89.24)
    expect(warningCodes(outcome)).toEqual(['summary-row-skipped'])
  },
  'percent-and-formulas.xlsx': async () => {
    const outcome = await accepted('percent-and-formulas.xlsx')
    const [assessment] = outcome.assessments
    expect(assessment?.organization?.name).toBe('อบต.หนองซอน')
    expect(assessment?.fiscalYear).toBe(2567)
    // 0.905 formatted 0.00% (and computed by a formula) reads as 90.5; the formula is not evaluated
    expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    expect(warningCodes(outcome)).toEqual(['row-not-understood'])
  },
  'unknown-code-2567.csv': async () => {
    const outcome = await accepted('unknown-code-2567.csv')
    const [assessment] = outcome.assessments
    expect([assessment?.organization?.name, assessment?.fiscalYear]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567])
    // A code the year's catalogue lacks is kept with its score, never dropped.
    expect(item(assessment, 'o47')).toBe(100)
    expect(outcome.summaries[0]?.unknownItems).toEqual(['o47'])
  },
  'indicators-utf8.csv': () => expectSeedIndicatorsCsv('indicators-utf8.csv'),
  'indicators-utf8-bom.csv': () => expectSeedIndicatorsCsv('indicators-utf8-bom.csv'),
  'indicators-windows-874.csv': () => expectSeedIndicatorsCsv('indicators-windows-874.csv'),
  'seed002-indicators.tsv': async () => {
    const outcome = await accepted('seed002-indicators.tsv')
    const [assessment] = outcome.assessments
    expect([assessment?.organization, assessment?.fiscalYear]).toEqual([null, null])
    expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    // seed 002 prints "EIT" beside indicator 1: said, not silently corrected
    expect(outcome.warnings).toEqual([{
      code: 'tool-mismatch', where: at('seed002-indicators.tsv', null, 2, 1), text: 'EIT', target: { kind: 'indicator', no: 1 },
    }])
  },
  'seed002-group2.tsv': async () => {
    const outcome = await accepted('seed002-group2.tsv')
    const [assessment] = outcome.assessments
    expect(assessment?.itemScores.map((entry) => entry.code)).toEqual(['i1', 'i2', 'i3', 'e1', 'e2', 'e4', 'o15', 'o16', 'o18', 'o30'])
    expect([item(assessment, 'o16'), item(assessment, 'o30')]).toEqual([50, 0])
    expect(outcome.warnings).toEqual([{ code: 'code-outside-code-column', where: at('seed002-group2.tsv', null, 11, 1), text: 'ข้อ o๓๐' }])
  },
  'itas-web-table.xls': async () => {
    const outcome = await accepted('itas-web-table.xls')
    const [assessment] = outcome.assessments
    expect([assessment?.organization?.name, assessment?.fiscalYear]).toEqual(['เทศบาลตำบลท่าช้าง', 2568])
    expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
  },
  'hostile-cells.csv': async () => {
    const outcome = await accepted('hostile-cells.csv')
    const [assessment] = outcome.assessments
    // Markup is kept as plain text (the UI shows it as text); headers named __proto__ or constructor
    // are ignored and leave Object's prototype alone.
    expect(assessment?.organization?.name).toBe('<b onmouseover="alert(1)">อบต.ทดสอบ</b>')
    expect(assessment?.itemScores).toEqual([{ code: 'i1', score: 84.24 }, { code: 'i2', score: 87.27 }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.toString.call({})).toBe('[object Object]')
    expect(({}).constructor).toBe(Object)
  },
  'template-2567-filled.xlsx': async () => {
    const outcome = await accepted('template-2567-filled.xlsx')
    const [assessment] = outcome.assessments
    expect([assessment?.organization?.name, assessment?.fiscalYear]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567])
    expect(assessment?.itemScores).toHaveLength(48)
    expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
    expect(outcome.warnings).toEqual([])
  },

  // ------------------------------------------------------------ rejections
  'empty.csv': async () => { await rejected('empty.csv', 'file-empty') },
  'empty-sheet.xlsx': async () => { await rejected('empty-sheet.xlsx', 'file-empty') },
  'not-a-spreadsheet.pdf': async () => {
    expect((await rejected('not-a-spreadsheet.pdf', 'not-a-spreadsheet')).text).toBe('PDF')
  },
  'archive-not-a-workbook.zip': async () => {
    expect((await rejected('archive-not-a-workbook.zip', 'not-a-spreadsheet')).text).toBe('zip')
  },
  'encrypted.xlsx': async () => { await rejected('encrypted.xlsx', 'file-encrypted') },
  // Really encrypted: long-items-2567.xlsx saved by LibreOffice Calc as Excel 97 with the password "ita-2567".
  'libreoffice-encrypted.xls': async () => {
    const error = await rejected('libreoffice-encrypted.xls', 'file-encrypted')
    expect(importErrorMessage(error)).toBe('ไฟล์ libreoffice-encrypted.xls: ไฟล์นี้ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่โดยไม่ตั้งรหัสผ่าน ก่อนนำเข้า')
  },
  'bomb-declared.xlsx': async () => {
    const error = await rejected('bomb-declared.xlsx', 'archive-too-large')
    expect(error.value).toBeGreaterThan(256 * 1024 * 1024)
  },
  'bomb-lying.xlsx': async () => {
    // declares 1 KB, expands to 64 MB: stopped at the declared size
    expect((await rejected('bomb-lying.xlsx', 'archive-too-large')).text).toBe('xl/worksheets/sheet1.xml')
  },
  'score-out-of-range.xlsx': async () => {
    const error = await rejected('score-out-of-range.xlsx', 'score-out-of-range')
    expect([error.where, error.value]).toEqual([at('score-out-of-range.xlsx', 'IIT', 3, 2), 120])
  },
  'score-not-a-number.csv': async () => {
    const error = await rejected('score-not-a-number.csv', 'score-not-a-number')
    expect([error.where, error.text]).toEqual([at('score-not-a-number.csv', null, 3, 2), 'ดีมาก'])
  },
  'formula-as-score.csv': async () => {
    const error = await rejected('formula-as-score.csv', 'score-not-a-number')
    expect([error.where, error.text]).toEqual([at('formula-as-score.csv', null, 3, 2), '=SUM(90,10)'])
  },
  'duplicate-conflict.xlsx': async () => {
    // e2 is given twice with the same score (kept once); e3 with two different ones
    const error = await rejected('duplicate-conflict.xlsx', 'conflicting-duplicate')
    expect(error.target).toEqual({ kind: 'item', code: 'e3' })
    expect([error.where, error.value]).toEqual([at('duplicate-conflict.xlsx', 'ประเด็นที่ 2', 3, 2), 87.78])
    expect(error.other).toEqual({ where: at('duplicate-conflict.xlsx', 'ประเด็นที่ 1', 3, 2), value: 97.78 })
  },
  'no-score-column.xlsx': async () => {
    expect((await rejected('no-score-column.xlsx', 'no-score-column')).where).toEqual(at('no-score-column.xlsx', 'Sheet1', 1, null))
  },
  'no-table.xlsx': async () => {
    expect((await rejected('no-table.xlsx', 'no-table')).where).toEqual(at('no-table.xlsx', 'บันทึก', null, null))
  },
  'too-many-columns.csv': async () => {
    const error = await rejected('too-many-columns.csv', 'too-many-columns')
    expect([error.where.row, error.value, error.limit]).toEqual([1, 1001, 1000])
  },
  'too-many-rows.xlsx': async () => {
    const error = await rejected('too-many-rows.xlsx', 'too-many-rows')
    expect([error.where.sheet, error.limit]).toEqual(['ยาวเกิน', 100_000])
  },
}

async function expectSeedIndicatorsCsv(name: string): Promise<void> {
  const outcome = await accepted(name)
  const [assessment] = outcome.assessments
  expect([assessment?.organization?.name, assessment?.fiscalYear]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567])
  expect(assessment?.indicatorScores.map((entry) => entry.score)).toEqual(SEED_INDICATORS)
  expect(outcome.warnings).toEqual([])
}

describe('import fixtures, one by one', () => {
  it('has a check for every fixture file and a file for every check', () => {
    const files = readdirSync(FIXTURES).filter((name) => !name.endsWith('.ts')).sort()
    expect(files).toEqual(Object.keys(checks).sort())
  })

  for (const [name, check] of Object.entries(checks)) it(name, check)

  it('rejects a file over 20 MB before reading it', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41)
    const outcome = await runImport({ kind: 'file', name: 'big.csv', bytes })
    expect(outcome.ok ? null : [outcome.error.code, outcome.error.value]).toEqual(['file-too-large', 20 * 1024 * 1024 + 1])
  })

  it('gives scores that the domain schema accepts unchanged, for every accepted fixture', async () => {
    let checked = 0
    for (const name of readdirSync(FIXTURES).filter((file) => !file.endsWith('.ts'))) {
      const outcome = await importFixture(name)
      if (!outcome.ok) continue
      for (const assessment of outcome.assessments) {
        const scores = scoresOf(assessment, assessment.fiscalYear ?? 2567)
        expect(AssessmentScoresSchema.parse(scores)).toEqual(scores)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(10)
  })

  it('says in Thai what is wrong and where', async () => {
    const outcome = await importFixture('score-out-of-range.xlsx')
    expect(outcome.ok ? '' : importErrorMessage(outcome.error)).toBe('ไฟล์ score-out-of-range.xlsx แผ่นงาน IIT แถวที่ 3 คอลัมน์ B: คะแนน 120 อยู่นอกช่วง 0-100')
    const conflict = await importFixture('duplicate-conflict.xlsx')
    expect(conflict.ok ? '' : importErrorMessage(conflict.error)).toContain('ข้อ e3 มีคะแนนสองค่าไม่ตรงกัน: 87.78 และ 97.78 ที่ ไฟล์ duplicate-conflict.xlsx แผ่นงาน ประเด็นที่ 1 แถวที่ 3 คอลัมน์ B')
    expect(conflict.ok ? '' : importErrorMessage(conflict.error, 'en')).toBe(
      'file duplicate-conflict.xlsx, sheet ประเด็นที่ 2, row 3, column B: item e3 is given twice with different scores: 87.78 and 97.78 at file duplicate-conflict.xlsx, sheet ประเด็นที่ 1, row 3, column B')
  })
})
