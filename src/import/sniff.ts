import type { ImportLimits } from './limits'
import { fail, ok, where, type Result } from './problems'
import { utf16WithoutBom } from './text'

/**
 * bytes -> what kind of file they are, from their first bytes (never from the file name, which a
 * download may get wrong: many web systems save an HTML table as .xls).
 */
export type FileKind =
  /** A zip container: .xlsx, .xlsm, .xlsb, .ods */
  | 'zip'
  /** An OLE compound file: .xls, or an encrypted .xlsx */
  | 'cfb'
  /** Plain text: CSV, tab-separated text, or an HTML/XML table saved as .xls */
  | 'text'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06]
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Formats people pick by mistake, named in the rejection so the message can say what the file is. */
const KNOWN_OTHERS: ReadonlyArray<{ magic: number[]; name: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46], name: 'PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'PNG' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'GIF' },
  { magic: [0x52, 0x61, 0x72, 0x21], name: 'RAR' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: '7z' },
  { magic: [0x1f, 0x8b], name: 'gzip' },
  { magic: [0x4d, 0x5a], name: 'EXE' },
]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)
}

/** True when the first bytes look like text in some encoding we read (no control bytes but tab, CR, LF). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes)) return true
  const sample = bytes.subarray(0, 4096)
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false
    if (byte === 0x7f) return false
  }
  return true
}

export function sniffFile(bytes: Uint8Array, fileName: string | null, limits: ImportLimits): Result<FileKind> {
  const at = where(fileName)
  if (bytes.length === 0) return fail({ code: 'file-empty', where: at })
  if (bytes.length > limits.fileBytes) return fail({ code: 'file-too-large', where: at, value: bytes.length, limit: limits.fileBytes })
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return ok('zip')
  if (startsWith(bytes, CFB)) return ok('cfb')
  const other = KNOWN_OTHERS.find((known) => startsWith(bytes, known.magic))
  if (other) return fail({ code: 'not-a-spreadsheet', where: at, text: other.name })
  if (looksLikeText(bytes)) return ok('text')
  return fail({ code: 'not-a-spreadsheet', where: at })
}
