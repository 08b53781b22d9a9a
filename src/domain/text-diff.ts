/**
 * A small diff for committee texts: which parts of one text were removed and which were added in
 * another. Thai writes words without spaces, so a word diff is meaningless; spaces separate clauses
 * and line breaks separate paragraphs, so the unit compared is the run of text up to and including
 * its following whitespace (a clause). The longest common subsequence of clauses is kept as `same`.
 */

export type DiffKind = 'same' | 'removed' | 'added'

export interface DiffPart {
  kind: DiffKind
  text: string
}

/** Beyond this many table cells (clauses × clauses) the diff falls back to whole lines. */
const MAX_CELLS = 1_000_000

/** Clauses and the whitespace between them, in order. Joining them gives the text back. */
export function clausesOf(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? []
}

function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/**
 * The parts of `before` and `after` in reading order: `same` parts belong to both, `removed` only
 * to `before`, `added` only to `after`. Concatenating the same and removed parts gives `before`;
 * the same and added parts give `after`. Any strings; very long texts are compared line by line.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  let a = clausesOf(before)
  let b = clausesOf(after)
  if (a.length * b.length > MAX_CELLS) {
    a = linesOf(before)
    b = linesOf(after)
  }
  return blocks(diffTokens(a, b))
}

function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  // Common head and tail cost nothing to match and keep the table small.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const parts: DiffPart[] = a.slice(0, head).map((text) => ({ kind: 'same' as const, text }))
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  if (midA.length * midB.length > MAX_CELLS) {
    parts.push(...midA.map((text) => ({ kind: 'removed' as const, text })), ...midB.map((text) => ({ kind: 'added' as const, text })))
  } else {
    parts.push(...lcsDiff(midA, midB))
  }
  parts.push(...a.slice(a.length - tail).map((text) => ({ kind: 'same' as const, text })))
  return parts
}

function lcsDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const columns = b.length + 1
  // lengths[i * columns + j]: length of the LCS of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * columns)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * columns + j] = a[i] === b[j]
        ? lengths[(i + 1) * columns + j + 1]! + 1
        : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!)
    }
  }
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i]! })
      i++
      j++
    } else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) {
      parts.push({ kind: 'removed', text: a[i]! })
      i++
    } else {
      parts.push({ kind: 'added', text: b[j]! })
      j++
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++]! })
  while (j < b.length) parts.push({ kind: 'added', text: b[j++]! })
  return parts
}

/**
 * Joins the changes between two stretches of common text into one removed part followed by one added
 * part. Whitespace common to both sides inside such a stretch of changes belongs to the change (a lone
 * matching space says nothing), so it goes to both sides.
 */
function blocks(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = []
  let removed = ''
  let added = ''
  let changing = false
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed })
    if (added) result.push({ kind: 'added', text: added })
    removed = ''
    added = ''
    changing = false
  }
  parts.forEach((part, index) => {
    if (part.kind === 'removed') {
      removed += part.text
      changing = true
    } else if (part.kind === 'added') {
      added += part.text
      changing = true
    } else if (changing && /^\s+$/.test(part.text) && parts[index + 1] !== undefined && parts[index + 1]!.kind !== 'same') {
      removed += part.text
      added += part.text
    } else {
      flush()
      const last = result.at(-1)
      if (last?.kind === 'same') last.text += part.text
      else result.push({ kind: 'same', text: part.text })
    }
  })
  flush()
  return result
}
