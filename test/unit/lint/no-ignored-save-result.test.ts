import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import rule from '../../../eslint/no-ignored-save-result.js'

// ESLint's own tester, run as Vitest cases; the typed rule gets a program from the project service.
const Tester = RuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown }
Tester.describe = describe
Tester.it = it
Tester.itOnly = it

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname },
  },
})

const header = `
type SaveResult = { ok: true } | { ok: false; reason: 'conflict' | 'storage-full' | 'failed' }
declare const workspace: {
  applyImport(plan: object): Promise<SaveResult>
  deleteAssessment(id: string): Promise<SaveResult | null>
  select(id: string): Promise<void>
  saveNow(): SaveResult
}
declare function ensureSaved<T extends SaveResult | null>(result: T): T
`

tester.run('no-ignored-save-result', rule, {
  valid: [
    { code: `${header}async function f() { const result = await workspace.applyImport({}); if (!result.ok) return }` },
    { code: `${header}async function f() { ensureSaved(await workspace.applyImport({})) }` },
    { code: `${header}async function f() { await workspace.select('a') }` },
    // An explicit, visible opt-out (the demo seeding's race with another tab).
    { code: `${header}async function f() { void await workspace.applyImport({}) }` },
    { code: `${header}async function f() { return workspace.deleteAssessment('a') }` },
  ],
  invalid: [
    // ImportView's fault: the import awaited, its refusal dropped, and the screen went on as if saved.
    { code: `${header}async function f() { await workspace.applyImport({}) }`, errors: [{ messageId: 'ignored' }] },
    { code: `${header}async function f() { await workspace.deleteAssessment('a') }`, errors: [{ messageId: 'ignored' }] },
    { code: `${header}function f() { workspace.saveNow() }`, errors: [{ messageId: 'ignored' }] },
    { code: `${header}function f() { workspace.applyImport({}) }`, errors: [{ messageId: 'ignored' }] },
  ],
})
