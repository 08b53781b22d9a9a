import { describe, expect, it } from 'vitest'
import { catalogueMappingLink, codeToMapFromQuery } from '@/app/catalogue-link'

describe('the catalogue link for an unknown code', () => {
  it('opens the catalogue editor with the code to add', () => {
    expect(catalogueMappingLink('o47')).toEqual({ name: 'catalogue', query: { add: 'o47' } })
  })

  it('reads a code from the query as documents write it', () => {
    expect(codeToMapFromQuery('o47')).toBe('o47')
    expect(codeToMapFromQuery('O47')).toBe('o47')
    expect(codeToMapFromQuery('ข้อ ๐๔๗')).toBe('o47')
  })

  it('ignores anything that is not one item code', () => {
    for (const value of [undefined, null, '', '47', 'x1', '<script>alert(1)</script>', '__proto__', 'o1'.repeat(30), 'o1000']) {
      expect(codeToMapFromQuery(value)).toBeNull()
    }
    expect(codeToMapFromQuery(['o47', 'o48'])).toBeNull()
  })
})
