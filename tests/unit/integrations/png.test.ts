import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/integrations/png';

/** Reads a PNG back: its chunks (each CRC checked), size, color type and pixels. */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rows = Array.from({ length: height }, (_, y) => raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1)));
  expect(rows.every((row) => row[0] === 0)).toBe(true);
  return {
    types: chunks.map((c) => c.type),
    width,
    height,
    depth: header[8],
    colorType: header[9],
    pixels: Buffer.concat(rows.map((row) => row.subarray(1))),
  };
}

describe('encodePng', () => {
  it('writes a valid RGBA PNG that holds exactly the given pixels', async () => {
    const width = 3;
    const height = 2;
    const pixels = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256));
    const png = decode(await encodePng(width, height, pixels));
    expect(png).toEqual({ types: ['IHDR', 'IDAT', 'IEND'], width, height, depth: 8, colorType: 6, pixels });
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(2, 2, new Uint8Array(15))).rejects.toThrow(/15 bytes is not 2×2 RGBA/);
  });
});
