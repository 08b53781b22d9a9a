import { expect, test, type Page } from '@playwright/test'
import type { HostilePayload } from '../fixtures/hostile/cases'
import { PLAN_IMPORT_CASES, type PlanHostileCase } from '../fixtures/hostile/plan-import-cases'
import { chooseFile, expectUntouched, hostileProfile, pasteInto } from './hostile-harness'
import { dumpDatabase } from './storage-helpers'

// Every bad or malicious plan table of test/fixtures/hostile/plan-import-cases.ts, through the action
// plan screen's own import (its file input, and a real paste through the clipboard), on one page of one
// profile holding the demo: a refused case shows its whole Thai message and no preview; an accepted one
// previews its entries as text. Either way the saved state stays byte for byte as it was, nothing runs,
// no dialog opens, no console error and no request to another origin.

const READY = { timeout: 15_000 }

async function openImport(page: Page, fresh: boolean): Promise<void> {
  if (fresh || new URL(page.url()).pathname !== '/action-plan') await page.goto('/action-plan')
  await expect(page.getByTestId('plan-title')).toBeVisible(READY)
  if (await page.getByTestId('plan-import-panel').count() === 0) await page.getByTestId('plan-import').click()
  await expect(page.getByTestId('plan-import-file')).toBeEnabled(READY)
}

async function feed(page: Page, entry: PlanHostileCase, payload: HostilePayload): Promise<void> {
  if (entry.input === 'plan-import-paste') {
    if (payload.kind !== 'text') throw new Error('a paste takes text')
    await pasteInto(page, 'plan-import-paste', 'plan-import-paste-large', payload.text)
    await page.getByTestId('plan-import-paste-read').click()
    return
  }
  await chooseFile(page, 'plan-import-file', payload)
}

const profile = hostileProfile()

for (const entry of PLAN_IMPORT_CASES) {
  test(`the plan import holds against ${entry.name} (${entry.input}: ${entry.threat})`, async () => {
    const page = profile.page()
    // A paste starts from a fresh load (an empty box); files share the page, the state dumped around each.
    const payload = entry.make()
    // Carrying tens of megabytes to the page's clipboard takes its time (13 s alone on this machine).
    if (payload.kind === 'text' && payload.text.length > 5_000_000) test.setTimeout(90_000)
    await openImport(page, entry.input === 'plan-import-paste')
    const before = await dumpDatabase(page)
    await feed(page, entry, payload)
    if (entry.accepted) {
      const preview = page.getByTestId('plan-import-preview')
      await expect(preview).toBeVisible(READY)
      await expect(preview.locator('[data-testid^="plan-import-row-"]')).toHaveCount(entry.accepted.entries)
      for (const [index, [no, name]] of entry.accepted.first.entries()) {
        const cells = preview.getByTestId(`plan-import-row-${index + 1}`).locator('td')
        // The number as the screen's digits show it (Arabic by default); the name exactly as written, as text.
        await expect(cells.nth(0)).toHaveText(String(no))
        await expect(cells.nth(1)).toHaveText(name, { useInnerText: true })
      }
      await expect(page.getByTestId('plan-import-error')).toHaveCount(0)
    } else {
      const message = page.getByTestId('plan-import-error')
      await expect(message).toHaveText(entry.message, READY)
      await expect(message).toHaveAttribute('role', 'alert')
      await expect(page.getByTestId('plan-import-preview')).toHaveCount(0)
    }
    await expectUntouched(page, before, profile.watch())
    if (entry.accepted) {
      await page.getByTestId('plan-import-cancel').click()
      await expect(page.getByTestId('plan-import-preview')).toHaveCount(0)
    }
  })
}
