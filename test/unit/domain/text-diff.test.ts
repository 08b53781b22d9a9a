import { describe, expect, it } from 'vitest'
import { diffTexts, type DiffPart } from '@/domain/text-diff'

const before = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')
const after = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')

describe('diffTexts', () => {
  it('finds a changed clause in Thai text and keeps the rest as common', () => {
    const parts = diffTexts(
      'ข้อเท็จจริงพบว่า ตัวชี้วัดที่ 4 อยู่ที่ 75.35 คะแนน\n\nหน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o10)',
      'ข้อเท็จจริงพบว่า ตัวชี้วัดที่ 4 อยู่ที่ 80.00 คะแนน\n\nหน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o10)',
    )
    expect(parts).toEqual([
      { kind: 'same', text: 'ข้อเท็จจริงพบว่า ตัวชี้วัดที่ 4 อยู่ที่ ' },
      { kind: 'removed', text: '75.35' },
      { kind: 'added', text: '80.00' },
      { kind: 'same', text: ' คะแนน\n\nหน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o10)' },
    ])
  })

  it('shows an appended sentence as the only addition', () => {
    expect(diffTexts('หน่วยงานควรทำ', 'หน่วยงานควรทำ และรายงานผล')).toEqual([
      { kind: 'same', text: 'หน่วยงานควรทำ' },
      { kind: 'added', text: ' และรายงานผล' },
    ])
  })

  it('joins neighbouring changes into one removed and one added part', () => {
    expect(diffTexts('ก ข ค ง', 'ก จ ฉ ง')).toEqual([
      { kind: 'same', text: 'ก ' },
      { kind: 'removed', text: 'ข ค' },
      { kind: 'added', text: 'จ ฉ' },
      { kind: 'same', text: ' ง' },
    ])
  })

  it('gives back both texts exactly, whatever they hold', () => {
    const cases: Array<[string, string]> = [
      ['', ''], ['', 'ใหม่ทั้งหมด'], ['เก่าทั้งหมด', ''], ['เหมือนกัน', 'เหมือนกัน'],
      ['a  b\n\nc d', 'a b\n\n\nc  e'], ['  นำหน้า', 'นำหน้า  '],
    ]
    for (const [a, b] of cases) {
      const parts = diffTexts(a, b)
      expect(before(parts)).toBe(a)
      expect(after(parts)).toBe(b)
    }
  })

  it('compares very long texts line by line and still gives them back', () => {
    const a = Array.from({ length: 3000 }, (_, index) => `ข้อ ${index} ก`).join(' ')
    const b = Array.from({ length: 3000 }, (_, index) => `ข้อ ${index} ข`).join(' ')
    const parts = diffTexts(a, b)
    expect(before(parts)).toBe(a)
    expect(after(parts)).toBe(b)
  })
})
