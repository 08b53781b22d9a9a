import { describe, expect, it } from 'vitest'
import { indicatorNoFromText } from '@/domain/indicator-ref'

describe('indicators as documents refer to them', () => {
  it.each([
    ['ตัวชี้วัดที่ ๑', 1], ['ตัวชี้วัดที่1', 1], ['ตัวชี้วัด 10', 10], ['Indicator 7', 7], ['ind. 3', 3],
    ['1. การปฏิบัติหน้าที่', 1], ['๔ การใช้ทรัพย์สินของราชการ', 4],
    ['การปฏิบัติหน้าที่', 1], ['การใช้งบประมาณ', 2], ['การป้องกันการทุจริต', 10], ['การแก้ไขปัญหาการทุจริต', 5],
    // seed 002 prints indicator 4 with "ทาง" for "ของ"
    ['การใช้ทรัพย์สินทางราชการ', 4],
    // the name indicator 8 had up to 2566
    ['การปรับปรุงระบบการทำงาน', 8], ['การปรับปรุงการทำงาน', 8],
    ['คะแนนตัวชี้วัดการใช้อำนาจ', 3], ['การ เปิดเผย ข้อมูล', 9],
  ])('%s -> %i', (text, no) => {
    expect(indicatorNoFromText(text)).toBe(no)
  })

  it('reads a number alone only where the column says it holds indicators', () => {
    expect(indicatorNoFromText('๕')).toBeNull()
    expect(indicatorNoFromText('๕', { bareNumber: true })).toBe(5)
    expect(indicatorNoFromText('10.', { bareNumber: true })).toBe(10)
    expect(indicatorNoFromText(3, { bareNumber: true })).toBe(3)
    expect(indicatorNoFromText('11', { bareNumber: true })).toBeNull()
    expect(indicatorNoFromText('0', { bareNumber: true })).toBeNull()
  })

  it.each(['9.1', 'ตัวชี้วัดที่ 10.2', 'i1', 'คะแนนรวม', 'การ', '', '__proto__', 'IIT', '2. การใช้อำนาจ', 'ตัวชี้วัดที่ 11'])('rejects %j', (text) => {
    expect(indicatorNoFromText(text, { bareNumber: true })).toBeNull()
  })
})
