import type { LevelResult } from '@/domain/levels'
import { formatNumber, type DigitStyle } from '@/domain/thai'

/**
 * The rule that gave a level, in Thai: the band's conditions, and why each band above was not reached.
 * e.g. "คะแนนรวม 74.67 ถึงเกณฑ์ 70 คะแนนขึ้นไป จึงอยู่ในระดับ ต้องปรับปรุง; ไม่ถึงระดับ ผ่าน (ต้องได้ 85 ขึ้นไป)".
 */
export function describeLevelRule(level: LevelResult, digits: DigitStyle): string {
  const n = (value: number, decimals = 2) => formatNumber(value, { digits, decimals })
  const whole = (value: number) => formatNumber(value, { digits, decimals: Number.isInteger(value) ? 0 : 2 })
  const band = level.band
  let reached = band.minTotal > 0
    ? `คะแนนรวม ${n(level.total)} ถึงเกณฑ์ ${whole(band.minTotal)} คะแนนขึ้นไป`
    : `คะแนนรวม ${n(level.total)}`
  if (band.minEachTool !== null) reached += ` และทุกเครื่องมือ (IIT, EIT, OIT) ได้ ${whole(band.minEachTool)} ขึ้นไป`
  const nearest = level.notReached.at(-1)
  let missed = ''
  if (nearest) {
    const bar = nearest.band
    missed = nearest.shortOf === 'total'
      ? `ไม่ถึงระดับ ${bar.name} ซึ่งต้องได้ ${whole(bar.minTotal)} คะแนนขึ้นไป`
      : `ไม่ถึงระดับ ${bar.name} เพราะ ${nearest.shortOf.join(', ')} ได้ต่ำกว่า ${whole(bar.minEachTool ?? 0)}`
  }
  return `${reached} จึงอยู่ในระดับ “${level.name}”${missed ? ` (${missed})` : ''}`
}
