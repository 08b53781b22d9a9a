// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { catalogueFor } from '@/domain'
import type { ParsedAssessment } from '@/import/assemble'
import { analyseParsed } from '@/import/scores'
import DataWarnings from '@/components/overview/DataWarnings.vue'
import ImportPreview from '@/components/import/ImportPreview.vue'
import AddedItemForm from '@/components/catalogue/AddedItemForm.vue'

// A code the year's catalogue lacks is kept and offered for mapping: the overview's notes link it to the
// catalogue editor, the import preview confirms and then opens it there, and the editor's form arrives
// filled with the code, its indicator choice in focus.

const { catalogue } = catalogueFor(2567)
const parsed: ParsedAssessment = {
  organization: { name: 'อบต.ทดสอบ', district: '', province: '' },
  fiscalYear: 2567,
  itemScores: [{ code: 'o1', score: 100 }, { code: 'o47', score: 100 }, { code: 'o52', score: 50 }],
  indicatorScores: [],
  publishedTotal: null,
  publishedTools: [],
  where: { file: 'x.csv', sheet: null, row: 1, column: 1 },
  rows: [],
}

function testRouter() {
  const blank = { template: '<div />' }
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: blank }, { path: '/catalogue', name: 'catalogue', component: blank }] })
}

describe('DataWarnings', () => {
  it('links every code the catalogue lacks to the catalogue editor with that code to add', async () => {
    const router = testRouter()
    const wrapper = mount(DataWarnings, {
      props: { scorecard: analyseParsed(parsed, 2567).scorecard, derivedFrom: null },
      global: { plugins: [router, createPinia()] },
    })
    expect(wrapper.get('[data-testid="map-unknown-o47"]').attributes('href')).toBe('/catalogue?add=o47')
    expect(wrapper.get('[data-testid="map-unknown-o52"]').attributes('href')).toBe('/catalogue?add=o52')
    expect(wrapper.get('[data-testid="unknown-items"]').text()).toContain('o47, o52')
    await wrapper.get('[data-testid="map-unknown-o52"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/catalogue?add=o52')
  })
})

describe('ImportPreview', () => {
  const mountPreview = (organizationName: string, busy = false) => mount(ImportPreview, {
    props: {
      parsed, warnings: [], sourceLabel: 'ไฟล์ x.csv', matchedOrganization: null, replacing: false, busy,
      organizationName, fiscalYear: 2567,
    },
    global: { plugins: [createPinia()] },
  })

  it('offers each unknown code for mapping: its button confirms the import with that code', async () => {
    const wrapper = mountPreview('อบต.ทดสอบ')
    expect(wrapper.get('[data-testid="preview-unknown"]').text()).toContain('(เก็บไว้ รอกำหนดตัวชี้วัด): o47, o52')
    await wrapper.get('[data-testid="preview-map-o47"]').trigger('click')
    expect(wrapper.emitted('confirm')).toEqual([['o47']])
    await wrapper.get('[data-testid="import-confirm"]').trigger('click')
    expect(wrapper.emitted('confirm')![1]).toEqual([])
  })

  it('does not offer the mapping while the import cannot be confirmed', () => {
    for (const wrapper of [mountPreview(''), mountPreview('อบต.ทดสอบ', true)]) {
      expect(wrapper.get('[data-testid="preview-map-o47"]').attributes('disabled')).toBeDefined()
    }
  })
})

describe('AddedItemForm with a code offered for mapping', () => {
  it('arrives with the code filled and the indicator choice in focus, and adds the mapped item', async () => {
    const wrapper = mount(AddedItemForm, {
      props: { takenCodes: new Set(catalogue.items.map((item) => item.code)), unknownCodes: ['o47'], indicators: catalogue.indicators, suggestedCode: 'o47' },
      global: { plugins: [createPinia()] },
      attachTo: document.body,
    })
    await flushPromises()
    expect((wrapper.get('[data-testid="catalogue-add-code"]').element as HTMLInputElement).value).toBe('o47')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="catalogue-add-indicator"]').element)
    expect(wrapper.get('[data-testid="catalogue-add-submit"]').text()).toBe('เพิ่มข้อ o47 (OIT)')
    await wrapper.get('[data-testid="catalogue-add-indicator"]').setValue('10')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toEqual([[{ code: 'o47', tool: 'OIT', indicator: 10, title: null, issueGroups: [] }]])
    wrapper.unmount()
  })

  it('fills a code offered after it opened', async () => {
    const wrapper = mount(AddedItemForm, {
      props: { takenCodes: new Set<string>(), unknownCodes: [], indicators: catalogue.indicators, suggestedCode: null },
      global: { plugins: [createPinia()] },
    })
    expect((wrapper.get('[data-testid="catalogue-add-code"]').element as HTMLInputElement).value).toBe('')
    await wrapper.setProps({ suggestedCode: 'e12' })
    await flushPromises()
    expect((wrapper.get('[data-testid="catalogue-add-code"]').element as HTMLInputElement).value).toBe('e12')
  })
})
