import {
  AssessmentScoresSchema, CatalogueSchema, analyseAssessment, applyCatalogueOverrides, catalogueFor, projectChanges,
  rankItemsByGain, scoreAssessment, smallestSetToReach, type Catalogue, type CatalogueOverrides,
} from '../src/domain'
import { medianMs, type Benchmark } from './run'

/**
 * The what-if search and the recompute after an edit on a synthetic 120-item catalogue (larger than
 * any shipped year: 30 IIT items, six per indicator; 30 EIT, ten per indicator; 60 OIT, thirty per
 * indicator), scores from a fixed pseudo-random sequence so every run measures the same work.
 */

/** The one source of the synthetic catalogue's facts (every catalogue fact names one). */
const SYNTHETIC = 'bench-synthetic'

function synthetic(indicatorsKnown: boolean): Catalogue {
  const base = catalogueFor(2567).catalogue
  const items = [
    ...Array.from({ length: 30 }, (_, index) => ({ code: `i${index + 1}`, tool: 'IIT' as const, indicator: 1 + Math.floor(index / 6) })),
    ...Array.from({ length: 30 }, (_, index) => ({ code: `e${index + 1}`, tool: 'EIT' as const, indicator: 6 + Math.floor(index / 10) })),
    ...Array.from({ length: 60 }, (_, index) => ({ code: `o${index + 1}`, tool: 'OIT' as const, indicator: 9 + Math.floor(index / 30) })),
  ].map((item, index) => ({
    ...item,
    indicator: indicatorsKnown ? item.indicator : null,
    subIndicator: null, title: `ข้อคำถามที่ ${index + 1}`, titleUncertain: false, indicatorUncertain: false, issueGroups: [1 + (index % 7)],
    sources: { title: SYNTHETIC, indicator: indicatorsKnown ? SYNTHETIC : null, subIndicator: null },
  }))
  const source = { id: SYNTHETIC, label: 'benchmark: a synthetic 120-item catalogue', kind: 'inference', url: null, note: 'made up for timing only' }
  return CatalogueSchema.parse({ ...base, fiscalYear: 2570, items, sources: [...base.sources, source] })
}

/** Park-Miller: the same "random" scores on every run. */
function scoresFor(catalogue: Catalogue, withIndicators: boolean) {
  let seed = 20240917
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  return AssessmentScoresSchema.parse({
    fiscalYear: catalogue.fiscalYear,
    itemScores: catalogue.items.map((item) => ({
      code: item.code,
      // OIT items are 0 or 100 (now and then 50); survey items 40-100.
      score: item.tool === 'OIT' ? [0, 100, 100, 50][Math.floor(next() * 4)] : Math.round((40 + next() * 60) * 100) / 100,
    })),
    indicatorScores: withIndicators ? Array.from({ length: 10 }, (_, index) => ({ indicator: index + 1, score: 50 + index * 3 })) : [],
  })
}

const exact = synthetic(true)
const exactCard = scoreAssessment(exact, scoresFor(exact, false))
const estimated = synthetic(false)
const estimatedCard = scoreAssessment(estimated, scoresFor(estimated, true))

const EDIT: CatalogueOverrides = {
  edits: Array.from({ length: 10 }, (_, index) => ({ code: `o${index + 1}`, title: `ชื่อที่แก้ ${index + 1}`, issueGroups: [1, 7] })),
  added: [{ code: 'o61', tool: 'OIT', indicator: 10, title: 'ข้อที่คณะทำงานเพิ่ม', issueGroups: [7] }],
}

export const benchmarks: Benchmark[] = [
  {
    name: 'what-if search over a 120-item catalogue',
    run: async () => {
      const toHundredExact = smallestSetToReach(exact, exactCard, 100)!
      const toHundredEstimated = smallestSetToReach(estimated, estimatedCard, 100)!
      if (toHundredExact.items.length < 60 || toHundredEstimated.items.length < 60) throw new Error('the synthetic catalogue is too easy')
      return [
        { name: 'smallestSetToReach 95, indicators known (exact)', value: await medianMs(() => smallestSetToReach(exact, exactCard, 95), 30, 5), unit: 'ms', target: 50 },
        { name: 'smallestSetToReach 100 (every candidate taken: the worst case)', value: await medianMs(() => smallestSetToReach(exact, exactCard, 100), 30, 5), unit: 'ms', target: 50 },
        { name: 'smallestSetToReach 100, indicators unknown (estimates)', value: await medianMs(() => smallestSetToReach(estimated, estimatedCard, 100), 30, 5), unit: 'ms', target: 50 },
        { name: 'rankItemsByGain', value: await medianMs(() => rankItemsByGain(exact, exactCard), 100, 10), unit: 'ms', target: 50 },
        {
          name: 'projectChanges with 40 items switched on (a what-if toggle)',
          value: await medianMs(() => projectChanges(exact, exactCard, toHundredExact.items.slice(0, 40).map((gain) => ({ code: gain.code, to: 100 }))), 200, 20),
          unit: 'ms', target: 16,
        },
      ]
    },
  },
  {
    name: 'recompute after an edit, 120-item catalogue',
    run: async () => {
      const scores = scoresFor(exact, true)
      const overrides = [{ code: 'o5', flag: 'improve' as const, reason: '' }]
      return [{
        name: 'applyCatalogueOverrides + analyseAssessment median',
        value: await medianMs(() => analyseAssessment(applyCatalogueOverrides(exact, EDIT), scores, { overrides }), 200, 20),
        unit: 'ms', target: 16,
      }]
    },
  },
]
