import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS } from '@/storage'
import { KIND_LABELS, kindLabel , overLimitMegabytes } from '@/ui/storage-texts'

describe('Thai names of saved kinds', () => {
  it('names every document kind in Thai, so no notice shows a code', () => {
    for (const { kind } of DOCUMENT_KINDS) {
      expect(KIND_LABELS[kind], kind).toMatch(/[\u0E00-\u0E7F]/)
      expect(kindLabel(kind)).not.toBe(kind)
    }
  })

  it('gives each kind its own name', () => {
    const names = DOCUMENT_KINDS.map(({ kind }) => KIND_LABELS[kind])
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('overLimitMegabytes', () => {
  const MB = 1024 * 1024
  it('shows a refused size with as few decimals as show it is over the limit', () => {
    expect(overLimitMegabytes(21 * MB, 20 * MB)).toBe('21')
    expect(overLimitMegabytes(25.36 * MB, 20 * MB)).toBe('25.3')
    expect(overLimitMegabytes(20 * MB + 10, 20 * MB)).toBe('20.000009')
    expect(overLimitMegabytes(20 * MB + 1, 20 * MB)).toBe('20.000001')
  })
})
