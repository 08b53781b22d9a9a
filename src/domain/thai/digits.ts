/** Thai digits ๐-๙ and their Arabic counterparts, both ways. */

const THAI_ZERO = 0x0e50

/** Replaces every Thai digit (๐-๙) with its Arabic digit; other characters are kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO))
}

/** Replaces every Arabic digit (0-9) with its Thai digit; other characters are kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)))
}

export type DigitStyle = 'thai' | 'arabic'

/** Writes the digits of `text` in the chosen style. */
export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(text) : toArabicDigits(text)
}
