import { expect, test } from '@playwright/test'
import { PAYLOAD_NAMES, backupWithPayloadNames } from '../fixtures/hostile/cases'
import { expectNothingRan, holdsAgainstEach, watchHostile } from './hostile-harness'

// Every bad or malicious backup file and paste of the table, through the data screen's own inputs, on one
// page of one browser profile holding the demo: each must leave that profile's saved state byte for byte
// as it was. (The import screen's cases run in hostile-import.spec.ts.)

holdsAgainstEach('restore-file', 'restore-paste')

test('names carrying markup and formulas are restored as data and shown as plain text', async ({ page: fresh, baseURL }) => {
  const freshWatch = watchHostile(fresh, baseURL!)
  await fresh.goto('/data')
  await fresh.getByTestId('restore-file').setInputFiles({ name: 'payloads.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backupWithPayloadNames())) })
  const row = fresh.locator('[data-testid="restore-row"][data-organization="org-b"]').first()
  await expect(row.locator('th')).toHaveText(PAYLOAD_NAMES.markup)
  await fresh.getByTestId('restore-confirm').click()
  await expect(fresh.getByTestId('restore-done')).toBeVisible()
  await expect(fresh.locator('[data-testid="org-row"][data-organization="org-b"] .name')).toHaveText(PAYLOAD_NAMES.markup)
  await expect(fresh.getByTestId('assessment-switcher').locator('option', { hasText: PAYLOAD_NAMES.formula })).toHaveCount(1)
  await fresh.getByRole('link', { name: 'ภาพรวม' }).click()
  await fresh.getByTestId('assessment-switcher').selectOption('org-b|2566')
  await expect(fresh.getByTestId('organization-name')).toHaveText(PAYLOAD_NAMES.markup)
  await expectNothingRan(fresh)
  expect(freshWatch.dialogs).toEqual([])
  expect(freshWatch.consoleErrors).toEqual([])
  expect(freshWatch.foreignRequests).toEqual([])
})
