import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'
import { readDownloadedWorkbook } from './xlsx'

// Following seed 002's 2568 measures through the year, as seed 004 reports them, then next year's draft.
const SEED004_HEADERS = [
  'ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลาในการดำเนินการ', 'ผู้รับผิดชอบ',
  'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม', 'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
]

test('reports the 6- and 12-month rounds, exports them, and starts next year\'s draft with what is not done', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ติดตามผล' }).click()
  const count = (status: string) => page.getByTestId(`followup-count-${status}`)
  await expect(count('pending')).toHaveAttribute('data-value', '12')

  // Round 6: measure 1 done with its evidence, 2 not possible with its reason, 3 in progress.
  await page.getByTestId('followup-status-1').selectOption('done')
  await page.getByTestId('followup-summary-1').fill('แต่งตั้งคณะทำงานและเผยแพร่คู่มือการปฏิบัติงานทางเว็บไซต์แล้ว')
  await page.getByTestId('followup-outcome-1').fill('บุคลากรปฏิบัติงานตามคู่มือ')
  await page.getByTestId('followup-outcome-1').blur()
  await page.getByTestId('followup-evidence-1').fill('javascript:alert(1)')
  await page.getByTestId('followup-evidence-add-1').click()
  await expect(page.getByTestId('followup-row-1').getByRole('alert')).toContainText('ต้องขึ้นต้นด้วย http:// หรือ https://')
  await page.getByTestId('followup-evidence-1').fill('https://www.nongson.go.th/ita/manual.pdf')
  await page.getByTestId('followup-evidence-1').press('Enter')
  await expect(page.getByTestId('followup-row-1').getByRole('link', { name: 'https://www.nongson.go.th/ita/manual.pdf' })).toHaveAttribute('rel', 'noopener noreferrer')

  await page.getByTestId('followup-status-2').selectOption('not-possible')
  await expect(page.getByTestId('followup-issues')).toContainText('แถวที่ 2: ระบุว่าไม่สามารถดำเนินการได้ แต่ยังไม่ได้ระบุเหตุผล')
  await page.getByTestId('followup-reason-2').fill('บุคลากรไม่เพียงพอ')
  await page.getByTestId('followup-reason-2').blur()
  await page.getByTestId('followup-status-3').selectOption('in-progress')
  await page.getByTestId('followup-summary-3').fill('มอบหมายเจ้าหน้าที่จัดทำเนื้อหาแล้ว')
  await page.getByTestId('followup-summary-3').blur()
  await expect(page.getByTestId('followup-issues')).toHaveCount(0)
  await expect(count('done')).toHaveAttribute('data-value', '1')
  await expect(count('not-possible')).toHaveAttribute('data-value', '1')
  await expect(count('in-progress')).toHaveAttribute('data-value', '1')
  await expect(count('pending')).toHaveAttribute('data-value', '9')

  // Round 12 starts empty; measure 1 is reported done there too.
  await page.getByTestId('followup-round-12').check()
  await expect(count('pending')).toHaveAttribute('data-value', '12')
  await page.getByTestId('followup-status-1').selectOption('done')
  await page.getByTestId('followup-summary-1').fill('ดำเนินการครบทุกขั้นตอน')
  await page.getByTestId('followup-summary-1').blur()
  await expect(count('done')).toHaveAttribute('data-value', '1')

  // Seed 004's per-indicator view: each indicator labelled as the 2567 result flags it.
  const indicators = page.getByTestId('followup-indicators')
  await expect(indicators.getByTestId('followup-indicator-1')).toContainText('การปฏิบัติหน้าที่ (รักษาระดับ)')
  await expect(indicators.getByTestId('followup-indicator-1')).toContainText('ดำเนินการครบทุกขั้นตอน')
  await expect(indicators.getByTestId('followup-indicators-uncovered')).toContainText('การใช้ทรัพย์สินของราชการ')

  // Reports survive a reload.
  await page.reload()
  await expect(page.getByTestId('followup-status-2')).toHaveValue('not-possible')
  await expect(page.getByTestId('followup-reason-2')).toHaveValue('บุคลากรไม่เพียงพอ')

  // Export and read the file back.
  await page.getByTestId('followup-round-12').check()
  const downloading = page.waitForEvent('download')
  await page.getByTestId('followup-export').click()
  const book = await readDownloadedWorkbook(await downloading)
  expect(book.sheetNames).toEqual(['รายตัวชี้วัด', 'รายมาตรการ 6 เดือน', 'รายมาตรการ 12 เดือน', 'สรุปสถานะ'])
  const byIndicator = book.rows('รายตัวชี้วัด')
  expect(byIndicator[1]).toEqual(SEED004_HEADERS)
  expect(byIndicator[2]!.slice(0, 2)).toEqual(['๑', 'การปฏิบัติหน้าที่ (รักษาระดับ)'])
  expect(byIndicator.map((row) => row[1])).toContain('การใช้งบประมาณ (รักษาระดับ)')
  const six = book.rows('รายมาตรการ 6 เดือน')
  expect(six[1]).toEqual([...SEED004_HEADERS, 'สถานะ', 'เหตุผลที่ไม่สามารถดำเนินการได้', 'หลักฐาน'])
  expect(six.slice(2)).toHaveLength(12)
  expect(six[2]!.slice(0, 2)).toEqual(['๑', 'จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'])
  expect(six[2]!.slice(5)).toEqual([
    'แต่งตั้งคณะทำงานและเผยแพร่คู่มือการปฏิบัติงานทางเว็บไซต์แล้ว', 'บุคลากรปฏิบัติงานตามคู่มือ', 'ดำเนินการแล้วเสร็จ', '',
    'https://www.nongson.go.th/ita/manual.pdf',
  ])
  expect(six[3]!.slice(7, 9)).toEqual(['ไม่สามารถดำเนินการได้', 'บุคลากรไม่เพียงพอ'])
  expect(six[4]![7]).toBe('อยู่ระหว่างดำเนินการ')
  expect(six[5]![7]).toBe('รอรายงาน')
  // Counts are numbers (they sum in Excel), shown in Thai digits by the cell's format.
  expect(book.values('สรุปสถานะ').slice(1)).toEqual([
    ['สถานะ', 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน'],
    ['รอรายงาน', 9, 11],
    ['อยู่ระหว่างดำเนินการ', 1, 0],
    ['ดำเนินการแล้วเสร็จ', 1, 1],
    ['ไม่สามารถดำเนินการได้', 1, 0],
    ['รวม', 12, 12],
  ])
  expect(book.cell('สรุปสถานะ', 'C7')).toMatchObject({ t: 'n', v: 12, z: '[$-D00041E]0' })

  // Next year: the eleven measures not done are carried into 2569, with their status and reason.
  await page.getByTestId('next-year-draft').click()
  await expect(page).toHaveURL(/\/measures/)
  await expect(page.getByTestId('measure-notice')).toContainText('ยกมาตรการที่ยังไม่แล้วเสร็จจากปี 2568 มา 11 รายการ')
  await expect(page.getByTestId('measure-plan-year')).toHaveValue('2569')
  const table = page.getByTestId('measures-table')
  await expect(table.locator('tbody tr')).toHaveCount(11)
  await expect(table).not.toContainText('จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
  await expect(page.getByTestId('measure-row-1').getByTestId('measure-carried')).toHaveText('ยกมาจากปี 2568 (ไม่สามารถดำเนินการได้: บุคลากรไม่เพียงพอ)')
  await expect(page.getByTestId('measure-row-2').getByTestId('measure-carried')).toContainText('อยู่ระหว่างดำเนินการ')
  await expect(page.getByTestId('measure-row-1').getByTestId('measure-period')).toHaveText('เมษายน 2569 ถึง กันยายน 2569')
  // No 2568 result is saved, so drafting from an analysis waits for it; the 2568 plan is still there.
  await expect(page.getByTestId('measure-draft')).toBeDisabled()
  await page.getByTestId('measure-plan-year').selectOption('2568')
  await expect(table.locator('tbody tr')).toHaveCount(12)

  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
