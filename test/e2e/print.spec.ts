import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'

/** Prints the page to PDF the way a user's "Save as PDF" does, and returns the file path. */
async function printToPdf(page: Page, name: string): Promise<string> {
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const file = join(mkdtempSync(join(tmpdir(), 'ita-print-')), `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

test('the analysis report prints with its figures, the seven groups and Sarabun embedded', async ({ page, baseURL }) => {
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
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  const rows = fonts.split('\n').slice(2).filter((line) => line.trim())
  expect(rows.length).toBeGreaterThan(0)
  // Every font in the file is Sarabun and embedded: no fallback font stood in for a missing glyph.
  for (const row of rows) {
    expect(row).toMatch(/Sarabun/)
    expect(row).toMatch(/\byes\s+yes\s+yes\b|\byes\s+yes\s+no\b/)
  }
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
