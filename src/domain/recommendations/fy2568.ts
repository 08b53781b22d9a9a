import type { RecommendationLibraryInput } from './schema'
import { EIT_TOOL_TEXT, INDICATOR_TEXTS, OIT_ACTION_TEXT, SEED_002_ADAPTED, SEED_002_TEXTS, type EvidenceCodes } from './texts'

type Entry = RecommendationLibraryInput['recommendations'][number]

/**
 * 2568: the catalogue assumes IIT i1-i15 and EIT e1-e9 unchanged from 2567, so seed 002's texts for
 * them carry over, with the citations moved to the 2568 OIT items on the same subjects (hence
 * `seed-002-adapted`). Every 2568 OIT item is titled (ITA.md), so each has a text of its own.
 */
export const EVIDENCE_2568: EvidenceCodes = {
  manual: 'o8',
  serviceManual: 'o9',
  // 2568 has no Q&A item; ข้อมูลการติดต่อ is the contact channel.
  contact: 'o3',
  eService: 'o10',
  plan: 'o6',
  procurementProgress: 'o12',
  procurementReport: 'o13',
  hrReport: 'o15',
  ethics: 'o16',
  complaintsGuide: 'o17',
  complaintsChannel: 'o18',
  participation: 'o20',
  risk: 'o23',
}

const c = EVIDENCE_2568
const fromSeed = (code: keyof typeof SEED_002_TEXTS): Entry => ({ code, text: SEED_002_TEXTS[code](c), source: 'seed-002-adapted', basis: 'item' })
const adapted = (code: string, text: string): Entry => ({ code, text, source: 'seed-002-adapted', basis: 'item' })
const drafted = (code: string, action: string): Entry => ({ code, text: OIT_ACTION_TEXT(action, code), source: 'drafted', basis: 'item' })
const byIndicator = (code: string, indicator: number): Entry => ({ code, text: INDICATOR_TEXTS[indicator]!(c), source: 'drafted', basis: 'indicator' })
const eitTool = (code: string): Entry => ({ code, text: EIT_TOOL_TEXT(c), source: 'drafted', basis: 'tool' })

const IIT: Entry[] = [
  adapted('i1', SEED_002_ADAPTED.i1(c)),
  byIndicator('i2', 1), byIndicator('i3', 1),
  byIndicator('i4', 2), adapted('i5', SEED_002_ADAPTED.i5(c)), byIndicator('i6', 2),
  byIndicator('i7', 3), byIndicator('i8', 3), byIndicator('i9', 3),
  fromSeed('i10'), byIndicator('i11', 4), fromSeed('i12'),
  byIndicator('i13', 5), byIndicator('i14', 5), fromSeed('i15'),
]

const EIT: Entry[] = [
  eitTool('e1'), eitTool('e2'), eitTool('e3'),
  fromSeed('e4'), eitTool('e5'),
  adapted('e6', SEED_002_ADAPTED.e6(c)),
  fromSeed('e7'), fromSeed('e8'), eitTool('e9'),
]

const OIT: Entry[] = [
  drafted('o1', 'แสดงแผนผังโครงสร้างการแบ่งส่วนราชการ ตำแหน่งที่สำคัญ และอำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนด'),
  drafted('o2', 'แสดงข้อมูลผู้บริหารสูงสุดและผู้ดำรงตำแหน่งทางการบริหาร ได้แก่ ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ'),
  drafted('o3', 'แสดงที่อยู่ หมายเลขโทรศัพท์ ไปรษณีย์อิเล็กทรอนิกส์ แผนที่ตั้ง และช่องทางการติดต่อ - สอบถามข้อมูลที่มีลักษณะเป็นการสื่อสารสองทาง'),
  drafted('o4', 'จัดทำข่าวประชาสัมพันธ์เกี่ยวกับการดำเนินงานตามภารกิจของหน่วยงานอย่างสม่ำเสมอ'),
  drafted('o5', 'จัดทำแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่มีผลบังคับใช้ครอบคลุมปีที่ประเมิน'),
  adapted('o6', SEED_002_ADAPTED.onTime('แผนการดำเนินงานและการใช้งบประมาณประจำปีและรายงานความก้าวหน้าตามแผน', 'o6')),
  drafted('o7', 'จัดทำรายงานผลการดำเนินงานประจำปีที่แสดงผลการดำเนินงานตามแผน ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ'),
  adapted('o8', SEED_002_ADAPTED.manual('o8')),
  adapted('o9', SEED_002_ADAPTED.serviceManual('o9')),
  drafted('o10', 'จัดให้มีระบบการให้บริการออนไลน์ (E-Service) สำหรับงานบริการหลักของหน่วยงานที่ผู้รับบริการใช้งานได้จริง พร้อมประชาสัมพันธ์ให้บุคคลภายนอกทราบโดยทั่วถึง'),
  drafted('o11', 'จัดเก็บและสรุปข้อมูลสถิติการให้บริการตามภารกิจเป็นรายเดือนหรือรายไตรมาส'),
  adapted('o12', SEED_002_ADAPTED.procurement('รายการและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'o12')),
  adapted('o13', SEED_002_ADAPTED.procurement('รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'o13')),
  drafted('o14', 'จัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคลที่ครอบคลุมการสรรหา การพัฒนา การประเมินผลการปฏิบัติงาน และการให้คุณให้โทษตามหลักคุณธรรม'),
  adapted('o15', SEED_002_ADAPTED.onTime('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'o15')),
  adapted('o16', SEED_002_ADAPTED.ethicsDrive('o16')),
  drafted('o17', 'ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบให้ระบุขั้นตอน ผู้รับผิดชอบ ระยะเวลา และการคุ้มครองผู้ร้องเรียน'),
  drafted('o18', 'จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่สะดวก เข้าถึงได้ง่าย และเก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ'),
  drafted('o19', 'สรุปข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี ทั้งจำนวนเรื่อง เรื่องที่ดำเนินการแล้วเสร็จ และเรื่องที่อยู่ระหว่างดำเนินการ'),
  drafted('o20', 'เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจผ่านโครงการหรือกิจกรรม และเผยแพร่ผลการมีส่วนร่วมให้สาธารณชนรับทราบ'),
  drafted('o21', 'ให้ผู้บริหารประกาศเจตนารมณ์ตามนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) และจัดกิจกรรมสร้างวัฒนธรรมตามนโยบายดังกล่าว'),
  drafted('o22', 'จัดทำรายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ตามแบบที่กำหนด หากไม่มีการรับให้รายงานว่าไม่มี'),
  adapted('o23', SEED_002_ADAPTED.risk('o23')),
  drafted('o24', 'รายงานผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตที่กำหนดไว้จากการประเมินความเสี่ยง'),
  drafted('o25', 'จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีที่ระบุโครงการหรือกิจกรรม งบประมาณ ผู้รับผิดชอบ และระยะเวลาดำเนินการ'),
  drafted('o26', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ทั้งผลการดำเนินการ การใช้จ่ายงบประมาณ ปัญหา และอุปสรรค'),
  drafted('o27', 'นำผลการประเมิน ITA ของปีที่ผ่านมามาวิเคราะห์ และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานที่กำหนดผู้รับผิดชอบ ขั้นตอน และระยะเวลาดำเนินการ'),
]

export const RECOMMENDATIONS_2568: RecommendationLibraryInput = {
  fiscalYear: 2568,
  recommendations: [...IIT, ...EIT, ...OIT],
}
