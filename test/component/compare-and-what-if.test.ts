// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { catalogueFor, figureChange, type ItemGain } from '@/domain'
import AddYearForm from '@/components/compare/AddYearForm.vue'
import ChangeFigure from '@/components/common/ChangeFigure.vue'
import TargetChooser from '@/components/what-if/TargetChooser.vue'
import WhatIfCandidates from '@/components/what-if/WhatIfCandidates.vue'
import { useSettingsStore } from '@/stores/settings'

const { catalogue } = catalogueFor(2567)
const global = { plugins: [createPinia()] }
const TEN = ['90.50', '91.92', '97.78', '75.35', '87.68', '92.49', '86.09', '79.48', '57.98', '53.34']

describe('AddYearForm', () => {
  it('names each wrong field in Thai beside it and emits nothing', async () => {
    const wrapper = mount(AddYearForm, { props: { indicators: catalogue.indicators, takenYears: [2567] }, global })
    await wrapper.get('[data-testid="add-year-fiscal-year"]').setValue('2567')
    await wrapper.get('[data-testid="add-year-indicator-3"]').setValue('abc')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toBeUndefined()
    expect(wrapper.get('[data-testid="add-year-errors"]').text()).toContain('11 ช่อง')
    expect(wrapper.get('[data-testid="add-year-fiscal-year"]').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#add-year-error-fiscalYear').text()).toContain('มีผลของปีนี้อยู่แล้ว')
    expect(wrapper.get('#add-year-error-indicator-3').text()).toBe('ไม่ใช่ตัวเลข')
    expect(wrapper.get('[data-testid="add-year-indicator-3"]').attributes('aria-describedby')).toBe('add-year-error-indicator-3')
  })

  it('writes its messages in the digits the user chose', async () => {
    const pinia = createPinia()
    const wrapper = mount(AddYearForm, { props: { indicators: catalogue.indicators, takenYears: [] }, global: { plugins: [pinia] } })
    useSettingsStore(pinia).digits = 'thai'
    await wrapper.get('[data-testid="add-year-indicator-1"]').setValue('101')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#add-year-error-indicator-1').text()).toBe('ต้องอยู่ระหว่าง ๐ ถึง ๑๐๐')
    expect(wrapper.get('[data-testid="add-year-errors"]').text()).toContain('มี ๑๑ ช่อง')
  })

  it('emits the scores of a complete entry and clears the form', async () => {
    const wrapper = mount(AddYearForm, { props: { indicators: catalogue.indicators, takenYears: [2567] }, global })
    await wrapper.get('[data-testid="add-year-fiscal-year"]').setValue('๒๕๖๖')
    for (const [index, value] of TEN.entries()) await wrapper.get(`[data-testid="add-year-indicator-${index + 1}"]`).setValue(value)
    await wrapper.get('form').trigger('submit')
    const scores = wrapper.emitted('add')![0]![0]!
    expect(scores.fiscalYear).toBe(2566)
    expect(scores.indicatorScores).toHaveLength(10)
    expect(scores.publishedTotal).toBeNull()
    expect((wrapper.get('[data-testid="add-year-fiscal-year"]').element as HTMLInputElement).value).toBe('')
  })
})

describe('ChangeFigure', () => {
  it('says the direction in words with an arrow and the amount, not by colour alone', () => {
    const up = mount(ChangeFigure, { props: { change: figureChange(70.12, 74.67) }, global })
    expect(up.text()).toBe('▲ เพิ่มขึ้น 4.55')
    expect(up.attributes()).toMatchObject({ 'data-direction': 'up', 'data-value': '4.55' })
    expect(mount(ChangeFigure, { props: { change: figureChange(80, 75.35) }, global }).text()).toBe('▼ ลดลง 4.65')
    expect(mount(ChangeFigure, { props: { change: figureChange(80, 80) }, global }).text()).toBe('■ เท่าเดิม')
    expect(mount(ChangeFigure, { props: { change: figureChange(null, 80) }, global }).text()).toBe('ไม่มีข้อมูลเทียบ')
  })
})

describe('TargetChooser', () => {
  it('takes a preset or a typed number (Thai digits too), and leaves the target alone on bad input', async () => {
    const wrapper = mount(TargetChooser, { props: { modelValue: 85 }, global })
    expect(wrapper.get('[data-testid="whatif-preset-85"]').attributes('aria-pressed')).toBe('true')
    await wrapper.get('[data-testid="whatif-preset-95"]').trigger('click')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([95])
    await wrapper.setProps({ modelValue: 95 })
    expect((wrapper.get('[data-testid="whatif-target"]').element as HTMLInputElement).value).toBe('95')
    await wrapper.get('[data-testid="whatif-target"]').setValue('๘๐.๕')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([80.5])
    const count = wrapper.emitted('update:modelValue')!.length
    await wrapper.get('[data-testid="whatif-target"]').setValue('101')
    expect(wrapper.emitted('update:modelValue')).toHaveLength(count)
    expect(wrapper.get('[data-testid="whatif-target"]').attributes('aria-invalid')).toBe('true')
  })
})

describe('WhatIfCandidates', () => {
  const gain = (code: string, exact: boolean): ItemGain => ({ code, tool: 'OIT', indicator: null, from: 0, to: 100, gain: 1.6666, exact })
  it('switches an item on and off, and marks estimates and the smallest set', async () => {
    const wrapper = mount(WhatIfCandidates, {
      props: { candidates: [gain('o6', false), gain('o8', false)], planCodes: ['o6'], titles: { o6: 'Q&A', o8: null }, modelValue: ['o6'] },
      global,
    })
    expect(wrapper.get('[data-testid="whatif-row-o6"]').text()).toContain('✔ อยู่ในชุด')
    expect(wrapper.get('[data-testid="whatif-row-o6"]').text()).toContain('ค่าประมาณ')
    expect(wrapper.get('[data-testid="whatif-row-o8"]').text()).toContain('ไม่ทราบชื่อข้อ')
    await wrapper.get('[data-testid="whatif-toggle-o8"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([['o6', 'o8']])
    await wrapper.setProps({ modelValue: ['o6', 'o8'] })
    await wrapper.get('[data-testid="whatif-toggle-o6"]').setValue(false)
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([['o8']])
  })
})
