// Makes the PWA icons from the one source image, www/icons/icon.svg (npm `sharp`, a
// devDependency): icon-192.png and icon-512.png with rounded corners (purpose "any") and
// icon-512-maskable.png, the full-bleed square (purpose "maskable"; the mark is inside the safe
// circle). The PNGs are committed; tests/e2e/pwa.test.mjs checks they match this script's output.
//   node tools/make-icons.mjs          writes the PNGs
//   import { render } from it          returns { file: Buffer } without writing (for the test)
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const dir = new URL('../www/icons/', import.meta.url);
export const ICONS = [
  { file: 'icon-192.png', size: 192, round: true },
  { file: 'icon-512.png', size: 512, round: true },
  { file: 'icon-512-maskable.png', size: 512, round: false },
];

export async function render() {
  const svg = readFileSync(new URL('icon.svg', dir));
  const out = {};
  for (const { file, size, round } of ICONS) {
    let img = sharp(svg, { density: 72 * (size / 512) * 4 }).resize(size, size);
    if (round) {
      const r = Math.round(size * 0.18);
      const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" rx="${r}" fill="#fff"/></svg>`);
      img = sharp(await img.png().toBuffer()).composite([{ input: mask, blend: 'dest-in' }]);
    }
    // No metadata, fixed zlib settings: the bytes depend only on the source and sharp's version.
    out[file] = await img.png({ compressionLevel: 9, palette: false }).toBuffer();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, bytes] of Object.entries(await render())) {
    writeFileSync(new URL(file, dir), bytes);
    console.log(`www/icons/${file}: ${bytes.length} B`);
  }
}
