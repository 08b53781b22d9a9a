import { compareItemCodes } from '../item-code'

/** The given entries plus one made by `untitled` for every other code o1..o`count`, in item order. */
export function withUntitled<T extends { code: string }>(titled: readonly T[], count: number, untitled: (code: string) => T): T[] {
  const have = new Set(titled.map((entry) => entry.code))
  const rest = Array.from({ length: count }, (_, index) => `o${index + 1}`).filter((code) => !have.has(code)).map(untitled)
  return [...titled, ...rest].sort((a, b) => compareItemCodes(a.code, b.code))
}
