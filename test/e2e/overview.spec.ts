import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// Seed 002 (อบต.หนองซอน, ITA 2567) is the demo a first start holds.
const INDICATORS = [90.50, 91.92, 97.78, 75.35, 87.68, 92.49, 86.09, 79.48, 57.98, 53.34]

test('a first start shows the demo assessment with the golden figures', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toHaveText('องค์การบริหารส่วนตำบลหนองซอน')
  await expect(page.getByTestId('fiscal-year')).toContainText('2567')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('total-score')).toHaveText('74.67')
  await expect(page.getByTestId('level')).toHaveText('ต้องปรับปรุง')
  await expect(page.getByTestId('tool-score-IIT')).toHaveAttribute('data-value', '88.65')
  await expect(page.getByTestId('tool-score-EIT')).toHaveAttribute('data-value', '86.02')
  await expect(page.getByTestId('tool-score-OIT')).toHaveAttribute('data-value', '55.66')
  for (const [index, score] of INDICATORS.entries()) {
    await expect(page.getByTestId(`indicator-score-${index + 1}`)).toHaveAttribute('data-value', score.toFixed(2))
  }
  // The chart is drawn (Chart.js loaded on demand) beside its table.
  await expect(page.locator('canvas')).toHaveCount(1)
  // The seed's own contradictions are shown, not hidden.
  await expect(page.getByTestId('indicator-disagreement')).toContainText('ตัวชี้วัดที่ 4')
  await expect(page.getByTestId('item-conflict').first()).toContainText('e3')
  // Items carry their flags; e4 is the committee's override.
  await expect(page.getByTestId('item-row-i12').locator('[data-flag]')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('item-row-e4').locator('[data-flag]')).toContainText('★')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('Thai digits change the text but not the data-value hooks', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('digit-style').selectOption('thai')
  await expect(page.getByTestId('total-score')).toHaveText('๗๔.๖๗')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await page.reload()
  await expect(page.getByTestId('total-score')).toHaveText('๗๔.๖๗')
})
