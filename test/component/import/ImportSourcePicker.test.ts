// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import ImportSourcePicker from '@/components/import/ImportSourcePicker.vue'
import { runImport } from '@/import/pipeline'
import { importErrorMessage } from '@/ui/import-messages'

function paste(element: HTMLTextAreaElement, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  element.dispatchEvent(event)
  return event.defaultPrevented
}

describe('the import source picker', () => {
  it('keeps a paste of megabytes out of the box (laying it out froze the page) and reads it whole', async () => {
    const wrapper = mount(ImportSourcePicker, { props: { busy: false }, global: { plugins: [createPinia()] } })
    const box = wrapper.get<HTMLTextAreaElement>('[data-testid="import-paste"]')
    const huge = `ข้อ\tคะแนน\n${'i1\t84.24\n'.repeat(20_000)}`
    expect(paste(box.element, huge)).toBe(true)
    await wrapper.vm.$nextTick()
    expect(box.element.value).toBe('')
    const note = wrapper.get('[data-testid="import-paste-large"]')
    expect(note.attributes('data-value')).toBe(String(huge.length))
    expect(note.text()).toContain('วางข้อความยาว 180,010 ตัวอักษรไว้แล้ว')
    await wrapper.get('[data-testid="import-paste-read"]').trigger('click')
    expect(wrapper.emitted('paste')).toEqual([[huge]])
    // Typing replaces it; a table of ordinary size goes into the box as usual.
    await box.setValue('ข้อ\tคะแนน')
    expect(wrapper.find('[data-testid="import-paste-large"]').exists()).toBe(false)
    expect(paste(box.element, 'ข้อ\tคะแนน\ni1\t84.24')).toBe(false)
    wrapper.unmount()
  })

  it('reads a paste of nothing but blank space, to say so, instead of leaving the button disabled unexplained', async () => {
    const wrapper = mount(ImportSourcePicker, { props: { busy: false }, global: { plugins: [createPinia()] } })
    const read = wrapper.get<HTMLButtonElement>('[data-testid="import-paste-read"]')
    expect(read.element.disabled).toBe(true)
    await wrapper.get('[data-testid="import-paste"]').setValue(' \t\n\t\r\n ')
    expect(read.element.disabled).toBe(false)
    await read.trigger('click')
    const [text] = wrapper.emitted('paste')![0] as [string]
    const outcome = await runImport({ kind: 'paste', text })
    expect(outcome.ok ? '' : importErrorMessage(outcome.error)).toBe('ข้อความที่วาง: ว่างเปล่า ไม่มีข้อมูลให้นำเข้า')
    wrapper.unmount()
  })
})
