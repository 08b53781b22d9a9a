// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import OrganizationList from '@/components/organizations/OrganizationList.vue'
import type { OrganizationRow } from '@/components/organizations/organization-rows'

const rows: OrganizationRow[] = Array.from({ length: 120 }, (_, index) => ({
  organizationId: `org-${index}`, name: `อบต.ทดสอบ${index}`, district: '', province: 'มหาสารคาม', fiscalYear: 2567,
  total: 50 + index / 4, tools: { IIT: null, EIT: null, OIT: null }, level: 'ต้องปรับปรุง', passed: false, levelRank: 3,
}))

describe('the provincial list component', () => {
  it('shows 50 rows a page, pages through them, and opens the one chosen', async () => {
    setActivePinia(createPinia())
    const wrapper = mount(OrganizationList, { props: { rows } })
    const totals = () => wrapper.findAll('[data-testid="organization-total"]').map((cell) => cell.attributes('data-value'))
    expect(totals()).toHaveLength(50)
    expect(totals()[0]).toBe('79.75')
    await wrapper.get('[data-testid="organizations-next"]').trigger('click')
    await wrapper.get('[data-testid="organizations-next"]').trigger('click')
    expect(totals()).toHaveLength(20)
    expect(totals().at(-1)).toBe('50.00')
    // a new filter starts again at the first page
    await wrapper.get('[data-testid="organizations-filter"]').setValue('ทดสอบ11')
    expect(wrapper.findAll('[data-testid="organization-row"]').map((entry) => entry.get('th').text())).toEqual(['อบต.ทดสอบ119', 'อบต.ทดสอบ118', 'อบต.ทดสอบ117', 'อบต.ทดสอบ116', 'อบต.ทดสอบ115', 'อบต.ทดสอบ114', 'อบต.ทดสอบ113', 'อบต.ทดสอบ112', 'อบต.ทดสอบ111', 'อบต.ทดสอบ110', 'อบต.ทดสอบ11'])
    await wrapper.get('[data-testid="organization-open"]').trigger('click')
    expect(wrapper.emitted('open')).toEqual([['org-119', 2567]])
  })
})
