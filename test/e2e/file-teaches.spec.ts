import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import * as XLSX from 'xlsx'
import { watchPage } from './helpers'

// A 2569 result file carrying each item's question text and indicator beside its score (as ITAS
// exports do): the preview says what the catalogue lacks, the committee adopts it, and the items
// screen then shows the wording with the file as its source. The workbook is written here with SheetJS.
test.describe.configure({ timeout: 60_000 })

const E1 = 'เจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่กำหนด'
const E2 = 'เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการให้บริการอย่างชัดเจน'

function workbook(path: string): void {
  const rows: unknown[][] = [
    ['ผลการประเมิน ITA องค์การบริหารส่วนตำบลทดสอบไฟล์ ประจำปีงบประมาณ พ.ศ. 2569'],
    ['ข้อ', 'เครื่องมือ', 'ตัวชี้วัด', 'รายละเอียด', 'คะแนน'],
    ['e1', 'EIT', 6, E1, 88.5],
    ['e2', 'EIT', 6, E2, 91.5],
    ['o1', 'OIT', 9, 'โครงสร้าง หน้าที่และอำนาจ', 100],
  ]
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'EIT')
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))
}

test('a 2569 file carrying titles: the preview offers them, adopting them puts them in the catalogue with the file as source', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  const file = testInfo.outputPath('ผล-ITA-2569.xlsx')
  workbook(file)
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(file)
  await expect(page.getByTestId('file-facts')).toBeVisible()
  await expect(page.getByTestId('file-fact-e1')).toContainText('รายการ: ไม่ทราบ')
  await expect(page.getByTestId('file-fact-e1')).toContainText(E1)
  await expect(page.getByTestId('file-fact-e1')).toContainText('แถว 3')
  // Nothing is chosen until the committee chooses.
  await expect(page.getByTestId('file-fact-title-e1')).not.toBeChecked()
  await page.getByTestId('file-facts-adopt-all').click()
  await expect(page.getByTestId('file-fact-title-e2')).toBeChecked()
  await page.getByTestId('file-fact-indicator-e2').uncheck()
  await page.getByTestId('import-confirm').click()
  await expect(page).toHaveURL(/\/$/)

  await page.getByRole('link', { name: 'ข้อคำถาม', exact: true }).click()
  await expect(page.getByTestId('items-row-e1')).toContainText(E1)
  await expect(page.getByTestId('item-source-e1-title')).toContainText('ไฟล์ที่นำเข้า')
  await expect(page.getByTestId('item-source-e1-title')).toContainText('ผล-ITA-2569.xlsx')
  await expect(page.getByTestId('item-source-e1-indicator')).toContainText('ผล-ITA-2569.xlsx')
  await expect(page.getByTestId('item-source-e2-title')).toContainText('ผล-ITA-2569.xlsx')
  // e2's indicator was not chosen: it stays unknown.
  await expect(page.getByTestId('item-source-e2-indicator')).toHaveAttribute('data-known', 'false')
  await page.reload()
  await expect(page.getByTestId('items-row-e1')).toContainText(E1)
  expect(watch.foreignRequests).toEqual([])
})
