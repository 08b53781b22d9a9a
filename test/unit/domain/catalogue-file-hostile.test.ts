import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { CATALOGUE_FILE_MAX_BYTES, catalogueFor, parseCatalogueFile, type CatalogueFileResult } from '@/domain'
import { catalogueFileMessage } from '@/ui/catalogue-file-messages'
import { casesOf, removeTemporaryFiles, type HostilePayload } from '../../fixtures/hostile/cases'
import { catalogueFileWithMarkup, validCatalogueFile } from '../../fixtures/hostile/catalogue-cases'

// Every hostile catalogue file through the pure reader, as the catalogue screen reads it (refused by size
// before reading, then decoded as UTF-8 the way File.text() does): the error code and the Thai message.
// The browser suite (test/e2e/hostile-catalogue.spec.ts) feeds the same cases through the real input.
const CASES = casesOf('catalogue-file')
const { catalogue } = catalogueFor(2567)

function read(payload: HostilePayload): CatalogueFileResult {
  if (payload.kind === 'text') throw new Error('the catalogue screen takes files')
  const size = payload.kind === 'path' ? payload.size : payload.bytes.length
  if (size > CATALOGUE_FILE_MAX_BYTES) return { ok: false, error: { code: 'too-large', path: [] } }
  const bytes = payload.kind === 'path' ? readFileSync(payload.path) : payload.bytes
  return parseCatalogueFile(new TextDecoder().decode(bytes), 2567, catalogue)
}

afterAll(removeTemporaryFiles)

describe('hostile catalogue files', () => {
  it('has distinct cases, and the files they are made from are valid', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25)
    expect(new Set(CASES.map((entry) => entry.name)).size).toBe(CASES.length)
    expect(parseCatalogueFile(JSON.stringify(validCatalogueFile()), 2567, catalogue).ok).toBe(true)
  })

  for (const entry of CASES) {
    it(`${entry.name}: ${entry.code}`, () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      const result = read(entry.make())
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe(entry.code)
      const message = catalogueFileMessage(result.error, 2567, 'arabic')
      if (typeof entry.message === 'string') expect(message).toBe(entry.message)
      else expect(message).toMatch(entry.message)
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('takes markup in titles and the organisation as text: the titles are kept as written', () => {
    const result = parseCatalogueFile(JSON.stringify(catalogueFileWithMarkup()), 2567, catalogue)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.overrides.edits[0]!.title).toContain('<script>')
  })
})
