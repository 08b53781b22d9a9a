// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { MeasureSchema, followUpEntry, type FollowUpEntry, type Measure } from '@/domain/measures'
import type { SaveResult } from '@/stores/persistence'
import RoundEntryEditor from '@/components/action-plan/RoundEntryEditor.vue'
import ProjectSheetFields from '@/components/action-plan/ProjectSheetFields.vue'

// Seed 003 row 1: the plan's only funded training (10,000 baht), and row 26's forum.
const TRAINING: Measure = MeasureSchema.parse({
  id: 'ap-1', origin: 'custom', kind: 'project', name: 'โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากรองค์กรปกครองส่วนท้องถิ่นเพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต',
  dimension: 1, budget: { kind: 'amount', baht: 10000 }, quarters: [false, true, true, false],
})
const SAVED: SaveResult = { ok: true, receipts: [] }
const CONFLICT: SaveResult = { ok: false, reason: 'conflict', conflicts: [] }

function mountEntry(entry: FollowUpEntry = followUpEntry(null, TRAINING.id, 12), locked = false, outcomes: SaveResult[] = []) {
  const saved: FollowUpEntry[] = []
  const wrapper = mount(RoundEntryEditor, {
    props: {
      measure: TRAINING, row: 1, entry, locked,
      save: async (changed: FollowUpEntry) => {
        saved.push(changed)
        return outcomes.shift() ?? SAVED
      },
    },
    global: { plugins: [createPinia()] },
  })
  return { wrapper, saved }
}

describe('RoundEntryEditor', () => {
  it('asks for a reason only when the entry could not be done, preset or typed, and drops the preset once it is done again', async () => {
    const { wrapper, saved } = mountEntry()
    expect(wrapper.find('[data-testid="round-reason-code-1"]').exists()).toBe(false)
    await wrapper.get('[data-testid="round-status-1"]').setValue('not-possible')
    await wrapper.setProps({ entry: saved.at(-1)! })
    expect(wrapper.get('[data-testid="round-reason-code-1"]').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[data-testid="round-reason-1"]').exists()).toBe(false)
    await wrapper.get('[data-testid="round-reason-code-1"]').setValue('other')
    expect(saved.at(-1)).toMatchObject({ status: 'not-possible', reasonCode: 'other' })
    await wrapper.setProps({ entry: saved.at(-1)! })
    // "Other" is typed in a field of its own.
    expect(wrapper.find('[data-testid="round-reason-1"]').exists()).toBe(true)
    await wrapper.get('[data-testid="round-status-1"]').setValue('done')
    expect(saved.at(-1)).toMatchObject({ status: 'done', reasonCode: null })
  })

  it('reads the disbursed amount in Thai or Arabic digits with separators, and refuses what is not an amount', async () => {
    const { wrapper, saved } = mountEntry()
    const box = wrapper.get('[data-testid="round-disbursed-1"]')
    await box.setValue('๘,๕๐๐.๕๐')
    await box.trigger('change')
    expect(saved.at(-1)?.disbursed).toBe(8500.5)
    await box.setValue('แปดพัน')
    await box.trigger('change')
    expect(saved).toHaveLength(1)
    expect(wrapper.get('[data-testid="round-message-1"]').text()).toContain('กรอกเป็นจำนวนเงิน')
    await box.setValue('')
    await box.trigger('change')
    expect(saved.at(-1)?.disbursed).toBeNull()
  })

  it('keeps an entry done at 6 months done at 12: the status is locked and every save says done', async () => {
    const { wrapper, saved } = mountEntry(followUpEntry(null, TRAINING.id, 12), true)
    const status = wrapper.get('[data-testid="round-status-1"]')
    expect((status.element as HTMLSelectElement).disabled).toBe(true)
    expect((status.element as HTMLSelectElement).value).toBe('done')
    expect(wrapper.get('[data-testid="round-locked-1"]').text()).toContain('รอบ ๖ เดือน')
    await wrapper.get('[data-testid="round-disbursed-1"]').setValue('9590')
    await wrapper.get('[data-testid="round-disbursed-1"]').trigger('change')
    expect(saved.at(-1)).toMatchObject({ status: 'done', disbursed: 9590 })
  })

  it('says so when another tab saved the follow-up first, and keeps the typed amount in its box', async () => {
    const { wrapper, saved } = mountEntry(undefined, false, [CONFLICT])
    const box = wrapper.get('[data-testid="round-disbursed-1"]')
    // setValue fires input and change, as a user typing and leaving the box does.
    await box.setValue('500')
    await flushPromises()
    expect(saved).toHaveLength(1)
    expect(wrapper.get('[data-testid="round-message-1"]').text()).toContain('แท็บหรือหน้าต่างอื่น')
    expect((box.element as HTMLInputElement).value).toBe('500')
  })
})

describe('ProjectSheetFields', () => {
  it('starts an empty sheet, reads objectives one per line and the method as a tree set in by two spaces', async () => {
    const wrapper = mount(ProjectSheetFields, { props: { modelValue: null, 'onUpdate:modelValue': (value: unknown) => wrapper.setProps({ modelValue: value as null }) } })
    await wrapper.get('[data-testid="plan-sheet-start"]').trigger('click')
    await wrapper.get('[data-testid="plan-sheet-objectives"]').setValue('เพื่อเสริมสร้างความรู้\n\nเพื่อสร้างเครือข่าย')
    await wrapper.get('[data-testid="plan-sheet-method"]').setValue('ขออนุมัติโครงการ\n  ประสานวิทยากร\n    จัดทำเอกสาร\nดำเนินการ')
    const sheet = wrapper.props('modelValue') as unknown as { objectives: string[]; method: Array<{ text: string; level: number }> }
    expect(sheet.objectives).toEqual(['เพื่อเสริมสร้างความรู้', 'เพื่อสร้างเครือข่าย'])
    expect(sheet.method).toEqual([
      { text: 'ขออนุมัติโครงการ', level: 0 }, { text: 'ประสานวิทยากร', level: 1 }, { text: 'จัดทำเอกสาร', level: 2 }, { text: 'ดำเนินการ', level: 0 },
    ])
    await wrapper.get('[data-testid="plan-sheet-remove"]').trigger('click')
    expect(wrapper.props('modelValue')).toBeNull()
  })
})
