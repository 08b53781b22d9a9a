/**
 * Reading JSON that came from outside (a backup file, a paste) without trusting it: bytes are sniffed
 * for what they really are, decoded as strict UTF-8, scanned for nesting depth before JSON.parse (which
 * can overflow the stack on deeply nested input), and the parsed tree is checked for keys that could
 * reach an object's prototype if any later code copied them. Pure: no DOM, no storage.
 */

export type JsonProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'archive' }
  | { code: 'old-office' }
  | { code: 'compressed' }
  | { code: 'pdf' }
  | { code: 'utf16' }
  | { code: 'binary'; offset: number }
  | { code: 'not-utf8'; offset: number }
  | { code: 'markup'; line: number; column: number }
  | { code: 'too-deep'; limit: number; line: number; column: number }
  | { code: 'not-json'; line: number; column: number }
  | { code: 'forbidden-key'; key: string; path: string }

export interface JsonLimits {
  maxBytes: number
  maxDepth: number
  /**
   * Leaves the prototype-key check to the caller, who checks the parts it hands on (a sync feed refuses
   * one hostile document, not the feed). JSON.parse itself only makes own properties of such keys.
   */
  allowForbiddenKeys?: boolean
}

/** Keys that name or reach a prototype: never let through to objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** What the bytes are when they are plainly not text: a zip (xlsx, docx), an old Office file, gzip, PDF, UTF-16. */
export function sniffBinary(bytes: Uint8Array): JsonProblem | null {
  if (startsWith(bytes, 0x50, 0x4b)) return { code: 'archive' }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { code: 'old-office' }
  if (startsWith(bytes, 0x1f, 0x8b)) return { code: 'compressed' }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { code: 'pdf' }
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { code: 'utf16' }
  const head = bytes.subarray(0, 4096)
  const zero = head.indexOf(0)
  if (zero >= 0) {
    // UTF-16 text without a byte-order mark has a zero in every other byte of its ASCII characters.
    let zerosAtOneParity = 0
    for (let index = zero % 2; index < head.length; index += 2) if (head[index] === 0) zerosAtOneParity++
    return zerosAtOneParity > head.length / 4 ? { code: 'utf16' } : { code: 'binary', offset: zero }
  }
  return null
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index
    index += length
  }
  return -1
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

/** Offset where nesting first exceeds the limit, or -1. Strings are skipped, escapes honoured. Linear. */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 92) index++ // backslash: skip the escaped character
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 123 || code === 91) {
      if (++depth > limit) return index
    } else if (code === 125 || code === 93) depth--
  }
  return -1
}

/** Path of the first forbidden key in a parsed tree, or null. Depth is already bounded by the scan. */
export function findForbiddenKey(value: unknown, path = ''): { key: string; path: string } | null {
  if (value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findForbiddenKey(value[index], `${path}[${index}]`)
      if (found) return found
    }
    return null
  }
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key
    if (FORBIDDEN_KEYS.has(key)) return { key, path: keyPath }
    const found = findForbiddenKey((value as Record<string, unknown>)[key], keyPath)
    if (found) return found
  }
  return null
}

/**
 * Offset of the first JSON syntax error, or -1. JSON.parse does not always say where (V8 reports
 * "Unexpected token" without a position), so on failure this scanner finds it. Call only after the
 * depth scan: it recurses once per nesting level.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0
  const fail = (): never => {
    throw new RangeError(String(at))
  }
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++
  }
  const expect = (char: string) => {
    if (text[at] !== char) fail()
    at++
  }
  const string = () => {
    expect('"')
    for (;;) {
      if (at >= text.length) fail()
      const char = text[at]!
      if (char === '"') {
        at++
        return
      }
      if (char === '\\') {
        const escape = text[at + 1] ?? ''
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6
        else if ('"\\/bfnrt'.includes(escape) && escape) at += 2
        else {
          at++
          fail()
        }
      } else if (char.charCodeAt(0) < 0x20) fail()
      else at++
    }
  }
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  const value = (): void => {
    space()
    const char = text[at]
    if (char === '{') {
      at++
      space()
      if (text[at] === '}') {
        at++
        return
      }
      for (;;) {
        space()
        string()
        space()
        expect(':')
        value()
        space()
        if (text[at] === ',') at++
        else return expect('}')
      }
    }
    if (char === '[') {
      at++
      space()
      if (text[at] === ']') {
        at++
        return
      }
      for (;;) {
        value()
        space()
        if (text[at] === ',') at++
        else return expect(']')
      }
    }
    if (char === '"') return string()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length
        return
      }
    }
    NUMBER.lastIndex = at
    const number = NUMBER.exec(text)
    if (!number || number[0] === '' || number[0] === '-') fail()
    at += number![0].length
  }
  try {
    value()
    space()
    if (at < text.length) fail()
    return -1
  } catch (error) {
    if (error instanceof RangeError) return Number(error.message)
    throw error
  }
}

/** Decodes and parses untrusted JSON bytes, or says what is wrong and where. */
export function readJson(bytes: Uint8Array, limits: JsonLimits): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  if (bytes.length > limits.maxBytes) return { ok: false, problem: { code: 'too-large', bytes: bytes.length, limit: limits.maxBytes } }
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } }
  const binary = sniffBinary(bytes)
  if (binary) return { ok: false, problem: binary }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, problem: { code: 'not-utf8', offset: Math.max(0, firstInvalidUtf8(bytes)) } }
  }
  return parseJsonText(text, limits)
}

/** Parses untrusted JSON text (a paste, or decoded bytes), or says what is wrong and where. */
export function parseJsonText(text: string, limits: JsonLimits): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  if (text.length > limits.maxBytes) return { ok: false, problem: { code: 'too-large', bytes: text.length, limit: limits.maxBytes } }
  const start = text.search(/\S/)
  if (start < 0) return { ok: false, problem: { code: 'empty' } }
  if (text[start] === '<') return { ok: false, problem: { code: 'markup', ...lineAndColumn(text, start) } }
  const deep = depthExceededAt(text, limits.maxDepth)
  if (deep >= 0) return { ok: false, problem: { code: 'too-deep', limit: limits.maxDepth, ...lineAndColumn(text, deep) } }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const offset = jsonErrorOffset(text)
    return { ok: false, problem: { code: 'not-json', ...lineAndColumn(text, offset >= 0 ? offset : 0) } }
  }
  const forbidden = limits.allowForbiddenKeys ? null : findForbiddenKey(value)
  if (forbidden) return { ok: false, problem: { code: 'forbidden-key', ...forbidden } }
  return { ok: true, value }
}
