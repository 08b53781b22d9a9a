import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'
import { docxPart, expectNoMissingGlyphs, expectOnlySarabunEmbedded, pdfText, printToPdf } from './pdf'
import { demoMeasurePlan } from '../../src/domain/demo/nongson-2568-plan'

test('the analysis report prints with its figures, the seven groups and Sarabun embedded', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/print/analysis')
  const file = await printToPdf(page, 'analysis')
  const text = pdfText(file)
  expect(text).toContain('องค์การบริหารส่วนตำบลหนองซอน')
  expect(text).toContain('๗๔.๖๗')
  expect(text).toContain('ต้องปรับปรุง')
  // Group 4's drafted analysis text is printed under its table.
  expect(text).toContain('อ้างอิงจาก')
  for (const heading of ['ประเด็นที่ ๑', 'ประเด็นที่ ๒', 'ประเด็นที่ ๓', 'ประเด็นที่ ๔', 'ประเด็นที่ ๕', 'ประเด็นที่ ๖', 'ประเด็นที่ ๗']) {
    expect(text).toContain(heading)
  }
  // Every measure of the demo's saved 2568 table (seed 002 section 4), by the start of its name (the
  // first line of its cell: a table cell's later lines interleave with the next column's in the text).
  const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  for (const measure of demoMeasurePlan('demo').measures) {
    expect(flat).toContain(measure.name.replace(/\s+/g, '').slice(0, 12))
  }
  expectOnlySarabunEmbedded(file)
  await expectNoMissingGlyphs(page, file, testInfo)
  // Pages are A4: the first portrait, the measures landscape.
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' })
  expect(info).toMatch(/Page\s+1 size:\s+59[45]\.\d+ x 84[12]\.\d+ pts/)
  expect(info).toMatch(/size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('the analysis report exports to Word with real headings and the same rows', async ({ page }) => {
  await page.goto('/print/analysis?digits=arabic')
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()])
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const xml = docxPart(readFileSync(await download.path()), 'word/document.xml')
  expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(7)
  expect(xml).toContain('ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ')
  expect(xml).toContain('74.67')
  for (const measure of demoMeasurePlan('demo').measures) expect(xml).toContain(measure.name.split('\n')[0]!.slice(0, 20))
  expect(xml).toContain('<w:tblHeader/>')
})

test('the follow-up report prints the statuses entered, with their counts', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/follow-up')
  await page.getByTestId('followup-round-12').check()
  await page.getByTestId('followup-status-1').selectOption('done')
  await page.getByTestId('followup-summary-1').fill('เผยแพร่คู่มือแล้ว')
  await page.getByTestId('followup-summary-1').blur()
  await page.getByTestId('followup-status-2').selectOption('not-possible')
  await page.getByTestId('followup-reason-2').fill('บุคลากรไม่เพียงพอ')
  await page.getByTestId('followup-reason-2').blur()
  // Saved: still there after a reload.
  await page.reload()
  await page.getByTestId('followup-round-12').check()
  await expect(page.getByTestId('followup-status-2')).toHaveValue('not-possible')
  await expect(page.getByTestId('followup-reason-2')).toHaveValue('บุคลากรไม่เพียงพอ')
  await page.goto('/print/follow-up?round=12')
  const file = await printToPdf(page, 'follow-up')
  const text = pdfText(file)
  expect(text).toContain('รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')
  expect(text).toContain('องค์การบริหารส่วนตำบลหนองซอน')
  expect(text).toContain('รอบ ๑๒ เดือน')
  expect(text).toMatch(/ดำเนินการแล้วเสร็จ\s+๑/)
  expect(text).toMatch(/ไม่สามารถดำเนินการได้\s+๑/)
  // The summary entered, and every measure, by the start of its name (cells wrap over lines).
  const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(flat).toContain('เผยแพร่คู่มือแล้ว')
  expect(flat).toContain('บุคลากรไม่เพียงพอ')
  for (const measure of demoMeasurePlan('demo').measures) expect(flat).toContain(measure.name.replace(/\s+/g, '').slice(0, 12))
  expect(flat).toContain('(รักษาระดับ)')
  expect(flat).toContain('(พัฒนาเพื่อยกระดับ)')
  expectOnlySarabunEmbedded(file)
  await expectNoMissingGlyphs(page, file, testInfo)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
