import { analyseAssessment } from '../analysis'
import { AssessmentScoresSchema } from '../assessment'
import { catalogueFor } from '../framework'
import { SHIPPED_LIBRARY, templateItemsFor } from '../measures/library'
import { quartersOfPeriod } from '../measures/period'
import { MeasurePlanSchema, measurePlanId, type MeasurePlan } from '../measures/schema'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from './nongson-2567'
import { SEED002_MEASURES_2568, SEED002_PERIOD } from './nongson-2568-measures'

/**
 * The demo organisation's saved plan for 2568: seed 002's own table, row for row, as the committee's
 * accepted work (drafting again keeps every row). Each row answers the improve items of the 2567 result that its library template names
 * (the library's `s002-*` templates are these rows); rows the seed does not tie to any item answer none,
 * so the checks show what seed 002's table leaves unanswered (group 4: i10, i12, o34, o35).
 */
export function demoMeasurePlan(organizationId: string): MeasurePlan {
  const { catalogue } = catalogueFor(2567)
  const analysis = analyseAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
  const improve = new Set(analysis.items.filter((item) => item.flag === 'improve').map((item) => item.code))
  const templates = SHIPPED_LIBRARY.filter((template) => template.id.startsWith('s002-'))
  return MeasurePlanSchema.parse({
    id: measurePlanId(organizationId, 2568),
    organizationId,
    fiscalYear: 2568,
    basedOnAssessmentYear: 2567,
    measures: SEED002_MEASURES_2568.map((row, index) => {
      const template = templates[index]!
      return {
        id: `t:${template.id}`,
        origin: template.id,
        name: row.name,
        kind: 'measure',
        issueGroups: [row.issueGroup, ...template.issueGroups.filter((group) => group !== row.issueGroup)],
        items: templateItemsFor(template, 2567).filter((code) => improve.has(code)),
        indicators: template.indicators,
        owners: row.owners,
        steps: row.steps,
        period: { ...SEED002_PERIOD },
        quarters: quartersOfPeriod(SEED002_PERIOD, 2568),
        accepted: true,
      }
    }),
  })
}
