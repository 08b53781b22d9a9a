// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { useSettingsStore } from '@/stores/settings'

// The chart itself needs a canvas: stand in for it and keep what the component hands it.
vi.mock('vue-chartjs', () => ({
  Bar: defineComponent({ name: 'Bar', props: { data: { type: Object, required: true }, options: { type: Object, required: true } }, setup: () => () => h('div', { class: 'bar-stub' }) }),
}))

const { default: IndicatorChart } = await import('@/components/overview/IndicatorChart.vue')

const { catalogue } = catalogueFor(2567)
const analysis = analyseAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })

async function mountChart(digits: 'thai' | 'arabic', previous: Record<number, number | null> | null = null) {
  const pinia = createPinia()
  useSettingsStore(pinia).digits = digits
  const wrapper = mount(IndicatorChart, {
    props: { indicators: analysis.indicators, threshold: 85, previous, previousYear: previous ? 2566 : null },
    global: { plugins: [pinia] },
  })
  await flushPromises()
  const bar = wrapper.getComponent({ name: 'Bar' })
  return {
    pinia,
    options: () => bar.props('options') as ChartOptions<'bar'>,
    data: () => bar.props('data') as ChartData<'bar'>,
  }
}

type TickCallback = (value: number | string, index: number, ticks: unknown[]) => string
const tick = (options: ChartOptions<'bar'>, value: number) => (options.scales?.y?.ticks?.callback as unknown as TickCallback)(value, 0, [])

describe('IndicatorChart', () => {
  it('writes the y-axis ticks in Thai digits when the user chose them, and follows a change of setting', async () => {
    const { pinia, options } = await mountChart('thai')
    expect([0, 20, 85, 100].map((value) => tick(options(), value))).toEqual(['๐', '๒๐', '๘๕', '๑๐๐'])
    useSettingsStore(pinia).digits = 'arabic'
    await flushPromises()
    expect([0, 20, 85, 100].map((value) => tick(options(), value))).toEqual(['0', '20', '85', '100'])
  })

  it('writes tooltip scores in the chosen digits', async () => {
    const { options } = await mountChart('thai')
    const label = options().plugins?.tooltip?.callbacks?.label as unknown as (item: Partial<TooltipItem<'bar'>>) => string
    expect(label({ dataset: { label: 'ปีนี้: ต้องปรับปรุง (แท่งลายเส้นเฉียง)', data: [] }, parsed: { x: 8, y: 57.98 } })).toBe('ปีนี้: ต้องปรับปรุง (แท่งลายเส้นเฉียง): ๕๗.๙๘')
  })

  it('names every kind of bar in the legend by its fill, not only by colour', async () => {
    const { data } = await mountChart('arabic', { 1: 88, 9: 60 })
    expect(data().datasets.map((dataset) => dataset.label)).toEqual([
      'ปีนี้: รักษาระดับ (แท่งทึบ)', 'ปีนี้: ต้องปรับปรุง (แท่งลายเส้นเฉียง)', 'ปี 2566 (แท่งลายจุด)', 'เกณฑ์ 85 คะแนน (เส้นประ)',
    ])
    // seed 002: indicators 4, 8, 9, 10 are to improve; each indicator has exactly one of this year's bars
    const [maintain, improve] = data().datasets
    expect(improve!.data).toEqual([null, null, null, 75.35, null, null, null, 79.48, 57.98, 53.34])
    expect(maintain!.data.filter((score) => score !== null)).toHaveLength(6)
  })
})
