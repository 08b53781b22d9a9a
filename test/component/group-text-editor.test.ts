// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import GroupTextEditor from '@/components/groups/GroupTextEditor.vue'

function mountEditor(props: Partial<InstanceType<typeof GroupTextEditor>['$props']> = {}) {
  return mount(GroupTextEditor, {
    props: { groupNo: 4, edited: false, stale: false, pendingDraft: null, message: '', unsaved: null, modelValue: 'ร่างแรก', ...props },
    global: { plugins: [createPinia()] },
  })
}

describe('GroupTextEditor', () => {
  it('hands the committee\'s typing up and says the text is theirs only when told so', async () => {
    const wrapper = mountEditor()
    expect(wrapper.get('[data-testid="group-status-4"]').text()).toContain('ยังไม่ได้แก้ไข')
    await wrapper.get('[data-testid="group-text-4"]').setValue('ร่างแรก และข้อความของคณะทำงาน')
    expect(wrapper.emitted('update:modelValue')).toEqual([['ร่างแรก และข้อความของคณะทำงาน']])
    await wrapper.setProps({ edited: true })
    expect(wrapper.get('[data-testid="group-status-4"]').attributes('data-edited')).toBe('true')
  })

  it('asks to draft again only when the button is pressed, and says when the figures moved', async () => {
    const wrapper = mountEditor()
    expect(wrapper.find('[data-testid="group-stale-4"]').exists()).toBe(false)
    await wrapper.setProps({ stale: true })
    expect(wrapper.get('[data-testid="group-stale-4"]').text()).toContain('ร่างใหม่')
    expect(wrapper.emitted('redraft')).toBeUndefined()
    await wrapper.get('[data-testid="group-redraft-4"]').trigger('click')
    expect(wrapper.emitted('redraft')).toHaveLength(1)
  })

  it('shows a waiting draft beside the edit with the differences marked, and offers the two choices', async () => {
    const wrapper = mountEditor({ edited: true, modelValue: 'ข้อเท็จจริง ก ของคณะทำงาน', pendingDraft: 'ข้อเท็จจริง ข ของคณะทำงาน' })
    const compare = wrapper.get('[data-testid="group-compare-4"]')
    expect(compare.get('[data-testid="comparison-before"] del').text()).toContain('ก')
    expect(compare.get('[data-testid="comparison-after"] ins').text()).toContain('ข')
    expect(compare.findAll('[data-testid="comparison-before"] ins')).toHaveLength(0)
    await compare.get('[data-testid="group-keep-mine"]').trigger('click')
    await compare.get('[data-testid="group-take-draft"]').trigger('click')
    expect(wrapper.emitted('keepMine')).toHaveLength(1)
    expect(wrapper.emitted('takeDraft')).toHaveLength(1)
    await wrapper.setProps({ pendingDraft: null })
    expect(wrapper.find('[data-testid="group-compare-4"]').exists()).toBe(false)
  })

  it('shows the text another tab saved with the one typed here beside it, and lets the committee choose', async () => {
    const wrapper = mountEditor({ edited: true, modelValue: 'ข้อความของอีกแท็บ', unsaved: 'ข้อความของแท็บนี้' })
    const conflict = wrapper.get('[data-testid="group-conflict-4"]')
    expect(conflict.text()).toContain('ถูกแก้ไขจากแท็บหรือหน้าต่างอื่นก่อน จึงยังไม่ได้บันทึกข้อความที่คุณพิมพ์')
    expect(conflict.get('[data-testid="comparison-before"]').text()).toContain('อีกแท็บ')
    expect(conflict.get('[data-testid="comparison-after"]').text()).toContain('แท็บนี้')
    expect((wrapper.get('[data-testid="group-text-4"]').element as HTMLTextAreaElement).value).toBe('ข้อความของอีกแท็บ')
    await conflict.get('[data-testid="group-save-unsaved-4"]').trigger('click')
    await conflict.get('[data-testid="group-drop-unsaved-4"]').trigger('click')
    expect(wrapper.emitted('saveUnsaved')).toHaveLength(1)
    expect(wrapper.emitted('dropUnsaved')).toHaveLength(1)
    await wrapper.setProps({ unsaved: null })
    expect(wrapper.find('[data-testid="group-conflict-4"]').exists()).toBe(false)
  })

  it('shows stored text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>หนา</b>'
    const wrapper = mountEditor({ edited: true, modelValue: hostile, pendingDraft: `${hostile} เพิ่ม` })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('[data-testid="comparison-before"]').text()).toContain('<b>หนา</b>')
  })
})
