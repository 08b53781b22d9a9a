import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'
import { pastePlan } from './action-plan-helpers'

const rows = (page: Page) => page.getByTestId('plan-table').locator('tbody tr')

test('imports a pasted plan table with a preview, undoes it, imports again, and edits entries (an integrity measure too)', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'แผนปฏิบัติการฯ', exact: true }).click()
  await expect(page.getByTestId('plan-title')).toHaveText('แผนปฏิบัติการป้องกันการทุจริตขององค์การบริหารส่วนตำบลหนองซอน')
  await expect(page.getByTestId('plan-empty')).toBeVisible()

  // The preview lists the five rows and says the รวมทั้งสิ้น row matches them; nothing is saved yet.
  // The table is read in the import's worker, not on the page's thread.
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await pastePlan(page)
  expect(workers).toEqual([expect.stringMatching(/\/assets\/worker-[\w-]+\.js$/)])
  const preview = page.getByTestId('plan-import-preview')
  await expect(preview.locator('[data-testid^="plan-import-row-"]')).toHaveCount(5)
  await expect(preview.getByTestId('plan-import-row-1')).toContainText('โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรม')
  await expect(preview.getByTestId('plan-import-total')).toHaveAttribute('data-matches', 'true')
  await page.getByTestId('plan-import-cancel').click()
  await expect(page.getByTestId('plan-empty')).toBeVisible()

  await pastePlan(page)
  await page.getByTestId('plan-import-confirm').click()
  await expect(rows(page)).toHaveCount(5)
  await expect(page.getByTestId('plan-row-1').getByTestId('plan-budget')).toHaveAttribute('data-value', '10000.00')
  await expect(page.getByTestId('plan-row-1').getByTestId('plan-quarter-2')).toHaveAttribute('data-value', '1')
  await expect(page.getByTestId('plan-row-1').getByTestId('plan-quarter-1')).toHaveAttribute('data-value', '0')
  await expect(page.getByTestId('plan-row-5').getByTestId('plan-dimension')).toHaveText('2')
  // Seed 003's table prints 0.00 for an unfunded row: the import keeps the amount the table gives.
  await expect(page.getByTestId('plan-row-2').getByTestId('plan-budget')).toHaveAttribute('data-value', '0.00')

  // Undo takes the import back whole; importing again brings it back.
  await page.getByTestId('plan-import-undo').click()
  await expect(page.getByTestId('plan-empty')).toBeVisible()
  await pastePlan(page)
  await page.getByTestId('plan-import-confirm').click()
  await expect(rows(page)).toHaveCount(5)

  // Edit an own entry: its budget, remark and project sheet.
  await page.getByTestId('plan-edit-3').click()
  const editor = page.getByTestId('measure-editor')
  await expect(editor.getByTestId('measure-name-input')).toBeFocused()
  await editor.getByTestId('measure-budget-amount').check()
  await editor.getByTestId('measure-budget-baht').fill('2500')
  await editor.getByTestId('measure-remark').fill('จัดร่วมกับโรงเรียนในตำบล')
  await editor.getByTestId('plan-sheet-start').click()
  await editor.getByTestId('plan-sheet-rationale').fill('เพื่อให้บุคลากรรู้เท่าทันการทุจริต')
  await editor.getByTestId('plan-sheet-objectives').fill('เพื่อเสริมสร้างความรู้\nเพื่อสร้างเครือข่าย')
  await editor.getByTestId('measure-save').click()
  await expect(editor).toHaveCount(0)
  await expect(page.getByTestId('plan-row-3').getByTestId('plan-budget')).toHaveAttribute('data-value', '2500.00')
  await expect(page.getByTestId('plan-row-3').getByTestId('plan-remark')).toHaveText('จัดร่วมกับโรงเรียนในตำบล')
  await expect(page.getByTestId('plan-row-3').getByTestId('plan-has-sheet')).toBeVisible()

  // Include the first integrity measure of the year's measures table: the same record, edited here.
  await page.getByTestId('plan-add-integrity').click()
  await page.getByTestId('plan-include-1').click()
  await expect(rows(page)).toHaveCount(6)
  await expect(page.getByTestId('plan-row-6').getByTestId('plan-integrity')).toBeVisible()
  await page.getByTestId('plan-edit-6').click()
  await editor.getByTestId('measure-name-input').fill('จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ (แก้ไขจากแผนปฏิบัติการ)')
  await editor.getByTestId('measure-save').click()
  await expect(page.getByTestId('plan-notice')).toContainText('เปลี่ยนในตารางมาตรการด้วย')
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'มาตรการ', exact: true }).click()
  await expect(page.getByTestId('measure-row-1').getByTestId('measure-name')).toContainText('จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ (แก้ไขจากแผนปฏิบัติการ)')

  // All saved: after a reload the plan still holds the six entries.
  await page.goto('/action-plan')
  await expect(rows(page)).toHaveCount(6)
  await expect(page.getByTestId('plan-row-6').getByTestId('plan-name')).toHaveText('จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ (แก้ไขจากแผนปฏิบัติการ)')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('reports a round: statuses with a reason, disbursed, the computed summary, and an entry done at 6 months locked at 12', async ({ page }) => {
  await page.goto('/action-plan')
  await pastePlan(page)
  await page.getByTestId('plan-import-confirm').click()
  await expect(rows(page)).toHaveCount(5)

  await page.goto('/action-plan/report?round=6')
  await page.getByTestId('round-status-4').selectOption('done')
  await page.getByTestId('round-12').check()
  await expect(page.getByTestId('round-status-4')).toBeDisabled()
  await expect(page.getByTestId('round-status-4')).toHaveValue('done')
  await expect(page.getByTestId('round-locked-4')).toBeVisible()

  await page.getByTestId('round-status-1').selectOption('done')
  await page.getByTestId('round-disbursed-1').fill('๘,๕๐๐')
  await page.getByTestId('round-disbursed-1').blur()
  await page.getByTestId('round-summary-1').fill('๑) ขออนุมัติโครงการ\n๒) จัดอบรมบุคลากร ๔๕ คน')
  await page.getByTestId('round-summary-1').blur()
  await page.getByTestId('round-status-2').selectOption('not-possible')
  await expect(page.getByTestId('round-reason-code-2')).toHaveAttribute('aria-invalid', 'true')
  await page.getByTestId('round-reason-code-2').selectOption('not-enough-staff')
  await page.getByTestId('round-status-3').selectOption('in-progress')

  const count = (status: string) => page.getByTestId(`round-count-${status}`)
  await expect(count('done')).toHaveAttribute('data-value', '2')
  await expect(count('not-possible')).toHaveAttribute('data-value', '1')
  await expect(count('in-progress')).toHaveAttribute('data-value', '1')
  await expect(count('pending')).toHaveAttribute('data-value', '1')
  await expect(page.getByTestId('round-budget')).toHaveAttribute('data-value', '10000.00')
  await expect(page.getByTestId('round-disbursed')).toHaveAttribute('data-value', '8500.00')
  await expect(page.getByTestId('round-disbursed-percent')).toHaveAttribute('data-value', '85.00')
  // (2 done × 1 + 1 in progress × 0.5) / 5 entries × 100.
  await expect(page.getByTestId('round-implementation')).toHaveAttribute('data-value', '50.00')
  await expect(page.getByTestId('round-formula')).toBeVisible()

  // Disbursed above the budget is a finding before publishing.
  await page.getByTestId('round-disbursed-1').fill('12000')
  await page.getByTestId('round-disbursed-1').blur()
  await expect(page.getByTestId('measure-check-findings').getByTestId('finding-disbursed-above-budget')).toBeVisible()
  await page.getByTestId('round-disbursed-1').fill('8500')
  await page.getByTestId('round-disbursed-1').blur()
  await expect(page.getByTestId('measure-check-findings').getByTestId('finding-disbursed-above-budget')).toHaveCount(0)

  await page.getByTestId('round-problems').fill('บุคลากรมีภารกิจหลายด้าน')
  await page.getByTestId('round-problems').blur()
  await page.getByTestId('round-reporter-name').fill('นางสาวสุกัญญา เทพา')
  await page.getByTestId('round-reporter-name').blur()

  await page.reload()
  await expect(page.getByTestId('round-status-2')).toHaveValue('not-possible')
  await expect(page.getByTestId('round-reason-code-2')).toHaveValue('not-enough-staff')
  await expect(page.getByTestId('round-disbursed-1')).toHaveValue('8500')
  await expect(page.getByTestId('round-problems')).toHaveValue('บุคลากรมีภารกิจหลายด้าน')
})
