// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { catalogueFor } from '@/domain'
import CatalogueItemRow from '@/components/catalogue/CatalogueItemRow.vue'
import AddedItemForm from '@/components/catalogue/AddedItemForm.vue'
import ThresholdField from '@/components/catalogue/ThresholdField.vue'
import CatalogueFileActions from '@/components/catalogue/CatalogueFileActions.vue'

const { catalogue } = catalogueFor(2567)
const i12 = catalogue.items.find((item) => item.code === 'i12')!
const global = { plugins: [createPinia()] }

function mountRow(props: Partial<InstanceType<typeof CatalogueItemRow>['$props']> = {}) {
  return mount(CatalogueItemRow, {
    props: { item: i12, catalogue, shippedTitle: i12.title, changed: false, added: false, ...props },
    global, attachTo: document.createElement('tbody'),
  })
}

describe('CatalogueItemRow', () => {
  it('emits a new title when the field is left, and null (the shipped title) when it is cleared', async () => {
    const wrapper = mountRow()
    const input = wrapper.get('[data-testid="catalogue-title-i12"]')
    expect((input.element as HTMLInputElement).value).toBe(i12.title)
    await input.setValue('  การกำกับดูแลทรัพย์สิน  ')
    expect(wrapper.emitted('title')).toEqual([['การกำกับดูแลทรัพย์สิน']])
    await input.setValue('')
    expect(wrapper.emitted('title')![1]).toEqual([null])
  })

  it('keeps a title being typed when the saved title changes, and sends it over that one only on purpose', async () => {
    const wrapper = mountRow()
    const input = wrapper.get('[data-testid="catalogue-title-i12"]')
    // Typed, not yet left: nothing is sent.
    ;(input.element as HTMLInputElement).value = 'ชื่อที่พิมพ์ต่อ'
    await input.trigger('input')
    expect(wrapper.emitted('title')).toBeUndefined()
    await wrapper.setProps({ item: { ...i12, title: 'ชื่อจากแท็บอื่น' }, changed: true })
    expect((input.element as HTMLInputElement).value).toBe('ชื่อที่พิมพ์ต่อ')
    expect(wrapper.get('[data-testid="catalogue-title-i12-stale"]').text()).toContain('“ชื่อจากแท็บอื่น”')
    await input.trigger('change')
    expect(wrapper.emitted('title')).toBeUndefined()
    expect(wrapper.get('[data-testid="catalogue-title-i12-stale"]').text()).toContain('จึงยังไม่ได้บันทึกชื่อที่คุณพิมพ์')
    await wrapper.get('[data-testid="catalogue-title-i12-overwrite"]').trigger('click')
    expect(wrapper.emitted('title')!.at(-1)).toEqual(['ชื่อที่พิมพ์ต่อ'])
    await wrapper.setProps({ item: { ...i12, title: 'ชื่อที่พิมพ์ต่อ' } })
    expect(wrapper.find('[data-testid="catalogue-title-i12-stale"]').exists()).toBe(false)
  })

  it('follows a title saved elsewhere while nothing is typed, and the shipped title once a blank one is saved', async () => {
    const wrapper = mountRow()
    const input = wrapper.get('[data-testid="catalogue-title-i12"]')
    await wrapper.setProps({ item: { ...i12, title: 'ชื่อจากแท็บอื่น' } })
    expect((input.element as HTMLInputElement).value).toBe('ชื่อจากแท็บอื่น')
    await input.setValue('')
    expect(wrapper.emitted('title')).toEqual([[null]])
    await wrapper.setProps({ item: i12 })
    expect((input.element as HTMLInputElement).value).toBe(i12.title)
    expect(wrapper.find('[data-testid="catalogue-title-i12-stale"]').exists()).toBe(false)
  })

  it('emits the groups in order when a box is ticked or cleared', async () => {
    const wrapper = mountRow()
    expect((wrapper.get('[data-testid="catalogue-group-i12-4"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.get('[data-testid="catalogue-group-i12-7"]').setValue(true)
    await wrapper.get('[data-testid="catalogue-group-i12-1"]').setValue(true)
    expect(wrapper.emitted('groups')).toEqual([[[4, 7]], [[1, 4]]])
    await wrapper.get('[data-testid="catalogue-group-i12-4"]').setValue(false)
    expect(wrapper.emitted('groups')![2]).toEqual([[]])
  })

  it('names where the title and indicator come from, and shows an unknown indicator as ไม่ทราบ with its sub-indicator', () => {
    const row = mountRow()
    expect(row.get('[data-testid="item-source-i12-title"]').text()).toContain('ผลวิเคราะห์ ITA 2567 ของ อบต.หนองซอน')
    expect(row.get('[data-testid="item-source-i12-title"]').attributes('data-uncertain')).toBe('true')
    const y2569 = catalogueFor(2569).catalogue
    const o25 = y2569.items.find((item) => item.code === 'o25')!
    const oitRow = mountRow({ item: o25, catalogue: y2569, shippedTitle: o25.title })
    expect(oitRow.text()).toContain('ไม่ทราบ (10.2)')
    expect(oitRow.get('[data-testid="item-source-o25-title"]').text()).toContain('รายการหลักฐาน OIT ของ สทร.')
    expect(oitRow.get('[data-testid="item-source-o25-subIndicator"]').attributes('data-uncertain')).toBe('true')
    expect(oitRow.get('[data-testid="item-source-o25-indicator"]').attributes('data-known')).toBe('false')
  })

  it('offers to revert a changed item and to remove an added one', async () => {
    expect(mountRow().find('[data-testid="catalogue-revert-i12"]').exists()).toBe(false)
    const changed = mountRow({ changed: true })
    await changed.get('[data-testid="catalogue-revert-i12"]').trigger('click')
    expect(changed.emitted('revert')).toHaveLength(1)
    expect(changed.text()).toContain('แก้ไขแล้ว')
    expect(mountRow({ added: true, changed: true }).find('[data-testid="catalogue-remove-i12"]').exists()).toBe(true)
  })
})

describe('AddedItemForm', () => {
  const mountForm = () => mount(AddedItemForm, {
    props: { takenCodes: new Set(catalogue.items.map((item) => item.code)), unknownCodes: ['o36'], indicators: catalogue.indicators },
    global,
  })

  it('reads the code as documents write it, offers the indicators of its tool, and emits the item', async () => {
    const wrapper = mountForm()
    await wrapper.get('[data-testid="catalogue-add-code"]').setValue('ข้อ O ๓๗')
    const indicators = wrapper.get('[data-testid="catalogue-add-indicator"]').findAll('option').map((option) => option.text())
    expect(indicators).toEqual(['ยังไม่ทราบ', '9. การเปิดเผยข้อมูล', '10. การป้องกันการทุจริต'])
    await wrapper.get('[data-testid="catalogue-add-indicator"]').setValue('10')
    await wrapper.get('[data-testid="catalogue-add-title"]').setValue('ข้อที่ไม่มีในคู่มือ')
    await wrapper.get('[data-testid="catalogue-add-group-7"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toEqual([[{ code: 'o37', tool: 'OIT', indicator: 10, title: 'ข้อที่ไม่มีในคู่มือ', issueGroups: [7] }]])
  })

  it('fills the code from an unknown scored code, and refuses a code already in the catalogue', async () => {
    const wrapper = mountForm()
    await wrapper.get('button.chip').trigger('click')
    expect((wrapper.get('[data-testid="catalogue-add-code"]').element as HTMLInputElement).value).toBe('o36')
    await wrapper.get('[data-testid="catalogue-add-code"]').setValue('o12')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toBeUndefined()
    expect(wrapper.get('[role="alert"]').text()).toContain('ข้อ o12 มีอยู่ในรายการแล้ว')
    await wrapper.get('[data-testid="catalogue-add-code"]').setValue('x1')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toContain('รหัสข้อไม่ถูกต้อง')
  })
})

describe('ThresholdField', () => {
  it('saves a number 0-100 in either digits, and refuses anything else without saving', async () => {
    const wrapper = mount(ThresholdField, { props: { threshold: 85 }, global })
    const input = wrapper.get('[data-testid="threshold-input"]')
    await input.setValue('๘๐')
    expect(wrapper.emitted('save')).toEqual([[80]])
    await input.setValue('120')
    expect(wrapper.emitted('save')).toHaveLength(1)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('ยังไม่ได้บันทึก')
  })
})

describe('CatalogueFileActions', () => {
  it('resets only after a confirmation, and offers no reset when there is nothing to reset', async () => {
    const wrapper = mount(CatalogueFileActions, { props: { hasChanges: true }, global })
    await wrapper.get('[data-testid="catalogue-reset"]').trigger('click')
    expect(wrapper.emitted('reset')).toBeUndefined()
    await wrapper.get('[data-testid="catalogue-reset-confirm"]').trigger('click')
    expect(wrapper.emitted('reset')).toHaveLength(1)
    expect(mount(CatalogueFileActions, { props: { hasChanges: false }, global }).find('[data-testid="catalogue-reset"]').exists()).toBe(false)
  })
})
