import { describe, expect, it } from 'vitest'
import { SHIPPED_LIBRARY, checkMeasurePlan, draftMeasurePlan } from '@/domain'
import { catalogueFor } from '@/domain/framework'
import { nodeInflateRaw as inflateRaw } from '@/cli/inflate'
import { reportAssessment } from '@/cli/report'
import { writeWorkbook } from '@/import/cells'
import { runImport } from '@/import/pipeline'
import { analyseParsed } from '@/import/scores'
import { TEMPLATE_SHEETS, blankTemplate } from '@/import/template'
import { nongson } from '../domain/measures/fixtures'

// The years committees work in now, through the whole path a committee takes: the year's blank template
// (what the import screen offers to download) filled in and written as a real .xlsx, imported by the app's
// pipeline, scored under that year's catalogue and level rule, and a measures table drafted from it.
// 2569 has a catalogue of its own; 2570 ships one borrowed from 2569; 2571 is a year the app does not know.

// Chosen so the level rule of 2567 onwards shows: total 0.3 × 96 + 0.3 × 90 + 0.4 × 80 = 87.80, at least 85
// (ผ่าน), but OIT under 85, so not ผ่านดี. Every item of a tool is given its tool's figure.
const TOOL_SCORE = { IIT: 96, EIT: 90, OIT: 80 } as const

function filledTemplate(fiscalYear: number): Uint8Array {
  const sheets = blankTemplate(fiscalYear).map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => {
      const cells = [...row]
      if (sheet.name === TEMPLATE_SHEETS.items) {
        if (cells[0] === 'หน่วยงาน') cells[1] = 'องค์การบริหารส่วนตำบลหนองซอน'
        const tool = cells[1]
        if (tool === 'IIT' || tool === 'EIT' || tool === 'OIT') cells[4] = TOOL_SCORE[tool]
      } else {
        const tool = cells[1]
        if (typeof cells[0] === 'number' && (tool === 'IIT' || tool === 'EIT' || tool === 'OIT')) cells[3] = TOOL_SCORE[tool]
      }
      return cells
    }),
  }))
  return writeWorkbook(sheets)
}

async function importYear(fiscalYear: number) {
  const outcome = await runImport({ kind: 'file', name: `ผล ITA ${fiscalYear}.xlsx`, bytes: filledTemplate(fiscalYear) }, { inflateRaw })
  if (!outcome.ok) throw new Error(`import refused: ${outcome.error.code}`)
  expect(outcome.assessments).toHaveLength(1)
  return { parsed: outcome.assessments[0]!, warnings: outcome.warnings }
}

describe('a result of the years committees work in now', () => {
  it.each([2569, 2570, 2571])('%i: the filled template imports, scores 87.80 ผ่าน under the year\'s rule, and drafts an answer to every item to improve', async (fiscalYear) => {
    const { parsed, warnings } = await importYear(fiscalYear)
    expect(parsed.fiscalYear).toBe(fiscalYear)
    expect(parsed.organization?.name).toBe('องค์การบริหารส่วนตำบลหนองซอน')
    const { catalogue } = catalogueFor(fiscalYear)
    expect(parsed.itemScores.map((item) => item.code)).toEqual(catalogue.items.map((item) => item.code))

    const report = reportAssessment(parsed, fiscalYear, 85, warnings)
    expect(report.tools).toEqual({ IIT: 96, EIT: 90, OIT: 80 })
    expect(report.total).toBe(87.8)
    expect(report.level).toBe('ผ่าน')
    const improve = report.items.filter((item) => item.flag === 'improve').map((item) => item.code)
    expect(improve).toEqual(catalogue.items.filter((item) => item.tool === 'OIT').map((item) => item.code))

    // The analysis the import preview and the measures screen draft from.
    const analysis = analyseParsed(parsed, fiscalYear)
    expect(analysis.scorecard.level?.name).toBe('ผ่าน')
    const { plan, summary } = draftMeasurePlan(analysis, SHIPPED_LIBRARY, nongson())
    expect(plan.fiscalYear).toBe(fiscalYear + 1)
    expect(summary.unanswered).toEqual([])
    expect(checkMeasurePlan(plan, analysis, nongson()).filter((finding) => finding.code === 'unanswered-item')).toEqual([])
    const answered = new Set(plan.measures.flatMap((measure) => measure.items))
    for (const code of improve) expect(answered.has(code), code).toBe(true)
  })

  it('2569 names its own OIT items (O25 is the use of the ITA result, the evidence this app produces)', async () => {
    const { parsed, warnings } = await importYear(2569)
    const report = reportAssessment(parsed, 2569, 85, warnings)
    expect(report.warnings.filter((warning) => warning.includes('2569'))).toEqual([])
    const o25 = catalogueFor(2569).catalogue.items.find((item) => item.code === 'o25')
    expect(o25?.title).toBe('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร')
  })

  it.each([[2570, 2569], [2571, 2570]])('%i, a year with no list of its own, uses the %i one and says so in the analysis, in Thai and English', async (fiscalYear, from) => {
    const { parsed, warnings } = await importYear(fiscalYear)
    expect(catalogueFor(fiscalYear).derivedFrom).toBe(from)
    const report = reportAssessment(parsed, fiscalYear, 85, warnings)
    expect(report.warnings).toContain(`ยังไม่มีรายการข้อของปี ${fiscalYear} จึงใช้รายการของปี ${from} / ${fiscalYear} has no catalogue of its own; the items of ${from} are used`)
  })
})
