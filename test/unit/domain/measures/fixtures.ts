import { AssessmentScoresSchema, analyseAssessment, catalogueFor, type Analysis } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { demoWorkspace } from '@/app/demo-workspace'

/** Seed 002's result (อบต.หนองซอน, ITA 2567) analysed as the app does, with the committee's e4 override. */
export function seed002Analysis(options: { threshold?: number } = {}): Analysis {
  const { catalogue } = catalogueFor(2567)
  return analyseAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567, ...options })
}

export const nongson = () => demoWorkspace().organization

/** The improve items of seed 002's result, as its section 3 tables mark them (threshold 85, e4 by override). */
export const SEED002_IMPROVE = ['i1', 'i10', 'i12', 'i15', 'e4', 'e7', 'e8', 'e9', 'o6', 'o8', 'o14', 'o16', 'o17', 'o19', 'o21', 'o30', 'o34', 'o35']

/** A result of `fiscalYear`'s catalogue with every item at `score` (50: every item is to improve). */
export function uniformAnalysis(fiscalYear: number, score: number, except: Record<string, number> = {}): Analysis {
  const { catalogue } = catalogueFor(fiscalYear)
  const itemScores = catalogue.items.map((item) => ({ code: item.code, score: except[item.code] ?? score }))
  return analyseAssessment(catalogue, AssessmentScoresSchema.parse({ fiscalYear, itemScores, indicatorScores: [] }))
}
