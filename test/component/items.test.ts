// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { AssessmentScoresSchema, analyseAssessment, applyCatalogueOverrides, catalogueFor, withIssueGroups, type ItemFilter } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import OverrideControl from '@/components/items/OverrideControl.vue'
import { usePersistenceStore } from '@/stores/persistence'
import ItemFilters from '@/components/items/ItemFilters.vue'
import ItemListTable from '@/components/items/ItemListTable.vue'

const { catalogue } = catalogueFor(2567)
const analysis = analyseAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
const items = withIssueGroups(catalogue, analysis.items)
const pinia = createPinia()
const global = { plugins: [pinia], stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } } }

describe('OverrideControl', () => {
  it('emits the committee\'s flag at once, and back to as computed with no reason', async () => {
    const wrapper = mount(OverrideControl, { props: { code: 'i13', override: null, computedFlag: 'maintain' }, global })
    expect(wrapper.find('option').text()).toBe('ตามที่คำนวณ (รักษาระดับ)')
    expect(wrapper.find('input').exists()).toBe(false)
    await wrapper.get('[data-testid="item-override-i13"]').setValue('improve')
    expect(wrapper.emitted('change')).toEqual([[{ flag: 'improve', reason: '' }]])
    await wrapper.setProps({ override: { code: 'i13', flag: 'improve', reason: '' } })
    await wrapper.get('[data-testid="item-override-i13"]').setValue('')
    expect(wrapper.emitted('change')![1]).toEqual([{ flag: null, reason: '' }])
  })

  it('keeps a reason being typed when another is saved elsewhere, and sends it over that one only on purpose', async () => {
    const wrapper = mount(OverrideControl, { props: { code: 'e4', override: { code: 'e4', flag: 'improve', reason: 'เดิม' }, computedFlag: 'maintain' }, global })
    const reason = wrapper.get('[data-testid="item-override-reason-e4"]')
    ;(reason.element as HTMLInputElement).value = 'เหตุผลของแท็บนี้'
    await reason.trigger('input')
    await wrapper.setProps({ override: { code: 'e4', flag: 'improve', reason: 'เหตุผลจากแท็บอื่น' } })
    expect((reason.element as HTMLInputElement).value).toBe('เหตุผลของแท็บนี้')
    expect(wrapper.get('[data-testid="item-override-reason-e4-stale"]').text()).toContain('“เหตุผลจากแท็บอื่น”')
    await reason.trigger('change')
    expect(wrapper.emitted('change')).toBeUndefined()
    await wrapper.get('[data-testid="item-override-reason-e4-overwrite"]').trigger('click')
    expect(wrapper.emitted('change')).toEqual([[{ flag: 'improve', reason: 'เหตุผลของแท็บนี้' }]])
    await wrapper.setProps({ override: { code: 'e4', flag: 'improve', reason: 'เหตุผลของแท็บนี้' } })
    expect(wrapper.find('[data-testid="item-override-reason-e4-stale"]').exists()).toBe(false)
  })

  it('keeps a reason being typed when another tab takes the decision back, and saves both again only on purpose', async () => {
    const wrapper = mount(OverrideControl, { props: { code: 'e4', override: { code: 'e4', flag: 'maintain', reason: '' }, computedFlag: 'improve' }, global })
    const reason = wrapper.get('[data-testid="item-override-reason-e4"]')
    ;(reason.element as HTMLInputElement).value = 'ผลสำรวจปีนี้ต่ำเพราะช่วงเลือกตั้ง'
    await reason.trigger('input')
    await wrapper.setProps({ override: null })
    // The field and its text stay; the notice says what happened.
    expect((wrapper.get('[data-testid="item-override-reason-e4"]').element as HTMLInputElement).value).toBe('ผลสำรวจปีนี้ต่ำเพราะช่วงเลือกตั้ง')
    expect(wrapper.get('[data-testid="item-override-reason-e4-stale"]').text()).toContain('เปลี่ยนกลับเป็นตามที่คำนวณ')
    // The text counts as unsaved: the header says so and leaving the page asks first.
    expect(usePersistenceStore(pinia).unsavedEditors.size).toBe(1)
    await wrapper.get('[data-testid="item-override-reason-e4"]').trigger('change')
    expect(wrapper.emitted('change')).toBeUndefined()
    const again = wrapper.get('[data-testid="item-override-reason-e4-overwrite"]')
    expect(again.text()).toBe('บันทึกเป็นรักษาระดับพร้อมเหตุผลของคุณ')
    await again.trigger('click')
    expect(wrapper.emitted('change')).toEqual([[{ flag: 'maintain', reason: 'ผลสำรวจปีนี้ต่ำเพราะช่วงเลือกตั้ง' }]])

    // Letting the other tab's choice stand drops the text and the field.
    await wrapper.setProps({ override: { code: 'e4', flag: 'maintain', reason: 'ผลสำรวจปีนี้ต่ำเพราะช่วงเลือกตั้ง' } })
    ;(wrapper.get('[data-testid="item-override-reason-e4"]').element as HTMLInputElement).value = 'อีกข้อความ'
    await wrapper.get('[data-testid="item-override-reason-e4"]').trigger('input')
    await wrapper.setProps({ override: null })
    await wrapper.get('[data-testid="item-override-reason-e4-discard"]').trigger('click')
    expect(wrapper.find('[data-testid="item-override-reason-e4"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="item-override-reason-e4-stale"]').exists()).toBe(false)
    expect(wrapper.emitted('change')).toHaveLength(1)
    expect(usePersistenceStore(pinia).unsavedEditors.size).toBe(0)
  })

  it('emits a reason when the field is left, and not when it did not change', async () => {
    const wrapper = mount(OverrideControl, { props: { code: 'e4', override: { code: 'e4', flag: 'improve', reason: 'เดิม' }, computedFlag: 'maintain' }, global })
    const reason = wrapper.get('[data-testid="item-override-reason-e4"]')
    await reason.trigger('change')
    expect(wrapper.emitted('change')).toBeUndefined()
    await reason.setValue('  ผู้รับบริการไม่รู้จักระบบ  ')
    expect(wrapper.emitted('change')).toEqual([[{ flag: 'improve', reason: 'ผู้รับบริการไม่รู้จักระบบ' }]])
  })
})

describe('ItemFilters', () => {
  it('turns the selects into a typed filter (numbers for indicator and group, null for all)', async () => {
    const wrapper = mount(ItemFilters, {
      props: { modelValue: {} as ItemFilter, sort: 'code', issueGroups: catalogue.issueGroups },
      global,
    })
    await wrapper.get('[data-testid="items-filter-indicator"]').setValue('4')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ indicator: 4 }])
    await wrapper.setProps({ modelValue: { indicator: 4 } })
    await wrapper.get('[data-testid="items-filter-group"]').setValue('none')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ indicator: 4, group: 'none' }])
    await wrapper.setProps({ modelValue: { indicator: 4, group: 'none' } })
    await wrapper.get('[data-testid="items-filter-indicator"]').setValue('')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ indicator: null, group: 'none' }])
    await wrapper.get('[data-testid="items-sort"]').setValue('score-asc')
    expect(wrapper.emitted('update:sort')!.at(-1)).toEqual(['score-asc'])
  })
})

describe('ItemListTable', () => {
  it('lists code (linked to the item page), groups, score, computed flag and the flag in force', () => {
    const wrapper = mount(ItemListTable, { props: { items, sort: 'score-asc', catalogue }, global })
    const e4 = wrapper.get('[data-testid="items-row-e4"]')
    expect(e4.get('a').attributes('href')).toBe('/items/e4')
    expect(wrapper.get('[data-testid="item-groups-e4"]').text()).toBe('1, 2')
    expect(e4.findAll('[data-flag]').map((flag) => flag.attributes('data-flag'))).toEqual(['maintain', 'improve'])
    expect(wrapper.get('[data-testid="item-flag-e4"]').text()).toContain('★')
    expect(wrapper.get('[data-testid="items-row-o4"]').text()).toContain('ไม่มีคะแนน')
    expect(wrapper.get('th[aria-sort="ascending"]').text()).toBe('คะแนน')
  })

  it('names where each title and indicator comes from, marks the uncertain ones and says ไม่ทราบ for what is not known', () => {
    const wrapper = mount(ItemListTable, { props: { items, sort: 'code', catalogue }, global })
    const title = wrapper.get('[data-testid="item-source-i1-title"]')
    expect(title.text()).toContain('ชื่อข้อ: ผลวิเคราะห์ ITA 2567 ของ อบต.หนองซอน')
    expect(title.attributes('data-uncertain')).toBe('true')
    expect(title.attributes('title')).toContain('seed 002')
    expect(wrapper.get('[data-testid="item-source-i1-indicator"]').attributes('data-uncertain')).toBe('false')
    // e1 2567: neither title nor indicator is known, and the screen says so rather than a dash.
    expect(wrapper.get('[data-testid="item-source-e1-title"]').text()).toBe('ชื่อข้อ: ไม่ทราบ')
    expect(wrapper.get('[data-testid="item-source-e1-indicator"]').attributes('data-known')).toBe('false')
    expect(wrapper.get('[data-testid="items-row-e1"]').text()).toContain('ไม่ทราบ')
    // OIT items name their sub-indicator's source too.
    expect(wrapper.find('[data-testid="item-source-o8-subIndicator"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="item-source-i1-subIndicator"]').exists()).toBe(false)
  })

  it('names the committee as the source of a title it typed', () => {
    const edited = applyCatalogueOverrides(catalogue, { edits: [{ code: 'e1', title: 'ชื่อของคณะทำงาน' }], added: [] })
    const wrapper = mount(ItemListTable, { props: { items, sort: 'code', catalogue: edited }, global })
    const title = wrapper.get('[data-testid="item-source-e1-title"]')
    expect(title.text()).toBe('ชื่อข้อ: คณะทำงานของหน่วยงานกำหนดเอง')
    expect(title.attributes('data-uncertain')).toBe('false')
  })

  it('passes an override up with the item code', async () => {
    const wrapper = mount(ItemListTable, { props: { items, sort: 'code', catalogue }, global })
    await wrapper.get('[data-testid="item-override-i12"]').setValue('maintain')
    expect(wrapper.emitted('override')).toEqual([['i12', 'maintain', '']])
  })
})
