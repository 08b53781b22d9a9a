import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import opentype from 'opentype.js'
import * as XLSX from 'xlsx'
import { watchPage } from './helpers'
import { demoMeasurePlan } from '../../src/domain/demo/nongson-2568-plan'

/** Prints the page to PDF the way a user's "Save as PDF" does, and returns the file path. */
async function printToPdf(page: Page, name: string): Promise<string> {
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const file = join(mkdtempSync(join(tmpdir(), 'ita-print-')), `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

/** Every font in the PDF is Sarabun and embedded: no fallback font stood in for a missing glyph. */
function expectOnlySarabunEmbedded(file: string): void {
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  const rows = fonts.split('\n').slice(2).filter((line) => line.trim())
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) {
    expect(row).toMatch(/Sarabun/)
    expect(row).toMatch(/\byes\s+yes\s+(yes|no)\b/)
  }
}

const FONT_FILES = join('node_modules', '@fontsource', 'sarabun', 'files')

/**
 * Whether Sarabun, as the app ships it (@fontsource's subsets of weights 400 and 700, all loaded by
 * src/main.ts), has a glyph for a character in both weights: a character it lacks prints as a box.
 */
function sarabunCovers(): (character: string) => boolean {
  const weights = ['400', '700'].map((weight) => readdirSync(FONT_FILES)
    .filter((name) => name.endsWith(`-${weight}-normal.woff`))
    .map((name) => opentype.parse(new Uint8Array(readFileSync(join(FONT_FILES, name))).buffer)))
  return (character) => weights.every((fonts) => fonts.some((font) => font.charToGlyphIndex(character) > 0))
}

/**
 * No missing-glyph boxes: every character the report shows has a glyph in Sarabun (the PDF embeds only
 * Sarabun, and a character it lacks is drawn as its empty box, though pdftotext still gives the
 * character back), every one comes out of the PDF's text, and page 1 rendered with pdftoppm is not
 * blank; the rendering is attached to the test report for a person to look at.
 */
async function expectNoMissingGlyphs(page: Page, file: string, testInfo: TestInfo): Promise<void> {
  const covers = sarabunCovers()
  // The check can fail: a snowman is not in Sarabun; Thai, Thai digits and Latin letters are.
  expect(['☃', 'ก', '๗', 'A'].map(covers)).toEqual([false, true, true, true])
  const shown = [...new Set((await page.locator('article.report').innerText()).replace(/\s+/g, ''))]
  const label = (character: string) => `${character} U+${character.codePointAt(0)!.toString(16).toUpperCase()}`
  expect(shown.filter((character) => !covers(character)).map(label)).toEqual([])
  const printed = new Set(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\u0E33/g, '\u0E4D\u0E32'))
  expect(shown.flatMap((character) => (character === '\u0E33' ? ['\u0E4D', '\u0E32'] : [character])).filter((character) => !printed.has(character)).map(label)).toEqual([])
  expect(printed.has('\uFFFD')).toBe(false)
  const prefix = join(mkdtempSync(join(tmpdir(), 'ita-render-')), 'page')
  execFileSync('pdftoppm', ['-f', '1', '-singlefile', '-r', '60', '-gray', file, prefix])
  execFileSync('pdftoppm', ['-f', '1', '-singlefile', '-r', '100', '-png', file, prefix])
  const pgm = readFileSync(`${prefix}.pgm`)
  // Binary PGM: "P5", width, height, maximum, then one byte per pixel.
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
  expect(header).not.toBeNull()
  const pixels = pgm.subarray(header![0].length)
  const dark = pixels.reduce((count, value) => count + (value < 128 ? 1 : 0), 0)
  expect(dark / pixels.length).toBeGreaterThan(0.005)
  await testInfo.attach('page 1 rendered by pdftoppm', { path: `${prefix}.png`, contentType: 'image/png' })
}

/** The text of a file inside a .docx (a zip), read with SheetJS's container reader. */
function docxPart(bytes: Buffer, path: string): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), `/${path}`)
  if (!entry?.content) throw new Error(`${path} is not in the .docx`)
  return Buffer.from(entry.content as Uint8Array).toString('utf8')
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

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
