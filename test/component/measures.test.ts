// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { catalogueFor } from '@/domain/framework'
import { measureTableRows } from '@/domain/measures'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import MeasuresTable from '@/components/measures/MeasuresTable.vue'
import MeasureEditor from '@/components/measures/MeasureEditor.vue'
import UnitsEditor from '@/components/measures/UnitsEditor.vue'
import CheckFindings from '@/components/measures/CheckFindings.vue'

const plan = demoMeasurePlan('demo-nongson')
const groups = catalogueFor(2567).catalogue.issueGroups
const global = () => ({ plugins: [createPinia()] })

describe('MeasuresTable', () => {
  const mountTable = (measures = plan.measures) => mount(MeasuresTable, {
    props: { rows: measureTableRows({ ...plan, measures }, groups), measures },
    global: global(),
    attachTo: document.body,
  })

  it('prints seed 002\'s columns and one group cell over each run of rows', () => {
    const wrapper = mountTable()
    expect(wrapper.findAll('thead th').map((th) => th.text()).slice(0, 5)).toEqual([
      'ประเด็นที่', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'วัน เดือน ปีที่ดำเนินการ',
    ])
    const cells = wrapper.findAll('[data-testid="measure-group"]')
    expect(cells).toHaveLength(7)
    expect(cells[0]!.attributes('rowspan')).toBe('6')
    wrapper.unmount()
  })

  it('disables moving the first row up and the last row down, and emits the move', async () => {
    const wrapper = mountTable()
    expect(wrapper.get('[data-testid="measure-up-1"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="measure-down-12"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="measure-down-1"]').trigger('click')
    expect(wrapper.emitted('move')).toEqual([[plan.measures[0]!.id, 1]])
    wrapper.unmount()
  })

  it('offers acceptance only for drafted rows nobody reviewed', async () => {
    const measures = plan.measures.map((measure, index) => (index === 1 ? { ...measure, accepted: false } : measure))
    const wrapper = mountTable(measures)
    expect(wrapper.findAll('[data-testid^="measure-accept-"]').map((button) => button.attributes('data-testid'))).toEqual(['measure-accept-2'])
    await wrapper.get('[data-testid="measure-accept-2"]').trigger('click')
    expect(wrapper.emitted('accept')).toEqual([[measures[1]!.id]])
    wrapper.unmount()
  })
})

describe('MeasureEditor', () => {
  const mountEditor = () => mount(MeasureEditor, {
    props: {
      measure: plan.measures[0]!, row: 1, fiscalYear: 2568, units: ['สำนักปลัด', 'กองคลัง'], issueGroups: groups,
      indicatorNames: catalogueFor(2567).catalogue.indicators, improveItems: [], notSaved: null,
    },
    global: global(),
  })

  it('saves steps typed one per line without the numbers people type', async () => {
    const wrapper = mountEditor()
    await wrapper.get('[data-testid="measure-steps-input"]').setValue('๑. แต่งตั้งคณะทำงาน\n\n2) จัดทำคู่มือ')
    await wrapper.get('[data-testid="measure-owners-field"]').findAll('input[type="checkbox"]')[1]!.setValue(true)
    await wrapper.get('[data-testid="measure-save"]').trigger('click')
    const [[saved]] = wrapper.emitted('save') as [[typeof plan.measures[number]]]
    expect(saved.steps).toEqual(['แต่งตั้งคณะทำงาน', 'จัดทำคู่มือ'])
    expect(saved.owners).toEqual(['ทุกสำนัก/กอง', 'กองคลัง'])
    // The plan's own row is untouched until the parent saves.
    expect(plan.measures[0]!.steps).toHaveLength(4)
  })

  it('says which typed item codes it cannot read and keeps the others', async () => {
    const wrapper = mountEditor()
    await wrapper.get('[data-testid="measure-items-input"]').setValue('o34, ข้อ๙๙x')
    await wrapper.get('[data-testid="measure-items-input"]').trigger('keydown', { key: 'Enter' })
    expect(wrapper.get('[data-testid="measure-answers-field"] [role="alert"]').text()).toContain('อ่านรหัสข้อไม่ได้: ข้อ๙๙x')
    await wrapper.get('[data-testid="measure-save"]').trigger('click')
    const [[saved]] = wrapper.emitted('save') as [[typeof plan.measures[number]]]
    expect(saved.items).toEqual(['i1', 'o34'])
  })

  it('ticks the quarters of the months chosen', async () => {
    const wrapper = mountEditor()
    await wrapper.get('[data-testid="measure-period-start"]').setValue('2024-11')
    await wrapper.get('[data-testid="measure-save"]').trigger('click')
    const [[saved]] = wrapper.emitted('save') as [[typeof plan.measures[number]]]
    expect(saved.period).toEqual({ start: '2024-11', end: '2025-09' })
    expect(saved.quarters).toEqual([true, true, true, true])
  })
})

describe('MeasureEditor while another tab saves', () => {
  const mountOn = (measure = plan.measures[0]!) => mount(MeasureEditor, {
    props: {
      measure, row: 1, fiscalYear: 2568, units: ['สำนักปลัด'], issueGroups: groups,
      indicatorNames: catalogueFor(2567).catalogue.indicators, improveItems: [], notSaved: null,
    },
    global: global(),
  })

  it('keeps what was typed when the saved row changes, and saves over it only on a second click', async () => {
    const wrapper = mountOn()
    await wrapper.get('[data-testid="measure-name-input"]').setValue('ชื่อของแท็บนี้')
    expect(wrapper.find('[data-testid="measure-stale"]').exists()).toBe(false)
    // Another tab saved the row; the table reloaded it under the open editor.
    await wrapper.setProps({ measure: { ...plan.measures[0]!, name: 'ชื่อของอีกแท็บ' } })
    expect(wrapper.get('[data-testid="measure-stale"]').text()).toContain('เพิ่งถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')
    expect((wrapper.get('[data-testid="measure-name-input"]').element as HTMLTextAreaElement).value).toBe('ชื่อของแท็บนี้')
    await wrapper.get('[data-testid="measure-save"]').trigger('click')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.get('[data-testid="measure-save"]').text()).toBe('บันทึกทับ')
    await wrapper.get('[data-testid="measure-save"]').trigger('click')
    const [[saved]] = wrapper.emitted('save') as [[typeof plan.measures[number]]]
    expect(saved.name).toBe('ชื่อของแท็บนี้')
  })

  it('shows why its last save did not happen, with the form as it was', async () => {
    const wrapper = mountOn()
    await wrapper.get('[data-testid="measure-name-input"]').setValue('ชื่อของแท็บนี้')
    await wrapper.setProps({ notSaved: 'ยังไม่ได้บันทึก: ทดสอบ' })
    expect(wrapper.get('[data-testid="measure-not-saved"]').text()).toBe('ยังไม่ได้บันทึก: ทดสอบ')
    expect((wrapper.get('[data-testid="measure-name-input"]').element as HTMLTextAreaElement).value).toBe('ชื่อของแท็บนี้')
  })
})

describe('UnitsEditor', () => {
  it('adds a unit, refuses a duplicate with a Thai message, and removes one', async () => {
    const wrapper = mount(UnitsEditor, { props: { units: ['สำนักปลัด', 'กองคลัง'] } })
    await wrapper.get('[data-testid="unit-input"]').setValue('  กองคลัง ')
    await wrapper.get('[data-testid="unit-add"]').trigger('click')
    expect(wrapper.get('[data-testid="unit-message"]').text()).toBe('มี “กองคลัง” อยู่ในรายชื่อแล้ว')
    expect(wrapper.emitted('update:units')).toBeUndefined()
    await wrapper.get('[data-testid="unit-input"]').setValue('กองช่าง')
    await wrapper.get('[data-testid="unit-add"]').trigger('click')
    expect(wrapper.emitted('update:units')).toEqual([[['สำนักปลัด', 'กองคลัง', 'กองช่าง']]])
    await wrapper.get('[data-testid="unit-remove-1"]').trigger('click')
    expect(wrapper.emitted('update:units')![1]).toEqual([['กองคลัง', 'กองช่าง']])
  })
})

describe('CheckFindings', () => {
  it('offers to confirm another organisation\'s name or type word, to take a confirmation back, never a placeholder', async () => {
    const at = { measureId: 'm1', row: 1, field: 'steps' as const }
    const wrapper = mount(CheckFindings, {
      props: {
        findings: [
          { code: 'leftover-placeholder', severity: 'error', ...at, text: 'ระบุชื่อ' },
          { code: 'leftover-other-organization', severity: 'error', ...at, text: 'อบต.บ้านแหง' },
          { code: 'leftover-organization-type', severity: 'warning', ...at, text: 'เทศบาล' },
          { code: 'leftover-confirmed', severity: 'info', ...at, text: 'มหาวิทยาลัยขอนแก่น' },
        ],
        itemTitle: () => null,
        itemsChecked: true,
      },
      global: global(),
    })
    expect(wrapper.get('[data-testid="finding-leftover-placeholder"]').find('[data-testid="finding-confirm-name"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="measure-check-findings"]').attributes('data-errors')).toBe('2')
    const confirms = wrapper.findAll('[data-testid="finding-confirm-name"]')
    expect(confirms.map((button) => button.text())).toEqual(['ถูกต้องแล้ว ตั้งใจระบุ “อบต.บ้านแหง”', 'ถูกต้องแล้ว ตั้งใจระบุ “เทศบาล”'])
    await confirms[0]!.trigger('click')
    await wrapper.get('[data-testid="finding-unconfirm-name"]').trigger('click')
    expect(wrapper.emitted('confirmName')).toEqual([['อบต.บ้านแหง', true], ['มหาวิทยาลัยขอนแก่น', false]])
  })
})
