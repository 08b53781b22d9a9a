import { toArabicDigits } from './thai/digits'
import type { Tool } from './framework/schema'

/**
 * Item codes as real documents write them -> the canonical form: a lower-case tool letter and an
 * Arabic number without leading zeros (`i1`, `e4`, `o11`).
 *
 * Accepted: `i1`, `I1`, `ข้อ i๑`, `ข้อที่ i1`, `IIT 1`, `IIT-1`, `e๔`, `o11`, `O11`, `O 011`, `(๐๒๙)`,
 * `๐๑๑` and `011` (a leading zero, Thai or Arabic, stands for the letter o: o11), `ข้อ ๐๓๔`.
 * A bare number (`12`) is not an item code: it is ambiguous (indicator or item) and returns null.
 */
export function normaliseItemCode(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  let text = String(raw).normalize('NFC').trim()
  if (text === '' || text.length > 40) return null
  text = text.replace(/^ข้อ(ที่)?/, '').replace(/[()[\]{}.:,;]/g, ' ').trim()
  // Thai zero standing for the letter o must be read before the digits are converted.
  const thaiZero = /^๐\s*([๐-๙0-9]{1,3})$/.exec(text)
  if (thaiZero) return canonical('o', toArabicDigits(thaiZero[1]!))
  text = toArabicDigits(text)
  const zeroAsO = /^0\s*(\d{1,3})$/.exec(text)
  if (zeroAsO) return canonical('o', zeroAsO[1]!)
  const match = /^(iit|eit|oit|[ieo])\s*[-_]?\s*(\d{1,3})$/i.exec(text)
  if (!match) return null
  return canonical(match[1]!.charAt(0).toLowerCase() as 'i' | 'e' | 'o', match[2]!)
}

/**
 * The item code a cell starts with, when a title follows it in the same cell: `ข้อ i๑ ท่านเคย…` -> i1,
 * `o11 รายงานผล…` -> o11, `e๔ท่านเคยใช้…` (no space before the Thai text) -> e4. Up to three leading
 * words are tried with `normaliseItemCode`, shortest first; a cell that is a code alone gives the same
 * answer as `normaliseItemCode`. A bare leading number is not a code (null).
 */
export function itemCodeAtStart(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  const text = String(raw).normalize('NFC').trim()
  if (text === '') return null
  const whole = text.length <= 40 ? normaliseItemCode(text) : null
  if (whole) return whole
  // A digit directly followed by a Thai letter ends the code: "e๔ท่าน" reads as "e๔ ท่าน".
  const words = text.slice(0, 120).replace(/([0-9\u0e50-\u0e59])(?=[\u0e01-\u0e4f])/g, '$1 ').split(/\s+/)
  for (let count = 1; count <= Math.min(3, words.length); count++) {
    const code = normaliseItemCode(words.slice(0, count).join(' '))
    if (code) return code
  }
  return null
}

function canonical(letter: 'i' | 'e' | 'o', digits: string): string | null {
  const number = Number(digits)
  return number >= 1 && number <= 999 ? `${letter}${number}` : null
}

/** The tool an item code belongs to, from its prefix (codes the catalogue lacks still have a tool). */
export function toolOfItemCode(code: string): Tool | null {
  switch (code.charAt(0)) {
    case 'i': return 'IIT'
    case 'e': return 'EIT'
    case 'o': return 'OIT'
    default: return null
  }
}

/** Orders item codes as the NACC lists them: IIT, EIT, OIT, then by number. */
export function compareItemCodes(a: string, b: string): number {
  const order = 'ieo'
  const byTool = order.indexOf(a.charAt(0)) - order.indexOf(b.charAt(0))
  return byTool !== 0 ? byTool : Number(a.slice(1)) - Number(b.slice(1))
}
