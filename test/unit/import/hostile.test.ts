import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { LIMITS } from '@/import/limits'
import { runImport, type ImportOutcome } from '@/import/pipeline'
import { where } from '@/import/problems'
import { importErrorMessage } from '@/ui/import-messages'
import { casesOf, removeTemporaryFiles, type HostilePayload } from '../../fixtures/hostile/cases'

// Every hostile input to the import screen through the whole pipeline (as the worker runs it): the error
// code and the Thai message the screen shows, or for an accepted input what was read, as text. The
// browser suite (test/e2e/hostile-import.spec.ts) feeds the same table through the screen's own inputs.
const CASES = casesOf('import-file', 'import-paste')

async function read(payload: HostilePayload): Promise<ImportOutcome> {
  switch (payload.kind) {
    case 'text': return runImport({ kind: 'paste', text: payload.text })
    case 'bytes': return runImport({ kind: 'file', name: payload.name, bytes: new Uint8Array(payload.bytes) })
    case 'path':
      // The import screen refuses a file over the limit by its size, before reading it (ImportView).
      if (payload.size > LIMITS.fileBytes) return { ok: false, error: { code: 'file-too-large', where: where(payload.name), value: payload.size, limit: LIMITS.fileBytes } }
      return runImport({ kind: 'file', name: payload.name, bytes: new Uint8Array(readFileSync(payload.path)) })
  }
}

afterAll(removeTemporaryFiles)

describe('hostile inputs to the import', () => {
  it('has at least thirty distinct cases, refused and accepted, through the file input and the paste box', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CASES.map((entry) => entry.name)).size).toBe(CASES.length)
    expect(CASES.filter((entry) => entry.input === 'import-paste').length).toBeGreaterThanOrEqual(5)
    expect(CASES.filter((entry) => entry.accepted).length).toBeGreaterThanOrEqual(5)
  })

  for (const entry of CASES) {
    it(`${entry.name}: ${entry.code}`, async () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      const outcome = await read(entry.make())
      if (entry.accepted) {
        if (!outcome.ok) throw new Error(`refused: ${importErrorMessage(outcome.error)}`)
        expect(outcome.assessments.map((assessment) => assessment.organization?.name ?? '')).toEqual(entry.accepted.organizations)
        if (entry.accepted.items) {
          expect(outcome.assessments[0]?.itemScores.map(({ code, score }) => [code, score])).toEqual(entry.accepted.items)
        }
      } else {
        if (outcome.ok) throw new Error('accepted')
        expect(outcome.error.code).toBe(entry.code)
        expect(importErrorMessage(outcome.error)).toBe(entry.message)
      }
      // Nothing reached a prototype.
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    })
  }
})
