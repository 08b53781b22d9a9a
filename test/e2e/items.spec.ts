import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// The demo (seed 002): i13 scores 92.73, so it is "maintain" as computed; it belongs to issue group 7.
test('override an item from the items list: its flag, the counts and the overview follow, and it survives a reload', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ข้อคำถาม', exact: true }).click()
  await expect(page).toHaveURL(/\/items$/)
  await expect(page.getByTestId('item-link-i13')).toHaveAttribute('href', '/items/i13')

  const flagOf = (code: string) => page.getByTestId(`item-flag-${code}`).locator('[data-flag]')
  await expect(flagOf('i13')).toHaveAttribute('data-flag', 'maintain')
  const improveBefore = Number(await page.getByTestId('items-count-improve').getAttribute('data-value'))
  await expect(page.getByTestId('items-count-overridden')).toHaveAttribute('data-value', '1')

  await page.getByTestId('item-override-i13').selectOption('improve')
  await expect(flagOf('i13')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('item-flag-i13')).toContainText('★')
  await expect(page.getByTestId('items-count-improve')).toHaveAttribute('data-value', String(improveBefore + 1))
  await expect(page.getByTestId('items-count-overridden')).toHaveAttribute('data-value', '2')
  await page.getByTestId('item-override-reason-i13').fill('ผลสำรวจภายในพบข้อร้องเรียนซ้ำ')
  await page.getByTestId('item-override-reason-i13').press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'บันทึกแล้ว: ข้อ i13' })).toBeVisible()

  // Group 7's items to improve now hold i13 (what the group sections read).
  await page.getByTestId('items-filter-group').selectOption('7')
  await page.getByTestId('items-filter-flag').selectOption('improve')
  await expect(page.getByTestId('items-row-i13')).toBeVisible()
  await expect(page.getByTestId('items-row-i14')).toHaveCount(0)
  // i13 (the committee's), i15 84.24, e7 83.3, e8 84.67, o21 0, o30 0
  await expect(page.getByTestId('items-shown')).toHaveAttribute('data-value', '6')

  // The overview shows the committee's flag; the total does not move (a flag is not a score).
  await page.reload()
  await expect(page.getByTestId('item-override-reason-i13')).toHaveValue('ผลสำรวจภายในพบข้อร้องเรียนซ้ำ')
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('item-row-i13').locator('[data-flag]')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('item-row-i13').locator('[data-flag]')).toContainText('★')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')

  // Back to the computed flag.
  await page.goto('/items')
  await page.getByTestId('item-override-i13').selectOption('')
  await expect(flagOf('i13')).toHaveAttribute('data-flag', 'maintain')
  await expect(page.getByTestId('item-flag-i13')).not.toContainText('★')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('items filter by tool and indicator and sort weakest first, by keyboard alone', async ({ page }) => {
  await page.goto('/items')
  await expect(page.getByTestId('items-table')).toBeVisible()
  await page.getByTestId('items-filter-tool').focus()
  await page.getByTestId('items-filter-tool').selectOption('IIT')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('items-filter-indicator')).toBeFocused()
  await page.getByTestId('items-filter-indicator').selectOption('4')
  await expect(page.getByTestId('items-shown')).toHaveAttribute('data-value', '3')
  await page.getByTestId('items-sort').selectOption('score-asc')
  const codes = await page.locator('[data-testid^="items-row-"] th').allTextContents()
  expect(codes).toEqual(['i12', 'i10', 'i11'])
  // The code link is reachable by Tab and opens the item's page.
  await page.getByTestId('item-link-i12').focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/items\/i12$/)
})
