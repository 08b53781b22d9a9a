import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBackupBytes, readBackupText } from '@/storage/backup'
import { SEALED_FORMAT, SEAL_ITERATIONS, openSealedBackup, sealBackup, type SealedBackup } from '@/storage/sealed-backup'
import { backupProblemText } from '@/ui/storage-texts'

const FIXTURES = join(process.cwd(), 'test/fixtures/storage/backup')
const plain = readFileSync(join(FIXTURES, 'v1.json'), 'utf8')
const PASSPHRASE = 'หนองซอน 2568'

/** The sealed header a file read as a backup asks to open. */
function sealedOf(text: string): SealedBackup {
  const result = readBackupText(text)
  if (result.ok || result.problem.code !== 'sealed') throw new Error(`not sealed: ${JSON.stringify(result)}`)
  return result.problem.sealed
}

describe('a backup sealed with a passphrase', () => {
  it('opens the fixture of format 1 with its passphrase into the same backup as the plain file', async () => {
    const sealed = sealedOf(readFileSync(join(FIXTURES, 'sealed-v1.json'), 'utf8'))
    const opened = await openSealedBackup(sealed, PASSPHRASE)
    if (!opened.ok) throw new Error(opened.problem.code)
    expect(opened.text).toBe(plain)
    const backup = readBackupText(opened.text)
    expect(backup.ok && backup.backup.documents.map((document) => document.id)).toEqual(['demo-nongson', 'demo-nongson:2567', 'org-b', 'org-b:2566'])
  })

  it('seals with a fresh salt and nonce, at the default strength, and shows nothing of the contents', async () => {
    const first = await sealBackup(plain, PASSPHRASE)
    const second = await sealBackup(plain, PASSPHRASE, 100_000)
    const header = JSON.parse(first) as SealedBackup
    expect(header.format).toBe(SEALED_FORMAT)
    expect(header.kdf.iterations).toBe(SEAL_ITERATIONS)
    expect(header.kdf.salt).not.toBe((JSON.parse(second) as SealedBackup).kdf.salt)
    expect(header.cipher.iv).not.toBe((JSON.parse(second) as SealedBackup).cipher.iv)
    for (const secret of ['หนองซอน', 'demo-nongson', 'itemScores', '84.24']) expect(first).not.toContain(secret)
  })

  it('refuses a wrong passphrase and a changed byte alike, in Thai, and yields nothing', async () => {
    const text = await sealBackup(plain, PASSPHRASE, 100_000)
    const sealed = sealedOf(text)
    const wrong = await openSealedBackup(sealed, 'หนองซอน 2567')
    expect(wrong).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } })
    if (!wrong.ok) expect(backupProblemText(wrong.problem, 'สำรอง.json')).toBe('เปิดไฟล์ "สำรอง.json" ไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ถูกแก้ไขหลังเข้ารหัส ไม่มีข้อมูลใดเปลี่ยนแปลง')
    const flipped = sealed.data[10] === 'A' ? 'B' : 'A'
    const changed = { ...sealed, data: `${sealed.data.slice(0, 10)}${flipped}${sealed.data.slice(11)}` }
    expect(await openSealedBackup(changed, PASSPHRASE)).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } })
  })

  it('refuses a sealed header that is malformed or would take minutes to open, before deriving any key', () => {
    const header = JSON.parse(readFileSync(join(FIXTURES, 'sealed-v1.json'), 'utf8')) as SealedBackup
    const cases: Array<[unknown, string]> = [
      [{ ...header, kdf: { ...header.kdf, iterations: 1e12 } }, 'kdf.iterations'],
      [{ ...header, kdf: { ...header.kdf, hash: 'MD5' } }, 'kdf.hash'],
      [{ ...header, cipher: { ...header.cipher, iv: 'not base64!' } }, 'cipher.iv'],
      [{ ...header, cipher: { ...header.cipher, iv: 'AAAAAAAAAAAAAAAAAAAAAAAA' } }, 'cipher.iv'],
      [{ ...header, cipher: { ...header.cipher, iv: 'AAAAAAAAAAAAAAAAA' } }, 'cipher.iv'],
      [{ ...header, data: `${header.data}A` }, 'data'],
      [{ ...header, data: undefined }, 'data'],
      [{ ...header, extra: 1 }, ''],
    ]
    for (const [value, path] of cases) {
      const result = readBackupBytes(new TextEncoder().encode(JSON.stringify(value)))
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.problem).toEqual({ code: 'bad-sealed', path })
        expect(backupProblemText(result.problem, 'x.json')).toContain('ไฟล์สำรองที่เข้ารหัส ไม่ถูกต้อง')
      }
    }
  })
})
