import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'

// A newcomer's first start holds a full action plan (seed 003's อบต.บ้านแหง, 2569, with its project sheets)
// and a results report (seed 001's อบต.บางเตย, 2567, 12 months), with the seeds' own figures.

const rows = (page: Page) => page.getByTestId('plan-table').locator('tbody tr')

test('the demo opens seed 003\'s 2569 plan with its 31 entries and figures, and seed 001\'s 12-month report at 85 %', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  // The first start opens seed 002's organisation, which has an ITA score to analyse.
  await expect(page.getByTestId('organization-name')).toHaveText('องค์การบริหารส่วนตำบลหนองซอน')

  await page.getByTestId('assessment-switcher').selectOption('demo-banhaeng|2568')
  await page.goto('/action-plan')
  await expect(page.getByTestId('plan-title')).toContainText('บ้านแหง')
  await expect(rows(page).filter({ has: page.getByTestId('plan-name') })).toHaveCount(31)
  // Seed 003's rows with their project sheet (the plan's appendix).
  await expect(page.getByTestId('plan-has-sheet')).toHaveCount(29)
  await page.goto('/action-plan/report?round=6')
  await expect(page.getByTestId('round-budget')).toHaveAttribute('data-value', '15000.00')
  await expect(page.getByTestId('round-by-dimension')).toHaveAttribute('data-value', '4/19/4/2+2')

  await page.goto('/')
  await page.getByTestId('assessment-switcher').selectOption('demo-bangtoei|2566')
  await page.goto('/action-plan/report?round=12')
  await expect(page.getByTestId('round-title')).toContainText('บางเตย')
  await expect(page.getByTestId('round-count-done')).toHaveAttribute('data-value', '17')
  await expect(page.getByTestId('round-count-not-possible')).toHaveAttribute('data-value', '3')
  await expect(page.getByTestId('round-by-dimension')).toHaveAttribute('data-value', '6/8/2/4')
  await expect(page.getByTestId('round-budget')).toHaveAttribute('data-value', '180000.00')
  await expect(page.getByTestId('round-disbursed')).toHaveAttribute('data-value', '0.00')
  await expect(page.getByTestId('round-implementation')).toHaveAttribute('data-value', '85.00')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
