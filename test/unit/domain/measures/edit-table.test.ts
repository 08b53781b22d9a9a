import { describe, expect, it } from 'vitest'
import {
  MeasurePlanSchema, SHIPPED_LIBRARY, acceptMeasure, addMeasure, catalogueFor, measureFromLibrary, measureTableRows, moveMeasure,
  newCustomMeasure, parseItemCodes, parseStepLines, removeMeasure, restoreMeasure, updateMeasure,
} from '@/domain'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { SEED002_MEASURES_2568 } from '@/domain/demo/nongson-2568-measures'

const plan = demoMeasurePlan('demo-nongson')
const groups = catalogueFor(2567).catalogue.issueGroups
const ids = (p: typeof plan) => p.measures.map((measure) => measure.id)

describe('seed 002\'s table as the demo plan', () => {
  it('carries the seed\'s twelve rows: six for group 1, one each for groups 2-7', () => {
    expect(plan.measures.map((measure) => measure.issueGroups[0])).toEqual([1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7])
    expect(plan.measures.map((measure) => measure.name)).toEqual(SEED002_MEASURES_2568.map((row) => row.name))
    expect(plan.measures.every((measure) => measure.accepted && !measure.edited)).toBe(true)
    expect(MeasurePlanSchema.safeParse(plan).success).toBe(true)
  })

  it('prints as seed 002 does: group cells over runs, numbered names, owners, steps and the period', () => {
    const rows = measureTableRows(plan, groups)
    expect(rows[0]!.groupLabel).toBe('(๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ')
    expect(rows[0]!.groupSpan).toBe(6)
    expect(rows.slice(1, 6).every((row) => row.groupLabel === null)).toBe(true)
    expect(rows[4]!.name).toMatch(/^๕\. จัดประชุมประจำเดือน/)
    expect(rows[4]!.owners).toBe('- สำนักปลัด อบต.\n- งานการเจ้าหน้าที่')
    expect(rows[6]!.groupLabel).toBe('(๒) การให้บริการและระบบ E-Service')
    expect(rows[6]!.name).toMatch(/^จัดทำช่องทางการติดต่อ-สอบถามข้อมูล/)
    expect(rows[11]!.steps.split('\n')).toHaveLength(4)
    expect(rows[11]!.steps).toMatch(/^๑\. ทำการวิเคราะห์และประเมินความเสี่ยงการทุจริต/)
    expect(rows.every((row) => row.period === 'เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘')).toBe(true)
    expect(measureTableRows(plan, groups, 'arabic')[0]!.period).toBe('เมษายน 2568 ถึง กันยายน 2568')
  })

  it('mends only text-extraction breaks of the seed', () => {
    const text = JSON.stringify(SEED002_MEASURES_2568)
    for (const broken of ['ท างาน', 'สม่าเสมอ', 'ทัวกัน', 'งานการเจ้า หน้า', 'ประ สิทธิภาพ', 'สอง ทาง']) expect(text).not.toContain(broken)
    expect(text).toContain('ปรับปรุงการทำงานให้ดีขึ้น')
  })
})

describe('the committee\'s edits', () => {
  it('marks an edited row so drafting keeps it, and accepts rows', () => {
    const edited = updateMeasure(plan, { ...plan.measures[0]!, name: 'ใหม่' })
    expect(edited.measures[0]).toMatchObject({ name: 'ใหม่', edited: true })
    expect(acceptMeasure({ ...plan, measures: [{ ...plan.measures[0]!, accepted: false }] }, plan.measures[0]!.id).measures[0]!.accepted).toBe(true)
  })

  it('moves an edited row after the rows of its new issue group', () => {
    const moved = updateMeasure(plan, { ...plan.measures[0]!, issueGroups: [4, 1] })
    expect(moved.measures.map((measure) => measure.issueGroups[0])).toEqual([1, 1, 1, 1, 1, 2, 3, 4, 4, 5, 6, 7])
    expect(moved.measures[8]!.id).toBe(plan.measures[0]!.id)
    const unchanged = updateMeasure(plan, { ...plan.measures[0]!, issueGroups: [1, 4] })
    expect(ids(unchanged)).toEqual(ids(plan))
  })

  it('puts back an edited row that is no longer in the plan, after the rows of its group, never dropping the edit', () => {
    const gone = plan.measures[0]!
    const without = removeMeasure(plan, gone.id).plan
    const back = updateMeasure(without, { ...gone, name: 'แก้ไขแล้วในอีกแท็บ' })
    expect(back.measures).toHaveLength(plan.measures.length)
    const index = back.measures.findIndex((measure) => measure.id === gone.id)
    expect(back.measures[index]).toMatchObject({ name: 'แก้ไขแล้วในอีกแท็บ', edited: true })
    // last of issue group 1
    expect(back.measures.map((measure) => measure.issueGroups[0])).toEqual(plan.measures.map((measure) => measure.issueGroups[0]))
    expect(back.measures[index + 1]!.issueGroups[0]).not.toBe(gone.issueGroups[0])
  })

  it('moves rows up and down, and not past either end', () => {
    const [a, b, c] = ids(plan)
    expect(ids(moveMeasure(plan, b!, -1)).slice(0, 3)).toEqual([b, a, c])
    expect(ids(moveMeasure(plan, a!, 1)).slice(0, 3)).toEqual([b, a, c])
    expect(moveMeasure(plan, a!, -1)).toBe(plan)
    expect(moveMeasure(plan, ids(plan).at(-1)!, 1)).toBe(plan)
  })

  it('removes a row, remembers its template as dismissed, and undoes both', () => {
    const { plan: without, removed, index } = removeMeasure(plan, plan.measures[3]!.id)
    expect(without.measures).toHaveLength(11)
    expect(without.dismissedTemplates).toEqual(['s002-1-4'])
    const back = restoreMeasure(without, removed!, index)
    expect(back).toEqual(plan)
  })

  it('adds a custom row or a library template after its group', () => {
    const custom = newCustomMeasure(plan, 4)
    expect(custom).toMatchObject({ id: 'c:1', origin: 'custom', accepted: true, edited: true, period: { start: '2025-04', end: '2025-09' } })
    const withCustom = addMeasure(plan, custom)
    expect(withCustom.measures[9]!.id).toBe('c:1')
    expect(newCustomMeasure(withCustom, null).id).toBe('c:2')
    const template = SHIPPED_LIBRARY.find((candidate) => candidate.id === 'nacc-28')!
    const fromLibrary = measureFromLibrary(plan, template, ['สำนักปลัด', 'กองคลัง'], new Set(['i10', 'i12', 'o34']))
    expect(fromLibrary).toMatchObject({ id: 't:nacc-28', items: ['i10', 'i12'], owners: ['สำนักปลัด', 'กองคลัง'], accepted: true })
    expect(fromLibrary.period).toEqual({ start: '2025-01', end: '2025-06' })
  })

  it('reads steps typed one per line, whatever numbering people type', () => {
    expect(parseStepLines('๑. แต่งตั้งคณะทำงาน\n\n2) จัดทำคู่มือ\n(3) เผยแพร่\n- รายงานผล\n  ติดตาม  ')).toEqual([
      'แต่งตั้งคณะทำงาน', 'จัดทำคู่มือ', 'เผยแพร่', 'รายงานผล', 'ติดตาม',
    ])
  })

  it('reads item codes as documents write them and lists what it cannot read', () => {
    expect(parseItemCodes('i10, ๐๓๔ e๔;O11  o11 x9')).toEqual({ codes: ['i10', 'e4', 'o11', 'o34'], invalid: ['x9'] })
  })
})
