// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { followUpEntry, type FollowUpEntry } from '@/domain/measures'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import type { SaveResult } from '@/stores/persistence'
import FollowUpEntryEditor from '@/components/follow-up/FollowUpEntryEditor.vue'

const measure = demoMeasurePlan('demo-nongson').measures[0]!
const SAVED: SaveResult = { ok: true, receipts: [] }
const CONFLICT: SaveResult = { ok: false, reason: 'conflict', conflicts: [] }
const FULL: SaveResult = { ok: false, reason: 'storage-full' }

/** Mounts the editor on a save that records each entry and answers with the next outcome given (saved when none is left). */
function mountEntry(entry: FollowUpEntry = followUpEntry(null, measure.id, 6), outcomes: SaveResult[] = []) {
  const saved: FollowUpEntry[] = []
  const wrapper = mount(FollowUpEntryEditor, {
    props: {
      measure, row: 1, entry,
      save: async (changed: FollowUpEntry) => {
        saved.push(changed)
        return outcomes.shift() ?? SAVED
      },
    },
    global: { plugins: [createPinia()] },
  })
  return { wrapper, saved }
}

const summaryBox = (wrapper: ReturnType<typeof mountEntry>['wrapper']) => wrapper.get('[data-testid="followup-summary-1"]').element as HTMLTextAreaElement

describe('FollowUpEntryEditor', () => {
  it('asks for the reason only when the measure could not be done', async () => {
    const { wrapper, saved } = mountEntry()
    expect(wrapper.find('[data-testid="followup-reason-1"]').exists()).toBe(false)
    await wrapper.get('[data-testid="followup-status-1"]').setValue('not-possible')
    expect(saved.map((entry) => entry.status)).toEqual(['not-possible'])
    await wrapper.setProps({ entry: saved[0]! })
    expect(wrapper.get('[data-testid="followup-reason-1"]').attributes('aria-invalid')).toBe('true')
  })

  it('refuses an evidence link that is not http(s), in Thai, and adds one that is', async () => {
    const { wrapper, saved } = mountEntry()
    await wrapper.get('[data-testid="followup-evidence-1"]').setValue('javascript:alert(1)')
    await wrapper.get('[data-testid="followup-evidence-add-1"]').trigger('click')
    expect(wrapper.get('[role="alert"]').text()).toContain('ต้องขึ้นต้นด้วย http:// หรือ https://')
    expect(saved).toEqual([])
    await wrapper.get('[data-testid="followup-evidence-1"]').setValue('https://www.nongson.go.th/ita/o27.pdf')
    await wrapper.get('[data-testid="followup-evidence-add-1"]').trigger('click')
    await flushPromises()
    expect(saved.map((entry) => entry.evidence)).toEqual([['https://www.nongson.go.th/ita/o27.pdf']])
    expect((wrapper.get('[data-testid="followup-evidence-1"]').element as HTMLInputElement).value).toBe('')
    await wrapper.setProps({ entry: saved[0]! })
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe('https://www.nongson.go.th/ita/o27.pdf')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
  })

  it('shows stored text as text, never as markup', () => {
    const { wrapper } = mountEntry({ ...followUpEntry(null, measure.id, 6), summary: '<img src=x onerror=alert(1)>' })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(summaryBox(wrapper).value).toBe('<img src=x onerror=alert(1)>')
  })

  it('saves a text when the field is left, and then shows the saved text', async () => {
    const { wrapper, saved } = mountEntry()
    await wrapper.get('[data-testid="followup-summary-1"]').setValue('จัดอบรมแล้ว ๒ ครั้ง')
    await flushPromises()
    expect(saved.map((entry) => entry.summary)).toEqual(['จัดอบรมแล้ว ๒ ครั้ง'])
    await wrapper.setProps({ entry: saved[0]! })
    await wrapper.setProps({ entry: { ...saved[0]!, summary: 'แก้จากที่อื่น' } })
    expect(summaryBox(wrapper).value).toBe('แก้จากที่อื่น')
  })

  it('keeps what is typed when another tab saves the same text meanwhile, and saves over it only when asked', async () => {
    const { wrapper, saved } = mountEntry()
    const box = wrapper.get('[data-testid="followup-summary-1"]')
    summaryBox(wrapper).value = 'ของแท็บนี้'
    await box.trigger('input')
    // Another tab saved this text; the page reloaded it while the user was still typing.
    await wrapper.setProps({ entry: { ...followUpEntry(null, measure.id, 6), summary: 'ของอีกแท็บ' } })
    expect(summaryBox(wrapper).value).toBe('ของแท็บนี้')
    expect(wrapper.get('[data-testid="followup-summary-1-stale"]').text()).toContain('เพิ่งถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')
    // Leaving the field does not save over the other tab's text.
    await box.trigger('change')
    await flushPromises()
    expect(saved).toEqual([])
    const conflict = wrapper.get('[data-testid="followup-summary-1-conflict"]')
    expect(conflict.text()).toContain('ยังไม่ได้บันทึกข้อความของคุณ')
    expect(conflict.text()).toContain('“ของอีกแท็บ”')
    expect(summaryBox(wrapper).value).toBe('ของแท็บนี้')
    await wrapper.get('[data-testid="followup-summary-1-overwrite"]').trigger('click')
    await flushPromises()
    expect(saved.map((entry) => entry.summary)).toEqual(['ของแท็บนี้'])
    expect(wrapper.find('[data-testid="followup-summary-1-conflict"]').exists()).toBe(false)
  })

  it('keeps what is typed when its save is refused, and drops it only when asked', async () => {
    const { wrapper, saved } = mountEntry(undefined, [CONFLICT])
    await wrapper.get('[data-testid="followup-summary-1"]').setValue('ของแท็บนี้')
    await flushPromises()
    expect(saved).toHaveLength(1)
    expect(wrapper.get('[data-testid="followup-summary-1-conflict"]').text()).toContain('ยังไม่ได้บันทึกข้อความของคุณ')
    // The saved follow-up is reloaded: the typed text stays in the field.
    await wrapper.setProps({ entry: { ...followUpEntry(null, measure.id, 6), summary: 'ของอีกแท็บ' } })
    expect(summaryBox(wrapper).value).toBe('ของแท็บนี้')
    await wrapper.get('[data-testid="followup-summary-1-discard"]').trigger('click')
    expect(summaryBox(wrapper).value).toBe('ของอีกแท็บ')
    expect(wrapper.find('[data-testid="followup-summary-1-conflict"]').exists()).toBe(false)
    expect(saved).toHaveLength(1)
  })

  it('says a text was not saved when storage is full, and keeps it in the field', async () => {
    const { wrapper } = mountEntry(undefined, [FULL])
    await wrapper.get('[data-testid="followup-outcome-1"]').setValue('ประชาชนพึงพอใจร้อยละ ๙๐')
    await flushPromises()
    expect(wrapper.text()).toContain('ยังไม่ได้บันทึก')
    expect((wrapper.get('[data-testid="followup-outcome-1"]').element as HTMLTextAreaElement).value).toBe('ประชาชนพึงพอใจร้อยละ ๙๐')
  })

  it('says a status was not saved when another tab saved first, and keeps a link until it is saved', async () => {
    const { wrapper } = mountEntry(undefined, [CONFLICT, CONFLICT])
    await wrapper.get('[data-testid="followup-status-1"]').setValue('done')
    await flushPromises()
    expect(wrapper.get('[data-testid="followup-message-1"]').text()).toContain('ถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน')
    await wrapper.get('[data-testid="followup-evidence-1"]').setValue('https://www.nongson.go.th/ita/o27.pdf')
    await wrapper.get('[data-testid="followup-evidence-add-1"]').trigger('click')
    await flushPromises()
    expect((wrapper.get('[data-testid="followup-evidence-1"]').element as HTMLInputElement).value).toBe('https://www.nongson.go.th/ita/o27.pdf')
  })
})
