// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import SaveStatus from '@/components/storage/SaveStatus.vue'
import { usePersistenceStore } from '@/stores/persistence'

describe('SaveStatus', () => {
  it('never says saved while the last write was refused for space or failed, and says saved again once one succeeds', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const persistence = usePersistenceStore()
    persistence.mode = 'browser'
    const wrapper = mount(SaveStatus, { global: { plugins: [pinia] } })
    const status = () => wrapper.get('[data-testid="save-status"]')
    expect(status().attributes('data-state')).toBe('saved')

    persistence.problem = 'full'
    await wrapper.vm.$nextTick()
    expect(status().attributes('data-state')).toBe('full')
    expect(status().text()).toBe('ยังไม่ได้บันทึก: พื้นที่เก็บข้อมูลเต็ม')

    persistence.problem = 'failed'
    await wrapper.vm.$nextTick()
    expect(status().attributes('data-state')).toBe('failed')

    // A later write that succeeds clears the problem (persistence does), and the header says saved again.
    persistence.problem = null
    await wrapper.vm.$nextTick()
    expect(status().attributes('data-state')).toBe('saved')
    expect(status().text()).toBe('บันทึกในเครื่องนี้แล้ว')
  })
})
