import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeInflateRaw as inflateRaw } from '@/cli/inflate'
import { LIMITS } from '@/import/limits'
import { readPlanTable, type PlanTableOutcome } from '@/import/plan-table'
import { where } from '@/import/problems'
import { planImportErrorMessage } from '@/ui/plan-import-messages'
import { removeTemporaryFiles, type HostilePayload } from '../../fixtures/hostile/cases'
import { PLAN_IMPORT_CASES } from '../../fixtures/hostile/plan-import-cases'

// Every hostile input to the action plan's import, read as the screen reads it (`readPlanTable`): the
// error code and the whole Thai message, or, for an input that is accepted, what it reads, as text.
async function read(payload: HostilePayload, compressed: 'zlib' | 'stream'): Promise<PlanTableOutcome> {
  const options = compressed === 'zlib' ? { inflateRaw } : {}
  switch (payload.kind) {
    case 'text': return readPlanTable({ kind: 'paste', text: payload.text }, options)
    case 'bytes': return readPlanTable({ kind: 'file', name: payload.name, bytes: new Uint8Array(payload.bytes) }, options)
    case 'path':
      // The screen refuses a file over the limit by its size, before reading it (as the ITA import screen).
      if (payload.size > LIMITS.fileBytes) return { ok: false, error: { code: 'file-too-large', where: where(payload.name), value: payload.size, limit: LIMITS.fileBytes } }
      return readPlanTable({ kind: 'file', name: payload.name, bytes: new Uint8Array(readFileSync(payload.path)) }, options)
  }
}

afterAll(removeTemporaryFiles)

describe('hostile inputs to the action plan\'s import', () => {
  it('has distinct cases through the file input and the paste box, refused and accepted', () => {
    expect(new Set(PLAN_IMPORT_CASES.map((entry) => entry.name)).size).toBe(PLAN_IMPORT_CASES.length)
    expect(PLAN_IMPORT_CASES.length).toBeGreaterThanOrEqual(30)
    expect(PLAN_IMPORT_CASES.filter((entry) => entry.input === 'plan-import-paste').length).toBeGreaterThanOrEqual(8)
    expect(PLAN_IMPORT_CASES.filter((entry) => entry.accepted).length).toBeGreaterThanOrEqual(8)
  })

  for (const entry of PLAN_IMPORT_CASES) {
    it(`${entry.name}: ${entry.code}`, async () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      // The browser inflates with DecompressionStream, the CLI with zlib: bombs are refused either way.
      for (const compressed of ['stream', 'zlib'] as const) {
        const outcome = await read(entry.make(), compressed)
        if (entry.accepted) {
          if (!outcome.ok) throw new Error(`refused: ${planImportErrorMessage(outcome.error)}`)
          expect(outcome.table.rows).toHaveLength(entry.accepted.entries)
          expect(outcome.table.rows.slice(0, entry.accepted.first.length).map((row) => [row.no, row.name])).toEqual(entry.accepted.first)
        } else {
          if (outcome.ok) throw new Error('accepted')
          expect(outcome.error.code).toBe(entry.code)
          expect(planImportErrorMessage(outcome.error)).toBe(entry.message)
        }
        if (entry.input === 'plan-import-paste') break
      }
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    })
  }
})
