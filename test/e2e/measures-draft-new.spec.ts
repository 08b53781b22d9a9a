import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// Another organisation's result, pasted on /import with item scores and no saved measures plan: the
// committee drafts its plan from scratch. เทศบาลตำบลท่าช้าง (seed 004's municipality), ITA 2568.
const IMPROVE = ['i10', 'i12', 'e4', 'e9', 'o10', 'o14', 'o23']
const SCORES: Array<[string, number]> = [
  ...Array.from({ length: 15 }, (_, index): [string, number] => [`i${index + 1}`, 92]),
  ...Array.from({ length: 9 }, (_, index): [string, number] => [`e${index + 1}`, 90]),
  ...Array.from({ length: 27 }, (_, index): [string, number] => [`o${index + 1}`, 100]),
].map(([code, score]): [string, number] => [code, IMPROVE.includes(code) ? (code.startsWith('o') ? 0 : 70) : score])

test('a plan drafted from scratch for another organisation answers every improve item and is ready to publish', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/import')
  await page.getByTestId('import-paste').fill(['รหัสข้อ\tคะแนน', ...SCORES.map(([code, score]) => `${code}\t${score}`)].join('\n'))
  await page.getByTestId('import-paste-read').click()
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('preview-organization').fill('เทศบาลตำบลท่าช้าง')
  await page.getByTestId('preview-year').fill('2568')
  await expect(page.getByTestId('preview-matched')).toHaveCount(0)
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('organization-name')).toHaveText('เทศบาลตำบลท่าช้าง')
  await expect(page.getByTestId('fiscal-year')).toContainText('2568')

  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'มาตรการ' }).click()
  await expect(page.getByTestId('measures-title')).toHaveText('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในเทศบาลตำบลท่าช้าง')
  await expect(page.getByTestId('measure-plan-year')).toHaveValue('2569')
  await expect(page.getByTestId('measures-empty')).toBeVisible()
  await expect(page.getByTestId('measure-draft')).toHaveText('ร่างจากผลการวิเคราะห์')

  await page.getByTestId('measure-draft').click()
  const rows = page.getByTestId('measures-table').locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(1)
  // Every improve item is named by some drafted row.
  const answered = (await page.getByTestId('measure-items').allTextContents()).flatMap((text) => text.split(/,\s*/u).map((code) => code.trim()))
  for (const code of IMPROVE) expect(answered, code).toContain(code)
  // Rows run inside the plan's fiscal year (2569: October 2568 to September 2569).
  for (const period of await page.getByTestId('measure-period').allTextContents()) expect(period).toMatch(/256[89]/u)

  // No blocking finding: no unanswered item, no leftover of the seeds' organisations (the library holds
  // seed 002's อบต. wording and seed 004's municipality's own).
  const findings = page.getByTestId('measure-check-findings')
  await expect(findings).toHaveAttribute('data-errors', '0')
  await expect(findings.getByTestId('measure-ready')).toBeVisible()
  await expect(findings.getByTestId('finding-unanswered-item')).toHaveCount(0)
  await expect(findings.getByTestId('finding-leftover-other-organization')).toHaveCount(0)
  await expect(findings.getByTestId('finding-leftover-placeholder')).toHaveCount(0)

  // The draft is saved with the organisation's year. The row count is taken before the reload: taken after
  // it, it could be read while the table is still empty and pass or fail by timing.
  const drafted = await rows.count()
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expect(rows).toHaveCount(drafted)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
