import {
  AlignmentType, Document, Header, HeadingLevel, NumberFormat, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx'
import type { Report, ReportBlock, TableBlock } from '@/report/model'

/**
 * Writes a report as a real Word document: Heading 1/2 styles for the section headings, real tables
 * with a header row that repeats on every page and rows that do not split, portrait and landscape
 * sections, page numbers at the top centre (in Thai digits when the report's are). Thai government documents are typed in TH SarabunPSK
 * 16 pt, the font Word users in agencies have; the printed PDF uses the bundled Sarabun.
 */

const FONT = 'TH SarabunPSK'
const FONT_ALL = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }
/** Half-points: 16 pt body, 14 pt in tables. */
const BODY = 32
const TABLE = 28
/** Twips: 1 cm = 567. Top 2.5 cm, right 2 cm, bottom 2 cm, left 3 cm. */
const MARGIN = { top: 1418, right: 1134, bottom: 1134, left: 1701 }

function run(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, bold: options.bold, font: FONT_ALL, size: options.size ?? BODY, sizeComplexScript: options.size ?? BODY, boldComplexScript: options.bold })
}

function table(block: TableBlock): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column) => new TableCell({
      width: { size: (column.width / total) * 100, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(column.header, { bold: true, size: TABLE })] })],
    })),
  })
  const rows = block.rows.map((row) => new TableRow({
    cantSplit: true,
    children: row.map((entry, index) => {
      const column = block.columns[index]
      const alignment = column?.align === 'right' ? AlignmentType.RIGHT : column?.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT
      return new TableCell({
        children: entry.lines.map((line) => new Paragraph({ alignment, children: [run(line, { bold: entry.bold, size: TABLE })] })),
      })
    }),
  }))
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } })
}

function blockToDocx(block: ReportBlock): Array<Paragraph | Table> {
  switch (block.type) {
    case 'title':
      return block.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { bold: true })] }))
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [run(block.text, { bold: true })] })]
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.THAI_DISTRIBUTE, indent: block.indent ? { firstLine: 1418 } : undefined, children: [run(block.text)] })]
    case 'list':
      return block.items.map((item) => new Paragraph({ indent: { left: 567 }, children: [run(item)] }))
    case 'table':
      return [table(block), new Paragraph({ children: [] })]
    case 'chart':
      // The figures of the chart are in the indicator table just before it.
      return []
    case 'signatures':
      return block.signers.flatMap((signer) => [
        new Paragraph({ children: [] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`ลงชื่อ ...................................................... ${signer.role}`)] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`( ${signer.name || '......................................................'} )`)] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`ตำแหน่ง ${signer.position || '......................................................'}`)] }),
      ])
  }
}

export function reportToDocument(report: Report): Document {
  const sections: ISectionOptions[] = report.sections.map((section) => ({
    properties: {
      page: {
        size: { orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: MARGIN,
        // Word draws the page number itself, so the digits are a section property, not text.
        pageNumbers: { formatType: report.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
      },
    },
    headers: {
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], font: FONT_ALL, size: TABLE, sizeComplexScript: TABLE })] })] }),
    },
    children: section.blocks.flatMap(blockToDocx),
  }))
  return new Document({
    title: report.title,
    creator: 'ITA วิเคราะห์ผลและมาตรการ',
    styles: {
      default: {
        document: { run: { font: FONT_ALL, size: BODY, sizeComplexScript: BODY } },
        heading1: { run: { font: FONT_ALL, size: BODY, sizeComplexScript: BODY, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT_ALL, size: BODY, sizeComplexScript: BODY, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
    },
    sections,
  })
}

/** The .docx bytes of a report. */
export async function reportToDocx(report: Report): Promise<Blob> {
  return Packer.toBlob(reportToDocument(report))
}

/** The .docx bytes of a report, in Node (tests, CLI). */
export async function reportToDocxBuffer(report: Report): Promise<Uint8Array> {
  return Packer.toBuffer(reportToDocument(report))
}
