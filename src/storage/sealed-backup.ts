import { z } from 'zod'

/**
 * A backup file sealed with a passphrase, for a file that leaves the office (a USB stick, e-mail): the
 * backup's JSON text encrypted with AES-GCM under a key derived from the passphrase with PBKDF2-SHA-256.
 * Web Crypto does the work (the browser's, or Node's in tests): no dependency, nothing hand-made but the
 * wrapping. The sealed file is JSON too, so the same file picker takes it; only its header is readable.
 *
 *   { format: 'ita-committee-backup-sealed', version: 1,
 *     kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt }, cipher: { name: 'AES-GCM', iv }, data }
 *
 * salt, iv and data are base64. GCM authenticates: a wrong passphrase and a changed byte both fail
 * to open, and nothing of a failed opening is used.
 */

export const SEALED_FORMAT = 'ita-committee-backup-sealed'
export const SEALED_VERSION = 1
/** PBKDF2-SHA-256 iterations for new files (OWASP's 2023 figure); a file may state its own, within bounds. */
export const SEAL_ITERATIONS = 600_000
/** A hostile file cannot make opening take minutes: iterations above this are refused unread. */
const MAX_ITERATIONS = 5_000_000
export const MIN_PASSPHRASE_LENGTH = 8

/** Base64 that decodes (atob throws on a length that is not a multiple of 4). */
const Base64 = (min: number, max: number) => z.string().min(min).max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/).refine((text) => text.length % 4 === 0)

export const SealedBackupSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(SEALED_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(MAX_ITERATIONS),
    salt: Base64(16, 64),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: Base64(16, 24) }),
  data: Base64(24, 60 * 1024 * 1024),
})
export type SealedBackup = z.infer<typeof SealedBackupSchema>

/** True when Web Crypto is there: browsers offer it only on https and localhost. */
export function canSeal(): boolean {
  return typeof globalThis.crypto?.subtle?.importKey === 'function'
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage])
}

/** Seals a backup's text under a passphrase; the sealed file's text. */
export async function sealBackup(text: string, passphrase: string, iterations = SEAL_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt')
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)))
  const sealed: SealedBackup = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  }
  return JSON.stringify(sealed, null, 1)
}

export type SealedProblem = { code: 'bad-sealed'; path: string } | { code: 'wrong-passphrase' }

/** The sealed header of a parsed file, or why it is not one; null when the file does not claim to be sealed. */
export function sealedBackupOf(value: unknown): { ok: true; sealed: SealedBackup } | { ok: false; problem: SealedProblem } | null {
  if (value === null || typeof value !== 'object' || (value as { format?: unknown }).format !== SEALED_FORMAT) return null
  const parsed = SealedBackupSchema.safeParse(value)
  if (!parsed.success) return { ok: false, problem: { code: 'bad-sealed', path: parsed.error.issues[0]?.path.join('.') ?? '' } }
  if (fromBase64(parsed.data.cipher.iv).length !== 12 || fromBase64(parsed.data.kdf.salt).length < 16) {
    return { ok: false, problem: { code: 'bad-sealed', path: 'cipher.iv' } }
  }
  return { ok: true, sealed: parsed.data }
}

/** Opens a sealed file with a passphrase: the backup's text, or `wrong-passphrase` (or a changed file). */
export async function openSealedBackup(sealed: SealedBackup, passphrase: string): Promise<{ ok: true; text: string } | { ok: false; problem: SealedProblem }> {
  const key = await deriveKey(passphrase, fromBase64(sealed.kdf.salt), sealed.kdf.iterations, 'decrypt')
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.cipher.iv) }, key, fromBase64(sealed.data))
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) }
  } catch {
    return { ok: false, problem: { code: 'wrong-passphrase' } }
  }
}
