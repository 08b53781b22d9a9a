import { expect, test } from '@playwright/test'
import { casesOf } from '../fixtures/hostile/cases'
import { FEEDERS, expectNothingRan, holdsAgainstEach, watchHostile } from './hostile-harness'

// The import screen's bad or malicious files and pastes (test/fixtures/hostile/import-cases.ts), through
// its own file input and paste box, on one page of one browser profile holding the demo: each is refused
// with its Thai message or previewed as text, and that profile's saved state stays byte for byte as it was.

const CASES = casesOf('import-file', 'import-paste')

holdsAgainstEach('import-file', 'import-paste')

test('an organisation name carrying a script is saved only when confirmed, and shown as text', async ({ page: fresh, baseURL }) => {
  const freshWatch = watchHostile(fresh, baseURL!)
  const entry = CASES.find((candidate) => candidate.name === 'script and image markup as the organisation name')!
  const name = entry.accepted!.organizations[0]!
  await fresh.goto('/import')
  await FEEDERS[entry.input].feed(fresh, entry.make())
  await expect(fresh.getByTestId('preview-organization')).toHaveValue(name)
  await fresh.getByTestId('import-confirm').click()
  await expect(fresh.getByTestId('organization-name')).toHaveText(name)
  await expect(fresh.getByTestId('assessment-switcher').locator('option', { hasText: name })).toHaveCount(1)
  await fresh.reload()
  await expect(fresh.getByTestId('organization-name')).toHaveText(name)
  await expectNothingRan(fresh)
  expect(freshWatch.dialogs).toEqual([])
  expect(freshWatch.consoleErrors).toEqual([])
  expect(freshWatch.foreignRequests).toEqual([])
})
