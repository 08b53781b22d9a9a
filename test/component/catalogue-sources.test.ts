// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { catalogueFor } from '@/domain'
import CatalogueSourcesList from '@/components/catalogue/CatalogueSourcesList.vue'

const global = { plugins: [createPinia()] }

describe('CatalogueSourcesList', () => {
  it('lists every source of 2569 with its address as text, the assumed weights and levels marked, and what is unknown', () => {
    const { catalogue } = catalogueFor(2569)
    const wrapper = mount(CatalogueSourcesList, { props: { catalogue, derivedFrom: null }, global })
    expect(wrapper.findAll('[data-testid^="catalogue-source-"]')).toHaveLength(catalogue.sources.length)
    const rtrda = wrapper.get('[data-testid="catalogue-source-rtrda-headings-code"]')
    expect(rtrda.text()).toContain('รายการหลักฐาน OIT ของ สทร.')
    expect(rtrda.text()).toContain('https://github.com/rtrdasmartrailway/web-app-rtrda/')
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('[data-testid="catalogue-weights-source"]').text()).toContain('ถือตามปี 2567 (ไม่แน่ชัด)')
    expect(wrapper.get('[data-testid="catalogue-levels-source"]').text()).toContain('(ไม่แน่ชัด)')
    expect(wrapper.get('[data-testid="catalogue-unknowns"]').findAll('li')).toHaveLength(catalogue.unknowns.length)
    expect(wrapper.find('[data-testid="catalogue-borrowed"]').exists()).toBe(false)
  })

  it('says when the year borrows another year\'s items', () => {
    const { catalogue, derivedFrom } = catalogueFor(2571)
    const wrapper = mount(CatalogueSourcesList, { props: { catalogue, derivedFrom }, global })
    expect(wrapper.get('[data-testid="catalogue-borrowed"]').text()).toContain('2570')
    expect(wrapper.get('[data-testid="catalogue-weights-source"]').text()).toContain('ยืมจากรายการปี 2570')
  })
})
