/**
 * Draws the add-in icons (a green tile with three bars and a check mark) as real PNG files:
 * icon-16/32/64/80/128.png. Run `node assets/make-icons.js` after changing the drawing.
 * Pure Node (zlib for the PNG's deflate stream), 4×4 supersampling for smooth edges.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const LIGHT = [198, 239, 206];

/** Colour at a point of the unit square (0..1), or null outside the rounded tile. */
function paint(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Three bars of a chart, rising.
  const bars = [
    [0.18, 0.3, 0.7],
    [0.36, 0.48, 0.64],
    [0.54, 0.66, 0.58],
  ];
  for (const [x0, x1, top] of bars) if (x >= x0 && x <= x1 && y >= top && y <= 0.82) return LIGHT;
  // The check mark: two thick strokes.
  const w = 0.075;
  if (nearSegment(x, y, 0.54, 0.36, 0.66, 0.48, w) || nearSegment(x, y, 0.66, 0.48, 0.86, 0.2, w)) return WHITE;
  return GREEN;
}

function nearSegment(px, py, ax, ay, bx, by, w) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= w * w;
}

function render(size) {
  const S = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = paint((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (!c) continue;
          acc[0] += c[0];
          acc[1] += c[1];
          acc[2] += c[2];
          acc[3] += 1;
        }
      }
      const n = acc[3];
      const o = 1 + x * 4;
      if (n > 0) {
        row[o] = Math.round(acc[0] / n);
        row[o + 1] = Math.round(acc[1] / n);
        row[o + 2] = Math.round(acc[2] / n);
        row[o + 3] = Math.round((255 * n) / (S * S));
      }
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width, height, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), render(size));
}
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
