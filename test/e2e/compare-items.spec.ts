import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// อบต.หนองซอน adds its ITA 2568 with item scores (pasted on /import), then compares items scored in
// both years with 2567 (seed 002's item scores).
const ITEMS_2568: Array<[string, string]> = [
  ['i1', '90'], ['i2', '87.27'], ['i3', '๙๕'], ['i10', '80.50'], ['i12', '60'],
  ['e4', '88.00'], ['e9', '40.89'], ['o6', '100'], ['o14', '100'], ['o27', '100'],
]

test('a year added with item scores compares with last year item by item, with each change', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/import')
  await page.getByTestId('import-paste').fill(['ข้อ\tคะแนน', ...ITEMS_2568.map((row) => row.join('\t'))].join('\n'))
  await page.getByTestId('import-paste-read').click()
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('preview-organization').fill('องค์การบริหารส่วนตำบลหนองซอน')
  await page.getByTestId('preview-year').fill('2568')
  await page.getByTestId('import-confirm').click()
  // Saved as another year of the same organisation, not a new one.
  await expect(page.getByTestId('fiscal-year')).toContainText('2568')
  await expect(page.getByTestId('assessment-switcher').locator('option', { hasText: 'หนองซอน' })).toHaveText(['อบต.หนองซอน · ปี 2568', 'อบต.หนองซอน · ปี 2567'])

  await page.getByRole('link', { name: 'เปรียบเทียบปี' }).click()
  await page.getByTestId('compare-year-a').selectOption('2567')
  await page.getByTestId('compare-year-b').selectOption('2568')
  await expect(page.getByTestId('compare-no-items')).toHaveCount(0)
  const items = page.getByTestId('compare-items')
  await expect(items).toBeVisible()
  // The ten pasted codes are all scored in 2567 too, except o27 (2567 has no o27).
  await expect(items.locator('tbody tr')).toHaveCount(9)
  await expect(page.getByTestId('compare-item-o27')).toHaveCount(0)

  const change = (code: string) => page.getByTestId(`compare-item-${code}`).locator('[data-direction]')
  const cells = (code: string) => page.getByTestId(`compare-item-${code}`).locator('td.num')
  // i1: 84.24 -> 90, up 5.76
  await expect(cells('i1').nth(0)).toHaveAttribute('data-value', '84.24')
  await expect(cells('i1').nth(1)).toHaveAttribute('data-value', '90.00')
  await expect(change('i1')).toHaveAttribute('data-direction', 'up')
  await expect(change('i1')).toHaveAttribute('data-value', '5.76')
  await expect(change('i1')).toContainText('เพิ่มขึ้น 5.76')
  // i3: 100 -> 95 (typed in Thai digits), down 5
  await expect(change('i3')).toHaveAttribute('data-direction', 'down')
  await expect(change('i3')).toContainText('ลดลง 5.00')
  // i2 and i12 unchanged
  await expect(page.getByTestId('compare-item-i2')).toContainText('เท่าเดิม')
  await expect(page.getByTestId('compare-item-i12')).toContainText('เท่าเดิม')
  // i10: 67.27 -> 80.50; o14: 0 -> 100
  await expect(change('i10')).toHaveAttribute('data-value', '13.23')
  await expect(change('o14')).toHaveAttribute('data-value', '100.00')
  // e9: 38.89 -> 40.89
  await expect(change('e9')).toHaveAttribute('data-value', '2.00')
  // o6 means another item in 2568 than in 2567: the row says so.
  await expect(page.getByTestId('compare-item-o6')).toContainText('อาจเป็นคนละคำถาม')

  // Either order: the change turns round.
  await page.getByTestId('compare-year-a').selectOption('2568')
  await page.getByTestId('compare-year-b').selectOption('2567')
  await expect(change('i1')).toHaveAttribute('data-direction', 'down')
  await expect(change('i1')).toHaveAttribute('data-value', '-5.76')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
