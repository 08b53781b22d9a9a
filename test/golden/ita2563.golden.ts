import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogueFor, round2, scoreAssessment } from '@/domain'

// 39 published ITA 2563 results (University of Phayao units), read at test time from the shared data
// folder; third-party data, never copied into this repository.
const dataDir = process.env.ITA_GOLDEN_DATA
if (!dataDir) throw new Error('ITA_GOLDEN_DATA is not set: run `npm run test:golden -- <data folder>`')
const csv = readFileSync(join(dataDir, 'ita2563-faculties', 'results.csv'), 'utf8').trim().split(/\r?\n/)
const header = csv[0]!.split(',')
const rows = csv.slice(1).map((line) => Object.fromEntries(line.split(',').map((cell, index) => [header[index]!, cell])))

describe('ITA 2563: every published result', () => {
  const { catalogue } = catalogueFor(2563)

  it('holds 39 units', () => {
    expect(rows).toHaveLength(39)
  })

  it.each(rows.map((row) => [row.agency_name!, row] as const))('%s: total within 0.01 and its grade', (_name, row) => {
    const indicatorScores = Array.from({ length: 10 }, (_, index) => ({ indicator: index + 1, score: Number(row[`indicator_${index + 1}`]) }))
    const card = scoreAssessment(catalogue, { fiscalYear: 2563, itemScores: [], indicatorScores, publishedTotal: null })
    const published = Number(row.total)
    expect(Math.abs(card.computedTotal! - published)).toBeLessThanOrEqual(0.01)
    expect(card.level?.name).toBe(row.grade)
    // The level read from the published total is the same grade.
    const withPublished = scoreAssessment(catalogue, { fiscalYear: 2563, itemScores: [], indicatorScores, publishedTotal: published })
    expect(withPublished.level?.name).toBe(row.grade)
    // Weighted tool parts, where published.
    for (const [tool, column] of [['IIT', 'iit_weighted'], ['EIT', 'eit_weighted'], ['OIT', 'oit_weighted']] as const) {
      if (row[column] === '') continue
      expect(Math.abs(round2(catalogue.toolWeights[tool] * card.tools[tool]!) - Number(row[column]))).toBeLessThanOrEqual(0.01)
    }
  })
})
