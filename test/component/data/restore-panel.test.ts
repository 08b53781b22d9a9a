// @vitest-environment happy-dom
import '../../unit/stores/fresh-workspace'
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { getActivePinia } from 'pinia'
import { openWorkspace } from '../../unit/stores/fresh-workspace'
import RestorePanel from '@/components/data/RestorePanel.vue'

/** Resolves once a query finds what it looks for, flushing the page's promises between tries. */
async function until(found: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !found(); tries++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  expect(found()).toBe(true)
}

describe('RestorePanel', () => {
  it('confirms only the plan of the mode shown: right after switching to replace it waits for that plan, then replaces', async () => {
    const workspace = await openWorkspace()
    const { useBackupStore } = await import('@/stores/backup')
    const { text } = await useBackupStore().exportBackup({ type: 'all' }, 'test')
    // A later change than the backup: merge keeps it (a conflict), replace overwrites it.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const id = workspace.currentAssessment!.id
    const saved = await workspace.setThreshold(75, workspace.assessmentRevision(id))
    expect(saved?.ok).toBe(true)

    const wrapper = mount(RestorePanel, { global: { plugins: [getActivePinia()!] } })
    const box = wrapper.get('[data-testid="restore-paste"]').element as HTMLTextAreaElement
    box.value = text
    await wrapper.get('[data-testid="restore-paste-check"]').trigger('click')
    await until(() => wrapper.find('[data-testid="restore-preview"]').exists())
    expect(wrapper.get('[data-testid="restore-conflict-note"]').text()).toContain('จะคงข้อมูลในเครื่องไว้')

    await wrapper.get('[data-testid="restore-mode-replace"]').setValue(true)
    // The merge plan is still on screen: confirming now would apply a merge while "replace" is ticked.
    const confirm = wrapper.get('[data-testid="restore-confirm"]')
    expect(confirm.attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="restore-planning"]').text()).toBe('กำลังคำนวณสิ่งที่จะเปลี่ยน…')
    await until(() => wrapper.get('[data-testid="restore-confirm"]').attributes('disabled') === undefined)
    expect(wrapper.find('[data-testid="restore-planning"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="restore-conflict-note"]').text()).toContain('จะถูกแทนที่ด้วยข้อมูลในไฟล์')

    await wrapper.get('[data-testid="restore-confirm"]').trigger('click')
    await until(() => wrapper.find('[data-testid="restore-done"]').exists())
    expect(wrapper.get('[data-testid="restore-done"]').text()).toContain('แทนที่ 1 รายการ')
    await until(() => workspace.currentAssessment?.threshold === 85)
  })
})
