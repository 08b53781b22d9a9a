import type { RecommendationLibraryInput } from './schema'
import { withUntitled } from './entries'
import { EIT_TOOL_TEXT, INDICATOR_TEXTS, OIT_ACTION_TEXT, OIT_UNTITLED_TEXT, SEED_002_ADAPTED, SEED_002_TEXTS, type EvidenceCodes } from './texts'

type Entry = RecommendationLibraryInput['recommendations'][number]

/**
 * 2567: seed 002 is an analysis of a 2567 result, so its citations are 2567 codes: o10 the
 * operations manual, o18 E-Service, o20 ethics, o22/o23 complaints, o25 participation, o6 the Q&A
 * contact channel. o8, o16, o17, o19, o30 are titled by the seed itself.
 */
export const EVIDENCE_2567: EvidenceCodes = {
  manual: 'o10',
  // 2567's service manual item is not known; the operations manual stands in for it.
  serviceManual: 'o10',
  contact: 'o6',
  eService: 'o18',
  plan: 'o8',
  procurementProgress: 'o16',
  procurementReport: 'o17',
  hrReport: 'o19',
  ethics: 'o20',
  complaintsGuide: 'o22',
  complaintsChannel: 'o23',
  participation: 'o25',
  risk: 'o30',
}

const c = EVIDENCE_2567
const seed = (code: keyof typeof SEED_002_TEXTS): Entry => ({ code, text: SEED_002_TEXTS[code](c), source: 'seed-002', basis: 'item' })
const adapted = (code: string, text: string): Entry => ({ code, text, source: 'seed-002-adapted', basis: 'item' })
const drafted = (code: string, text: string): Entry => ({ code, text, source: 'drafted', basis: 'item' })
const byIndicator = (code: string, indicator: number): Entry => ({ code, text: INDICATOR_TEXTS[indicator]!(c), source: 'drafted', basis: 'indicator' })
const eitTool = (code: string): Entry => ({ code, text: EIT_TOOL_TEXT(c), source: 'drafted', basis: 'tool' })
const oitUntitled = (code: string): Entry => ({ code, text: OIT_UNTITLED_TEXT(code), source: 'drafted', basis: 'tool' })

const IIT: Entry[] = [
  adapted('i1', SEED_002_ADAPTED.i1(c)),
  byIndicator('i2', 1), byIndicator('i3', 1),
  byIndicator('i4', 2), adapted('i5', SEED_002_ADAPTED.i5(c)), byIndicator('i6', 2),
  byIndicator('i7', 3), byIndicator('i8', 3), byIndicator('i9', 3),
  seed('i10'), byIndicator('i11', 4), seed('i12'),
  byIndicator('i13', 5), byIndicator('i14', 5), seed('i15'),
]

const EIT: Entry[] = [
  eitTool('e1'), eitTool('e2'), eitTool('e3'),
  seed('e4'), eitTool('e5'),
  adapted('e6', SEED_002_ADAPTED.e6(c)),
  seed('e7'), seed('e8'), eitTool('e9'),
]

/** OIT items the 2567 catalogue titles; the others get the text every disclosure item shares. */
const OIT_TITLED: Entry[] = [
  adapted('o6', SEED_002_ADAPTED.qa('o6')),
  adapted('o8', SEED_002_ADAPTED.onTime('แผนและรายงานความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 'o8')),
  adapted('o10', SEED_002_ADAPTED.manual('o10')),
  adapted('o14', SEED_002_ADAPTED.incomplete('การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'o14')),
  adapted('o16', SEED_002_ADAPTED.procurement('ข้อมูลความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'o16')),
  adapted('o17', SEED_002_ADAPTED.procurement('รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'o17')),
  drafted('o18', OIT_ACTION_TEXT('จัดให้มีระบบการให้บริการออนไลน์ (E-Service) สำหรับงานบริการหลักของหน่วยงานที่ผู้รับบริการใช้งานได้จริง พร้อมประชาสัมพันธ์ให้บุคคลภายนอกทราบโดยทั่วถึง', 'o18')),
  adapted('o19', SEED_002_ADAPTED.onTime('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'o19')),
  drafted('o20', OIT_ACTION_TEXT('จัดทำและประกาศประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐของหน่วยงาน และสร้างจิตสำนึกให้บุคลากรแยกแยะผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม', 'o20')),
  adapted('o21', SEED_002_ADAPTED.ethicsDrive('o21')),
  drafted('o22', OIT_ACTION_TEXT('ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบให้ระบุขั้นตอน ผู้รับผิดชอบ ระยะเวลา และการคุ้มครองผู้ร้องเรียน', 'o22')),
  drafted('o23', OIT_ACTION_TEXT('จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่สะดวก เข้าถึงได้ง่าย และเก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ', 'o23')),
  drafted('o25', OIT_ACTION_TEXT('เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจผ่านโครงการหรือกิจกรรม และเผยแพร่ผลการมีส่วนร่วมให้สาธารณชนรับทราบ', 'o25')),
  adapted('o30', SEED_002_ADAPTED.risk('o30')),
]

// A titled entry outside o1-o35 would show up as an extra recommendation when the library is checked.
const OIT: Entry[] = withUntitled(OIT_TITLED, 35, oitUntitled)

export const RECOMMENDATIONS_2567: RecommendationLibraryInput = {
  fiscalYear: 2567,
  recommendations: [...IIT, ...EIT, ...OIT],
}
