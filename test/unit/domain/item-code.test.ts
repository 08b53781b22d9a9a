import { describe, expect, it } from 'vitest'
import { compareItemCodes, itemCodeAtStart, normaliseItemCode, toolOfItemCode } from '@/domain/item-code'

describe('item codes as documents write them', () => {
  it.each([
    ['i1', 'i1'], ['I1', 'i1'], ['ข้อ i๑', 'i1'], ['ข้อที่ i 1', 'i1'], ['IIT 1', 'i1'], ['IIT-15', 'i15'],
    ['e๔', 'e4'], ['EIT4', 'e4'], ['o11', 'o11'], ['O11', 'o11'], ['OIT 11', 'o11'], ['O 011', 'o11'],
    ['๐๑๑', 'o11'], ['ข้อ ๐๓๔', 'o34'], ['(๐๒๙)', 'o29'], ['011', 'o11'], ['๐๖', 'o6'], ['ข้อ ๐๑', 'o1'],
  ])('%s -> %s', (raw, code) => {
    expect(normaliseItemCode(raw)).toBe(code)
  })

  it.each(['12', '', 'x1', 'i0', 'i', '__proto__', 'constructor', '=SUM(A1)', 'i1234', 'ข้อ'])('rejects %j', (raw) => {
    expect(normaliseItemCode(raw)).toBeNull()
  })

  it('knows the tool from the prefix and orders codes as the NACC lists them', () => {
    expect(toolOfItemCode('e9')).toBe('EIT')
    expect(['o2', 'i10', 'e1', 'i2', 'o10'].sort(compareItemCodes)).toEqual(['i2', 'i10', 'e1', 'o2', 'o10'])
  })
})

describe('an item code followed by its title in one cell', () => {
  it.each([
    ['ข้อ i๑ ท่านเคยได้รับการปฏิบัติ', 'i1'], ['o11 รายงานผลการจัดซื้อจัดจ้าง', 'o11'], ['e๔ท่านเคยใช้งานระบบ', 'e4'],
    ['IIT 3 การใช้อำนาจ', 'i3'], ['๐๑๑ ข้อมูลสถิติ', 'o11'], ['i15', 'i15'], ['(๐๒๙) แนวปฏิบัติ', 'o29'],
  ])('%s -> %s', (raw, code) => {
    expect(itemCodeAtStart(raw)).toBe(code)
  })

  it.each(['1 การปฏิบัติหน้าที่', '๐๑๑-๐๑๔ รักษาระดับคะแนน', 'รักษาระดับ i1', 'ตัวชี้วัดที่ 1', ''])('finds no code in %j', (raw) => {
    expect(itemCodeAtStart(raw)).toBeNull()
  })
})
