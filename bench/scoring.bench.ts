import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '../src/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '../src/domain/demo/nongson-2567'
import { medianMs, type Benchmark } from './run'

const scores = AssessmentScoresSchema.parse(DEMO_SCORES_2567)

export const benchmarks: Benchmark[] = [
  {
    name: 'analysis of one full assessment (seed 002), as after every edit',
    run: async () => {
      const { catalogue } = catalogueFor(2567)
      const ms = await medianMs(() => analyseAssessment(catalogue, scores, { overrides: DEMO_OVERRIDES_2567 }), 200, 20)
      return [{ name: 'analyseAssessment median', value: ms, unit: 'ms', target: 16 }]
    },
  },
]
