import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

// The CLI as a user runs it: a real process, real files, exit codes and the two output streams.
// Each run starts tsx; on a loaded machine that takes seconds, so the timeout is generous.
vi.setConfig({ testTimeout: 60_000 })
const fixture = (name: string) => join('test/fixtures/import', name)
const run = (...args: string[]) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/analyze.ts', ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
const scratch = mkdtempSync(join(tmpdir(), 'analyze-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('npm run analyze', () => {
  it('prints one object for one organisation and exits 0', () => {
    const result = run(fixture('multi-sheet-2567.xlsx'))
    expect([result.status, result.stderr]).toEqual([0, ''])
    const report = JSON.parse(result.stdout)
    expect([report.organization, report.fiscalYear, report.total, report.level]).toEqual(['องค์การบริหารส่วนตำบลหนองซอน', 2567, 74.67, 'ต้องปรับปรุง'])
    expect(Object.keys(report)).toEqual(['organization', 'fiscalYear', 'total', 'level', 'tools', 'indicators', 'items', 'issueGroups', 'warnings'])
    expect(report.items).toHaveLength(48)
  })

  it('prints a list for several organisations, flagged against --threshold, and file warnings on stderr', () => {
    const result = run(fixture('wide-indicators-2567.xlsx'), '--threshold', '90')
    expect(result.status).toBe(0)
    const reports = JSON.parse(result.stdout)
    expect(reports.map((report: { organization: string; total: number | null; level: string | null }) => [report.organization, report.total, report.level])).toEqual([
      ['องค์การบริหารส่วนตำบลหนองซอน', 74.67, 'ต้องปรับปรุง'], ['อบต.ท่าขอนยาง', 96.12, 'ผ่านดีเยี่ยม'], ['เทศบาลตำบลเชียงยืน', null, null],
    ])
    // 87.68 passes 85 but not 90
    expect(reports[0].indicators[4]).toEqual({ no: 5, tool: 'IIT', score: 87.68, flag: 'improve' })
    expect(reports[2].warnings[0]).toContain('ตัวชี้วัดที่ 10 ระบุว่า “-”')
    expect(result.stderr).toBe('คำเตือน / warning: ไฟล์ wide-indicators-2567.xlsx แผ่นงาน สรุปจังหวัด แถวที่ 7 คอลัมน์ A: แถว “ค่าเฉลี่ย” เป็นแถวสรุป ไม่ใช่หน่วยงาน จึงข้ามไป / file wide-indicators-2567.xlsx, sheet สรุปจังหวัด, row 7, column A: "ค่าเฉลี่ย" is a summary row, not an organisation; skipped\n')
  })

  it('reads a LibreOffice .ods with nothing on stderr (the notes SheetJS prints on number formats stay out)', () => {
    const result = run(fixture('libreoffice-long-items-2567.ods'))
    expect([result.status, result.stderr]).toEqual([0, ''])
    expect(JSON.parse(result.stdout).tools.IIT).toBe(88.61)
  })

  it('runs as the README says, through npm', () => {
    const result = spawnSync('npm', ['run', '--silent', 'analyze', '--', fixture('indicators-utf8.csv'), '--year=2567'], { encoding: 'utf8', timeout: 60_000 })
    expect([result.status, result.stderr, JSON.parse(result.stdout).total]).toEqual([0, '', 74.66])
  })
})

describe('rejected input', () => {
  it.each([
    [[fixture('score-out-of-range.xlsx')], 'ไฟล์ score-out-of-range.xlsx แผ่นงาน IIT แถวที่ 3 คอลัมน์ B: คะแนน 120 อยู่นอกช่วง 0-100 / file score-out-of-range.xlsx, sheet IIT, row 3, column B: score 120 is outside 0-100'],
    [[fixture('seed002-indicators.tsv')], 'ไฟล์ seed002-indicators.tsv: ไม่พบปีงบประมาณในไฟล์ กรุณาระบุปี (เช่น --year 2567) / file seed002-indicators.tsv: the file states no fiscal year; give one (e.g. --year 2567)'],
    [[fixture('encrypted.xlsx')], 'ไฟล์ encrypted.xlsx: ไฟล์นี้ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่โดยไม่ตั้งรหัสผ่าน ก่อนนำเข้า / file encrypted.xlsx: the file is password-protected; save it again without a password'],
    [['no-such-file.xlsx'], 'ไม่พบไฟล์ no-such-file.xlsx / file not found: no-such-file.xlsx'],
    [[fixture('wide-items-batch.xlsx'), '--threshold', '120'], 'เกณฑ์ "120" ต้องเป็นตัวเลข 0-100 / --threshold "120" must be a number 0-100'],
    // --year 2567 makes the file's 2566 row of ท่าขอนยาง a second, different 2567 result
    [[fixture('wide-items-batch.xlsx'), '--year', '2567'], 'ไฟล์ wide-items-batch.xlsx แผ่นงาน รายข้อ แถวที่ 4 คอลัมน์ C: ข้อ i1 มีคะแนนสองค่าไม่ตรงกัน: 79.24 และ 89.24 ที่ ไฟล์ wide-items-batch.xlsx แผ่นงาน รายข้อ แถวที่ 3 คอลัมน์ C — กรุณาแก้ให้เหลือค่าเดียว / file wide-items-batch.xlsx, sheet รายข้อ, row 4, column C: item i1 is given twice with different scores: 79.24 and 89.24 at file wide-items-batch.xlsx, sheet รายข้อ, row 3, column C'],
  ])('%j exits 2 with one line on stderr', (args, line) => {
    const result = run(...args)
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', `${line}\n`])
  })

  it('refuses a file over 20 MB before reading it', () => {
    const big = join(scratch, 'big.csv')
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 10, 0x41))
    const result = run(big)
    expect([result.status, result.stderr]).toEqual([2, 'ไฟล์ big.csv: ไฟล์มีขนาด 20.000009 MB เกินกว่าที่รับได้ (20 MB) / file big.csv: the file is 20.000009 MB, over the 20 MB limit\n'])
  })

  it('gives 600 organisations in the order of the file, each with its own figures', () => {
    // 600 organisations of one province, a row each (wide layout), with their ten indicator scores.
    const header = ['หน่วยงาน', 'ปีงบประมาณ', ...Array.from({ length: 10 }, (_, index) => `ตัวชี้วัดที่ ${index + 1}`)]
    const rows = Array.from({ length: 600 }, (_, row) => [`อบต.ทดสอบ${row + 1}`, '2567', ...Array.from({ length: 10 }, (_, column) => String(50 + ((row * 7 + column * 13) % 50)))])
    const file = join(scratch, 'province.csv')
    writeFileSync(file, [header, ...rows].map((cells) => cells.join(',')).join('\n'))
    const result = run(file)
    expect([result.status, result.stderr]).toEqual([0, ''])
    const reports = JSON.parse(result.stdout) as Array<{ organization: string; indicators: Array<{ score: number }> }>
    expect(reports.map((report) => report.organization)).toEqual(rows.map((row) => row[0]))
    expect(reports.map((report) => report.indicators[9]!.score)).toEqual(rows.map((row) => Number(row[11])))
  })

})
