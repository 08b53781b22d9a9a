// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import GroupItemsTable from '@/components/groups/GroupItemsTable.vue'

const analysis = analyseAssessment(catalogueFor(2567).catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })

function mountTable(groupNo: number, withSources = false) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }, { path: '/items/:code', name: 'item', component: { template: '<div />' } }] })
  return mount(GroupItemsTable, { props: { group: analysis.issueGroups[groupNo - 1]!, ...(withSources ? { catalogue: analysis.catalogue } : {}) }, global: { plugins: [createPinia(), router] } })
}

describe('GroupItemsTable', () => {
  it('lays group 4 out by tool as seed 002 does, with scores, flags and each tool\'s note', () => {
    const wrapper = mountTable(4)
    const tools = wrapper.findAll('tbody th[scope="rowgroup"]').map((cell) => cell.text())
    expect(tools).toEqual(['IIT', 'OIT'])
    expect(wrapper.get('[data-testid="group-4-item-i12"]').find('[data-value]').attributes('data-value')).toBe('60.00')
    expect(wrapper.get('[data-testid="group-4-item-i12"] [data-flag]').attributes('data-flag')).toBe('improve')
    expect(wrapper.get('[data-testid="group-4-item-i11"] [data-flag]').attributes('data-flag')).toBe('maintain')
    expect(wrapper.get('[data-testid="group-4-note-IIT"]').text()).toBe('รักษาระดับคะแนนและคอยปรับปรุงอัปเดตข้อมูลให้แต่ละส่วนงานทราบเสมอ ข้อ i10, i12 ปรับปรุงคะแนนให้ดีขึ้น')
    expect(wrapper.get('[data-testid="group-4-item-i12"] a').attributes('href')).toBe('/items/i12')
  })

  it('marks the committee\'s own flag and lists items the assessment has no score for', () => {
    const wrapper = mountTable(2)
    expect(wrapper.get('[data-testid="group-2-item-e4"]').text()).toContain('★')
    const group3 = mountTable(3)
    expect(group3.find('[data-testid="group-3-item-o4"]').exists()).toBe(false)
    expect(group3.text()).toContain('ไม่มีคะแนนในผลที่นำเข้า: o4')
  })

  it('names, under each item, where its title and indicator come from, and says when the title is not known', () => {
    const wrapper = mountTable(4, true)
    const i12 = wrapper.get('[data-testid="group-4-item-i12"]')
    expect(i12.get('[data-testid="item-source-i12-title"]').text()).toContain('ผลวิเคราะห์ ITA 2567 ของ อบต.หนองซอน')
    expect(i12.text()).toContain('(ไม่แน่ชัด)')
    expect(wrapper.get('[data-testid="group-4-item-i11"]').text()).toContain('ไม่ทราบชื่อข้อ')
    expect(wrapper.get('[data-testid="item-source-i11-title"]').attributes('data-known')).toBe('false')
    expect(mountTable(4).find('[data-testid="item-sources-i12"]').exists()).toBe(false)
  })
})
