import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page, type TestInfo } from '@playwright/test'
import opentype from 'opentype.js'
import * as XLSX from 'xlsx'

/*
 * Reading a printed report back: the PDF Chromium prints (as a user's "Save as PDF"), its text, its
 * fonts and its page sizes with poppler's tools, and the parts of an exported .docx.
 */

/** Prints the page to PDF the way a user's "Save as PDF" does, and returns the file path. */
export async function printToPdf(page: Page, name: string): Promise<string> {
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const file = join(mkdtempSync(join(tmpdir(), 'ita-print-')), `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

/** Every font in the PDF is Sarabun and embedded: no fallback font stood in for a missing glyph. */
export function expectOnlySarabunEmbedded(file: string): void {
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
export function sarabunCovers(): (character: string) => boolean {
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
export async function expectNoMissingGlyphs(page: Page, file: string, testInfo: TestInfo): Promise<void> {
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
export function docxPart(bytes: Buffer, path: string): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), `/${path}`)
  if (!entry?.content) throw new Error(`${path} is not in the .docx`)
  return Buffer.from(entry.content as Uint8Array).toString('utf8')
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}
