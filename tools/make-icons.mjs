#!/usr/bin/env node
// Draws the Teams app icons (a customer-journey curve with stage dots) and writes them as PNG with
// node:zlib only, so the icons are reproducible without image packages.
//   manifest/color.png   192x192, white glyph on the accent colour (full colour icon)
//   manifest/outline.png  32x32,  white glyph on transparent (outline icon)
// Usage: node tools/make-icons.mjs [output-dir]   (default: manifest/ next to tools/)
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACCENT = [0x44, 0x64, 0xee]; // keep in step with accentColor in manifest.template.json
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// rgba: Uint8Array of size*size*4, written as 8-bit RGBA (colour type 6), filter 0 on every row.
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The glyph in unit coordinates (0..1): a journey curve that dips and recovers, with five stage dots.
const STAGES = [
  [0.0, 0.42],
  [0.25, 0.18],
  [0.5, 0.78],
  [0.75, 0.56],
  [1.0, 0.24],
];

function curvePoints(steps) {
  // Catmull-Rom through the stages, so the line passes through every dot.
  const p = [STAGES[0], ...STAGES, STAGES[STAGES.length - 1]];
  const points = [];
  for (let i = 1; i < p.length - 2; i++) {
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const at = (k) =>
        0.5 *
        (2 * p[i][k] +
          (-p[i - 1][k] + p[i + 1][k]) * t +
          (2 * p[i - 1][k] - 5 * p[i][k] + 4 * p[i + 1][k] - p[i + 2][k]) * t2 +
          (-p[i - 1][k] + 3 * p[i][k] - 3 * p[i + 1][k] + p[i + 2][k]) * t3);
      points.push([at(0), at(1)]);
    }
  }
  return points;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Coverage (0..1) of the glyph at every pixel, anti-aliased by 4x4 supersampling.
function glyphCoverage(size, { margin, lineWidth, dotRadius }) {
  const span = size - 2 * margin;
  const toPixels = ([x, y]) => [margin + x * span, margin + y * span];
  const curve = curvePoints(24).map(toPixels);
  const dots = STAGES.map(toPixels);
  const inside = (x, y) => {
    if (dots.some(([dx, dy]) => Math.hypot(x - dx, y - dy) <= dotRadius)) {
      return true;
    }
    for (let i = 1; i < curve.length; i++) {
      if (distanceToSegment(x, y, curve[i - 1], curve[i]) <= lineWidth / 2) {
        return true;
      }
    }
    return false;
  };
  const coverage = new Float64Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          hits += inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4) ? 1 : 0;
        }
      }
      coverage[y * size + x] = hits / 16;
    }
  }
  return coverage;
}

function colorIcon() {
  const size = 192;
  const coverage = glyphCoverage(size, { margin: 40, lineWidth: 8, dotRadius: 10 });
  const rgba = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    for (let k = 0; k < 3; k++) {
      rgba[i * 4 + k] = Math.round(ACCENT[k] * (1 - c) + WHITE[k] * c);
    }
    rgba[i * 4 + 3] = 255;
  });
  return encodePng(size, rgba);
}

function outlineIcon() {
  const size = 32;
  const coverage = glyphCoverage(size, { margin: 3, lineWidth: 2, dotRadius: 2.6 });
  const rgba = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    rgba.set(WHITE, i * 4);
    rgba[i * 4 + 3] = Math.round(255 * c);
  });
  return encodePng(size, rgba);
}

const outputDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest'));
mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'color.png'), colorIcon());
writeFileSync(join(outputDir, 'outline.png'), outlineIcon());
process.stdout.write(`Wrote ${join(outputDir, 'color.png')} and ${join(outputDir, 'outline.png')}\n`);
