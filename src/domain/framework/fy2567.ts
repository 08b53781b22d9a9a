import type { CatalogueInput } from './schema'
import { OIT_SUB_INDICATORS, PASS_MARK, RESULT_SCHEME_FROM_2567, SEVEN_ISSUE_GROUPS, SOURCE, TEN_INDICATORS, TOOL_WEIGHTS, itemSources } from './common'

type Item = CatalogueInput['items'][number]

/** IIT 2567: fifteen items, three per indicator (verified: seed 002's item means give its indicators 1, 2, 3, 5). */
const IIT_GROUPS_BY_INDICATOR: Record<number, number[]> = { 1: [1], 2: [5], 3: [6], 4: [4], 5: [7] }

/** Titles paraphrased from seed 002's narrative, hence uncertain; the rest are not public. */
const IIT_TITLES_2567: Record<string, string> = {
  i1: 'การปฏิบัติงานหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอนและระยะเวลา',
  i5: 'การมีส่วนร่วมในกระบวนการงบประมาณ',
  i10: 'การขอยืมทรัพย์สินของราชการไปใช้ปฏิบัติงานอย่างถูกต้อง',
  i12: 'การกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการเพื่อป้องกันการนำไปใช้ประโยชน์ส่วนตัว',
  i15: 'ความเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
}

/**
 * Fifteen IIT items, three per indicator. `indicatorSource` says where the split comes from and
 * whether it is only assumed for the year; titles come with their source and uncertainty.
 */
export function iitItems(
  titles: Record<string, { title: string; source: string; uncertain: boolean }>,
  indicator: { source: string; uncertain: boolean },
): Item[] {
  return Array.from({ length: 15 }, (_, index) => {
    const code = `i${index + 1}`
    const indicatorNo = Math.floor(index / 3) + 1
    const title = titles[code] ?? null
    return {
      code, tool: 'IIT', indicator: indicatorNo, subIndicator: null,
      title: title?.title ?? null, titleUncertain: title?.uncertain ?? false,
      indicatorUncertain: indicator.uncertain,
      sources: itemSources({ title: title?.source, indicator: indicator.source }),
      issueGroups: IIT_GROUPS_BY_INDICATOR[indicatorNo] ?? [],
    }
  })
}

function seedTitles(titles: Record<string, string>) {
  return Object.fromEntries(Object.entries(titles).map(([code, title]) => [code, { title, source: SOURCE.seed002.id, uncertain: true }]))
}

/**
 * EIT 2567: e1-e9 are printed in seed 002 but not their split into indicators 6-8 (no subset of the
 * printed scores averages to indicator 6), so `indicator` stays null. The issue groups are seed 002's.
 */
const EIT_2567: Array<[string, string | null, number[]]> = [
  ['e1', null, [1, 2]],
  ['e2', null, [1, 2]],
  ['e3', null, [1, 2]],
  ['e4', 'การใช้งานระบบการให้บริการออนไลน์ (E-Service) ของหน่วยงาน', [1, 2]],
  ['e5', null, [1, 2]],
  ['e6', 'หน่วยงานมีช่องทางเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย', [1, 2, 3]],
  ['e7', 'การเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงานหรือการให้บริการ', [1, 2, 3, 7]],
  ['e8', 'การปรับปรุงการดำเนินงานหรือโครงการเพื่อตอบสนองต่อประชาชนและส่วนรวม', [2, 3, 7]],
  ['e9', null, [3]],
]

/**
 * OIT 2567: codes o1-o35 as seed 002 prints and cites them. Titles printed by the seed are taken as
 * given; titles inferred from what the seed cites them for are marked uncertain. The split into
 * indicators 9 and 10 is not known, so OIT indicator scores come from the published figures.
 */
const OIT_2567: Array<[string, string | null, boolean, number[]]> = [
  ['o1', null, false, [3]], ['o2', null, false, [3]], ['o3', null, false, [3]], ['o4', null, false, [3]],
  ['o5', null, false, [3]], ['o6', 'Q&A', false, [3]], ['o7', null, false, [3]],
  ['o8', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', false, [3, 5]],
  ['o9', null, false, [3]],
  ['o10', 'คู่มือหรือแนวทางการปฏิบัติงาน', true, [1, 3, 4]],
  ['o11', null, false, [1, 5]], ['o12', null, false, [1, 5]], ['o13', null, false, [1, 5]],
  ['o14', 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', true, [1, 5]],
  ['o15', null, false, [2]],
  ['o16', 'ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', false, [2, 5]],
  ['o17', 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', false, [2, 5]],
  ['o18', 'E-Service', true, [2, 6]],
  ['o19', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', false, [5, 6]],
  ['o20', 'ประมวลจริยธรรม', true, [5, 6]],
  ['o21', 'การขับเคลื่อนจริยธรรม', false, [5, 6, 7]],
  ['o22', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', false, [5, 7]],
  ['o23', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', true, [7]],
  ['o24', null, false, []],
  ['o25', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', false, [2, 7]],
  ['o26', null, false, []], ['o27', null, false, []], ['o28', null, false, []], ['o29', null, false, []],
  ['o30', 'การประเมินความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน', false, [2, 7]],
  ['o31', null, false, []], ['o32', null, false, []], ['o33', null, false, []],
  ['o34', null, false, [4]], ['o35', null, false, [4]],
]

export const FY2567: CatalogueInput = {
  fiscalYear: 2567,
  toolWeights: TOOL_WEIGHTS,
  passMark: PASS_MARK,
  indicators: TEN_INDICATORS,
  subIndicators: OIT_SUB_INDICATORS,
  issueGroups: SEVEN_ISSUE_GROUPS,
  levelScheme: RESULT_SCHEME_FROM_2567,
  items: [
    ...iitItems(seedTitles(IIT_TITLES_2567), { source: SOURCE.seed002.id, uncertain: false }),
    ...EIT_2567.map(([code, title, issueGroups]): Item => ({
      code, tool: 'EIT', indicator: null, subIndicator: null, title, titleUncertain: title !== null,
      indicatorUncertain: false, sources: itemSources({ title: title === null ? null : SOURCE.seed002.id }), issueGroups,
    })),
    ...OIT_2567.map(([code, title, titleUncertain, issueGroups]): Item => ({
      code, tool: 'OIT', indicator: null, subIndicator: null, title, titleUncertain,
      indicatorUncertain: false, sources: itemSources({ title: title === null ? null : SOURCE.seed002.id }), issueGroups,
    })),
  ],
  yearFacts: {
    toolWeights: { source: SOURCE.seed002.id, uncertain: false },
    levelScheme: { source: SOURCE.upoitTool.id, uncertain: false },
  },
  evidence: [],
  sources: [SOURCE.seed002, SOURCE.upoitTool],
  unknowns: [
    'EIT e1-e9: the split into indicators 6, 7 and 8',
    'OIT o1-o35: the split into indicators 9 and 10 and most titles; the number of items after o35',
    'IIT titles: the NACC wording is not public; titles shown are paraphrased from seed 002',
  ],
}

