import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { pastePlan } from './action-plan-helpers'

// Every screen, and the states a committee works in (an open editor, an import preview, a restore
// preview, a sealed file's passphrase), checked with axe-core against WCAG 2.2 A and AA: names of
// controls and images, contrast, structure, keyboard reachability that axe can see. axe is injected
// by the test (the app's policy forbids the inline script it needs, hence bypassCSP here only).
const AXE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test.use({ bypassCSP: true })

interface Violation { id: string; help: string; targets: string[] }

async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE })
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> }
    }
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }))
  }, TAGS)
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await violations(page), `axe on ${where}`).toEqual([])
}

const SCREENS = [
  '/', '/items', '/items/e4', '/groups', '/what-if', '/compare', '/catalogue', '/recommendations', '/measures',
  '/follow-up', '/action-plan', '/action-plan/report', '/import', '/data', '/organizations', '/print/analysis', '/print/follow-up',
  '/print/announcement', '/print/action-plan', '/print/action-plan-report', '/no-such-page',
]

test('every screen of the demo passes axe (WCAG 2.2 A and AA)', async ({ page }) => {
  // 21 screens, each loaded and run through axe: about 1.5 s a screen on the shared two-core machine.
  test.setTimeout(90_000)
  for (const screen of SCREENS) {
    await page.goto(screen)
    await expect(page.locator('h1').first()).toBeVisible()
    await expectAccessible(page, screen)
  }
})

test('the working states pass axe: an open measure editor, an import preview, the action plan\'s import, editor and round report, a restore preview, a sealed file', async ({ page }) => {
  await page.goto('/measures')
  await page.getByTestId('measure-edit-1').click()
  await expect(page.getByTestId('measure-editor')).toBeVisible()
  await expectAccessible(page, 'the measure editor')

  await page.goto('/import')
  await page.getByTestId('import-paste').fill('รหัสข้อ\tคะแนน\ni1\t84.24\ni2\t87.27\no47\t100')
  await page.getByTestId('import-paste-read').click()
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await expectAccessible(page, 'the import preview')

  // The action plan: its import preview, the plan with an entry's editor open, a round's report, the printed plan.
  await page.goto('/action-plan')
  await pastePlan(page)
  await expectAccessible(page, 'the action plan import preview')
  await page.getByTestId('plan-import-confirm').click()
  await page.getByTestId('plan-edit-1').click()
  await expect(page.getByTestId('measure-editor')).toBeVisible()
  await page.getByTestId('plan-sheet-start').click()
  await expectAccessible(page, 'the action plan with an entry editor open')
  await page.goto('/action-plan/report?round=12')
  await page.getByTestId('round-status-1').selectOption('not-possible')
  await expect(page.getByTestId('round-reason-code-1')).toBeVisible()
  await expectAccessible(page, 'a round report with a reason to choose')
  for (const screen of ['/print/action-plan', '/print/announcement', '/print/action-plan-report?round=12&layout=001']) {
    await page.goto(screen)
    await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
    await expectAccessible(page, screen)
  }

  await page.goto('/data')
  await page.getByTestId('restore-file').setInputFiles(join(process.cwd(), 'test/fixtures/storage/backup/v1.json'))
  await expect(page.getByTestId('restore-preview')).toBeVisible()
  await page.getByTestId('backup-seal').check()
  await expectAccessible(page, 'the restore preview and the sealing fields')
  await page.getByTestId('restore-file').setInputFiles(join(process.cwd(), 'test/fixtures/storage/backup/sealed-v1.json'))
  await expect(page.getByTestId('restore-sealed')).toBeVisible()
  await expectAccessible(page, 'a sealed file asking for its passphrase')
})
