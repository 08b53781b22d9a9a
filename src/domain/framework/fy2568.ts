import type { CatalogueInput } from './schema'
import {
  OIT_SUB_INDICATORS, PASS_MARK, RESULT_SCHEME_FROM_2567, RTRDA_HEADINGS, SEVEN_ISSUE_GROUPS, SOURCE, TEN_INDICATORS, TOOL_WEIGHTS, itemSources,
} from './common'
import type { CatalogueSource } from './schema'
import { iitItems } from './fy2567'

type Item = CatalogueInput['items'][number]

/**
 * OIT 2568 as a public agency site lists its 2568 evidence (ITA.md): O1-O26, with O2 and O7 only
 * likely and O27 possible. The agency's website code (RTRDA_HEADINGS) prints the same 2568 headings for
 * O1, O3 and O10-O26, so those titles cite it; the rest cite ITA.md's record of the list. Sub-indicators
 * follow the items' subjects and are not verified, so the items carry no indicator: OIT indicator scores
 * come from the published figures.
 */
const OIT_2568: Array<[string, string, boolean, string, number[]]> = [
  ['o1', 'โครงสร้างและอำนาจหน้าที่', false, '9.1', [3]],
  ['o2', 'ข้อมูลผู้บริหาร', true, '9.1', [3]],
  ['o3', 'ข้อมูลการติดต่อ', false, '9.1', [3]],
  ['o4', 'ข่าวประชาสัมพันธ์', false, '9.1', [3]],
  ['o5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', false, '9.2', [1, 5]],
  ['o6', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', false, '9.2', [5]],
  ['o7', 'รายงานผลการดำเนินงานประจำปี', true, '9.2', [1, 5]],
  ['o8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', false, '9.2', [1, 4]],
  ['o9', 'คู่มือหรือแนวทางการขอรับบริการ', false, '9.2', [1, 2]],
  ['o10', 'E-Service', false, '9.2', [2]],
  ['o11', 'ข้อมูลสถิติการให้บริการ', false, '9.2', [2]],
  ['o12', 'รายการและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', false, '9.3', [5]],
  ['o13', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', false, '9.3', [5]],
  ['o14', 'แผนการบริหารและพัฒนาทรัพยากรบุคคล', false, '9.4', [6]],
  ['o15', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', false, '9.4', [6]],
  ['o16', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', false, '9.5', [6, 7]],
  ['o17', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', false, '9.5', [7]],
  ['o18', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', false, '9.5', [2, 7]],
  ['o19', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', false, '9.5', [7]],
  ['o20', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', false, '9.5', [2, 3]],
  ['o21', 'ประกาศเจตนารมณ์และการสร้างวัฒนธรรมตามนโยบาย No Gift Policy', false, '10.1', [7]],
  ['o22', 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', false, '10.1', [4, 7]],
  ['o23', 'การประเมินความเสี่ยงการให้หรือรับสินบน', false, '10.1', [7]],
  ['o24', 'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', false, '10.1', [7]],
  ['o25', 'แผนปฏิบัติการป้องกันการทุจริต', false, '10.2', [7]],
  ['o26', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต', false, '10.2', [7]],
  ['o27', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', true, '10.2', [1, 7]],
]

const RTRDA_2568 = {
  id: 'agency-rtrda-2568', kind: 'agency', url: null,
  label: 'RTRDA (a public organisation): its list of ITA 2568 OIT evidence, as ../shared/domain/ITA.md records it',
  note: 'One agency\'s list of O1-O26 with titles (O2 and O7 only likely, O27 possible), not the NACC\'s manual.',
} as const satisfies CatalogueSource

const SUBJECT_2568 = {
  id: 'inference-subject-2568', kind: 'inference', url: null,
  label: 'sub-indicator inferred from the item\'s subject and the order of the list',
  note: 'No 2568 source at hand maps items to sub-indicators 9.1-10.2.',
} as const satisfies CatalogueSource

/** The 2568 headings the RTRDA website code prints (the left side of its 2568 -> 2569 pairs). */
const IN_RTRDA_CODE = new Set(['o1', 'o3', ...Array.from({ length: 17 }, (_, index) => `o${index + 10}`)])

const EIT_2568: Item[] = Array.from({ length: 9 }, (_, index) => ({
  code: `e${index + 1}`, tool: 'EIT', indicator: null, subIndicator: null, title: null, titleUncertain: false,
  indicatorUncertain: false, sources: itemSources({}),
  issueGroups: index < 5 ? [1, 2] : index < 8 ? [2, 3] : [3],
}))

export const FY2568: CatalogueInput = {
  fiscalYear: 2568,
  toolWeights: TOOL_WEIGHTS,
  passMark: PASS_MARK,
  indicators: TEN_INDICATORS,
  subIndicators: OIT_SUB_INDICATORS,
  issueGroups: SEVEN_ISSUE_GROUPS,
  levelScheme: RESULT_SCHEME_FROM_2567,
  items: [
    ...iitItems({}, { source: SOURCE.carriedFrom2567.id, uncertain: true }),
    ...EIT_2568,
    ...OIT_2568.map(([code, title, titleUncertain, subIndicator, issueGroups]): Item => ({
      code, tool: 'OIT', indicator: null, subIndicator, title, titleUncertain,
      indicatorUncertain: false,
      sources: itemSources({ title: IN_RTRDA_CODE.has(code) ? RTRDA_HEADINGS.id : RTRDA_2568.id, subIndicator: SUBJECT_2568.id }),
      issueGroups,
    })),
  ],
  yearFacts: {
    toolWeights: { source: SOURCE.carriedFrom2567.id, uncertain: true },
    levelScheme: { source: SOURCE.upoitTool.id, uncertain: false },
  },
  // The action plan and its report by their titles (O25, O26); the committee's analysis and measures for
  // O27 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, which ITA.md has only as possible.
  evidence: [
    { product: 'analysis', items: ['o27'], source: RTRDA_2568.id, uncertain: true },
    { product: 'measures', items: ['o27'], source: RTRDA_2568.id, uncertain: true },
    { product: 'action-plan', items: ['o25'], source: RTRDA_HEADINGS.id, uncertain: true },
    { product: 'action-plan-report', items: ['o26'], source: RTRDA_HEADINGS.id, uncertain: true },
  ],
  sources: [RTRDA_2568, RTRDA_HEADINGS, SUBJECT_2568, SOURCE.carriedFrom2567, SOURCE.upoitTool],
  unknowns: [
    'IIT: assumed unchanged from 2567 (i1-i15, three per indicator); titles not public',
    'EIT: e1-e9 assumed as in 2567; split into indicators 6-8 and titles not known',
    'OIT: sub-indicators inferred from the items\' subjects; o2, o7 and o27 uncertain',
  ],
}
