import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { depthExceededAt, findForbiddenKey, firstInvalidUtf8, jsonErrorOffset, lineAndColumn, parseJsonText, readJson, sniffBinary } from '@/storage/safe-json'

const LIMITS = { maxBytes: 1000, maxDepth: 3 }

describe('reading untrusted JSON', () => {
  it('measures nesting outside strings only, honouring escapes', () => {
    expect(depthExceededAt('[[["[[[[[["]]]', 3)).toBe(-1)
    expect(depthExceededAt('{"a":"\\"[[[[","b":[[[[1]]]]}', 3)).toBe(20)
    expect(depthExceededAt('[[[[', 3)).toBe(3)
  })

  it('scans a hundred thousand levels without recursion', () => {
    expect(depthExceededAt('['.repeat(100_000), 64)).toBe(64)
  })

  it('gives 1-based lines and columns', () => {
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('x', 0)).toEqual({ line: 1, column: 1 })
  })

  it('says where a parse failed', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": ?\n}', LIMITS)
    expect(result).toEqual({ ok: false, problem: { code: 'not-json', line: 3, column: 8 } })
    expect(parseJsonText('{"a": [1, 2', LIMITS)).toMatchObject({ ok: false, problem: { code: 'not-json', line: 1, column: 12 } })
  })

  it('finds forbidden keys wherever they are, by path', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toEqual({ key: '__proto__', path: 'a[1].__proto__' })
    expect(findForbiddenKey({ a: { constructor: 1 } })).toEqual({ key: 'constructor', path: 'a.constructor' })
    expect(findForbiddenKey({ a: ['constructor'] })).toBeNull()
  })

  it('leaves Object.prototype untouched by a __proto__ payload', () => {
    const result = parseJsonText('{"__proto__":{"polluted":1}}', LIMITS)
    expect(result).toMatchObject({ ok: false, problem: { code: 'forbidden-key', key: '__proto__' } })
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('tells binary formats and encodings apart before decoding', () => {
    expect(sniffBinary(new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ code: 'archive' })
    expect(sniffBinary(new Uint8Array([0xff, 0xfe, 0x7b, 0]))).toEqual({ code: 'utf16' })
    expect(sniffBinary(new TextEncoder().encode('{"a":1}'))).toBeNull()
    expect(sniffBinary(new Uint8Array([0x7b, 0x22, 0, 0x41]))).toEqual({ code: 'binary', offset: 2 })
  })

  it('points at the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('ไทย'))).toBe(-1)
    expect(firstInvalidUtf8(new Uint8Array([0x7b, 0x22, 0xa1, 0x22]))).toBe(2)
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0xb8]))).toBe(0)
    expect(readJson(new Uint8Array([0x7b, 0x22, 0xa1, 0x22, 0x7d]), LIMITS)).toEqual({ ok: false, problem: { code: 'not-utf8', offset: 2 } })
  })

  it('refuses by size before decoding', () => {
    expect(readJson(new Uint8Array(1001), LIMITS)).toEqual({ ok: false, problem: { code: 'too-large', bytes: 1001, limit: 1000 } })
  })

  it('finds a syntax error exactly when JSON.parse fails', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text)
        return true
      } catch {
        return false
      }
    }
    const samples = ['{}', '[]', '""', '"\\u0e01"', '-0.5e+3', '01', '1.', '.5', '-', 'tru', 'nul', '[1,]', '{"a":1,}', '{"a" 1}', '"\\x"', '"\t"', ' [1 , [2, {"b": null}]] ', '{"a":1}x']
    const backup = readFileSync(join(process.cwd(), 'test/fixtures/storage/backup/v1.json'), 'utf8')
    // Deterministic mutations of a real file: cut it, drop a character, insert a stray one.
    for (let step = 1; step < 200; step++) {
      const at = (step * 7919) % backup.length
      samples.push(backup.slice(0, at), backup.slice(0, at) + backup.slice(at + 1), `${backup.slice(0, at)}}${backup.slice(at)}`)
    }
    for (const sample of samples) expect(jsonErrorOffset(sample) === -1, sample.slice(0, 40)).toBe(parses(sample))
  })

  it('says where an unexpected token is, which JSON.parse does not', () => {
    expect(jsonErrorOffset('{"a": ?}')).toBe(6)
    expect(jsonErrorOffset('[1, 2')).toBe(5)
  })
})
