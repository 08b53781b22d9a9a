import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// A committee adds its ITA 2566 from the ten ITAS indicator figures, then compares it with 2567 (seed 002).
const FIGURES_2566 = ['88.10', '๙๑.๙๒', '99.50', '80', '87.68', '90', '86.09', '75', '40.25', '50']

test('add an earlier year from its ten indicator scores and compare two years side by side', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('overview-changes')).toHaveCount(0)
  await page.getByRole('link', { name: 'เปรียบเทียบปี' }).click()
  await expect(page.getByTestId('compare-one-year')).toBeVisible()

  // A wrong figure is named and nothing is saved.
  await page.getByTestId('add-year-fiscal-year').fill('2566')
  for (const [index, figure] of FIGURES_2566.entries()) await page.getByTestId(`add-year-indicator-${index + 1}`).fill(figure)
  await page.getByTestId('add-year-indicator-9').fill('140.25')
  await page.getByTestId('add-year-submit').click()
  await expect(page.locator('#add-year-error-indicator-9')).toHaveText('ต้องอยู่ระหว่าง 0 ถึง 100')
  await expect(page.getByTestId('saved-year-2566')).toHaveCount(0)

  await page.getByTestId('add-year-indicator-9').fill('40.25')
  await page.getByTestId('add-year-submit').click()
  await expect(page.getByTestId('saved-year-2566')).toBeVisible()
  await expect(page.getByTestId('compare-year-a')).toHaveValue('2566')
  await expect(page.getByTestId('compare-year-b')).toHaveValue('2567')

  // 2566: IIT 89.44, EIT 83.70, OIT 45.125 -> 69.99 (grade C); 2567: 74.67 (ต้องปรับปรุง).
  await expect(page.getByTestId('compare-total-a')).toHaveAttribute('data-value', '69.99')
  await expect(page.getByTestId('compare-total-b')).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('compare-total')).toHaveAttribute('data-direction', 'up')
  await expect(page.getByTestId('compare-total')).toHaveAttribute('data-value', '4.68')
  await expect(page.getByTestId('compare-total')).toContainText('เพิ่มขึ้น 4.68')
  await expect(page.getByTestId('compare-level-a')).toHaveText('C')
  await expect(page.getByTestId('compare-level-b')).toHaveText('ต้องปรับปรุง')
  await expect(page.getByTestId('compare-indicator-4')).toHaveAttribute('data-value', '-4.65')
  await expect(page.getByTestId('compare-indicator-4')).toContainText('ลดลง 4.65')
  await expect(page.getByTestId('compare-indicator-2')).toContainText('เท่าเดิม')
  await expect(page.getByTestId('compare-no-items')).toBeVisible()

  // Either order.
  await page.getByTestId('compare-year-a').selectOption('2567')
  await page.getByTestId('compare-year-b').selectOption('2566')
  await expect(page.getByTestId('compare-total')).toHaveAttribute('data-direction', 'down')
  await expect(page.getByTestId('compare-total')).toHaveAttribute('data-value', '-4.68')

  // The overview now shows last year beside this year, in the chart, its table and the changes list.
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('overview-change-total')).toHaveAttribute('data-direction', 'up')
  await expect(page.getByTestId('overview-change-total')).toHaveAttribute('data-value', '4.68')
  await expect(page.getByTestId('overview-change-tool-OIT')).toContainText('เพิ่มขึ้น 10.53')
  await expect(page.getByTestId('overview-change-indicator-4')).toContainText('ลดลง 4.65')
  await expect(page.getByTestId('overview-change-level-a')).toHaveText('C')
  await expect(page.getByTestId('overview-change-level-b')).toHaveText('ต้องปรับปรุง')
  await expect(page.getByTestId('overview-change-total-a')).toHaveAttribute('data-value', '69.99')
  await expect(page.getByTestId('indicator-previous-9')).toHaveAttribute('data-value', '40.25')
  await expect(page.locator('canvas')).toHaveCount(1)

  // The added year opens from the switcher like any other.
  await page.getByTestId('assessment-switcher').selectOption({ label: 'อบต.หนองซอน · ปี 2566' })
  await expect(page.getByTestId('fiscal-year')).toContainText('2566')
  await expect(page.getByTestId('level')).toHaveText('C')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
