import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'

// Seed 002 (อบต.หนองซอน, ITA 2567) is the demo a first start holds; every test starts from it.

const flagOf = (page: Page, testId: string) => page.getByTestId(testId).locator('[data-flag]')

test('overriding an item on its page moves its flag, its group sections and the counts', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/groups')
  await expect(page.getByTestId('group-section-7')).toContainText('ประเด็นที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน')
  await expect(flagOf(page, 'group-7-item-i13')).toHaveAttribute('data-flag', 'maintain')
  const before = Number(await page.getByTestId('group-improve-count-7').getAttribute('data-value'))
  await expect(page.getByTestId('group-summary-improve-7')).toHaveAttribute('data-value', String(before))
  await expect(page.getByTestId('group-7-note-IIT')).not.toContainText('i13')
  await expect(page.getByTestId('group-stale-7')).toHaveCount(0)

  // The item's page, reached from its row in the group table.
  await page.getByTestId('group-7-item-i13').getByRole('link').click()
  await expect(page.getByTestId('item-title')).toContainText('ข้อ i13')
  await expect(page.getByTestId('item-score')).toHaveAttribute('data-value', '92.73')
  await expect(page.getByTestId('item-computed-flag')).toHaveAttribute('data-flag', 'maintain')
  await page.getByTestId('item-override-select').selectOption('improve')
  await page.getByTestId('item-override-reason').fill('พบข้อร้องเรียนจากการตรวจสอบภายใน')
  await page.getByTestId('item-override-save').click()
  await expect(page.getByTestId('item-status')).toContainText('ปรับปรุง')
  await expect(flagOf(page, 'item-flag')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('item-flag')).toContainText('★')
  await expect(page.getByTestId('item-computed-flag')).toHaveAttribute('data-flag', 'maintain')
  await expect(flagOf(page, 'item-year-2567')).toHaveAttribute('data-flag', 'improve')

  // The group sections and counts follow; the saved text is not redrafted unasked, but says it is out of date.
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: '๗ ประเด็น' }).click()
  await expect(flagOf(page, 'group-7-item-i13')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('group-7-item-i13')).toContainText('★')
  await expect(page.getByTestId('group-improve-count-7')).toHaveAttribute('data-value', String(before + 1))
  await expect(page.getByTestId('group-summary-improve-7')).toHaveAttribute('data-value', String(before + 1))
  await expect(page.getByTestId('group-7-note-IIT')).toContainText('i13')
  await expect(page.getByTestId('group-stale-7')).toBeVisible()
  await expect(page.getByTestId('group-text-7')).not.toHaveValue(/i13 \(92\.73 คะแนน\) ด้วย/)

  // An unedited text is simply redrafted, and now names the committee's decision.
  await page.getByTestId('group-redraft-7').click()
  await expect(page.getByTestId('group-text-7')).toHaveValue(/คณะทำงานกำหนดให้ปรับปรุงข้อ i13 \(92\.73 คะแนน\) ด้วย เนื่องจาก พบข้อร้องเรียนจากการตรวจสอบภายใน/)
  await expect(page.getByTestId('group-compare-7')).toHaveCount(0)
  await expect(page.getByTestId('group-stale-7')).toHaveCount(0)

  // The overview's item table follows; a flag moves no score.
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(flagOf(page, 'item-row-i13')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')

  // Clearing the decision after a reload brings everything back.
  await page.goto('/items/i13')
  await expect(flagOf(page, 'item-flag')).toHaveAttribute('data-flag', 'improve')
  await page.getByTestId('item-override-select').selectOption('')
  await page.getByTestId('item-override-save').click()
  await expect(flagOf(page, 'item-flag')).toHaveAttribute('data-flag', 'maintain')
  await expect(page.getByTestId('item-flag')).not.toContainText('★')
  await page.goto('/groups')
  await expect(page.getByTestId('group-improve-count-7')).toHaveAttribute('data-value', String(before))

  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('an edited group text survives drafting again: compared, kept, and still there after a reload', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/groups')
  const text = page.getByTestId('group-text-4')
  await expect(text).toHaveValue(/^ข้อเท็จจริงพบว่า อบต\.หนองซอน มีผลคะแนนในตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ อยู่ที่ 75\.35 คะแนน/)
  await expect(text).toHaveValue(/ข้อ i12 .*\(อ้างอิงจาก o10\)/)
  const mine = `${await text.inputValue()}\n\nคณะทำงานมอบหมายกองคลังตรวจนับครุภัณฑ์ทุกไตรมาส`
  await text.fill(mine)
  await expect(page.getByTestId('group-status-4')).toHaveAttribute('data-edited', 'true')
  // Written before the page is left by address (a write still in flight then would be the leave guard's case).
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')

  // The figures change: the committee also wants i11 improved.
  await page.goto('/items/i11')
  await page.getByTestId('item-override-select').selectOption('improve')
  await page.getByTestId('item-override-save').click()
  await expect(flagOf(page, 'item-flag')).toHaveAttribute('data-flag', 'improve')
  await page.goto('/groups')
  await expect(page.getByTestId('group-stale-4')).toBeVisible()
  await expect(text).toHaveValue(mine)

  // Drafting again, by keyboard, does not touch the edit: it shows the new draft beside it.
  await page.getByTestId('group-redraft-4').focus()
  await page.keyboard.press('Enter')
  const compare = page.getByTestId('group-compare-4')
  await expect(compare).toBeVisible()
  await expect(text).toHaveValue(mine)
  await expect(compare.getByTestId('comparison-before').locator('del')).toContainText(['คณะทำงานมอบหมายกองคลังตรวจนับครุภัณฑ์ทุกไตรมาส'])
  await expect(compare.getByTestId('comparison-after').locator('ins').filter({ hasText: 'i11' })).not.toHaveCount(0)

  await compare.getByTestId('group-keep-mine').click()
  await expect(compare).toHaveCount(0)
  await expect(text).toHaveValue(mine)
  await expect(page.getByTestId('group-stale-4')).toHaveCount(0)
  await expect(page.getByTestId('group-status-4')).toHaveAttribute('data-edited', 'true')

  await page.reload()
  await expect(page.getByTestId('group-text-4')).toHaveValue(mine)
  await expect(page.getByTestId('group-status-4')).toHaveAttribute('data-edited', 'true')

  // Taking the draft is a choice too.
  await page.getByTestId('group-redraft-4').click()
  await page.getByTestId('group-compare-4').getByTestId('group-take-draft').click()
  await expect(page.getByTestId('group-text-4')).not.toHaveValue(/ตรวจนับครุภัณฑ์ทุกไตรมาส/)
  await expect(page.getByTestId('group-text-4')).toHaveValue(/คณะทำงานกำหนดให้ปรับปรุงข้อ i11/)
  await expect(page.getByTestId('group-status-4')).toHaveAttribute('data-edited', 'false')

  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('an organisation\'s own recommendation is kept, feeds the group draft, and resets to the shipped one', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  // The group texts are drafted with the shipped recommendation first.
  await page.goto('/groups')
  await expect(page.getByTestId('group-text-4')).toHaveValue(/ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ/)
  await page.goto('/items/i12')
  const recommendation = page.getByTestId('recommendation-text')
  await expect(recommendation).toHaveValue(/ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ \(อ้างอิงจาก o10\)/)
  await expect(page.getByTestId('recommendation-source')).toContainText('อบต.หนองซอน')
  await expect(page.getByTestId('recommendation-reset')).toBeDisabled()

  await recommendation.fill('หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o99)')
  await expect(page.getByTestId('recommendation-unknown-citations')).toContainText('o99')
  await recommendation.fill('หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)')
  await expect(page.getByTestId('recommendation-unknown-citations')).toHaveCount(0)
  await page.getByTestId('recommendation-save').click()
  await expect(page.getByTestId('recommendation-edited')).toBeVisible()
  await expect(page.getByTestId('recommendation-shipped')).toContainText('ตรวจสอบวัสดุและครุภัณฑ์', { useInnerText: false })

  await page.reload()
  await expect(page.getByTestId('recommendation-text')).toHaveValue('หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)')

  await page.goto('/recommendations')
  await page.getByTestId('recommendation-filter-edited').check()
  await expect(page.getByTestId('recommendation-list').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('recommendation-row-i12')).toContainText('ตรวจนับครุภัณฑ์ทุกไตรมาส')

  await page.goto('/groups')
  await expect(page.getByTestId('group-stale-4')).toBeVisible()
  await page.getByTestId('group-redraft-4').click()
  await expect(page.getByTestId('group-text-4')).toHaveValue(/ข้อ i12 .*\(60\.00 คะแนน\) หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส \(อ้างอิงจาก o10\)/)

  await page.goto('/items/i12')
  await page.getByTestId('recommendation-reset').click()
  await expect(page.getByTestId('recommendation-text')).toHaveValue(/ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ/)
  await expect(page.getByTestId('recommendation-edited')).toHaveCount(0)

  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
