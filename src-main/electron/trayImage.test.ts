import { describe, expect, it } from 'vitest'
import { trayImageFor } from './trayImage'

/** Width and height of a PNG given as a data URL. */
function pngSize(dataUrl: string): { width: number; height: number } {
  const bytes = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64')
  expect(bytes.toString('latin1', 1, 4)).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** True when every pixel is black or transparent (only alpha counts in a template image). */
async function isBlackAndAlpha(dataUrl: string): Promise<boolean> {
  const { Resvg } = await import('@resvg/resvg-js')
  // resvg decodes a PNG embedded in an SVG, which gives the pixels without another decoder.
  const size = pngSize(dataUrl)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" xlink:href="${dataUrl}"/></svg>`
  const pixels = new Resvg(svg).render().pixels
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3]! > 0 && (pixels[i]! > 8 || pixels[i + 1]! > 8 || pixels[i + 2]! > 8)) {
      return false
    }
  }
  return true
}

describe('trayImageFor', () => {
  it('gives macOS a black template image at 16 and 32 px', async () => {
    const spec = trayImageFor('darwin')
    expect(spec.template).toBe(true)
    expect(pngSize(spec.x1)).toEqual({ width: 16, height: 16 })
    expect(pngSize(spec.x2)).toEqual({ width: 32, height: 32 })
    expect(await isBlackAndAlpha(spec.x2)).toBe(true)
  })

  it.each(['win32', 'linux'])('gives %s the colour icon at 16 and 32 px', async (platform) => {
    const spec = trayImageFor(platform)
    expect(spec.template).toBe(false)
    expect(pngSize(spec.x1)).toEqual({ width: 16, height: 16 })
    expect(pngSize(spec.x2)).toEqual({ width: 32, height: 32 })
    expect(await isBlackAndAlpha(spec.x2)).toBe(false)
  })
})
