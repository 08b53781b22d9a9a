// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkDatabaseName, normalizeServer } from '@/sync/settings'
import { ALLOWED_ORIGINS_KEY, cleanOrigins, readAllowedOrigins, writeAllowedOrigins } from '@/sync/origins'
import { admittedOrigins, applyConnectPolicy, connectPolicy } from '@/app/connect-policy'
import { differingFields } from '@/sync/conflicts'

describe('the sync server address', () => {
  it('is kept as origin and path, and refused with its reason when it is not an http(s) address', () => {
    expect(normalizeServer(' https://couch.example.go.th/couch/ ')).toEqual({ ok: true, server: 'https://couch.example.go.th/couch', origin: 'https://couch.example.go.th' })
    expect(normalizeServer('')).toEqual({ ok: false, problem: 'empty' })
    expect(normalizeServer('couch.example.go.th')).toEqual({ ok: false, problem: 'not-an-address' })
    expect(normalizeServer('javascript:alert(1)')).toEqual({ ok: false, problem: 'not-http' })
    expect(normalizeServer('https://admin:secret@couch.example.go.th')).toEqual({ ok: false, problem: 'has-credentials' })
    expect(normalizeServer('https://couch.example.go.th/?x=1')).toEqual({ ok: false, problem: 'has-query' })
  })

  it('checks database names by CouchDB\'s rule', () => {
    expect(checkDatabaseName('ita-nongson')).toBeNull()
    expect(checkDatabaseName('')).toBe('empty')
    expect(checkDatabaseName('ITA')).toBe('not-a-name')
    expect(checkDatabaseName('_users')).toBe('not-a-name')
  })
})

describe('the connection policy', () => {
  it('admits only exact http(s) origins from storage, so nothing else can be written into the policy', () => {
    expect(cleanOrigins(['https://couch.example.go.th', "https://a.example; script-src 'unsafe-inline'", 'http://127.0.0.1:5984', 'https://b.example/path', 'data:', 42, 'https://couch.example.go.th']))
      .toEqual(['https://couch.example.go.th', 'http://127.0.0.1:5984'])
    expect(cleanOrigins('https://couch.example.go.th')).toEqual([])
    localStorage.setItem(ALLOWED_ORIGINS_KEY, '{"__proto__": 1')
    expect(readAllowedOrigins(localStorage)).toEqual([])
    expect(writeAllowedOrigins(localStorage, ['https://couch.example.go.th'])).toBe(true)
    expect(readAllowedOrigins(localStorage)).toEqual(['https://couch.example.go.th'])
  })

  it('is \'self\' alone with no server, and \'self\' plus the configured servers with them', () => {
    expect(connectPolicy([])).toBe("connect-src 'self'")
    localStorage.setItem(ALLOWED_ORIGINS_KEY, JSON.stringify(['https://couch.example.go.th']))
    expect(admittedOrigins(document)).toBeNull()
    expect(applyConnectPolicy(document, localStorage)).toBe("connect-src 'self' https://couch.example.go.th")
    const meta = document.head.querySelector<HTMLMetaElement>('meta[data-policy="connect"]')
    expect(meta?.httpEquiv).toBe('Content-Security-Policy')
    expect(admittedOrigins(document)).toEqual(['https://couch.example.go.th'])
  })
})

describe('a conflict\'s differences', () => {
  it('names each field that differs with both values, and none that agree', () => {
    expect(differingFields({ name: 'ก', threshold: 85, units: ['a'] }, { name: 'ก', threshold: 90, extra: true })).toEqual([
      { field: 'extra', here: '(ไม่มี)', there: 'true' },
      { field: 'threshold', here: '85', there: '90' },
      { field: 'units', here: '["a"]', there: '(ไม่มี)' },
    ])
    expect(differingFields({ text: 'x'.repeat(500) }, { text: 'y' })[0]!.here).toHaveLength(161)
  })
})
