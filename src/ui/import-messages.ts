import type { ImportError, ImportErrorCode, ImportWarning, ImportWarningCode, Target, Where } from '@/import/problems'
import { toolOfItemCode } from '@/domain/item-code'
import { TEN_INDICATORS } from '@/domain/framework/common'
import { round2 } from '@/domain/thai/numbers'
import type { Scorecard } from '@/domain/scoring'
import { overLimitMegabytes } from './storage-texts'

/**
 * The sentences of the import's error and warning codes: Thai for the screen, English beside it for
 * the CLI. A message says where first (file, sheet, row, column), then what is wrong.
 */

type Language = 'th' | 'en'

/** 1 -> A, 27 -> AA: columns as the spreadsheet labels them. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

export function describeWhere(at: Where, language: Language = 'th'): string {
  const th = language === 'th'
  const parts: string[] = []
  if (at.file !== null) parts.push(th ? `ไฟล์ ${at.file}` : `file ${at.file}`)
  else parts.push(th ? 'ข้อความที่วาง' : 'pasted text')
  if (at.sheet !== null) parts.push(th ? `แผ่นงาน ${at.sheet}` : `sheet ${at.sheet}`)
  if (at.row !== null) parts.push(th ? `แถวที่ ${at.row}` : `row ${at.row}`)
  if (at.column !== null) parts.push(th ? `คอลัมน์ ${columnLetter(at.column)}` : `column ${columnLetter(at.column)}`)
  return parts.join(th ? ' ' : ', ')
}

export function describeTarget(target: Target | undefined, language: Language = 'th'): string {
  const th = language === 'th'
  if (!target) return th ? 'คะแนน' : 'a score'
  switch (target.kind) {
    case 'item': return th ? `ข้อ ${target.code}` : `item ${target.code}`
    case 'indicator': return th ? `ตัวชี้วัดที่ ${target.no}` : `indicator ${target.no}`
    case 'total': return th ? 'คะแนนรวม' : 'the total'
    case 'tool': return th ? `คะแนน ${target.tool}` : `the ${target.tool} score`
  }
}

const megabytes = (bytes: number | null | undefined) => `${round2((bytes ?? 0) / (1024 * 1024))} MB`
const score = (value: number | null | undefined) => (value === null || value === undefined ? '-' : String(round2(value)))

function toolOfTarget(target: Target | undefined): string {
  if (target?.kind === 'item') return toolOfItemCode(target.code) ?? ''
  if (target?.kind === 'indicator') return TEN_INDICATORS.find((indicator) => indicator.no === target.no)?.tool ?? ''
  return ''
}

const ERRORS: Record<ImportErrorCode, (error: ImportError) => [th: string, en: string]> = {
  'file-empty': (e) => (e.where.file === null
    ? ['ว่างเปล่า ไม่มีข้อมูลให้นำเข้า', 'nothing but blank space']
    : ['ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า', 'the file is empty']),
  'file-too-large': (e) => [
    `ไฟล์มีขนาด ${overLimitMegabytes(e.value ?? 0, e.limit ?? 0)} MB เกินกว่าที่รับได้ (${megabytes(e.limit)})`,
    `the file is ${overLimitMegabytes(e.value ?? 0, e.limit ?? 0)} MB, over the ${megabytes(e.limit)} limit`],
  'file-encrypted': () => [
    'ไฟล์นี้ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่โดยไม่ตั้งรหัสผ่าน ก่อนนำเข้า',
    'the file is password-protected; save it again without a password'],
  'not-a-spreadsheet': (e) => [
    `ไฟล์นี้ไม่ใช่ตารางคำนวณ${e.text ? ` (เป็นไฟล์ ${e.text})` : ''} รับเฉพาะไฟล์ .xlsx, .xls, .csv หรือข้อความที่คัดลอกจากตาราง`,
    `not a spreadsheet${e.text ? ` (a ${e.text} file)` : ''}; .xlsx, .xls, .csv or a copied table are accepted`],
  'file-damaged': () => [
    'อ่านไฟล์ไม่ได้ ไฟล์อาจเสียหายหรือบันทึกไม่สมบูรณ์ ลองเปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง',
    'the file cannot be read: it may be damaged or incomplete'],
  'archive-too-large': (e) => [
    `ไฟล์บีบอัดนี้จะขยายเกินขนาดที่รับได้ (${e.text === 'entries' ? `${e.value} ส่วน เกิน ${e.limit}` : megabytes(e.limit)}) หรือระบุขนาดไม่ตรงกับเนื้อหา จึงไม่เปิดอ่าน`,
    `the compressed file would expand beyond the limit (${e.text === 'entries' ? `${e.value} parts, limit ${e.limit}` : megabytes(e.limit)}) or misstates its sizes; not opened`],
  'too-many-sheets': (e) => [`มี ${e.value} แผ่นงาน เกินกว่าที่รับได้ (${e.limit})`, `${e.value} sheets, over the limit of ${e.limit}`],
  'too-many-rows': (e) => [
    `มีมากกว่า ${e.limit} แถว เกินกว่าที่รับได้ กรุณาแบ่งเป็นหลายไฟล์`,
    `more than ${e.limit} rows; split the file`],
  'too-many-columns': (e) => [`มี ${e.value} คอลัมน์ เกินกว่าที่รับได้ (${e.limit})`, `${e.value} columns, over the limit of ${e.limit}`],
  // A cell read only up to the limit has no length to state.
  'cell-too-long': (e) => (e.value === null || e.value === undefined
    ? [`ข้อความในช่องนี้ยาวเกินกว่าที่รับได้ (ไม่เกิน ${e.limit} ตัวอักษร)`, `a cell longer than the limit of ${e.limit} characters`]
    : [`ข้อความในช่องนี้ยาว ${e.value} ตัวอักษร เกินกว่าที่รับได้ (${e.limit})`, `a cell of ${e.value} characters, over the limit of ${e.limit}`]),
  'no-table': () => [
    'ไม่พบตารางคะแนน: ต้องมีคอลัมน์รหัสข้อหรือตัวชี้วัด (เช่น i1, o11, ตัวชี้วัดที่ 1) และคอลัมน์คะแนน',
    'no table of scores: a column of item codes or indicators (i1, o11, indicator 1) and a column of scores are needed'],
  'no-score-column': () => [
    'พบหัวตารางแต่ไม่พบคอลัมน์คะแนน (หัวคอลัมน์ “คะแนน” หรือ “Score”)',
    'a table header without a column of scores ("คะแนน" or "Score")'],
  'no-scores': () => ['พบตารางแต่ไม่มีคะแนนเลย (ช่องคะแนนว่างทั้งหมด)', 'tables were found but every score cell is empty'],
  'rows-not-understood': (e) => [
    `ไม่พบข้อหรือตัวชี้วัดที่อ่านได้ในตาราง เช่นแถวนี้ (“${e.text}”) รหัสข้อต้องเป็นเช่น i1, e5, o11 หรือตัวชี้วัดที่ 1-10`,
    `no row names an item or indicator that can be read, such as this one ("${e.text}"): codes look like i1, e5, o11, or indicator 1-10`],
  'score-not-a-number': (e) => [
    `คะแนน “${e.text}” ไม่ใช่ตัวเลข (คะแนนต้องเป็นตัวเลข 0-100, เว้นว่างถ้าไม่มี, หรือใส่ - ถ้าไม่ได้ประเมิน)`,
    `score "${e.text}" is not a number (0-100, blank when missing, - when not assessed)`],
  'score-out-of-range': (e) => [`คะแนน ${e.value} อยู่นอกช่วง 0-100`, `score ${e.value} is outside 0-100`],
  'conflicting-duplicate': (e) => [
    `${describeTarget(e.target)} มีคะแนนสองค่าไม่ตรงกัน: ${score(e.value)} และ ${score(e.other?.value)} ที่ ${e.other ? describeWhere(e.other.where) : ''} — กรุณาแก้ให้เหลือค่าเดียว`,
    `${describeTarget(e.target, 'en')} is given twice with different scores: ${score(e.value)} and ${score(e.other?.value)} at ${e.other ? describeWhere(e.other.where, 'en') : ''}`],
  'year-invalid': (e) => [`ปีงบประมาณ “${e.text}” ไม่ใช่ปี พ.ศ. ที่ถูกต้อง`, `"${e.text}" is not a fiscal year`],
  'year-missing': () => [
    'ไม่พบปีงบประมาณในไฟล์ กรุณาระบุปี (เช่น --year 2567)',
    'the file states no fiscal year; give one (e.g. --year 2567)'],
  'organization-missing': () => [
    'ไฟล์มีผลของหลายหน่วยงาน แต่แถวนี้ไม่มีชื่อหน่วยงาน',
    'the file holds several organisations but this row names none'],
  'organization-name-too-long': (e) => [`ชื่อหน่วยงานยาว ${e.value} ตัวอักษร เกินกว่าที่รับได้ (${e.limit})`, `an organisation name of ${e.value} characters, over the limit of ${e.limit}`],
  unexpected: (e) => [
    `เกิดข้อผิดพลาดที่ไม่คาดคิดขณะอ่านข้อมูล จึงไม่ได้นำเข้าสิ่งใด${e.text ? ` (${e.text})` : ''}`,
    `unexpected error while reading; nothing was imported${e.text ? ` (${e.text})` : ''}`],
  'too-many-organizations': (e) => [`มีผลของหน่วยงานมากกว่า ${e.limit} แห่ง เกินกว่าที่รับได้ กรุณาแบ่งไฟล์`, `more than ${e.limit} organisations; split the file`],
}

const WARNINGS: Record<ImportWarningCode, (warning: ImportWarning) => [th: string, en: string]> = {
  'row-not-understood': (w) => [
    `ไม่ทราบว่าแถวนี้เป็นคะแนนของข้อใด (“${w.text}”) จึงข้ามไป`,
    `row not understood ("${w.text}"), skipped`],
  'sheet-skipped': () => ['ไม่พบตารางคะแนนในแผ่นงานนี้ จึงข้ามไป', 'no table of scores in this sheet, skipped'],
  'indicator-not-assessed': (w) => [
    `${describeTarget(w.target)} ระบุว่า “-” (ไม่ได้ประเมิน) จึงไม่นำมาใช้`,
    `${describeTarget(w.target, 'en')} is marked "-" (not assessed) and left out`],
  'tool-mismatch': (w) => [
    `ช่องเครื่องมือระบุ ${w.text} แต่ ${describeTarget(w.target)} เป็นของ ${toolOfTarget(w.target)} — ใช้ตาม${w.target?.kind === 'item' ? 'รหัสข้อ' : 'เลขตัวชี้วัด'}`,
    `the tool column says ${w.text} but ${describeTarget(w.target, 'en')} belongs to ${toolOfTarget(w.target)}; the ${w.target?.kind === 'item' ? 'code' : 'number'} is used`],
  'indicator-name-mismatch': (w) => [
    `เลข${describeTarget(w.target)} ไม่ตรงกับชื่อ “${w.text}” — ใช้ตามเลข`,
    `${describeTarget(w.target, 'en')} does not match the name "${w.text}"; the number is used`],
  'code-outside-code-column': (w) => [
    `พบรหัส “${w.text}” และคะแนนนอกคอลัมน์ของตาราง (แถวเลื่อนเมื่อคัดลอก) — อ่านตามตำแหน่งที่พบ`,
    `code "${w.text}" and its score found outside their columns (a shifted row); read where found`],
  'summary-row-skipped': (w) => [`แถว “${w.text}” เป็นแถวสรุป ไม่ใช่หน่วยงาน จึงข้ามไป`, `"${w.text}" is a summary row, not an organisation; skipped`],
  'year-overridden': (w) => [`ไฟล์ระบุปีงบประมาณ ${w.value} แต่ใช้ปี ${w.otherValue} ตามที่กำหนด`, `the file states fiscal year ${w.value}; ${w.otherValue} was used as given`],
  'several-years-in-title': (w) => [
    `หัวเรื่องกล่าวถึงหลายปี (${w.text}) จึงใช้ปี ${w.value} — โปรดตรวจสอบ`,
    `the title mentions several years (${w.text}); ${w.value} was used, please check`],
  'published-tool-differs': (w) => [
    `${describeTarget(w.target)} ในไฟล์ (${score(w.value)}) ไม่ตรงกับที่คำนวณจากตัวชี้วัด (${score(w.otherValue)})`,
    `${describeTarget(w.target, 'en')} in the file (${score(w.value)}) differs from the one computed from the indicators (${score(w.otherValue)})`],
}

/** "ไฟล์ x.xlsx แผ่นงาน IIT แถวที่ 7 คอลัมน์ C: คะแนน 120 อยู่นอกช่วง 0-100" */
export function importErrorMessage(error: ImportError, language: Language = 'th'): string {
  const [th, en] = ERRORS[error.code](error)
  return `${describeWhere(error.where, language)}: ${language === 'th' ? th : en}`
}

export function importWarningMessage(warning: ImportWarning, language: Language = 'th'): string {
  const [th, en] = WARNINGS[warning.code](warning)
  return `${describeWhere(warning.where, language)}: ${language === 'th' ? th : en}`
}

/** Codes the year's catalogue lacks: kept with their scores, to be mapped to an indicator later. */
export function unknownCodesMessage(codes: readonly string[], fiscalYear: number): string {
  return `ข้อที่ไม่อยู่ในรายการข้อของปี ${fiscalYear} (เก็บไว้ รอกำหนดตัวชี้วัด): ${codes.join(', ')}`
}

/**
 * What the analysis of an imported assessment found worth saying, Thai and English: published figures
 * that disagree with their items, indicators with no figure, items missing or not in the catalogue, a
 * year without a catalogue of its own.
 */
export function analysisFindings(scorecard: Scorecard, derivedFrom: number | null): Array<[th: string, en: string]> {
  const found: Array<[string, string]> = []
  for (const disagreement of scorecard.indicatorDisagreements) {
    found.push([
      `ตัวชี้วัดที่ ${disagreement.indicator} ประกาศไว้ ${score(disagreement.published)} แต่ค่าเฉลี่ยของข้อได้ ${score(disagreement.fromItems)} (ใช้ค่าที่ประกาศ)`,
      `indicator ${disagreement.indicator} is published as ${score(disagreement.published)} but its items average ${score(disagreement.fromItems)} (the published figure is used)`,
    ])
  }
  if (scorecard.totalDisagreement !== null) {
    found.push([
      `คะแนนรวมที่ประกาศ ${score(scorecard.publishedTotal)} ไม่ตรงกับที่คำนวณได้ ${score(scorecard.computedTotal)}`,
      `the published total ${score(scorecard.publishedTotal)} differs from the computed ${score(scorecard.computedTotal)}`,
    ])
  }
  if (scorecard.missingIndicators.length > 0 && scorecard.total === null) {
    const list = scorecard.missingIndicators.join(', ')
    found.push([`ยังไม่มีคะแนนตัวชี้วัดที่ ${list} จึงคำนวณคะแนนรวมไม่ได้`, `no score for indicator(s) ${list}: the total cannot be computed`])
  }
  const given = scorecard.items.filter((item) => item.status !== 'missing')
  const missing = scorecard.items.filter((item) => item.status === 'missing').map((item) => item.code)
  if (given.length > 0 && missing.length > 0) {
    found.push([`ไม่มีคะแนนข้อ ${missing.join(', ')}`, `no score for item(s) ${missing.join(', ')}`])
  }
  if (scorecard.unknownItems.length > 0) {
    const list = scorecard.unknownItems.join(', ')
    found.push([unknownCodesMessage(scorecard.unknownItems, scorecard.fiscalYear), `not in the ${scorecard.fiscalYear} catalogue (kept, indicator to be mapped): ${list}`])
  }
  if (derivedFrom !== null) {
    found.push([
      `ยังไม่มีรายการข้อของปี ${scorecard.fiscalYear} จึงใช้รายการของปี ${derivedFrom}`,
      `${scorecard.fiscalYear} has no catalogue of its own; the items of ${derivedFrom} are used`,
    ])
  }
  return found
}

/**
 * An import whose write was refused: nothing of it was saved, and the file read stays on the preview to
 * confirm again. The storage banner says why in full; this line says what happened to the import.
 */
export function importNotSavedMessage(reason: 'conflict' | 'storage-full' | 'failed'): string {
  const kept = 'ไฟล์ที่อ่านไว้ยังอยู่ในหน้านี้ ข้อมูลที่บันทึกไว้เดิมไม่เปลี่ยนแปลง'
  switch (reason) {
    case 'storage-full': return `ยังไม่ได้นำเข้า: พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม ${kept} กรุณาส่งออกไฟล์สำรองและเพิ่มพื้นที่ แล้วกดยืนยันอีกครั้ง`
    case 'conflict': return `ยังไม่ได้นำเข้า: อีกแท็บหนึ่งบันทึกข้อมูลขององค์กรนี้ไว้ก่อน ${kept} กรุณาโหลดข้อมูลล่าสุดตามข้อความแจ้งด้านบน แล้วกดยืนยันอีกครั้ง`
    case 'failed': return `ยังไม่ได้นำเข้า: บันทึกไม่สำเร็จ ${kept} กรุณาลองกดยืนยันอีกครั้ง`
  }
}
