import type { RecommendationLibraryInput } from './schema'
import { INDICATOR_TEXTS, OIT_ACTION_TEXT, SEED_002_ADAPTED, type EvidenceCodes } from './texts'

type Entry = RecommendationLibraryInput['recommendations'][number]

/**
 * 2563-2565: the catalogue ships no IIT or EIT wording (i1-i30, six per indicator; e1-e15, five per
 * indicator), so those items get their indicator's text (basis `indicator`). The OIT titles are
 * known from secondary sources (o1-o43); each has a text of its own. Nothing here comes from a
 * 2563 document: seed 002 is a 2567 analysis, and only its generic notes on OIT reports are reused.
 */
export const EVIDENCE_2563: EvidenceCodes = {
  manual: 'o13',
  serviceManual: 'o14',
  contact: 'o8',
  eService: 'o17',
  plan: 'o18',
  procurementProgress: 'o23',
  procurementReport: 'o24',
  hrReport: 'o28',
  // 2563 has no code-of-ethics item; การเสริมสร้างวัฒนธรรมองค์กร is the nearest.
  ethics: 'o38',
  complaintsGuide: 'o29',
  complaintsChannel: 'o30',
  participation: 'o33',
  risk: 'o36',
}

const c = EVIDENCE_2563
const byIndicator = (code: string, indicator: number): Entry => ({ code, text: INDICATOR_TEXTS[indicator]!(c), source: 'drafted', basis: 'indicator' })
const drafted = (code: string, action: string): Entry => ({ code, text: OIT_ACTION_TEXT(action, code), source: 'drafted', basis: 'item' })
const adapted = (code: string, text: string): Entry => ({ code, text, source: 'seed-002-adapted', basis: 'item' })

const IIT: Entry[] = Array.from({ length: 30 }, (_, index) => byIndicator(`i${index + 1}`, Math.floor(index / 6) + 1))
const EIT: Entry[] = Array.from({ length: 15 }, (_, index) => byIndicator(`e${index + 1}`, Math.floor(index / 5) + 6))

const OIT: Entry[] = [
  drafted('o1', 'แสดงแผนผังโครงสร้างการแบ่งส่วนราชการและตำแหน่งที่สำคัญของหน่วยงาน'),
  drafted('o2', 'แสดงข้อมูลผู้บริหารสูงสุดและผู้ดำรงตำแหน่งทางการบริหาร ได้แก่ ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ'),
  drafted('o3', 'แสดงอำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนด'),
  drafted('o4', 'จัดทำแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่มีผลบังคับใช้ครอบคลุมปีที่ประเมิน'),
  drafted('o5', 'แสดงที่อยู่ หมายเลขโทรศัพท์ ไปรษณีย์อิเล็กทรอนิกส์ และแผนที่ตั้งของหน่วยงาน'),
  drafted('o6', 'รวบรวมกฎหมายที่เกี่ยวข้องกับการดำเนินงานของหน่วยงานให้เป็นปัจจุบัน'),
  drafted('o7', 'จัดทำข่าวประชาสัมพันธ์เกี่ยวกับการดำเนินงานตามภารกิจของหน่วยงานอย่างสม่ำเสมอ'),
  adapted('o8', SEED_002_ADAPTED.qa('o8')),
  drafted('o9', 'มีช่องทาง Social Network ของหน่วยงานที่ใช้งานได้และเชื่อมโยงจากเว็บไซต์ของหน่วยงาน'),
  drafted('o10', 'จัดทำแผนดำเนินงานประจำปีที่ระบุโครงการหรือกิจกรรม งบประมาณ และระยะเวลาดำเนินการ'),
  adapted('o11', SEED_002_ADAPTED.onTime('รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน', 'o11')),
  adapted('o12', SEED_002_ADAPTED.onTime('รายงานผลการดำเนินงานประจำปี', 'o12')),
  drafted('o13', 'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่ที่กำหนดผู้รับผิดชอบ ขั้นตอน และระยะเวลาให้ชัดเจน'),
  drafted('o14', 'จัดทำคู่มือหรือมาตรฐานการให้บริการที่ระบุขั้นตอน ระยะเวลา และเอกสารที่ต้องใช้'),
  drafted('o15', 'จัดเก็บและสรุปข้อมูลเชิงสถิติการให้บริการตามภารกิจ'),
  drafted('o16', 'สำรวจความพึงพอใจของผู้รับบริการและรายงานผลการสำรวจพร้อมแนวทางปรับปรุง'),
  drafted('o17', 'จัดให้มีระบบการให้บริการออนไลน์ (E-Service) สำหรับงานบริการหลักของหน่วยงานที่ผู้รับบริการใช้งานได้จริง'),
  drafted('o18', 'จัดทำแผนการใช้จ่ายงบประมาณประจำปีที่แสดงงบประมาณตามแผนงานหรือโครงการ'),
  adapted('o19', SEED_002_ADAPTED.onTime('รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน', 'o19')),
  adapted('o20', SEED_002_ADAPTED.onTime('รายงานผลการใช้จ่ายงบประมาณประจำปี', 'o20')),
  drafted('o21', 'จัดทำแผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุประจำปี'),
  drafted('o22', 'ประกาศการจัดซื้อจัดจ้างหรือการจัดหาพัสดุตามที่กฎหมายกำหนดให้ครบทุกรายการ'),
  adapted('o23', SEED_002_ADAPTED.procurement('สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', 'o23')),
  adapted('o24', SEED_002_ADAPTED.procurement('รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'o24')),
  drafted('o25', 'จัดทำนโยบายการบริหารทรัพยากรบุคคลที่ผู้บริหารสูงสุดให้ความเห็นชอบ'),
  drafted('o26', 'ดำเนินการตามนโยบายการบริหารทรัพยากรบุคคลและสรุปผลการดำเนินการในปีที่ประเมิน'),
  drafted('o27', 'กำหนดหลักเกณฑ์การสรรหา การพัฒนา การประเมินผล และการให้คุณให้โทษบุคลากรตามหลักคุณธรรม'),
  adapted('o28', SEED_002_ADAPTED.onTime('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'o28')),
  drafted('o29', 'ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตให้ระบุขั้นตอน ผู้รับผิดชอบ ระยะเวลา และการคุ้มครองผู้ร้องเรียน'),
  drafted('o30', 'จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตที่สะดวก เข้าถึงได้ง่าย และเก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ'),
  drafted('o31', 'สรุปข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี ทั้งจำนวนเรื่องและผลการดำเนินการ'),
  drafted('o32', 'จัดให้มีช่องทางการรับฟังความคิดเห็นของผู้รับบริการและประชาชนที่ใช้งานได้จริง'),
  drafted('o33', 'เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจผ่านโครงการหรือกิจกรรม และเผยแพร่ผลการมีส่วนร่วม'),
  drafted('o34', 'ให้ผู้บริหารสูงสุดแสดงเจตจำนงว่าจะบริหารงานอย่างซื่อสัตย์สุจริต'),
  drafted('o35', 'ให้ผู้บริหารมีส่วนร่วมในการเสริมสร้างวัฒนธรรมองค์กรและการป้องกันการทุจริต และบันทึกผลการดำเนินการ'),
  adapted('o36', SEED_002_ADAPTED.risk('o36')),
  drafted('o37', 'ดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตที่กำหนดไว้ และรายงานผลการดำเนินการ'),
  drafted('o38', 'จัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กรให้บุคลากรมีทัศนคติและค่านิยมในการปฏิบัติงานอย่างซื่อสัตย์สุจริต'),
  drafted('o39', 'จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีที่ระบุโครงการหรือกิจกรรม งบประมาณ และระยะเวลาดำเนินการ'),
  adapted('o40', SEED_002_ADAPTED.onTime('รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน', 'o40')),
  adapted('o41', SEED_002_ADAPTED.onTime('รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'o41')),
  drafted('o42', 'นำผลการประเมิน ITA ของปีที่ผ่านมามาวิเคราะห์ และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
  drafted('o43', 'ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานและรายงานผลการดำเนินการ'),
]

export const RECOMMENDATIONS_2563: RecommendationLibraryInput = {
  fiscalYear: 2563,
  recommendations: [...IIT, ...EIT, ...OIT],
}
