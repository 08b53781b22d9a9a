import { describe, expect, it } from 'vitest'
import { MeasurePlanSchema, checkMeasurePlan, confirmName, findLeftovers, isReadyToPublish, organizationTypeOf, type Finding, type MeasurePlan } from '@/domain'
import { OrganizationSchema } from '@/domain/workspace'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { nongson, seed002Analysis } from './fixtures'

const codes = (findings: Finding[]) => findings.map((finding) => finding.code)

function withRow(plan: MeasurePlan, index: number, change: Partial<MeasurePlan['measures'][number]>): MeasurePlan {
  return { ...plan, measures: plan.measures.map((measure, at) => (at === index ? { ...measure, ...change } : measure)) }
}

describe('checks before publishing', () => {
  const organization = nongson()
  const analysis = seed002Analysis()
  const demo = demoMeasurePlan(organization.id)

  it('lists the improve items seed 002\'s own table leaves unanswered, with their groups', () => {
    const findings = checkMeasurePlan(demo, analysis, organization)
    const unanswered = findings.filter((finding) => finding.code === 'unanswered-item')
    expect(unanswered).toEqual([
      { code: 'unanswered-item', severity: 'error', item: 'i10', groups: [4] },
      { code: 'unanswered-item', severity: 'error', item: 'i12', groups: [4] },
      { code: 'unanswered-item', severity: 'error', item: 'o34', groups: [4] },
      { code: 'unanswered-item', severity: 'error', item: 'o35', groups: [4] },
    ])
    expect(isReadyToPublish(findings)).toBe(false)
  })

  it('finds nothing else wrong in seed 002\'s table but one owner that is not among the units', () => {
    const others = checkMeasurePlan(demo, analysis, organization).filter((finding) => finding.code !== 'unanswered-item')
    expect(others).toEqual([{ code: 'owner-not-a-unit', severity: 'info', measureId: 't:s002-2', row: 7, owner: 'กองยุทธศาสตร์และงบประมาณ' }])
  })

  it('does not call an empty plan ready', () => {
    const empty = { ...demo, measures: [] }
    const findings = checkMeasurePlan(empty, null, organization)
    expect(findings).toEqual([{ code: 'no-measures', severity: 'error' }])
    expect(isReadyToPublish(findings)).toBe(false)
  })

  it('skips the item check when no result is saved for the plan\'s assessment year', () => {
    expect(codes(checkMeasurePlan(demo, null, organization))).not.toContain('unanswered-item')
  })

  it('requires a name, an issue group, an owner, steps and a period on every measure', () => {
    const blank = withRow(demo, 2, { name: ' ', issueGroups: [], owners: [], steps: [], period: null })
    const findings = checkMeasurePlan(blank, null, organization).filter((finding) => 'row' in finding && finding.row === 3)
    expect(codes(findings)).toEqual(['missing-name', 'missing-issue-group', 'missing-owner', 'missing-steps', 'missing-period'])
  })

  it('requires the period inside the plan\'s fiscal year, start before end', () => {
    const outside = withRow(demo, 0, { period: { start: '2025-07', end: '2025-10' } })
    expect(checkMeasurePlan(outside, null, organization)).toContainEqual({ code: 'period-outside-year', severity: 'error', measureId: 't:s002-1-1', row: 1, fiscalYear: 2568 })
    const reversed = withRow(demo, 0, { period: { start: '2025-09', end: '2025-04' } })
    expect(codes(checkMeasurePlan(reversed, null, organization))).toContain('period-reversed')
  })

  it('flags template leftovers in any text of a measure, with the field and the text', () => {
    const leftovers = withRow(demo, 0, {
      name: 'มาตรการของ ระบุชื่อหน่วยงาน',
      steps: ['ปลัด (อบจ./เทศบาล/อบต.) แต่งตั้งคณะทำงาน', 'เผยแพร่ในเขตเทศบาล', 'ประสานกับ อบต.บ้านแหง'],
      kpi: 'รายงานต่อ ระบอบชื่อ',
    })
    const found = checkMeasurePlan(leftovers, null, organization).filter((finding) => 'field' in finding)
    expect(found.map((finding) => 'field' in finding && [finding.code, finding.field, finding.text])).toEqual([
      ['leftover-placeholder', 'name', 'ระบุชื่อหน่วยงาน'],
      ['leftover-placeholder', 'steps', 'อบจ./เทศบาล/อบต.'],
      ['leftover-organization-type', 'steps', 'เทศบาล'],
      ['leftover-other-organization', 'steps', 'อบต.บ้านแหง'],
      ['leftover-placeholder', 'kpi', 'ระบอบชื่อ'],
    ])
  })

  it('lets the committee confirm a name it means to cite (a partner), never a placeholder, and take it back', () => {
    const partner = withRow(demo, 0, { steps: ['ประสานกับ อบต.บ้านแหง ในโครงการร่วม', 'ตรวจข้อความที่ ระบุชื่อ ให้ครบ'] })
    const before = checkMeasurePlan(partner, analysis, organization).filter((finding) => 'field' in finding)
    expect(before.map((finding) => [finding.code, finding.severity])).toEqual([
      ['leftover-other-organization', 'error'], ['leftover-placeholder', 'error'],
    ])
    const confirmed = confirmName(confirmName(partner, ' อบต.บ้านแหง '), 'ระบุชื่อ')
    expect(confirmed.confirmedNames).toEqual(['อบต.บ้านแหง', 'ระบุชื่อ'])
    const after = checkMeasurePlan(confirmed, analysis, organization).filter((finding) => 'field' in finding)
    expect(after).toEqual([
      { code: 'leftover-confirmed', severity: 'info', measureId: 't:s002-1-1', row: 1, field: 'steps', text: 'อบต.บ้านแหง' },
      { code: 'leftover-placeholder', severity: 'error', measureId: 't:s002-1-1', row: 1, field: 'steps', text: 'ระบุชื่อ' },
    ])
    // Without the placeholder, only the seed's unanswered items stand in the way.
    const clean = withRow(confirmed, 0, { steps: ['ประสานกับ อบต.บ้านแหง ในโครงการร่วม'] })
    expect(checkMeasurePlan(clean, null, organization).filter((finding) => finding.severity === 'error')).toEqual([])
    const takenBack = confirmName(clean, 'อบต.บ้านแหง', false)
    expect(takenBack.confirmedNames).toEqual(['ระบุชื่อ'])
    expect(codes(checkMeasurePlan(takenBack, null, organization))).toContain('leftover-other-organization')
  })

  it('reads a plan saved before names could be confirmed as confirming none', () => {
    const { confirmedNames, ...older } = demo
    expect(confirmedNames).toEqual([])
    expect(MeasurePlanSchema.parse(older).confirmedNames).toEqual([])
  })

  it('notes drafted rows the committee has not yet accepted or edited', () => {
    const drafted = withRow(demo, 4, { accepted: false, edited: false })
    expect(checkMeasurePlan(drafted, null, organization)).toContainEqual({ code: 'not-reviewed', severity: 'info', measureId: 't:s002-1-5', row: 5 })
  })
})

describe('template leftovers in text', () => {
  const sao = 'องค์การบริหารส่วนตำบลหนองซอน'

  it('knows the organisation types', () => {
    expect(organizationTypeOf(sao)).toBe('sao')
    expect(organizationTypeOf('เทศบาลตำบลท่าช้าง')).toBe('municipality')
    expect(organizationTypeOf('องค์การบริหารส่วนจังหวัดอ่างทอง')).toBe('pao')
    expect(organizationTypeOf('มหาวิทยาลัยพะเยา')).toBe('other')
  })

  it('accepts the organisation\'s own name and type words, and type words not naming a place', () => {
    expect(findLeftovers('งานนิติการ สำนักปลัด อบต.', sao)).toEqual([])
    expect(findLeftovers('อบต.หนองซอนเลือกใช้การวิเคราะห์', sao)).toEqual([])
    expect(findLeftovers('สำนักปลัด อบต. และงานการเจ้าหน้าที่', sao)).toEqual([])
    expect(findLeftovers('องค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน จังหวัดมหาสารคาม', { name: sao, shortName: 'อบต.หนองซอน', district: 'เชียงยืน', province: 'มหาสารคาม' })).toEqual([])
  })

  it('flags a municipality\'s words in an อบต. plan and an อบต.\'s in a municipality\'s', () => {
    expect(findLeftovers('สำนักปลัดเทศบาล', sao)).toEqual([{ kind: 'organization-type', text: 'เทศบาล' }])
    expect(findLeftovers('สำนักปลัดเทศบาล', 'เทศบาลตำบลท่าช้าง')).toEqual([])
    expect(findLeftovers('สำนักปลัด อบต.', 'เทศบาลตำบลท่าช้าง')).toEqual([{ kind: 'organization-type', text: 'อบต.' }])
  })

  it('flags another organisation\'s name once, and the seed\'s unfilled period placeholder', () => {
    expect(findLeftovers('มาตรการของเทศบาลตำบลท่าช้าง', sao)).toEqual([{ kind: 'other-organization', text: 'เทศบาลตำบลท่าช้าง' }])
    const placeholder = 'ระบุ วันที่ หรือ เดือน หรือ ไตรมาส หรือครึ่งปี หรือปี หรือมากกว่าปี ที่ ดำเนินการ (เริ่มต้น-สิ้นสุด)'
    expect(findLeftovers(placeholder, sao).map((leftover) => leftover.kind)).toEqual(['placeholder'])
    expect(findLeftovers('ผู้รายงาน ..........', sao)).toEqual([{ kind: 'placeholder', text: '..........' }])
  })

  it('checks a plan against the organisation it belongs to', () => {
    const municipality = OrganizationSchema.parse({ id: 'tha-chang', name: 'เทศบาลตำบลท่าช้าง', units: ['สำนักปลัดเทศบาล', 'กองคลัง'] })
    const plan = { ...demoMeasurePlan('tha-chang') }
    const findings = checkMeasurePlan(plan, null, municipality)
    // Seed 002's table names "สำนักปลัด อบต." twice: in a municipality's plan that is an อบต.'s word.
    expect(findings.filter((finding) => finding.code === 'leftover-organization-type').map((finding) => 'text' in finding && finding.text)).toEqual(['อบต.', 'อบต.'])
  })
})
