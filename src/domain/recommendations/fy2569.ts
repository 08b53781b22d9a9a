import type { RecommendationLibraryInput } from './schema'
import { EIT_TOOL_TEXT, INDICATOR_TEXTS, OIT_ACTION_TEXT, SEED_002_ADAPTED, SEED_002_TEXTS, type EvidenceCodes } from './texts'

type Entry = RecommendationLibraryInput['recommendations'][number]

/**
 * 2569: the catalogue assumes IIT i1-i15 and EIT e1-e9 as in 2567, so seed 002's texts for them carry
 * over with their citations moved to the 2569 OIT items on the same subjects (`seed-002-adapted`). Every
 * 2569 OIT item is titled (one agency's list, see the catalogue), so each has a text of its own; those
 * not taken from seed 002 are `drafted` from the item's title.
 */
export const EVIDENCE_2569: EvidenceCodes = {
  manual: 'o8',
  serviceManual: 'o9',
  // 2569 has no Q&A item; ข้อมูลการติดต่อและช่องทางการสอบถาม is the two-way channel.
  contact: 'o3',
  eService: 'o10',
  plan: 'o6',
  procurementProgress: 'o11',
  procurementReport: 'o12',
  hrReport: 'o14',
  ethics: 'o15',
  complaintsGuide: 'o16',
  complaintsChannel: 'o17',
  participation: 'o19',
  risk: 'o21',
}

const c = EVIDENCE_2569
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
  drafted('o1', 'แสดงแผนผังโครงสร้างการแบ่งส่วนราชการ ตำแหน่งที่สำคัญ และหน้าที่และอำนาจของหน่วยงานตามที่กฎหมายกำหนด'),
  drafted('o2', 'แสดงข้อมูลผู้บริหารสูงสุดและผู้ดำรงตำแหน่งทางการบริหาร ได้แก่ ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ'),
  drafted('o3', 'แสดงที่อยู่ หมายเลขโทรศัพท์ ไปรษณีย์อิเล็กทรอนิกส์ แผนที่ตั้ง และช่องทางการสอบถามข้อมูลที่มีลักษณะเป็นการสื่อสารสองทาง'),
  drafted('o4', 'จัดทำข่าวประชาสัมพันธ์เกี่ยวกับการดำเนินงานตามภารกิจของหน่วยงานอย่างสม่ำเสมอ'),
  drafted('o5', 'จัดทำแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่มีผลบังคับใช้ครอบคลุมปีที่ประเมิน'),
  adapted('o6', SEED_002_ADAPTED.onTime('แผนการดำเนินงานและการใช้งบประมาณประจำปีและรายงานความก้าวหน้าตามแผน', 'o6')),
  drafted('o7', 'จัดทำรายงานผลการดำเนินงานประจำปีที่แสดงผลการดำเนินงานตามแผน ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ'),
  adapted('o8', SEED_002_ADAPTED.manual('o8')),
  adapted('o9', SEED_002_ADAPTED.serviceManual('o9')),
  drafted('o10', 'จัดให้มีระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service) สำหรับงานบริการหลักของหน่วยงานที่ผู้รับบริการใช้งานได้จริง พร้อมประชาสัมพันธ์ให้บุคคลภายนอกทราบโดยทั่วถึง'),
  adapted('o11', SEED_002_ADAPTED.procurement('สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', 'o11')),
  adapted('o12', SEED_002_ADAPTED.procurement('รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน', 'o12')),
  drafted('o13', 'กำหนดหลักเกณฑ์และจัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคลที่ครอบคลุมการสรรหา การพัฒนา การประเมินผลการปฏิบัติงาน และการให้คุณให้โทษตามหลักคุณธรรม'),
  adapted('o14', SEED_002_ADAPTED.onTime('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', 'o14')),
  adapted('o15', SEED_002_ADAPTED.ethicsDrive('o15')),
  drafted('o16', 'ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบให้ระบุขั้นตอน ผู้รับผิดชอบ ระยะเวลา และการคุ้มครองผู้ร้องเรียน'),
  drafted('o17', 'จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่สะดวก เข้าถึงได้ง่าย และเก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ'),
  drafted('o18', 'สรุปข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ทั้งจำนวนเรื่อง เรื่องที่ดำเนินการแล้วเสร็จ และเรื่องที่อยู่ระหว่างดำเนินการ'),
  drafted('o19', 'เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจผ่านโครงการหรือกิจกรรม และรายงานผลการเปิดโอกาสให้มีส่วนร่วมให้สาธารณชนรับทราบ'),
  drafted('o20', 'ขับเคลื่อนนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) และเสริมสร้างความรู้แก่เจ้าหน้าที่เรื่องหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา'),
  adapted('o21', SEED_002_ADAPTED.risk('o21')),
  drafted('o22', 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตที่กำหนดไว้จากการประเมินความเสี่ยง'),
  drafted('o23', 'จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีที่ระบุโครงการหรือกิจกรรม งบประมาณ ผู้รับผิดชอบ และระยะเวลาดำเนินการ'),
  drafted('o24', 'รายงานผลการดำเนินการป้องกันการทุจริตตามแผน ทั้งผลการดำเนินการ การใช้จ่ายงบประมาณ ปัญหา และอุปสรรค'),
  drafted('o25', 'นำผลการประเมิน ITA ของปีที่ผ่านมามาวิเคราะห์จุดอ่อนรายข้อ และจัดทำมาตรการหรือแนวทางพัฒนาองค์กรที่กำหนดผู้รับผิดชอบ ขั้นตอน และระยะเวลาดำเนินการ'),
  drafted('o26', 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ทั้งผลการดำเนินการและผลลัพธ์ของแต่ละมาตรการ'),
]

export const RECOMMENDATIONS_2569: RecommendationLibraryInput = {
  fiscalYear: 2569,
  recommendations: [...IIT, ...EIT, ...OIT],
}

/** 2570 borrows the 2569 catalogue as a whole (nothing of 2570 is published), so its library too. */
export const RECOMMENDATIONS_2570: RecommendationLibraryInput = { ...RECOMMENDATIONS_2569, fiscalYear: 2570 }
