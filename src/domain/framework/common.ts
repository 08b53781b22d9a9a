import type { CatalogueInput, CatalogueSource, ItemSources, LevelScheme } from './schema'

/**
 * What every shipped year shares: the ten indicators, the OIT sub-indicators, the seven issue groups
 * (seed 002, section 3), the tool weights and the two level schemes. Sources: ../shared/domain/ITA.md.
 */

export const TEN_INDICATORS: CatalogueInput['indicators'] = [
  { no: 1, name: 'การปฏิบัติหน้าที่', tool: 'IIT' },
  { no: 2, name: 'การใช้งบประมาณ', tool: 'IIT' },
  { no: 3, name: 'การใช้อำนาจ', tool: 'IIT' },
  { no: 4, name: 'การใช้ทรัพย์สินของราชการ', tool: 'IIT' },
  { no: 5, name: 'การแก้ไขปัญหาการทุจริต', tool: 'IIT' },
  { no: 6, name: 'คุณภาพการดำเนินงาน', tool: 'EIT' },
  { no: 7, name: 'ประสิทธิภาพการสื่อสาร', tool: 'EIT' },
  { no: 8, name: 'การปรับปรุงการทำงาน', tool: 'EIT', formerNames: ['การปรับปรุงระบบการทำงาน'] },
  { no: 9, name: 'การเปิดเผยข้อมูล', tool: 'OIT' },
  { no: 10, name: 'การป้องกันการทุจริต', tool: 'OIT' },
]

export const OIT_SUB_INDICATORS: CatalogueInput['subIndicators'] = [
  { code: '9.1', indicator: 9, name: 'ข้อมูลพื้นฐาน' },
  { code: '9.2', indicator: 9, name: 'การบริหารงานและการใช้จ่ายงบประมาณ' },
  { code: '9.3', indicator: 9, name: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ' },
  { code: '9.4', indicator: 9, name: 'การบริหารและพัฒนาทรัพยากรบุคคล' },
  { code: '9.5', indicator: 9, name: 'การส่งเสริมความโปร่งใส' },
  { code: '10.1', indicator: 10, name: 'การดำเนินการเพื่อป้องกันการทุจริต (ประเด็นสินบน)' },
  { code: '10.2', indicator: 10, name: 'การส่งเสริมคุณธรรมและความโปร่งใส' },
]

export const SEVEN_ISSUE_GROUPS: CatalogueInput['issueGroups'] = [
  { no: 1, name: 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ' },
  { no: 2, name: 'การให้บริการและระบบ E-Service' },
  { no: 3, name: 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ' },
  { no: 4, name: 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ' },
  { no: 5, name: 'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง' },
  { no: 6, name: 'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล' },
  { no: 7, name: 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน' },
]

export const TOOL_WEIGHTS = { IIT: 0.3, EIT: 0.3, OIT: 0.4 }

export const PASS_MARK = 85

/** Up to fiscal year 2566: grades AA-F on the total alone; pass = 85 (A and AA). */
export const GRADE_SCHEME_TO_2566: LevelScheme = {
  id: 'grade-aa-f',
  source: 'NACC ITA manuals 2563-2566; verified on ../shared/data/ita2563-faculties (39 units)',
  bands: [
    { name: 'AA', minTotal: 95, minEachTool: null, passed: true },
    { name: 'A', minTotal: 85, minEachTool: null, passed: true },
    { name: 'B', minTotal: 75, minEachTool: null, passed: false },
    { name: 'C', minTotal: 65, minEachTool: null, passed: false },
    { name: 'D', minTotal: 55, minEachTool: null, passed: false },
    { name: 'E', minTotal: 50, minEachTool: null, passed: false },
    { name: 'F', minTotal: 0, minEachTool: null, passed: false },
  ],
}

/** From fiscal year 2567: five result levels with per-tool conditions for the top two. */
export const RESULT_SCHEME_FROM_2567: LevelScheme = {
  id: 'result-2567',
  source: 'NACC ITA 2567 framework, as implemented in pongvarid/upoit src/plugins/tool.ts; seed 002 (74.67 -> ต้องปรับปรุง)',
  bands: [
    { name: 'ผ่านดีเยี่ยม', minTotal: 95, minEachTool: 95, passed: true },
    { name: 'ผ่านดี', minTotal: 85, minEachTool: 85, passed: true },
    { name: 'ผ่าน', minTotal: 85, minEachTool: null, passed: true },
    { name: 'ต้องปรับปรุง', minTotal: 70, minEachTool: null, passed: false },
    { name: 'ต้องปรับปรุงโดยด่วน', minTotal: 0, minEachTool: null, passed: false },
  ],
}

/**
 * Sources several catalogues cite. Each catalogue lists the ones its facts refer to (validation checks
 * every referenced id is listed), so a screen can name the source of every title, indicator and
 * sub-indicator.
 */
export const SOURCE = {
  seed002: {
    id: 'seed-002', kind: 'seed', url: null,
    label: 'seed 002: อบต.หนองซอน, ITA 2567 result analysis and measures for 2568',
    note: 'Prints item scores (i1-i15, e1-e9, o1-o35), some OIT titles, seven issue-group tables and narratives; its item means reproduce its IIT indicators 1, 2, 3 and 5 and its ten indicators give its total 74.67 under 30/30/40.',
  },
  seed003: {
    id: 'seed-003', kind: 'seed', url: null,
    label: 'seed 003: อบต.บ้านแหง, anti-corruption action plan 2569',
    note: 'Cites the 2563-2566 OIT codes o29-o31 for complaint handling.',
  },
  faculties2563: {
    id: 'ita2563-faculties', kind: 'nacc', url: null,
    label: 'ITA 2563 published results of 39 university units (shared data set)',
    note: 'Indicator scores, totals and grades; the AA-F bands and 30/30/40 hold to 0.01 on all 39.',
  },
  upoitTool: {
    id: 'upoit-tool', kind: 'code', url: 'https://github.com/pongvarid/upoit/blob/master/src/plugins/tool.ts',
    label: 'pongvarid/upoit src/plugins/tool.ts (an open-source ITA tool)',
    note: 'Implements the 2567 result levels (ผ่านดีเยี่ยม/ผ่านดี need each tool at 95/85) and the 30/30/40 weights; a peer, not the NACC.',
  },
  carriedFrom2567: {
    id: 'carried-from-2567', kind: 'inference', url: null,
    label: 'assumed unchanged from the 2567 catalogue',
    note: 'No public text of the year gives this fact; the 2567 one is used and marked uncertain.',
  },
} as const satisfies Record<string, CatalogueSource>

/** The sources of an item's facts, each null unless given. */
export function itemSources(sources: Partial<ItemSources>): ItemSources {
  return { title: sources.title ?? null, indicator: sources.indicator ?? null, subIndicator: sources.subIndicator ?? null }
}

/**
 * The public repository of the RTRDA's (สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง, a public organisation)
 * website: a file that rewrites the site's ITA page from its 2568 headings to its 2569 ones, pair by pair.
 */
export const RTRDA_HEADINGS = {
  id: 'rtrda-headings-code', kind: 'agency',
  url: 'https://github.com/rtrdasmartrailway/web-app-rtrda/blob/8f9819feb07ef6b65a59a9dc311f4c4fb7034b9b/src/lib/wp/ita-headings-override.ts',
  label: 'RTRDA website code: src/lib/wp/ita-headings-override.ts (its ITA page, 2568 headings -> 2569 headings)',
  note: 'ITA_HEADING_REPLACEMENTS pairs each 2568 OIT heading of the site with its 2569 one for O1, O3, O10-O26; '
    + 'its link lists name O4, O8-O26 under the 2569 section. One agency\'s evidence list, not the NACC\'s manual; '
    + 'year suffixes (ประจำปีงบประมาณ พ.ศ. ...) and the ministry\'s name are left out of the titles here.',
} as const satisfies CatalogueSource

