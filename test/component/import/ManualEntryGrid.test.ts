// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import ManualEntryGrid from '@/components/import/ManualEntryGrid.vue'

const rows = ['i1', 'i2', 'i3', 'i4'].map((code) => ({ key: code, label: code, title: null, indicator: 1 }))

function grid() {
  const values = reactive(new Map<string, string>())
  const wrapper = mount(ManualEntryGrid, {
    props: { rows, values, name: 'IIT', onSet: (key: string, value: string) => values.set(key, value) },
    attachTo: document.body,
  })
  return { wrapper, values, input: (code: string) => wrapper.get<HTMLInputElement>(`[data-testid="manual-score-${code}"]`) }
}

function paste(element: HTMLInputElement, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  element.dispatchEvent(event)
  return event.defaultPrevented
}

describe('the manual entry grid', () => {
  it('moves down on Enter and up on Shift+Enter, as a spreadsheet does', async () => {
    const { wrapper, input } = grid()
    await input('i2').trigger('keydown', { key: 'Enter' })
    expect(document.activeElement).toBe(input('i3').element)
    await input('i3').trigger('keydown', { key: 'Enter', shiftKey: true })
    expect(document.activeElement).toBe(input('i2').element)
    wrapper.unmount()
  })

  it('fills down from the cell a column is pasted into, taking the last cell of each copied row', async () => {
    const { wrapper, values, input } = grid()
    expect(paste(input('i2').element, '๘๗.๒๗\r\nIIT\t100\r\n')).toBe(true)
    await wrapper.vm.$nextTick()
    expect([...values]).toEqual([['i2', '๘๗.๒๗'], ['i3', '100']])
    expect(document.activeElement).toBe(input('i3').element)
    // a single value pastes normally
    expect(paste(input('i1').element, '84.24')).toBe(false)
    // rows past the end of the grid are dropped, not wrapped
    paste(input('i4').element, '1\n2\n3')
    expect(values.get('i4')).toBe('1')
    wrapper.unmount()
  })

  it('marks a score that is not a number 0-100', async () => {
    const { wrapper, values, input } = grid()
    values.set('i1', '120')
    values.set('i2', '-')
    values.set('i3', 'ดี')
    await wrapper.vm.$nextTick()
    expect(['i1', 'i2', 'i3', 'i4'].map((code) => input(code).attributes('aria-invalid'))).toEqual(['true', 'false', 'true', 'false'])
    wrapper.unmount()
  })
})
