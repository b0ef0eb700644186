// Rescales a TrueType font to fewer design units per em (`rescale(ttf, 256)`): every outline point,
// advance, side bearing, bounding box and vertical metric is multiplied and rounded, and the
// outlines are re-encoded with the shortest TrueType encoding. At 256 units a point moves by at
// most 1/512 em (0.02 pt at the form's 9.5 pt, below a printer's dot), while most point-to-point
// steps fit one byte instead of two: the Chinese subset gzips about a quarter smaller, and the
// form module embeds it (scripts/cjk-font.mjs; docs/form.md, "Sizes").
//
// `node scripts/ttf-upm.mjs <font.ttf> <upm>` rewrites a file in place (tools/subset_font.py
// does so for the Latin font); scripts/cjk-font.mjs imports `rescale`.
//
// Handles what hb-subset and fontTools' subsetter write without hinting: the tables OS/2, cmap, glyf, head, hhea, hmtx,
// loca, maxp, name and post (others are copied unchanged), simple and composite glyphs. The
// output is deterministic: the same input gives the same bytes.

const u16 = (b, o) => b.readUInt16BE(o);
const i16 = (b, o) => b.readInt16BE(o);

/** The tables of an sfnt: tag → Buffer (copies). */
function tables(ttf) {
  const out = new Map();
  for (let i = 0; i < u16(ttf, 4); i++) {
    const rec = 12 + 16 * i;
    const tag = ttf.toString('latin1', rec, rec + 4);
    const off = ttf.readUInt32BE(rec + 8);
    const len = ttf.readUInt32BE(rec + 12);
    out.set(tag, Buffer.from(ttf.subarray(off, off + len)));
  }
  return out;
}

/** A simple glyph's contour ends, instructions, flags (on-curve and overlap bits) and points. */
function readSimple(g, contours) {
  const ends = [];
  let p = 10;
  for (let i = 0; i < contours; i++, p += 2) ends.push(u16(g, p));
  const il = u16(g, p);
  const instructions = g.subarray(p + 2, p + 2 + il);
  p += 2 + il;
  const n = contours ? ends[contours - 1] + 1 : 0;
  const flags = [];
  while (flags.length < n) {
    const f = g[p++];
    flags.push(f);
    if (f & 8) for (let r = g[p++]; r > 0; r--) flags.push(f);
  }
  const coords = (short, same) => {
    const out = [];
    let v = 0;
    for (const f of flags) {
      if (f & short) v += f & same ? g[p++] : -g[p++];
      else if (!(f & same)) { v += i16(g, p); p += 2; }
      out.push(v);
    }
    return out;
  };
  const xs = coords(2, 16);
  const ys = coords(4, 32);
  return { ends, instructions, flags: flags.map((f) => f & 0x41), xs, ys };
}

/** A simple glyph, encoded: deltas in one byte where they fit, runs of equal flags repeated. */
function writeSimple({ ends, instructions, flags, xs, ys }) {
  const fl = [];
  const xb = [];
  const yb = [];
  let px = 0;
  let py = 0;
  const step = (d, short, same, out) => {
    if (d === 0) return same;
    if (d >= -255 && d <= 255) { out.push(Math.abs(d)); return short | (d > 0 ? same : 0); }
    out.push((d >> 8) & 0xff, d & 0xff);
    return 0;
  };
  flags.forEach((f, i) => {
    fl.push(f | step(xs[i] - px, 2, 16, xb) | step(ys[i] - py, 4, 32, yb));
    px = xs[i];
    py = ys[i];
  });
  const fb = [];
  for (let i = 0; i < fl.length;) {
    let j = i;
    while (j + 1 < fl.length && fl[j + 1] === fl[i] && j - i < 255) j++;
    if (j > i) fb.push(fl[i] | 8, j - i);
    else fb.push(fl[i]);
    i = j + 1;
  }
  const head = Buffer.alloc(10 + 2 * ends.length + 2);
  head.writeInt16BE(ends.length, 0);
  if (xs.length) {
    head.writeInt16BE(Math.min(...xs), 2);
    head.writeInt16BE(Math.min(...ys), 4);
    head.writeInt16BE(Math.max(...xs), 6);
    head.writeInt16BE(Math.max(...ys), 8);
  }
  ends.forEach((e, i) => head.writeUInt16BE(e, 10 + 2 * i));
  head.writeUInt16BE(instructions.length, 10 + 2 * ends.length);
  return Buffer.concat([head, instructions, Buffer.from(fb), Buffer.from(xb), Buffer.from(yb)]);
}

/** A composite glyph with its offsets scaled (always written as words) and its box scaled. */
function scaleComposite(g, s) {
  const out = [];
  const head = Buffer.from(g.subarray(0, 10));
  for (let o = 2; o < 10; o += 2) head.writeInt16BE(s(i16(g, o)), o);
  out.push(head);
  let p = 10;
  let flags;
  do {
    flags = u16(g, p);
    const glyph = u16(g, p + 2);
    p += 4;
    let a;
    let b;
    if (flags & 1) { a = i16(g, p); b = i16(g, p + 2); p += 4; } else {
      a = flags & 2 ? g.readInt8(p) : g[p];
      b = flags & 2 ? g.readInt8(p + 1) : g[p + 1];
      p += 2;
    }
    if (flags & 2) { a = s(a); b = s(b); } // x and y offsets, not point numbers
    const rest = flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0;
    const c = Buffer.alloc(8);
    c.writeUInt16BE(flags | 1, 0);
    c.writeUInt16BE(glyph, 2);
    if (flags & 2) { c.writeInt16BE(a, 4); c.writeInt16BE(b, 6); } else { c.writeUInt16BE(a, 4); c.writeUInt16BE(b, 6); }
    out.push(c, g.subarray(p, p + rest));
    p += rest;
  } while (flags & 0x20);
  if (flags & 0x100) out.push(g.subarray(p, p + 2 + u16(g, p)));
  return Buffer.concat(out);
}

/** The table's checksum (sum of its big-endian words, zero-padded). */
function checksum(b) {
  const p = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let sum = 0;
  for (let o = 0; o < p.length; o += 4) sum = (sum + p.readUInt32BE(o)) >>> 0;
  return sum;
}

/** `ttf` with `upm` design units per em (a no-op when it has them already). */
export function rescale(ttf, upm) {
  const t = tables(ttf);
  const head = t.get('head');
  const from = u16(head, 18);
  if (from === upm) return ttf;
  const k = upm / from;
  const s = (v) => Math.round(v * k);
  const scaleAt = (b, offsets, signed = true) => {
    for (const o of offsets) {
      if (o + 2 > b.length) continue;
      if (signed) b.writeInt16BE(s(i16(b, o)), o); else b.writeUInt16BE(s(u16(b, o)), o);
    }
  };

  // Outlines.
  const longLoca = i16(head, 50) === 1;
  const loca = t.get('loca');
  const glyf = t.get('glyf');
  const count = loca.length / (longLoca ? 4 : 2) - 1;
  const at = (i) => (longLoca ? loca.readUInt32BE(4 * i) : 2 * u16(loca, 2 * i));
  const glyphs = [];
  const boxes = [];
  for (let i = 0; i < count; i++) {
    const g = glyf.subarray(at(i), at(i + 1));
    let out = Buffer.alloc(0);
    if (g.length >= 10) {
      const contours = i16(g, 0);
      if (contours >= 0) {
        const simple = readSimple(g, contours);
        simple.xs = simple.xs.map(s);
        simple.ys = simple.ys.map(s);
        out = writeSimple(simple);
      } else {
        out = scaleComposite(g, s);
      }
      boxes.push([i16(out, 2), i16(out, 4), i16(out, 6), i16(out, 8)]);
    }
    glyphs.push(out.length % 2 ? Buffer.concat([out, Buffer.alloc(1)]) : out);
  }
  const total = glyphs.reduce((n, g) => n + g.length, 0);
  const short = total <= 0x1fffe;
  const newLoca = Buffer.alloc((count + 1) * (short ? 2 : 4));
  let off = 0;
  glyphs.forEach((g, i) => {
    if (short) newLoca.writeUInt16BE(off / 2, 2 * i); else newLoca.writeUInt32BE(off, 4 * i);
    off += g.length;
  });
  if (short) newLoca.writeUInt16BE(off / 2, 2 * count); else newLoca.writeUInt32BE(off, 4 * count);
  t.set('glyf', Buffer.concat(glyphs));
  t.set('loca', newLoca);

  // Metrics: advances and left side bearings (a glyph's is its new xMin).
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const nh = u16(hhea, 34);
  const xMin = glyphs.map((g) => (g.length >= 10 ? i16(g, 2) : null));
  for (let i = 0; i < count; i++) {
    const lsbAt = i < nh ? 4 * i + 2 : 4 * nh + 2 * (i - nh);
    if (i < nh) hmtx.writeUInt16BE(s(u16(hmtx, 4 * i)), 4 * i);
    hmtx.writeInt16BE(xMin[i] ?? s(i16(hmtx, lsbAt)), lsbAt);
  }
  const adv = (i) => u16(hmtx, 4 * Math.min(i, nh - 1));
  const inked = boxes.length ? boxes : [[0, 0, 0, 0]];
  head.writeUInt16BE(upm, 18);
  head.writeInt16BE(Math.min(...inked.map((b) => b[0])), 36);
  head.writeInt16BE(Math.min(...inked.map((b) => b[1])), 38);
  head.writeInt16BE(Math.max(...inked.map((b) => b[2])), 40);
  head.writeInt16BE(Math.max(...inked.map((b) => b[3])), 42);
  head.writeInt16BE(short ? 0 : 1, 50);
  scaleAt(hhea, [4, 6, 8, 22]);
  let maxAdv = 0;
  let minL = Infinity;
  let minR = Infinity;
  let maxExt = -Infinity;
  for (let i = 0; i < count; i++) {
    maxAdv = Math.max(maxAdv, adv(i));
    if (xMin[i] === null) continue;
    const g = glyphs[i];
    const w = i16(g, 6) - i16(g, 2);
    minL = Math.min(minL, xMin[i]);
    minR = Math.min(minR, adv(i) - xMin[i] - w);
    maxExt = Math.max(maxExt, xMin[i] + w);
  }
  hhea.writeUInt16BE(maxAdv, 10);
  if (Number.isFinite(minL)) {
    hhea.writeInt16BE(minL, 12);
    hhea.writeInt16BE(minR, 14);
    hhea.writeInt16BE(maxExt, 16);
  }
  const os2 = t.get('OS/2');
  if (os2) {
    // xAvgCharWidth, sub/superscript sizes and offsets, strikeout; typo and win metrics; x and
    // cap heights.
    scaleAt(os2, [2, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 68, 70, 72, 86, 88]);
    scaleAt(os2, [74, 76], false);
  }
  const post = t.get('post');
  if (post) scaleAt(post, [8, 10]);

  // The file: the same tables in tag order, 4-byte aligned, with checksums.
  const tags = [...t.keys()].sort();
  const n = tags.length;
  const dir = Buffer.alloc(12 + 16 * n);
  ttf.copy(dir, 0, 0, 12);
  let pos = dir.length;
  const bodies = [];
  head.writeUInt32BE(0, 8);
  tags.forEach((tag, i) => {
    const body = t.get(tag);
    const rec = 12 + 16 * i;
    dir.write(tag, rec, 'latin1');
    dir.writeUInt32BE(checksum(body), rec + 4);
    dir.writeUInt32BE(pos, rec + 8);
    dir.writeUInt32BE(body.length, rec + 12);
    const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
    bodies.push(padded);
    pos += padded.length;
  });
  const font = Buffer.concat([dir, ...bodies]);
  const headAt = dir.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const [file, upm] = process.argv.slice(2);
  writeFileSync(file, rescale(readFileSync(file), Number(upm)));
}
