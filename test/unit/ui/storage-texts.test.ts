import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS } from '@/storage'
import { KIND_LABELS, kindLabel } from '@/ui/storage-texts'

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
