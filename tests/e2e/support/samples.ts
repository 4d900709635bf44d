/**
 * Small real files for the specs to attach, made here rather than stored: a PNG picture of a
 * business card and PDF letters (one page or many, with or without a password, or damaged).
 */
import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A 360x200 PNG that looks like a business card: white, a blue band on the left, and grey bars
 * where the name and details would be.
 */
export function businessCardPng(): Buffer {
  const width = 360
  const height = 200
  const bars = [
    { y: 50, h: 18, w: 170, rgb: [40, 44, 52] },
    { y: 80, h: 10, w: 120, rgb: [120, 126, 138] },
    { y: 130, h: 8, w: 150, rgb: [150, 156, 168] },
    { y: 146, h: 8, w: 110, rgb: [150, 156, 168] },
  ]
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      let rgb = [255, 255, 255]
      if (x < 24) rgb = [51, 88, 212]
      for (const bar of bars)
        if (y >= bar.y && y < bar.y + bar.h && x >= 56 && x < 56 + bar.w) rgb = bar.rgb
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) rgb = [200, 204, 212]
      row.set(rgb, 1 + x * 3)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A one-page PDF whose page shows `lines` of text. */
export function letterPdf(lines: string[]): Buffer {
  return pagesPdf([lines])
}

/** The padding of PDF's standard security handler (ISO 32000-1, 7.6.3.3). */
const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
)

/** RC4, which PDF's oldest encryption uses (Node's OpenSSL no longer offers it). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff
    ;[s[i], s[j]] = [s[j]!, s[i]!]
  }
  const out = Buffer.alloc(data.length)
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff
    j = (j + s[i]!) & 0xff
    ;[s[i], s[j]] = [s[j]!, s[i]!]
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!
  }
  return out
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest()
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32)

/**
 * The 40-bit RC4 standard security handler (revision 2) for `password`: the /Encrypt entry, the
 * file ID, and a function that encrypts one object's stream, as a PDF reader expects them.
 */
function passwordLock(password: string) {
  const id = md5(Buffer.from(password + ' sample id'))
  const owner = rc4(md5(padded(`${password} owner`)).subarray(0, 5), padded(password))
  const permissions = Buffer.alloc(4)
  permissions.writeInt32LE(-4)
  const key = md5(padded(password), owner, permissions, id).subarray(0, 5)
  const user = rc4(key, PASSWORD_PAD)
  return {
    trailer: `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -4 >> /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
    encrypt: (objectNumber: number, data: Buffer) =>
      rc4(
        md5(key, Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, 0, 0, 0])).subarray(
          0,
          10,
        ),
        data,
      ),
  }
}

/**
 * A PDF with one US Letter page per entry of `pages`, each showing its lines of text. With a
 * `password`, the file is encrypted and a reader must ask for it before showing anything.
 */
export function pagesPdf(pages: string[][], options: { password?: string } = {}): Buffer {
  const lock = options.password === undefined ? null : passwordLock(options.password)
  const fontRef = 3 + pages.length * 2
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ),
  ]
  pages.forEach((lines, i) => {
    const page = 3 + i * 2
    const text = lines
      .map(
        (line, n) =>
          `BT /F1 12 Tf 72 ${760 - n * 20} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`,
      )
      .join('\n')
    const plain = Buffer.from(text, 'latin1')
    const stream = lock ? lock.encrypt(page + 1, plain) : plain
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${fontRef} 0 R >> >> >>`,
      ),
      Buffer.concat([
        Buffer.from(`<< /Length ${stream.length} >>\nstream\n`),
        stream,
        Buffer.from('\nendstream'),
      ]),
    )
  })
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'))
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  let length = parts[0]!.length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(length)
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    parts.push(part)
    length += part.length
  })
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${lock?.trailer ?? ''}>>\n`
  tail += `startxref\n${length}\n%%EOF\n`
  return Buffer.concat([...parts, Buffer.from(tail, 'latin1')])
}

/** A file that starts like a PDF and then holds nothing a reader can use, as a damaged copy would. */
export function damagedPdf(): Buffer {
  const junk = Buffer.alloc(2048)
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 73 + 41) % 251
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), junk])
}
