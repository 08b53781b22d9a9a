import { buildAnalysisReport } from '../src/report/analysis-report'
import { measureTableRows } from '../src/domain/measures/table'
import { demoMeasurePlan } from '../src/domain/demo/nongson-2568-plan'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '../src/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '../src/domain/demo/nongson-2567'
import { demoWorkspace } from '../src/app/demo-workspace'
import { medianMs, type Benchmark } from './run'
import { inBuiltApp } from './browser'

/** The demo's seed-002 table plus library measures, 20 rows in all. */
function twentyMeasureRows(digits: 'thai' | 'arabic') {
  const analysis = analyseAssessment(catalogueFor(2567).catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
  const plan = demoMeasurePlan('demo')
  const measures = Array.from({ length: 20 }, (_, index) => ({ ...plan.measures[index % plan.measures.length]!, id: `m${index}` }))
  return { analysis, rows: measureTableRows({ ...plan, measures }, analysis.catalogue.issueGroups, digits) }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'analysis report model of a full assessment with 20 measures (Node)',
    run: async () => {
      const { analysis, rows } = twentyMeasureRows('thai')
      const organization = demoWorkspace().organization
      const ms = await medianMs(() => buildAnalysisReport({
        organization, analysis, groupTexts: new Map(), measures: rows, digits: 'thai', signatures: null,
      }), 50, 5)
      return [{ name: 'buildAnalysisReport median', value: ms, unit: 'ms', target: 2000 }]
    },
  },
  {
    name: 'analysis report of a full assessment with 20 measures, ready to print in Chromium',
    run: () => inBuiltApp(async (browser, base) => {
      const page = await browser.newPage()
      // Setup (not timed): the demo's 12 measures plus 8 from the library, through the measures screen.
      await page.goto(`${base}/measures`)
      await page.getByTestId('measure-add-library').click()
      const picks = page.locator('[data-testid^="library-add-"]')
      for (let index = 0; index < 8; index++) await picks.nth(index).click()
      await page.getByTestId('measure-row-20').waitFor()
      const times: number[] = []
      for (let run = 0; run < 5; run++) {
        const start = performance.now()
        await page.goto(`${base}/print/analysis`)
        await page.locator('[data-report-ready="true"]').waitFor()
        times.push(performance.now() - start)
      }
      const pdfStart = performance.now()
      await page.pdf({ preferCSSPageSize: true })
      const pdfMs = performance.now() - pdfStart
      times.sort((a, b) => a - b)
      return [
        { name: 'navigation to ready-to-print, median of 5', value: times[2]!, unit: 'ms', target: 2000 },
        { name: 'then printing it to PDF', value: pdfMs, unit: 'ms' },
      ]
    }),
  },
]
