import type { CatalogueInput, CatalogueSource } from './schema'
import {
  OIT_SUB_INDICATORS, PASS_MARK, RESULT_SCHEME_FROM_2567, RTRDA_HEADINGS, SEVEN_ISSUE_GROUPS, SOURCE, TEN_INDICATORS, TOOL_WEIGHTS, itemSources,
} from './common'
import { iitItems } from './fy2567'

type Item = CatalogueInput['items'][number]

/** O2, O5, O6 and O7: the code changes no heading for them, so the site keeps its 2568 ones in 2569. */
const RTRDA_KEPT: CatalogueSource = {
  id: 'rtrda-kept-2568-heading', kind: 'inference', url: RTRDA_HEADINGS.url,
  label: 'RTRDA website code: heading not rewritten for 2569, so the 2568 heading is taken as still in use',
  note: 'The file rewrites only the headings that changed; O2, O5, O6 and O7 are not among them (their 2568 titles are ITA.md\'s record of the RTRDA list). Inferred, hence uncertain.',
}

const SUBJECT_2569: CatalogueSource = {
  id: 'inference-subject-2569', kind: 'inference', url: null,
  label: 'sub-indicator inferred from the item\'s subject, by the 2568 sub-indicator names',
  note: 'No 2569 source at hand maps items to sub-indicators 9.1-10.2 or to indicators 9 and 10.',
}

const CARRIED_IIT_EIT: CatalogueSource = {
  id: 'carried-iit-eit-from-2567', kind: 'inference', url: null,
  label: 'IIT i1-i15 and EIT e1-e9 assumed as in 2567',
  note: 'No public 2569 questionnaire was found; the 2567 item lists (seed 002) and the IIT split (three per indicator) are assumed.',
}

const WEIGHTS_ASSUMED: CatalogueSource = {
  id: 'weights-levels-assumed-2567', kind: 'inference', url: null,
  label: 'the 2567 tool weights (30/30/40) and result levels, assumed for this year',
  note: 'Nothing found for the year says otherwise; a 2568 press report (a total of 94.64 with EIT under 85 rated ผ่าน) agrees with the 2567 rule.',
}

/** [code, title, title source, title uncertain, sub-indicator, issue groups]. */
const OIT_2569: Array<[string, string, CatalogueSource, boolean, string, number[]]> = [
  ['o1', 'โครงสร้าง หน้าที่และอำนาจ', RTRDA_HEADINGS, false, '9.1', [3]],
  ['o2', 'ข้อมูลผู้บริหาร', RTRDA_KEPT, true, '9.1', [3]],
  ['o3', 'ข้อมูลการติดต่อและช่องทางการสอบถาม', RTRDA_HEADINGS, false, '9.1', [3]],
  ['o4', 'ข่าวประชาสัมพันธ์', RTRDA_HEADINGS, false, '9.1', [3]],
  ['o5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', RTRDA_KEPT, true, '9.2', [1, 5]],
  ['o6', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', RTRDA_KEPT, true, '9.2', [5]],
  ['o7', 'รายงานผลการดำเนินงานประจำปี', RTRDA_KEPT, true, '9.2', [1, 5]],
  ['o8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', RTRDA_HEADINGS, false, '9.2', [1, 4]],
  ['o9', 'คู่มือหรือแนวทางการขอรับบริการ', RTRDA_HEADINGS, false, '9.2', [1, 2]],
  ['o10', 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)', RTRDA_HEADINGS, false, '9.2', [2]],
  ['o11', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', RTRDA_HEADINGS, false, '9.3', [5]],
  ['o12', 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน', RTRDA_HEADINGS, false, '9.3', [5]],
  ['o13', 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล', RTRDA_HEADINGS, false, '9.4', [6]],
  ['o14', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', RTRDA_HEADINGS, false, '9.4', [6]],
  ['o15', 'ประมวลจริยธรรมการขับเคลื่อนจริยธรรม', RTRDA_HEADINGS, false, '9.5', [6, 7]],
  ['o16', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', RTRDA_HEADINGS, false, '9.5', [7]],
  ['o17', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', RTRDA_HEADINGS, false, '9.5', [2, 7]],
  ['o18', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', RTRDA_HEADINGS, false, '9.5', [7]],
  ['o19', 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน', RTRDA_HEADINGS, false, '9.5', [2, 3]],
  ['o20', 'การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ', RTRDA_HEADINGS, false, '10.1', [4, 7]],
  ['o21', 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ', RTRDA_HEADINGS, false, '10.1', [7]],
  ['o22', 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน', RTRDA_HEADINGS, false, '10.1', [7]],
  ['o23', 'แผนปฏิบัติการป้องกันการทุจริต', RTRDA_HEADINGS, false, '10.2', [7]],
  ['o24', 'รายงานผลการดำเนินการป้องกันการทุจริต', RTRDA_HEADINGS, false, '10.2', [7]],
  ['o25', 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', RTRDA_HEADINGS, false, '10.2', [1, 7]],
  ['o26', 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', RTRDA_HEADINGS, false, '10.2', [1, 7]],
]

/** EIT e1-e9 with the issue groups of the 2568 catalogue; indicator and titles unknown. */
export function eitItemsUnknown(): Item[] {
  return Array.from({ length: 9 }, (_, index) => ({
    code: `e${index + 1}`, tool: 'EIT', indicator: null, subIndicator: null, title: null, titleUncertain: false,
    indicatorUncertain: false, sources: itemSources({}),
    issueGroups: index < 5 ? [1, 2] : index < 8 ? [2, 3] : [3],
  }))
}

/**
 * ITA 2569 (the results committees hold in December 2569): OIT O1-O26 as one public organisation
 * publishes its 2569 evidence. Its sub-indicators are inferred, so the OIT items carry no indicator and
 * OIT indicator scores come from the published figures. What the app's own documents answer: the
 * analysis and the measures are published for O25, their follow-up for O26, the anti-corruption action
 * plan for O23 and its report for O24 (the titles say so; one agency's list, hence uncertain).
 */
export const FY2569: CatalogueInput = {
  fiscalYear: 2569,
  toolWeights: TOOL_WEIGHTS,
  passMark: PASS_MARK,
  indicators: TEN_INDICATORS,
  subIndicators: OIT_SUB_INDICATORS,
  issueGroups: SEVEN_ISSUE_GROUPS,
  levelScheme: RESULT_SCHEME_FROM_2567,
  items: [
    ...iitItems({}, { source: CARRIED_IIT_EIT.id, uncertain: true }),
    ...eitItemsUnknown(),
    ...OIT_2569.map(([code, title, titleSource, titleUncertain, subIndicator, issueGroups]): Item => ({
      code, tool: 'OIT', indicator: null, subIndicator, title, titleUncertain,
      indicatorUncertain: false, sources: itemSources({ title: titleSource.id, subIndicator: SUBJECT_2569.id }), issueGroups,
    })),
  ],
  yearFacts: {
    toolWeights: { source: WEIGHTS_ASSUMED.id, uncertain: true },
    levelScheme: { source: WEIGHTS_ASSUMED.id, uncertain: true },
  },
  evidence: [
    { product: 'analysis', items: ['o25'], source: RTRDA_HEADINGS.id, uncertain: true },
    { product: 'measures', items: ['o25'], source: RTRDA_HEADINGS.id, uncertain: true },
    { product: 'follow-up', items: ['o26'], source: RTRDA_HEADINGS.id, uncertain: true },
    { product: 'action-plan', items: ['o23'], source: RTRDA_HEADINGS.id, uncertain: true },
    { product: 'action-plan-report', items: ['o24'], source: RTRDA_HEADINGS.id, uncertain: true },
  ],
  sources: [RTRDA_HEADINGS, RTRDA_KEPT, SUBJECT_2569, CARRIED_IIT_EIT, WEIGHTS_ASSUMED, SOURCE.seed002, SOURCE.upoitTool],
  unknowns: [
    'IIT: the 2569 questionnaire is not public; i1-i15 (three per indicator) assumed as in 2567; titles not known',
    'EIT: e1-e9 assumed as in 2567; their split into indicators 6-8 and their titles are not known',
    'OIT: O1-O26 from one agency\'s published list, not the NACC\'s manual; O2, O5, O6, O7 inferred unchanged from 2568',
    'OIT: the split into indicators 9 and 10 and into sub-indicators is not known (sub-indicators shown are inferred)',
    'Tool weights and result levels: assumed as in 2567 (30/30/40)',
  ],
}
