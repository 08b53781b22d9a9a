import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'
import { docxPart, expectNoMissingGlyphs, expectOnlySarabunEmbedded, pdfText, printToPdf } from './pdf'
import { readDownloadedWorkbook } from './xlsx'
import { pastePlan } from './action-plan-helpers'

const ORGANIZATION = 'องค์การบริหารส่วนตำบลหนองซอน'

/** The demo organisation's 2568 plan from seed 003's first five rows, announced, with a 12-month round reported. */
async function planWithResults(page: Page): Promise<void> {
  await page.goto('/action-plan')
  await pastePlan(page)
  await page.getByTestId('plan-import-confirm').click()
  await expect(page.getByTestId('plan-row-5')).toBeVisible()
  await page.getByTestId('plan-announcement-date').fill('2025-02-27')
  await page.getByTestId('plan-announcement-date').blur()
  await page.getByTestId('plan-signer-name').fill('นายประสิทธิ์ เมืองงาว')
  await page.getByTestId('plan-signer-name').blur()
  await page.getByTestId('plan-as-of').fill('2025-04-20')
  await page.getByTestId('plan-as-of').blur()
  await page.getByTestId('plan-issuer-name').fill('นางสาวสุกัญญา เทพา')
  await page.getByTestId('plan-issuer-name').blur()
  await expect(page.getByTestId('plan-issuer-name')).toHaveValue('นางสาวสุกัญญา เทพา')

  await page.goto('/action-plan/report?round=12')
  for (const row of [1, 3, 4, 5]) await page.getByTestId(`round-status-${row}`).selectOption('done')
  await page.getByTestId('round-disbursed-1').fill('8500')
  await page.getByTestId('round-disbursed-1').blur()
  await page.getByTestId('round-status-2').selectOption('not-possible')
  await page.getByTestId('round-reason-code-2').selectOption('no-budget')
  await expect(page.getByTestId('round-implementation')).toHaveAttribute('data-value', '80.00')
}

/**
 * The PDF's text in the order it was written (cell by cell: -raw, not the page's layout, which
 * interleaves the lines of cells side by side) with every space removed (Thai cells wrap over lines).
 */
function flatText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

function pageSizes(file: string): string {
  return execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' })
}

test('the plan prints in e-PlanNACC\'s shape with its รวมทั้งสิ้น row, and the announcement with its date and signer', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await planWithResults(page)

  await page.goto('/print/action-plan')
  const plan = await printToPdf(page, 'action-plan')
  const text = pdfText(plan)
  expect(text).toContain(`แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๘ ของ ${ORGANIZATION}`)
  expect(text).toMatch(/รวมทั้งสิ้น\s+๑๐,๐๐๐\.๐๐\s+๐\s+๕\s+๕\s+๐/)
  expect(text).toContain('ข้อมูล ณ วันที่ ๒๐ เมษายน ๒๕๖๘')
  expect(text).toContain('นางสาวสุกัญญา เทพา')
  expect(text).toContain('มิติ ๑ การสร้างวัฒนธรรมสุจริต')
  const flat = flatText(plan)
  for (const name of ['โครงการฝึกอบรมการส่งเสริมคุณธรรม', 'โครงการเสริมสร้างองค์ความรู้ด้านการต่อต้าน', 'โครงการเสริมสร้างความโปร่งใสในการใช้ทรัพย์สิน']) expect(flat).toContain(name)
  expectOnlySarabunEmbedded(plan)
  await expectNoMissingGlyphs(page, plan, testInfo)
  expect(pageSizes(plan)).toMatch(/Page\s+1 size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/)

  await page.goto('/print/announcement')
  const announcement = await printToPdf(page, 'announcement')
  const words = pdfText(announcement)
  expect(words).toContain(`ประกาศ${ORGANIZATION}`)
  // The subject wraps before พ.ศ. on the page: read it without the line breaks.
  expect(flatText(announcement)).toContain('เรื่องประกาศใช้แผนปฏิบัติการป้องกันการทุจริตประจำปีงบประมาณพ.ศ.๒๕๖๘')
  expect(flatText(announcement)).toContain('เปิดเผยไม่น้อยกว่า๓๐วัน')
  expect(words).toContain('ประกาศ ณ วันที่ ๒๗ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๘')
  expect(words).toContain('นายประสิทธิ์ เมืองงาว')
  expectOnlySarabunEmbedded(announcement)
  expect(pageSizes(announcement)).toMatch(/Page\s+1 size:\s+59[45]\.\d+ x 84[12]\.\d+ pts/)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('the 12-month report prints in both layouts with the statuses, the disbursed and the summary, and exports to Word and Excel', async ({ page }, testInfo) => {
  await planWithResults(page)

  await page.goto('/print/action-plan-report?round=12&layout=000')
  const table = await printToPdf(page, 'report-000')
  const text = pdfText(table)
  expect(text).toContain(`รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ${ORGANIZATION}`)
  expect(text).toContain('รอบ ๑๒ เดือน')
  expect(text).toMatch(/๘,๕๐๐\.๐๐/)
  const flat = flatText(table)
  expect(flat).toContain('ดำเนินการแล้วเสร็จ๔โครงการ')
  expect(flat).toContain('ไม่สามารถดำเนินการได้๑โครงการ')
  expect(flat).toContain('คิดเป็นร้อยละ๘๕.๐๐')
  expect(flat).toContain('ร้อยละ๘๐.๐๐')
  expectOnlySarabunEmbedded(table)
  await expectNoMissingGlyphs(page, table, testInfo)
  expect(pageSizes(table)).toMatch(/Page\s+1 size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/)

  await page.goto('/print/action-plan-report?round=12&layout=001')
  const detail = await printToPdf(page, 'report-001')
  const detailFlat = flatText(detail)
  for (const header of ['วิธีการดำเนินงาน', 'ตัวชี้วัด', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินงาน', 'หน่วยงานรับผิดชอบ']) expect(detailFlat).toContain(header)
  expect(detailFlat).toContain('ไม่สามารถดำเนินการได้เนื่องจากไม่ได้รับงบประมาณ')
  expect(pageSizes(detail)).toMatch(/Page\s+1 size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/)
  expectOnlySarabunEmbedded(detail)

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()])
  const xml = docxPart(readFileSync(await docx.path()), 'word/document.xml')
  expect(xml).toContain('<w:tblHeader/>')
  expect(xml).toContain('ไม่สามารถดำเนินการได้ เนื่องจากไม่ได้รับงบประมาณ')
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
  const book = await readDownloadedWorkbook(xlsx)
  expect(book.sheetNames).toEqual(['สรุปผลการดำเนินงาน', 'รายละเอียดผลการดำเนินงาน'])
  const summary = book.values('สรุปผลการดำเนินงาน')
  const total = summary.find((row) => row[1] === 'รวม')!
  // Done 4, not possible 1, budget 10,000, disbursed 8,500, remaining 1,500: numbers, not text.
  expect(total.slice(3, 9)).toEqual([4, 1, 10000, 0, 8500, 1500])
})
