// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { followUpEntry, type FollowUpEntry } from '@/domain/measures'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import FollowUpEntryEditor from '@/components/follow-up/FollowUpEntryEditor.vue'

const measure = demoMeasurePlan('demo-nongson').measures[0]!
const mountEntry = (entry: FollowUpEntry = followUpEntry(null, measure.id, 6)) => mount(FollowUpEntryEditor, {
  props: { measure, row: 1, entry },
  global: { plugins: [createPinia()] },
})

describe('FollowUpEntryEditor', () => {
  it('asks for the reason only when the measure could not be done', async () => {
    const wrapper = mountEntry()
    expect(wrapper.find('[data-testid="followup-reason-1"]').exists()).toBe(false)
    await wrapper.get('[data-testid="followup-status-1"]').setValue('not-possible')
    const [[changed]] = wrapper.emitted('update') as [[FollowUpEntry]]
    expect(changed.status).toBe('not-possible')
    await wrapper.setProps({ entry: changed })
    expect(wrapper.get('[data-testid="followup-reason-1"]').attributes('aria-invalid')).toBe('true')
  })

  it('refuses an evidence link that is not http(s), in Thai, and adds one that is', async () => {
    const wrapper = mountEntry()
    await wrapper.get('[data-testid="followup-evidence-1"]').setValue('javascript:alert(1)')
    await wrapper.get('[data-testid="followup-evidence-add-1"]').trigger('click')
    expect(wrapper.get('[role="alert"]').text()).toContain('ต้องขึ้นต้นด้วย http:// หรือ https://')
    expect(wrapper.emitted('update')).toBeUndefined()
    await wrapper.get('[data-testid="followup-evidence-1"]').setValue('https://www.nongson.go.th/ita/o27.pdf')
    await wrapper.get('[data-testid="followup-evidence-add-1"]').trigger('click')
    const [[changed]] = wrapper.emitted('update') as [[FollowUpEntry]]
    expect(changed.evidence).toEqual(['https://www.nongson.go.th/ita/o27.pdf'])
    await wrapper.setProps({ entry: changed })
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe('https://www.nongson.go.th/ita/o27.pdf')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
  })

  it('shows stored text as text, never as markup', () => {
    const wrapper = mountEntry({ ...followUpEntry(null, measure.id, 6), summary: '<img src=x onerror=alert(1)>' })
    expect(wrapper.find('img').exists()).toBe(false)
    expect((wrapper.get('[data-testid="followup-summary-1"]').element as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)>')
  })
})
