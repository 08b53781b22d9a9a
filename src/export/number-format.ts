import type { DigitStyle } from '@/domain/thai'

/**
 * Excel's number format for a figure: `[$-D00041E]` is the Thai locale with Thai digits, so a score reads
 * ๙๐.๕๐ as in the printed report while its value stays 90.5 and sums in Excel. No SheetJS here, so the
 * writers that load SheetJS lazily can share it without pulling SheetJS in.
 */
export function excelNumberFormat(decimals: number, digits: DigitStyle): string {
  const pattern = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'
  return digits === 'thai' ? `[$-D00041E]${pattern}` : pattern
}
