import type { ImportLimits } from './limits'
import { fail, ok, where, type Result } from './problems'

/**
 * The defence against compressed bombs, before SheetJS sees a zip (.xlsx, .ods).
 *
 * A zip declares each part's sizes in its central directory; a bomb declares huge sizes, or small ones
 * and then expands far beyond them (SheetJS under Node inflates without a bound). So: read the
 * directory and refuse a declared total over the limit, then expand every part ourselves with the
 * platform's DecompressionStream, stopping the moment a part passes its declared size or the total
 * passes the limit. What comes out is re-packed as an uncompressed zip, which SheetJS reads without
 * inflating anything again: the check costs one copy, not a second decompression.
 */

export interface ZipEntry {
  name: string
  /** The name exactly as stored, carried over to the re-packed zip. */
  nameBytes: Uint8Array
  flags: number
  /** 0 stored, 8 deflated */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const UTF8_NAMES = 0x0800
const ZIP64_MARK = 0xffffffff

export function readZipDirectory(bytes: Uint8Array, fileName: string | null, limits: ImportLimits): Result<ZipEntry[]> {
  const at = where(fileName)
  const damaged = (text: string) => fail({ code: 'file-damaged', where: at, text })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 22 - 0xffff); index--) {
    if (view.getUint32(index, true) === EOCD_SIGNATURE) { eocd = index; break }
  }
  if (eocd < 0) return damaged('zip: no central directory')
  const count = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || directoryOffset === ZIP64_MARK) return damaged('zip64')
  if (count > limits.archiveEntries) return fail({ code: 'archive-too-large', where: at, text: 'entries', value: count, limit: limits.archiveEntries })
  if (directoryOffset + directorySize > eocd) return damaged('zip: central directory out of bounds')

  const entries: ZipEntry[] = []
  let declaredTotal = 0
  let position = directoryOffset
  for (let index = 0; index < count; index++) {
    if (position + 46 > eocd || view.getUint32(position, true) !== CENTRAL_SIGNATURE) return damaged('zip: bad directory entry')
    const flags = view.getUint16(position + 8, true)
    const method = view.getUint16(position + 10, true)
    const compressedSize = view.getUint32(position + 20, true)
    const uncompressedSize = view.getUint32(position + 24, true)
    const nameLength = view.getUint16(position + 28, true)
    const extraLength = view.getUint16(position + 30, true)
    const commentLength = view.getUint16(position + 32, true)
    const localHeaderOffset = view.getUint32(position + 42, true)
    const nameBytes = bytes.slice(position + 46, position + 46 + nameLength)
    position += 46 + nameLength + extraLength + commentLength
    const name = new TextDecoder(flags & UTF8_NAMES ? 'utf-8' : 'latin1').decode(nameBytes)
    if (flags & 0x0001) return fail({ code: 'file-encrypted', where: at })
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK) return damaged('zip64')
    if (method !== 0 && method !== 8) return damaged(`zip: compression method ${method}`)
    declaredTotal += uncompressedSize
    if (declaredTotal > limits.expandedBytes) {
      return fail({ code: 'archive-too-large', where: at, value: declaredTotal, limit: limits.expandedBytes })
    }
    entries.push({ name, nameBytes, flags, method, compressedSize, uncompressedSize, localHeaderOffset })
  }
  return ok(entries)
}

/** Where a part's data starts, read from its local header; -1 when the header is not there. */
function dataOffset(view: DataView, entry: ZipEntry): number {
  const offset = entry.localHeaderOffset
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE) return -1
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true)
}

/**
 * Expands every part within its declared size and the total limit, and returns the same archive with
 * every part stored uncompressed (CRC fields are left 0: SheetJS 0.20.3 does not check them).
 * `onProgress` receives the bytes expanded so far and the declared total.
 */
export async function expandZip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string | null,
  limits: ImportLimits,
  onProgress?: (done: number, total: number) => void,
  inflateRaw?: InflateRaw,
): Promise<Result<Uint8Array>> {
  const at = where(fileName)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  const headers = entries.reduce((sum, entry) => sum + 30 + 46 + 2 * entry.nameBytes.length, 22)
  const out = new Uint8Array(declaredTotal + headers)
  const outView = new DataView(out.buffer)
  const localOffsets: number[] = []
  let position = 0
  let expanded = 0

  for (const entry of entries) {
    const start = dataOffset(view, entry)
    if (start < 0 || start + entry.compressedSize > bytes.length) {
      return fail({ code: 'file-damaged', where: at, text: `zip: ${entry.name}` })
    }
    localOffsets.push(position)
    writeLocalHeader(outView, out, position, entry)
    position += 30 + entry.nameBytes.length
    const compressed = bytes.subarray(start, start + entry.compressedSize)
    let written: number
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) return fail({ code: 'file-damaged', where: at, text: `zip: ${entry.name}` })
      out.set(compressed, position)
      written = compressed.length
    } else {
      const result = inflateRaw ? inflateWith(inflateRaw, compressed, out, position, entry.uncompressedSize) : await inflateInto(compressed, out, position, entry.uncompressedSize)
      if (result === 'too-large') {
        return fail({ code: 'archive-too-large', where: at, text: entry.name, value: entry.uncompressedSize, limit: limits.expandedBytes })
      }
      if (result === 'damaged' || result !== entry.uncompressedSize) return fail({ code: 'file-damaged', where: at, text: `zip: ${entry.name}` })
      written = result
    }
    position += written
    expanded += written
    onProgress?.(expanded, declaredTotal)
  }

  const directoryOffset = position
  entries.forEach((entry, index) => {
    writeCentralHeader(outView, out, position, entry, localOffsets[index]!)
    position += 46 + entry.nameBytes.length
  })
  outView.setUint32(position, EOCD_SIGNATURE, true)
  outView.setUint16(position + 8, entries.length, true)
  outView.setUint16(position + 10, entries.length, true)
  outView.setUint32(position + 12, position - directoryOffset, true)
  outView.setUint32(position + 16, directoryOffset, true)
  return ok(out.subarray(0, position + 22))
}

/**
 * A synchronous raw-deflate inflater stopping past `limit` bytes, for where the platform has one (Node's
 * zlib, given by the CLI: a third of the time of DecompressionStream's chunks). Returns the bytes,
 * 'too-large' past the limit, or 'damaged'.
 */
export type InflateRaw = (compressed: Uint8Array, limit: number) => Uint8Array | 'too-large' | 'damaged'

/**
 * Inflates raw deflate data into `out` at `offset`, refusing to write past `limit` bytes. Returns the
 * bytes written, 'too-large' when the data expands past the limit (stopped there), or 'damaged'.
 */
async function inflateInto(compressed: Uint8Array, out: Uint8Array, offset: number, limit: number): Promise<number | 'too-large' | 'damaged'> {
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined)
  writer.close().catch(() => undefined)
  const reader = stream.readable.getReader()
  let written = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return written
      if (written + value.length > limit) {
        await reader.cancel().catch(() => undefined)
        return 'too-large'
      }
      out.set(value, offset + written)
      written += value.length
    }
  } catch {
    return 'damaged'
  }
}

function inflateWith(inflateRaw: InflateRaw, compressed: Uint8Array, out: Uint8Array, offset: number, limit: number): number | 'too-large' | 'damaged' {
  const result = inflateRaw(compressed, limit)
  if (typeof result === 'string') return result
  if (result.length > limit) return 'too-large'
  out.set(result, offset)
  return result.length
}

function writeLocalHeader(view: DataView, out: Uint8Array, at: number, entry: ZipEntry): void {
  view.setUint32(at, LOCAL_SIGNATURE, true)
  view.setUint16(at + 4, 20, true)
  view.setUint16(at + 6, entry.flags & UTF8_NAMES, true)
  view.setUint16(at + 8, 0, true)
  view.setUint16(at + 12, 0x21, true)
  view.setUint32(at + 18, entry.uncompressedSize, true)
  view.setUint32(at + 22, entry.uncompressedSize, true)
  view.setUint16(at + 26, entry.nameBytes.length, true)
  out.set(entry.nameBytes, at + 30)
}

function writeCentralHeader(view: DataView, out: Uint8Array, at: number, entry: ZipEntry, localOffset: number): void {
  view.setUint32(at, CENTRAL_SIGNATURE, true)
  view.setUint16(at + 4, 20, true)
  view.setUint16(at + 6, 20, true)
  view.setUint16(at + 8, entry.flags & UTF8_NAMES, true)
  view.setUint16(at + 10, 0, true)
  view.setUint16(at + 14, 0x21, true)
  view.setUint32(at + 20, entry.uncompressedSize, true)
  view.setUint32(at + 24, entry.uncompressedSize, true)
  view.setUint16(at + 28, entry.nameBytes.length, true)
  view.setUint32(at + 42, localOffset, true)
  out.set(entry.nameBytes, at + 46)
}

/** The parts of an archive whose parts are all stored (as `expandZip` returns it), by name, without copying. */
export function storedParts(archive: Uint8Array, entries: readonly ZipEntry[]): Map<string, Uint8Array> | null {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) {
    const start = dataOffset(view, entry)
    if (entry.method !== 0 || start < 0 || start + entry.uncompressedSize > archive.length) return null
    parts.set(entry.name, archive.subarray(start, start + entry.uncompressedSize))
  }
  return parts
}
