import type { CatalogueInput } from './schema'
import { GRADE_SCHEME_TO_2566, PASS_MARK, SEVEN_ISSUE_GROUPS, SOURCE, TEN_INDICATORS, TOOL_WEIGHTS, itemSources } from './common'
import type { CatalogueSource } from './schema'

type Item = CatalogueInput['items'][number]

/**
 * The 2563-2565 framework. Indicator-level scores of 2563 are verified against 39 published results
 * (../shared/data/ita2563-faculties); the item list is from secondary sources and every title is
 * marked uncertain. Older plans still cite these OIT codes (seed 003: o29-o31 for complaints).
 */

const SUB_INDICATORS_2563: CatalogueInput['subIndicators'] = [
  { code: '9.1', indicator: 9, name: 'ข้อมูลพื้นฐาน' },
  { code: '9.2', indicator: 9, name: 'การบริหารงาน' },
  { code: '9.3', indicator: 9, name: 'การบริหารเงินงบประมาณ' },
  { code: '9.4', indicator: 9, name: 'การบริหารและพัฒนาทรัพยากรบุคคล' },
  { code: '9.5', indicator: 9, name: 'การส่งเสริมความโปร่งใส' },
  { code: '10.1', indicator: 10, name: 'การดำเนินการเพื่อป้องกันการทุจริต' },
  { code: '10.2', indicator: 10, name: 'มาตรการภายในเพื่อป้องกันการทุจริต' },
]

const OIT_2563: Array<[string, string, number[]]> = [
  ['โครงสร้าง', '9.1', [3]], ['ข้อมูลผู้บริหาร', '9.1', [3]], ['อำนาจหน้าที่', '9.1', [3]],
  ['แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', '9.1', [1]], ['ข้อมูลการติดต่อ', '9.1', [3]],
  ['กฎหมายที่เกี่ยวข้อง', '9.1', [3]], ['ข่าวประชาสัมพันธ์', '9.1', [3]], ['Q&A', '9.1', [3]],
  ['Social Network', '9.1', [3]],
  ['แผนดำเนินงานประจำปี', '9.2', [1]], ['รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน', '9.2', [1]],
  ['รายงานผลการดำเนินงานประจำปี', '9.2', [1]], ['คู่มือหรือมาตรฐานการปฏิบัติงาน', '9.2', [1, 4]],
  ['คู่มือหรือมาตรฐานการให้บริการ', '9.2', [2]], ['ข้อมูลเชิงสถิติการให้บริการ', '9.2', [2]],
  ['รายงานผลการสำรวจความพึงพอใจการให้บริการ', '9.2', [2]], ['E-Service', '9.2', [2]],
  ['แผนการใช้จ่ายงบประมาณประจำปี', '9.3', [5]],
  ['รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน', '9.3', [5]],
  ['รายงานผลการใช้จ่ายงบประมาณประจำปี', '9.3', [5]], ['แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', '9.3', [5]],
  ['ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', '9.3', [5]],
  ['สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', '9.3', [5]],
  ['รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', '9.3', [5]],
  ['นโยบายการบริหารทรัพยากรบุคคล', '9.4', [6]], ['การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', '9.4', [6]],
  ['หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', '9.4', [6]],
  ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', '9.4', [6]],
  ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', '9.5', [7]], ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', '9.5', [7]],
  ['ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', '9.5', [7]], ['ช่องทางการรับฟังความคิดเห็น', '9.5', [2, 3]],
  ['การเปิดโอกาสให้เกิดการมีส่วนร่วม', '9.5', [2, 3]],
  ['เจตจำนงสุจริตของผู้บริหาร', '10.1', [7]], ['การมีส่วนร่วมของผู้บริหาร', '10.1', [7]],
  ['การประเมินความเสี่ยงการทุจริตประจำปี', '10.1', [7]], ['การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', '10.1', [7]],
  ['การเสริมสร้างวัฒนธรรมองค์กร', '10.1', [7]], ['แผนปฏิบัติการป้องกันการทุจริตประจำปี', '10.1', [7]],
  ['รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน', '10.1', [7]],
  ['รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', '10.1', [7]],
  ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '10.2', [1, 7]],
  ['การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '10.2', [1, 7]],
]

const SECONDARY_2563 = {
  id: 'secondary-2563', kind: 'agency', url: null,
  label: 'the 2563-2565 NACC manuals as secondary sources (agencies\' evidence lists) report them',
  note: 'IIT i1-i30 six per indicator, EIT e1-e15 five per indicator, OIT o1-o43 titles and sub-indicators; the manuals themselves are not at hand.',
} as const satisfies CatalogueSource

const IIT_GROUPS: Record<number, number[]> = { 1: [1], 2: [5], 3: [6], 4: [4], 5: [7] }
const EIT_GROUPS: Record<number, number[]> = { 6: [1, 2], 7: [3], 8: [2, 7] }

export const FY2563: CatalogueInput = {
  fiscalYear: 2563,
  toolWeights: TOOL_WEIGHTS,
  passMark: PASS_MARK,
  indicators: TEN_INDICATORS.map((indicator) =>
    indicator.no === 8 ? { ...indicator, name: 'การปรับปรุงระบบการทำงาน', formerNames: [] } : indicator),
  subIndicators: SUB_INDICATORS_2563,
  issueGroups: SEVEN_ISSUE_GROUPS,
  levelScheme: GRADE_SCHEME_TO_2566,
  items: [
    ...Array.from({ length: 30 }, (_, index): Item => {
      const indicator = Math.floor(index / 6) + 1
      return {
        code: `i${index + 1}`, tool: 'IIT', indicator, subIndicator: null, title: null, titleUncertain: false,
        indicatorUncertain: false, sources: itemSources({ indicator: SECONDARY_2563.id }),
        issueGroups: IIT_GROUPS[indicator] ?? [],
      }
    }),
    ...Array.from({ length: 15 }, (_, index): Item => {
      const indicator = Math.floor(index / 5) + 6
      return {
        code: `e${index + 1}`, tool: 'EIT', indicator, subIndicator: null, title: null, titleUncertain: false,
        indicatorUncertain: false, sources: itemSources({ indicator: SECONDARY_2563.id }),
        issueGroups: EIT_GROUPS[indicator] ?? [],
      }
    }),
    ...OIT_2563.map(([title, subIndicator, issueGroups], index): Item => ({
      code: `o${index + 1}`, tool: 'OIT', indicator: subIndicator.startsWith('10') ? 10 : 9, subIndicator,
      title, titleUncertain: true, indicatorUncertain: false,
      sources: itemSources({ title: SECONDARY_2563.id, indicator: SECONDARY_2563.id, subIndicator: SECONDARY_2563.id }),
      issueGroups,
    })),
  ],
  yearFacts: {
    toolWeights: { source: SOURCE.faculties2563.id, uncertain: false },
    levelScheme: { source: SOURCE.faculties2563.id, uncertain: false },
  },
  // By the items' titles: o39-o41 the anti-corruption action plan and its six-month and annual reports,
  // o42 the integrity measures (the committee's analysis and measures), o43 their implementation.
  evidence: [
    { product: 'analysis', items: ['o42'], source: SECONDARY_2563.id, uncertain: true },
    { product: 'measures', items: ['o42'], source: SECONDARY_2563.id, uncertain: true },
    { product: 'follow-up', items: ['o43'], source: SECONDARY_2563.id, uncertain: true },
    { product: 'action-plan', items: ['o39'], source: SECONDARY_2563.id, uncertain: true },
    { product: 'action-plan-report', items: ['o40', 'o41'], source: SECONDARY_2563.id, uncertain: true },
  ],
  sources: [SOURCE.faculties2563, SECONDARY_2563, SOURCE.seed003],
  unknowns: [
    'IIT i1-i30 (six per indicator) and EIT e1-e15 (five per indicator) are taken from the 2563-2565 manuals as secondary sources report them; titles not shipped',
    'OIT titles are from secondary sources',
  ],
}
