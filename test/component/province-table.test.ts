// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import ProvinceTable from '@/components/organizations/ProvinceTable.vue'
import { provinceRows, type ProvinceSortKey } from '@/components/organizations/province-rows'
import { demoProvince } from '../unit/sync/province-demo'

const demo = await demoProvince()
const rows = provinceRows([
  { database: 'ita-nongson', ok: true, refused: [], organizations: [demo.nongson] },
  { database: 'ita-province', ok: true, refused: [], organizations: [demo.bangtoei, demo.banhaeng] },
])

describe('the provincial table', () => {
  it('sorts by the header chosen, says so with aria-sort, turns the direction on a second press, and keeps the choice in v-model', async () => {
    setActivePinia(createPinia())
    let sort: { key: ProvinceSortKey; descending: boolean } = { key: 'total', descending: true }
    const wrapper = mount(ProvinceTable, {
      props: { rows, sort, 'onUpdate:sort': (value: typeof sort) => { sort = value; void wrapper.setProps({ sort: value }) } },
    })
    const shown = () => wrapper.findAll('[data-testid="province-row"]').map((row) => row.attributes('data-organization'))
    const ariaSort = (key: string) => wrapper.get(`[data-testid="province-sort-${key}"]`).element.parentElement!.getAttribute('aria-sort')
    expect(shown()).toEqual(['demo-nongson', 'demo-bangtoei', 'demo-banhaeng'])
    expect(ariaSort('total')).toBe('descending')
    expect(wrapper.get('[data-testid="province-total"]').attributes('data-value')).toBe('74.67')

    await wrapper.get('[data-testid="province-sort-implementation"]').trigger('click')
    expect(sort).toEqual({ key: 'implementation', descending: true })
    expect(shown()[0]).toBe('demo-bangtoei')
    expect(ariaSort('implementation')).toBe('descending')
    expect(ariaSort('total')).toBe('none')

    await wrapper.get('[data-testid="province-sort-name"]').trigger('click')
    expect(ariaSort('name')).toBe('ascending')
    expect(shown()).toEqual(['demo-bangtoei', 'demo-banhaeng', 'demo-nongson'])
    await wrapper.get('[data-testid="province-sort-name"]').trigger('click')
    expect(ariaSort('name')).toBe('descending')
    expect(shown()).toEqual(['demo-nongson', 'demo-banhaeng', 'demo-bangtoei'])
  })
})
