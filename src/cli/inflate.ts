import { inflateRawSync } from 'node:zlib'
import type { InflateRaw } from '@/import/zip'

/**
 * Node's zlib as the import's inflater: one synchronous call per part, stopped by zlib itself once the
 * output passes the part's declared size (`maxOutputLength`), so a compressed bomb costs no more memory
 * than the limit the archive declared and the import allows.
 */
export const nodeInflateRaw: InflateRaw = (compressed, limit) => {
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit + 1) })
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged'
  }
}
