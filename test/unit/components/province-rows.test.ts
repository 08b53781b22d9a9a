import { describe, expect, it } from 'vitest'
import { FollowUpSchema } from '@/domain/measures/schema'
import { OrganizationSchema } from '@/domain/workspace'
import { PROVINCE_SORT_KEYS, provinceRows, sortProvinceRows, type ProvinceRow, type ProvinceSortKey } from '@/components/organizations/province-rows'
import type { DatabaseRead, OrganizationRecords } from '@/sync/province'
import { demoProvince } from '../sync/province-demo'

const demo = await demoProvince()
const nongsonPlan = demo.nongson.measurePlans[0]!
const [first, second, third] = nongsonPlan.measures

/** หนองซอน with its 2568 measures followed up: at 6 months one done; at 12 one done, one not possible, one in progress. */
const nongson: OrganizationRecords = {
  ...demo.nongson,
  followUps: [FollowUpSchema.parse({
    id: nongsonPlan.id, organizationId: nongsonPlan.organizationId, fiscalYear: nongsonPlan.fiscalYear,
    entries: [
      { measureId: first!.id, round: 6, status: 'done' },
      { measureId: first!.id, round: 12, status: 'done' },
      { measureId: second!.id, round: 12, status: 'not-possible', reason: 'บุคลากรไม่เพียงพอ' },
      { measureId: third!.id, round: 12, status: 'in-progress' },
    ],
  })],
}

/** A municipality in another database, scored in two years (the table shows the latest). */
const thachang: OrganizationRecords = {
  ...demo.nongson,
  organization: OrganizationSchema.parse({ id: 'thachang', name: 'เทศบาลตำบลท่าช้าง', district: 'เมือง', province: 'มหาสารคาม' }),
  assessments: [2566, 2567].map((fiscalYear) => ({
    ...demo.nongson.assessments[0]!, id: `thachang:${fiscalYear}`, organizationId: 'thachang',
    scores: { ...demo.nongson.assessments[0]!.scores, fiscalYear, publishedTotal: fiscalYear === 2567 ? 96.12 : 60 },
  })),
  measurePlans: [],
}

const reads: DatabaseRead[] = [
  { database: 'ita-nongson', ok: true, refused: [], organizations: [nongson] },
  { database: 'ita-bangtoei', ok: true, refused: [], organizations: [demo.bangtoei] },
  { database: 'ita-secret', ok: false, problem: 'no-access' },
  { database: 'ita-thachang', ok: true, refused: [], organizations: [thachang, demo.banhaeng] },
]
const rows = provinceRows(reads)
const byId = (id: string) => rows.find((row) => row.organizationId === id)!
const order = (key: ProvinceSortKey, descending = false) => sortProvinceRows(rows, key, descending).map((row) => row.organizationId)

describe('the provincial rows', () => {
  it('has one row per organisation read, none for a database refused', () => {
    expect(rows.map((row) => `${row.database} ${row.organizationId}`)).toEqual([
      'ita-nongson demo-nongson', 'ita-bangtoei demo-bangtoei', 'ita-thachang thachang', 'ita-thachang demo-banhaeng',
    ])
    expect(new Set(rows.map((row) => row.key)).size).toBe(4)
  })

  it('shows the latest year scored under the shipped catalogue, its level, and the type read from the name', () => {
    expect(byId('demo-nongson')).toMatchObject({ type: 'sao', fiscalYear: 2567, total: 74.67, level: 'ต้องปรับปรุง', passed: false })
    expect(byId('thachang')).toMatchObject({ type: 'municipality', fiscalYear: 2567, total: 96.12, passed: true })
    expect(byId('thachang').level).not.toBeNull()
    // The action-plan organisations of the demo print no ITA score.
    expect(byId('demo-bangtoei')).toMatchObject({ fiscalYear: 2566, total: null, level: null })
  })

  it('counts the measures of the year after the result by status, in the latest round reported (the follow-up screen\'s counts)', () => {
    expect(byId('demo-nongson')).toMatchObject({
      planYear: 2568, measuresRound: 12,
      measures: { total: nongsonPlan.measures.length, done: 1, 'not-possible': 1, 'in-progress': 1, pending: nongsonPlan.measures.length - 3 },
    })
    const unreported = provinceRows([{ database: 'x', ok: true, refused: [], organizations: [demo.nongson] }])[0]!
    expect(unreported).toMatchObject({ measuresRound: 6, measures: { total: 12, pending: 12 } })
    expect(byId('demo-bangtoei')).toMatchObject({ measures: null, measuresRound: null })
  })

  it('gives the action plan\'s implementation level where a results report of a round is saved (seed 001: 85 % at 12 months)', () => {
    expect(byId('demo-bangtoei')).toMatchObject({ planYear: 2567, implementationRound: 12, implementationPercent: 85 })
    // บ้านแหง has a 2569 plan but no report yet.
    expect(byId('demo-banhaeng')).toMatchObject({ planYear: 2569, implementationRound: null, implementationPercent: null })
  })
})

describe('sorting the provincial rows', () => {
  it('sorts by total and by level either way, rows without a figure last', () => {
    expect(order('total', true)).toEqual(['thachang', 'demo-nongson', 'demo-bangtoei', 'demo-banhaeng'])
    expect(order('total')).toEqual(['demo-nongson', 'thachang', 'demo-bangtoei', 'demo-banhaeng'])
    expect(order('level')).toEqual(['thachang', 'demo-nongson', 'demo-bangtoei', 'demo-banhaeng'])
  })

  it('sorts by name in Thai dictionary order (เทศบาล under ท, before องค์การ), by type (อบต. before เทศบาล) and by year', () => {
    expect(order('name')).toEqual(['thachang', 'demo-bangtoei', 'demo-banhaeng', 'demo-nongson'])
    expect(order('name', true)).toEqual(['demo-nongson', 'demo-banhaeng', 'demo-bangtoei', 'thachang'])
    expect(order('type')).toEqual(['demo-bangtoei', 'demo-banhaeng', 'demo-nongson', 'thachang'])
    expect(order('fiscalYear', true)).toEqual(['demo-banhaeng', 'thachang', 'demo-nongson', 'demo-bangtoei'])
  })

  it('sorts by a status count and by implementation, organisations without measures or report last', () => {
    expect(order('pending', true).slice(0, 1)).toEqual(['demo-nongson'])
    expect(order('done')).toEqual(['demo-nongson', 'thachang', 'demo-bangtoei', 'demo-banhaeng'])
    expect(order('implementation', true)).toEqual(['demo-bangtoei', 'thachang', 'demo-banhaeng', 'demo-nongson'])
  })

  it('sorts by every column without losing or repeating a row', () => {
    for (const key of PROVINCE_SORT_KEYS) {
      for (const descending of [false, true]) {
        const sorted: ProvinceRow[] = sortProvinceRows(rows, key, descending)
        expect(sorted.map((row) => row.key).sort(), key).toEqual(rows.map((row) => row.key).sort())
      }
    }
  })
})
