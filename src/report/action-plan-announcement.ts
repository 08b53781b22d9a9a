import { formatThaiDate, withDigits, type DigitStyle } from '@/domain/thai'
import type { Organization } from '@/domain/workspace'
import type { Report, ReportBlock } from './model'

export interface AnnouncementInput {
  organization: Organization
  /** The fiscal year (BE) the plan runs in. */
  fiscalYear: number
  announcement: {
    /** CE `YYYY-MM-DD`; null prints a blank to fill in by hand. */
    date: string | null
    signerName: string
    signerPosition: string
    /** Days the plan stays on display (at least 30). */
    displayDays: number
  }
  digits: DigitStyle
}

const BLANK = '......................................................'

/**
 * The announcement putting the plan into use, as seed 003 prints it: ประกาศ <organisation>, เรื่อง
 * ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ..., the purpose, the display of at least
 * `displayDays` days, the date ("ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙") and the signer.
 */
export function buildAnnouncementReport(input: AnnouncementInput): Report {
  const { organization, fiscalYear, announcement, digits } = input
  const d = (text: string | number) => withDigits(String(text), digits)
  const year = d(fiscalYear)
  const plan = `แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ${year}`
  const blocks: ReportBlock[] = [
    { type: 'title', lines: [`ประกาศ${organization.name}`, `เรื่อง ประกาศใช้${plan}`, '------------------------------'] },
    {
      type: 'paragraph', indent: true,
      text: `ด้วย${organization.name} ได้จัดทำ${plan} เพื่อนำแผนปฏิบัติการป้องกันการทุจริตไปใช้ปฏิบัติให้เกิดเป็นรูปธรรม `
        + 'สร้างองค์กรให้มีความโปร่งใส คุณธรรม จริยธรรม ธรรมาภิบาล ปฏิบัติราชการด้วยความซื่อสัตย์ สุจริต เป็นธรรม และเสมอภาค '
        + 'เพื่อป้องกันการทุจริตและประพฤติมิชอบ สร้างจิตสำนึกที่ดีในการให้บริการ ทำให้การบริหารราชการเกิดความโปร่งใส '
        + 'ตลอดจนเปิดโอกาสให้ประชาชนได้มีส่วนร่วมในการป้องกันการทุจริตและประพฤติมิชอบ',
    },
    {
      type: 'paragraph', indent: true,
      text: `เพื่อเป็นการเผยแพร่และประชาสัมพันธ์${plan} ให้ทราบโดยทั่วกัน ${organization.name} `
        + `จึงขอประกาศใช้${plan} ไว้โดยเปิดเผยไม่น้อยกว่า ${d(announcement.displayDays)} วัน`,
    },
    { type: 'paragraph', indent: true, text: 'จึงขอประกาศมาเพื่อทราบโดยทั่วกัน' },
    { type: 'paragraph', indent: true, text: `ประกาศ ณ วันที่ ${announcementDate(announcement.date, digits)}` },
    {
      type: 'signatures',
      signers: [{ role: '', name: announcement.signerName, position: announcement.signerPosition || `${BLANK}` }],
    },
  ]
  return {
    title: `ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ${year} ${organization.shortName || organization.name}`,
    digits,
    sections: [{ orientation: 'portrait', blocks }],
    textSheetName: 'ประกาศ',
  }
}

/** `2026-02-27` -> `๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๙`, as the announcement writes it; blanks when not set. */
export function announcementDate(date: string | null, digits: DigitStyle): string {
  if (!date) return withDigits('...... เดือน .................... พ.ศ. ..........', digits)
  const [day, month, year] = formatThaiDate(date, { digits }).split(' ')
  return `${day} เดือน ${month} พ.ศ. ${year}`
}
