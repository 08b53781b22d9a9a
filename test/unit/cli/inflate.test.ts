import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runImport } from '@/import/pipeline'
import { nodeInflateRaw } from '@/cli/inflate'
import { IMPORT_CASES } from '../../fixtures/hostile/import-cases'

describe('the CLI\'s inflater (Node zlib)', () => {
  it('inflates a part, stops a bomb at its declared size, and calls garbage damaged', () => {
    const text = new TextEncoder().encode('<c r="A1"><v>84.24</v></c>'.repeat(1000))
    expect(nodeInflateRaw(deflateRawSync(text), text.length)).toEqual(Buffer.from(text))
    expect(nodeInflateRaw(deflateRawSync(new Uint8Array(64 * 1024 * 1024)), 1024)).toBe('too-large')
    expect(nodeInflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x13]), 1000)).toBe('damaged')
  })

  it('gives the same outcome as the browser\'s DecompressionStream on every hostile file', async () => {
    const files = IMPORT_CASES.flatMap((entry) => {
      const payload = entry.make()
      return entry.input === 'import-file' && payload.kind === 'bytes' ? [{ name: payload.name, bytes: payload.bytes }] : []
    })
    expect(files.length).toBeGreaterThan(40)
    for (const { name, bytes } of files) {
      const browser = await runImport({ kind: 'file', name, bytes })
      const cli = await runImport({ kind: 'file', name, bytes }, { inflateRaw: nodeInflateRaw })
      expect(cli, name).toEqual(browser)
    }
  })
})
