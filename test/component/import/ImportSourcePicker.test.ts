// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportSourcePicker from '@/components/import/ImportSourcePicker.vue'
import { runImport } from '@/import/pipeline'
import { importErrorMessage } from '@/ui/import-messages'

describe('the import source picker', () => {
  it('reads a paste of nothing but blank space, to say so, instead of leaving the button disabled unexplained', async () => {
    const wrapper = mount(ImportSourcePicker, { props: { busy: false } })
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
