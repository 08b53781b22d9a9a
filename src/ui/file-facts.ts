import type { SplitResult } from '@/domain/indicator-split'
import type { FileFactRef } from '@/domain/catalogue-overrides'

/** Thai wording of what an imported file teaches the catalogue (src/domain/file-facts.ts, indicator-split.ts). */

const TOOL_INDICATORS: Readonly<Record<SplitResult['tool'], string>> = { IIT: '1-5', EIT: '6-8', OIT: '9-10' }

/** Where a fact was read, as the preview cites it. */
export function fileFactPlace(ref: FileFactRef): string {
  if (ref.sheet === null && ref.row === null) return `คะแนนทั้งชุดในไฟล์ ${ref.file}`
  return [ref.file, ref.sheet === null ? null : `แผ่นงาน ${ref.sheet}`, ref.row === null ? null : `แถว ${ref.row}`].filter(Boolean).join(' ')
}

/** One line per searched tool: which split of its items into indicators reproduces the published figures. */
export function splitOutcomeText(result: SplitResult): string {
  const head = `${result.tool} (ตัวชี้วัด ${TOOL_INDICATORS[result.tool]})`
  switch (result.outcome) {
    case 'unique': {
      const groups = result.fits[0]!.groups.map((group) => `ตัวชี้วัดที่ ${group.indicator}: ${group.items.join(', ')}`).join('; ')
      const how = result.stage === 'consecutive' ? 'แบ่งตามลำดับข้อ' : 'แบ่งแบบไม่เรียงลำดับข้อ'
      return `${head}: พบการจัดข้อเข้าตัวชี้วัดแบบเดียวที่ได้คะแนนตรงกับที่ประกาศทุกตัวชี้วัด (${how}) ${groups}`
    }
    case 'several':
      return `${head}: มีการจัดข้อเข้าตัวชี้วัดได้มากกว่าหนึ่งแบบที่ได้คะแนนตรงกับที่ประกาศ จึงไม่เสนอแบบใด`
    case 'none':
      return `${head}: ไม่มีการจัดข้อเข้าตัวชี้วัดแบบใดที่ได้คะแนนตรงกับที่ประกาศ (ต่างกันไม่เกิน 0.01)`
    case 'too-many':
      return `${head}: ไม่มีการแบ่งตามลำดับข้อที่ตรงกับที่ประกาศ และแบบอื่นมีมากเกินกว่าจะค้นได้ (${result.partitions.toLocaleString('th-TH')} แบบ)`
    case 'incomplete':
      return result.missingIndicators.length > 0
        ? `${head}: ไฟล์ไม่มีคะแนนตัวชี้วัดที่ ${result.missingIndicators.join(', ')} จึงค้นการจัดข้อไม่ได้`
        : `${head}: ไฟล์ไม่มีคะแนนข้อ ${result.missingItems.join(', ')} จึงค้นการจัดข้อไม่ได้`
  }
}
