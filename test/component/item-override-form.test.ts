// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ItemOverrideForm from '@/components/items/ItemOverrideForm.vue'

describe('ItemOverrideForm', () => {
  it('starts from the score and saves the committee\'s flag with its reason', async () => {
    const wrapper = mount(ItemOverrideForm, { props: { code: 'i13', computedFlag: 'maintain', override: null } })
    const save = wrapper.get('[data-testid="item-override-save"]')
    expect(wrapper.get('[data-testid="item-override-select"]').text()).toContain('ตามคะแนน (รักษาระดับ)')
    expect(save.attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="item-override-reason"]').exists()).toBe(false)
    await wrapper.get('[data-testid="item-override-select"]').setValue('improve')
    await wrapper.get('[data-testid="item-override-reason"]').setValue('  พบข้อร้องเรียน  ')
    expect(save.attributes('disabled')).toBeUndefined()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([['improve', 'พบข้อร้องเรียน']])
  })

  it('shows a saved decision and clears it by going back to the score', async () => {
    const wrapper = mount(ItemOverrideForm, { props: { code: 'e4', computedFlag: 'maintain', override: { code: 'e4', flag: 'improve', reason: 'E-Service' } } })
    expect((wrapper.get('[data-testid="item-override-select"]').element as HTMLSelectElement).value).toBe('improve')
    expect((wrapper.get('[data-testid="item-override-reason"]').element as HTMLInputElement).value).toBe('E-Service')
    expect(wrapper.get('[data-testid="item-override-save"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="item-override-select"]').setValue('')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('save')?.at(-1)).toEqual([null, ''])
  })

  it('follows a decision saved elsewhere', async () => {
    const wrapper = mount(ItemOverrideForm, { props: { code: 'i1', computedFlag: 'improve', override: null } })
    await wrapper.setProps({ override: { code: 'i1', flag: 'maintain', reason: 'ปรับปรุงแล้ว' } })
    expect((wrapper.get('[data-testid="item-override-select"]').element as HTMLSelectElement).value).toBe('maintain')
  })

  it('keeps a decision being chosen when another is saved elsewhere, and saves over it only on a second, deliberate click', async () => {
    const wrapper = mount(ItemOverrideForm, { props: { code: 'i1', computedFlag: 'improve', override: null } })
    await wrapper.get('[data-testid="item-override-select"]').setValue('maintain')
    await wrapper.get('[data-testid="item-override-reason"]').setValue('เหตุผลจากแท็บนี้')
    await wrapper.setProps({ override: { code: 'i1', flag: 'improve', reason: 'เหตุผลจากแท็บอื่น' } })
    expect((wrapper.get('[data-testid="item-override-select"]').element as HTMLSelectElement).value).toBe('maintain')
    expect((wrapper.get('[data-testid="item-override-reason"]').element as HTMLInputElement).value).toBe('เหตุผลจากแท็บนี้')
    expect(wrapper.get('[data-testid="item-override-stale"]').text()).toContain('เหตุผลจากแท็บอื่น')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.get('[data-testid="item-override-save"]').text()).toBe('บันทึกทับ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([['maintain', 'เหตุผลจากแท็บนี้']])
    await wrapper.setProps({ override: { code: 'i1', flag: 'maintain', reason: 'เหตุผลจากแท็บนี้' } })
    expect(wrapper.find('[data-testid="item-override-stale"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="item-override-save"]').text()).toBe('บันทึกผล')
  })
})
