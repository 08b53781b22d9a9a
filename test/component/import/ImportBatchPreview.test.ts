// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { ParsedAssessment } from '@/import/assemble'
import { analyseParsed, summaryOf } from '@/import/scores'
import ImportBatchPreview from '@/components/import/ImportBatchPreview.vue'

// Each line of a many-organisation preview opens to list, as the single preview does, the items it
// lacks and the figures the file publishes that disagree with its items.

const I1_TO_15 = [84.24, 87.27, 100, 90.30, 93.33, 92.12, 95.76, 97.58, 100, 67.27, 98.27, 60, 92.73, 86.06, 84.24]

function parsed(name: string, fiscalYear: number | null, options: { items?: number; indicator1?: number; everyIndicator?: number; total?: number } = {}): ParsedAssessment {
  return {
    organization: { name, district: '', province: '' },
    fiscalYear,
    itemScores: I1_TO_15.slice(0, options.items ?? 15).map((score, index) => ({ code: `i${index + 1}`, score })),
    indicatorScores: options.everyIndicator !== undefined
      ? Array.from({ length: 10 }, (_, index) => ({ indicator: index + 1, score: options.everyIndicator! }))
      : options.indicator1 === undefined ? [] : [{ indicator: 1, score: options.indicator1 }],
    publishedTotal: options.total ?? null,
    publishedTools: [],
    where: { file: 'batch.xlsx', sheet: null, row: 2, column: 1 },
    rows: [],
  }
}

function mountPreview(assessments: ParsedAssessment[], defaultYear: number | null = null) {
  const summaries = assessments.map((entry) => summaryOf(entry, entry.fiscalYear === null ? null : analyseParsed(entry, entry.fiscalYear)))
  return mount(ImportBatchPreview, {
    props: { summaries, assessments, warnings: [], sourceLabel: 'ไฟล์ batch.xlsx', replacing: 0, busy: false, defaultYear },
    global: { plugins: [createPinia()] },
  })
}

async function open(row: ReturnType<ReturnType<typeof mountPreview>['findAll']>[number]) {
  const details = row.get('[data-testid="batch-details"]')
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
  return details
}

describe('ImportBatchPreview', () => {
  it('lists a line\'s missing items and its disagreements (indicator, published, from items) when opened', async () => {
    const wrapper = mountPreview([
      parsed('อบต.ก', 2567, { items: 13, indicator1: 80 }),
      parsed('อบต.ข', 2567, { items: 15 }),
    ])
    const [first, second] = wrapper.findAll('[data-testid="batch-row"]')
    const details = first!.get('[data-testid="batch-details"]')
    expect(details.get('summary').text()).toMatch(/^ไม่มีคะแนน \S+ ข้อ · ค่าที่ประกาศไม่ตรงกับที่คำนวณ 1 จุด$/)
    // Analysed only when opened.
    expect(details.find('[data-testid="batch-missing"]').exists()).toBe(false)
    await open(first!)
    const missing = details.get('[data-testid="batch-missing"]').text()
    expect(missing).toContain('i14, i15')
    expect(missing).toContain('e1')
    expect(missing).not.toContain('i13')
    const disagreement = details.get('[data-testid="batch-disagreement"]').text()
    expect(disagreement).toContain('ตัวชี้วัดที่ 1 ในไฟล์ได้ 80.00')
    expect(disagreement).toMatch(/ค่าเฉลี่ยของข้อได้ \d+\.\d\d — จะใช้ค่าที่ระบุในไฟล์/)
    // A line with every IIT item and no published figure still lacks its EIT and OIT items, and says none disagree.
    await open(second!)
    expect(second!.get('[data-testid="batch-missing"]').text()).not.toContain('i1,')
    expect(second!.findAll('[data-testid="batch-disagreement"]')).toHaveLength(0)
  })

  it('says a published total that differs from the computed one', async () => {
    const wrapper = mountPreview([parsed('อบต.ก', 2567, { items: 0, everyIndicator: 80, total: 99 }), parsed('อบต.ข', 2567)])
    const [first] = wrapper.findAll('[data-testid="batch-row"]')
    await open(first!)
    expect(first!.get('[data-testid="batch-disagreement"]').text()).toMatch(/^คะแนนรวมในไฟล์ 99\.00 ไม่ตรงกับที่คำนวณได้ 80\.00/)
    // A file of indicator figures alone lacks no item, as in the single preview.
    expect(first!.find('[data-testid="batch-missing"]').exists()).toBe(false)
  })

  it('opens lines read without a year once a year is chosen for them', async () => {
    const wrapper = mountPreview([parsed('อบต.ก', null, { items: 14 }), parsed('อบต.ข', null)])
    expect(wrapper.find('[data-testid="batch-details"]').exists()).toBe(false)
    await wrapper.setProps({ defaultYear: 2567 })
    const [first] = wrapper.findAll('[data-testid="batch-row"]')
    await open(first!)
    expect(first!.get('[data-testid="batch-missing"]').text()).toContain('i15')
  })
})
