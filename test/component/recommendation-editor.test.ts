// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import RecommendationEditor from '@/components/recommendations/RecommendationEditor.vue'
import type { EffectiveRecommendation } from '@/domain/recommendations'

const shipped = { code: 'i12', text: 'หน่วยงานควรตรวจสอบครุภัณฑ์ (อ้างอิงจาก o10)', source: 'seed-002' as const, basis: 'item' as const }
const asShipped: EffectiveRecommendation = { code: 'i12', text: shipped.text, shipped, edited: false }
const known = ['i12', 'o10', 'o20']

function mountEditor(recommendation: EffectiveRecommendation | null) {
  return mount(RecommendationEditor, { props: { code: 'i12', recommendation, knownCodes: known }, global: { plugins: [createPinia()] } })
}

describe('RecommendationEditor', () => {
  it('shows the shipped text and where it comes from; saving needs a change', async () => {
    const wrapper = mountEditor(asShipped)
    expect((wrapper.get('[data-testid="recommendation-text"]').element as HTMLTextAreaElement).value).toBe(shipped.text)
    expect(wrapper.get('[data-testid="recommendation-source"]').text()).toContain('อบต.หนองซอน')
    expect(wrapper.get('[data-testid="recommendation-save"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="recommendation-reset"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="recommendation-text"]').setValue('หน่วยงานควรตรวจนับทุกไตรมาส (อ้างอิงจาก o10)')
    await wrapper.get('[data-testid="recommendation-save"]').trigger('click')
    expect(wrapper.emitted('save')).toEqual([['หน่วยงานควรตรวจนับทุกไตรมาส (อ้างอิงจาก o10)']])
  })

  it('keeps what is typed when the saved text is reloaded (another tab saved it), and says so', async () => {
    const wrapper = mountEditor(asShipped)
    const box = wrapper.get('[data-testid="recommendation-text"]')
    await box.setValue('ข้อความของแท็บนี้ (อ้างอิงจาก o10)')
    await wrapper.setProps({ recommendation: { ...asShipped, text: 'ข้อความของอีกแท็บ (อ้างอิงจาก o20)', edited: true } })
    expect((box.element as HTMLTextAreaElement).value).toBe('ข้อความของแท็บนี้ (อ้างอิงจาก o10)')
    expect(wrapper.get('[data-testid="recommendation-stale"]').text()).toContain('“ข้อความของอีกแท็บ (อ้างอิงจาก o20)”')
    // Once the committee's text is saved, the box follows the saved text again.
    await wrapper.setProps({ recommendation: { ...asShipped, text: 'ข้อความของแท็บนี้ (อ้างอิงจาก o10)', edited: true } })
    expect(wrapper.find('[data-testid="recommendation-stale"]').exists()).toBe(false)
    await wrapper.setProps({ recommendation: asShipped })
    expect((box.element as HTMLTextAreaElement).value).toBe(shipped.text)
  })

  it('warns of a citation the year lacks, and of a text citing no OIT item', async () => {
    const wrapper = mountEditor(asShipped)
    await wrapper.get('[data-testid="recommendation-text"]').setValue('หน่วยงานควรทำ (อ้างอิงจาก o99)')
    expect(wrapper.get('[data-testid="recommendation-unknown-citations"]').text()).toContain('o99')
    await wrapper.get('[data-testid="recommendation-text"]').setValue('หน่วยงานควรทำ (อ้างอิงจาก i12)')
    expect(wrapper.find('[data-testid="recommendation-unknown-citations"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('ควรอ้างอิงข้อ OIT')
    expect(wrapper.get('[data-testid="recommendation-save"]').attributes('disabled')).toBeUndefined()
  })

  it('marks the organisation\'s own text, keeps the shipped one at hand, and resets', async () => {
    const wrapper = mountEditor({ code: 'i12', text: 'หน่วยงานควรตรวจนับ (อ้างอิงจาก o10)', shipped, edited: true })
    expect(wrapper.get('[data-testid="recommendation-edited"]').text()).toContain('ข้อความของหน่วยงาน')
    expect(wrapper.get('[data-testid="recommendation-shipped"]').text()).toBe(shipped.text)
    await wrapper.get('[data-testid="recommendation-reset"]').trigger('click')
    expect(wrapper.emitted('reset')).toHaveLength(1)
    await wrapper.setProps({ recommendation: asShipped })
    expect((wrapper.get('[data-testid="recommendation-text"]').element as HTMLTextAreaElement).value).toBe(shipped.text)
  })

  it('says why a text speaks only of the indicator', () => {
    const wrapper = mountEditor({ ...asShipped, shipped: { ...shipped, source: 'drafted', basis: 'indicator' } })
    expect(wrapper.get('[data-testid="recommendation-source"]').text()).toContain('เขียนตามตัวชี้วัดของข้อนี้')
  })
})
