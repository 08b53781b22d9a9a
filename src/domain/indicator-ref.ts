import { TEN_INDICATORS } from './framework/common'
import { toArabicDigits } from './thai/digits'

/** What an indicator is known by: its number, its name and the names it had in earlier years. */
export interface IndicatorNames {
  no: number
  name: string
  formerNames?: readonly string[]
}

export interface IndicatorRefOptions {
  /** Read a number alone (`1`, `๑`, `1.`) as an indicator: only where a column or row says it holds
   *  indicators (a column headed ตัวชี้วัด). Off by default: a bare number is ambiguous. */
  bareNumber?: boolean
  /** Defaults to the ten indicators every shipped year shares (names and former names). */
  indicators?: readonly IndicatorNames[]
}

/** Bigram similarity a variant wording must reach (การใช้ทรัพย์สินทางราชการ vs …ของราชการ is 0.87). */
const SIMILAR = 0.8

/**
 * An indicator as documents refer to it -> its number (1-10), or null when the text does not name
 * exactly one indicator. Accepted: `ตัวชี้วัดที่ ๑`, `ตัวชี้วัด 1`, `Indicator 1`, `1. การปฏิบัติหน้าที่`,
 * `การปฏิบัติหน้าที่`, a former name (การปรับปรุงระบบการทำงาน -> 8), a longer text containing one name
 * (คะแนนตัวชี้วัดการใช้อำนาจ -> 3) and a close variant of a name (การใช้ทรัพย์สินทางราชการ -> 4, as
 * seed 002 prints it). Sub-indicators (`9.1`, `ตัวชี้วัดที่ 10.2`) are not indicators: null.
 */
export function indicatorNoFromText(raw: string | number | null | undefined, options: IndicatorRefOptions = {}): number | null {
  if (raw === null || raw === undefined) return null
  const text = toArabicDigits(String(raw).normalize('NFC')).replace(/[\s\u00a0\u200b]+/g, ' ').trim()
  if (text === '' || text.length > 200) return null
  const indicators: readonly IndicatorNames[] = options.indicators ?? TEN_INDICATORS
  const inRange = (no: number) => (indicators.some((indicator) => indicator.no === no) ? no : null)

  const labelled = /^(?:ตัวชี้วัด(?:ที่)?|indicator|ind\.?)\s*(\d{1,2})(?!\d|\.\d)/i.exec(text)
  if (labelled) return inRange(Number(labelled[1]))

  const numbered = /^(\d{1,2})(?!\d|\.\d)\s*[.)]?\s*(.*)$/.exec(text)
  if (numbered) {
    const no = inRange(Number(numbered[1]))
    const rest = numbered[2]!.trim()
    if (rest === '') return options.bareNumber ? no : null
    const named = indicatorByName(rest, indicators)
    return named === null || named === no ? no : null
  }
  return indicatorByName(text, indicators)
}

/** Thai and Latin letters only, lower-case: spacing, digits and punctuation vary between documents. */
function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\u0e01-\u0e4ea-z]/g, '')
}

function indicatorByName(text: string, indicators: readonly IndicatorNames[]): number | null {
  const key = nameKey(text)
  if (key.length < 4) return null
  const names = indicators.flatMap((indicator) =>
    [indicator.name, ...(indicator.formerNames ?? [])].map((name) => ({ no: indicator.no, key: nameKey(name) })))

  const exact = names.find((name) => name.key === key)
  if (exact) return exact.no

  const contained = names.filter((name) => key.includes(name.key)).sort((a, b) => b.key.length - a.key.length)
  if (contained.length > 0) {
    const longest = contained.filter((name) => name.key.length === contained[0]!.key.length)
    return new Set(longest.map((name) => name.no)).size === 1 ? longest[0]!.no : null
  }

  const scored = names.map((name) => ({ no: name.no, similarity: bigramSimilarity(key, name.key) }))
    .sort((a, b) => b.similarity - a.similarity)
  const best = scored[0]
  const runnerUp = scored.find((entry) => entry.no !== best?.no)
  if (!best || best.similarity < SIMILAR) return null
  return runnerUp && runnerUp.similarity > best.similarity - 0.1 ? null : best.no
}

/** Dice coefficient of the character bigrams of two strings (0-1). */
function bigramSimilarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const counts = new Map<string, number>()
    for (let index = 0; index < text.length - 1; index++) {
      const pair = text.slice(index, index + 2)
      counts.set(pair, (counts.get(pair) ?? 0) + 1)
    }
    return counts
  }
  const left = bigrams(a)
  const right = bigrams(b)
  let shared = 0
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0)
  const total = a.length - 1 + (b.length - 1)
  return total > 0 ? (2 * shared) / total : 0
}
