import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// Two tabs of one browser profile, as a committee member with the app open twice.
test('two tabs never overwrite each other: the second is told, keeps its input, and applies it on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/')
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')
  await tabB.goto('/')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')

  // Tab A saves; tab B, untouched, follows without a reload.
  await tabA.getByTestId('threshold-input').fill('80')
  await tabA.getByTestId('threshold-save').click()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('80')

  // Tab B starts typing; tab A saves meanwhile. Tab B sees the new saved value and keeps its draft.
  await tabB.getByTestId('threshold-input').fill('90')
  await tabA.getByTestId('threshold-input').fill('70')
  await tabA.getByTestId('threshold-save').click()
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')
  await expect(tabB.getByTestId('threshold-stale')).toContainText('70')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('90')

  // Saving the draft is refused: nothing is overwritten, the user is told why, the input stays.
  await tabB.getByTestId('threshold-save').click()
  await expect(tabB.getByTestId('threshold-message')).toContainText('เกณฑ์นี้ถูกแก้ไขจากแท็บอื่น จึงยังไม่ได้บันทึกค่าของคุณ (90)')
  await expect(tabB.getByTestId('storage-notice')).toContainText('ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น จึงไม่ได้บันทึกทับ')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('90')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')
  await tabA.reload()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')

  // Applied again on purpose, it is saved and tab A follows.
  await tabB.getByTestId('threshold-reapply').click()
  await expect(tabB.getByTestId('threshold-message')).toContainText('บันทึกเกณฑ์ 90.00 คะแนนแล้ว')
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '90')
  await tabB.reload()
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '90')

  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('a restore in one tab shows in the other', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await tabB.goto('/')
  await expect(tabB.getByTestId('assessment-switcher').locator('option')).toHaveCount(1)
  await tabA.goto('/data')
  await tabA.getByTestId('restore-file').setInputFiles('test/fixtures/storage/backup/v1.json')
  await tabA.getByTestId('restore-confirm').click()
  await expect(tabA.getByTestId('restore-done')).toBeVisible()
  await expect(tabB.getByTestId('assessment-switcher').locator('option')).toHaveCount(2)
})
