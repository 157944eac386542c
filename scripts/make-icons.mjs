// Draws the toolbar icon (a speaker with sound waves on a dark blue rounded square) as PNGs, so the
// icon is reproducible from code. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Coverage of a unit-square point by the icon's shapes; returns [r,g,b,a] in 0..1. */
function shade(x, y) {
  const r = 0.18; // corner radius
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const white = [1, 1, 1, 1];
  // Speaker body and cone.
  if (x >= 0.16 && x <= 0.3 && y >= 0.38 && y <= 0.62) return white;
  if (x >= 0.3 && x <= 0.48 && Math.abs(y - 0.5) <= 0.12 + (x - 0.3) * 1.1) return white;
  // Two sound waves: arcs centred at the cone.
  const d = Math.hypot(x - 0.45, y - 0.5);
  const angle = Math.abs(Math.atan2(y - 0.5, x - 0.45));
  if (x > 0.5 && angle < 0.85 && ((d > 0.16 && d < 0.23) || (d > 0.3 && d < 0.37))) return [1, 0.85, 0.3, 1];
  return [0.04, 0.29, 0.55, 1];
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      const a = acc[3] / (ss * ss);
      const o = 1 + px * 4;
      row[o] = a ? Math.round((acc[0] / acc[3]) * 255) : 0;
      row[o + 1] = a ? Math.round((acc[1] / acc[3]) * 255) : 0;
      row[o + 2] = a ? Math.round((acc[2] / acc[3]) * 255) : 0;
      row[o + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 96, 128])
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
