/**
 * Draws the app's icons (a white shield with a tick on the app's blue) and writes them as PNG into
 * public/icons/, with no image library and nothing fetched. Run again only when the design changes:
 *
 *   npx tsx build/make-icons.ts
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

type Rgba = [number, number, number, number]
const BLUE: Rgba = [0x1f, 0x5f, 0xa8, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const CLEAR: Rgba = [0, 0, 0, 0]

const CRC_TABLE = Array.from({ length: 256 }, (_unused, index) => {
  let crc = index
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  return crc >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (1 + size * 4))
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4)
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), row + 1 + x * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ])
}

function distanceToSegment(x: number, y: number, [ax, ay]: number[], [bx, by]: number[]): number {
  const length = (bx! - ax!) ** 2 + (by! - ay!) ** 2
  const t = Math.max(0, Math.min(1, ((x - ax!) * (bx! - ax!) + (y - ay!) * (by! - ay!)) / length))
  return Math.hypot(x - (ax! + t * (bx! - ax!)), y - (ay! + t * (by! - ay!)))
}

/** The design in unit coordinates; `inset` shrinks it towards the centre (maskable icons need a safe zone). */
function colourAt(u: number, v: number, rounded: boolean, inset: number): Rgba {
  const corner = 0.18
  if (rounded) {
    const dx = Math.max(corner - u, 0, u - (1 - corner))
    const dy = Math.max(corner - v, 0, v - (1 - corner))
    if (Math.hypot(dx, dy) > corner) return CLEAR
  }
  const x = 0.5 + (u - 0.5) / inset
  const y = 0.5 + (v - 0.5) / inset
  const halfWidth = y < 0.2 || y > 0.84 ? -1 : y < 0.52 ? 0.24 : 0.24 * Math.sqrt(Math.max(0, 1 - ((y - 0.52) / 0.32) ** 2))
  if (Math.abs(x - 0.5) > halfWidth) return BLUE
  const tick = [[0.38, 0.5], [0.47, 0.6], [0.63, 0.4]]
  const onTick = Math.min(distanceToSegment(x, y, tick[0]!, tick[1]!), distanceToSegment(x, y, tick[1]!, tick[2]!)) < 0.035
  return onTick ? BLUE : WHITE
}

/** 4 x 4 samples per pixel, averaged, for smooth edges. */
function draw(size: number, rounded: boolean, inset: number): Buffer {
  return png(size, (px, py) => {
    const sum = [0, 0, 0, 0]
    for (let sy = 0; sy < 4; sy++) {
      for (let sx = 0; sx < 4; sx++) {
        const colour = colourAt((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size, rounded, inset)
        for (let channel = 0; channel < 4; channel++) sum[channel]! += colour[channel]! * (channel < 3 ? colour[3] / 255 : 1)
      }
    }
    const alpha = sum[3]! / 16
    return [0, 1, 2].map((channel) => (alpha ? Math.round(sum[channel]! / 16 / (alpha / 255)) : 0)).concat(Math.round(alpha)) as Rgba
  })
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../public/icons')
const icons: Record<string, Buffer> = {
  'icon-192.png': draw(192, true, 1),
  'icon-512.png': draw(512, true, 1),
  'icon-maskable-512.png': draw(512, false, 0.8),
}
for (const [name, bytes] of Object.entries(icons)) {
  writeFileSync(join(out, name), bytes)
  console.log(`${name}: ${bytes.length} bytes`)
}
