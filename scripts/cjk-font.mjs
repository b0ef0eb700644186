// The PDF form's Chinese font: a subset of Noto Sans SC Regular holding exactly the CJK glyphs
// of the forms' Chinese label renderings (src/countries/*/locales/zh/form.ftl), so that a PDF in
// Chinese prints them instead of English. The Latin and Cyrillic text of the same labels (vmp.gov.kz,
// digits) is drawn with the form's Noto Sans subset; this font takes every character from
// U+2E80 on (CJK punctuation, ideographs, full-width forms).
//
// Source: @fontsource/noto-sans-sc (npm, SIL OFL 1.1), its "chinese-simplified" Regular file
// (1.1 MB WOFF2, TrueType outlines); subsetting by subset-font (npm), HarfBuzz's hb-subset built
// to WebAssembly, then rescaled to 128 units per em (ttf-upm.mjs: the outlines gzip about 30 %
// smaller, the form module embeds them). Both are development dependencies only: the result,
// assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf (a few kB), is committed, so `cargo build` and
// `cargo test` need no Node; `npm run build` remakes it (same bytes for the same labels), and
// `cargo test` fails if a Chinese label has a character the committed subset lacks.
//
// `node scripts/cjk-font.mjs` writes it; `--check` only says whether it is up to date.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rescale } from './ttf-upm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OUT = join(root, 'assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf');
/** Design units per em of the subset (Noto Sans SC has 1000). */
export const UPM = 128;

/** The characters of the Chinese form labels that the Latin/Cyrillic font does not draw. */
export function cjkChars() {
  const countries = join(root, 'src/countries');
  const chars = new Set();
  for (const c of readdirSync(countries)) {
    const f = join(countries, c, 'locales/zh/form.ftl');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.startsWith('#') || !line.includes('=')) continue;
      for (const ch of line.slice(line.indexOf('=') + 1)) {
        if (ch.codePointAt(0) >= 0x2e80) chars.add(ch);
      }
    }
  }
  return [...chars].sort().join('');
}

async function main() {
  const text = cjkChars();
  let source;
  try {
    source = readFileSync(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2'));
  } catch {
    console.log('cjk-font: @fontsource/noto-sans-sc is not installed; keeping the committed subset');
    return;
  }
  const subsetFont = require('subset-font');
  const subset = await subsetFont(source, text, {
    targetFormat: 'sfnt',
    noHinting: true,
    // No layout tables: the PDF draws one glyph per character, unshaped (vertical forms and
    // ligatures are not used); the name table keeps the copyright, licence and names.
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx', 'gasp', 'prep', 'fpgm', 'cvt '],
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 13, 14],
  });
  // 128 units per em instead of 1000: a point moves by at most 1/256 em, 0.03 pt at the largest
  // Chinese text of the form (8.5 pt), and the outlines gzip about 30 % smaller (ttf-upm.mjs).
  const font = rescale(subset, UPM);
  const old = existsSync(OUT) ? readFileSync(OUT) : null;
  if (process.argv.includes('--check')) {
    const same = old && Buffer.compare(old, font) === 0;
    console.log(same ? 'cjk-font: up to date' : 'cjk-font: out of date; run node scripts/cjk-font.mjs');
    process.exitCode = same ? 0 : 1;
    return;
  }
  if (!old || Buffer.compare(old, font) !== 0) writeFileSync(OUT, font);
  console.log(`cjk-font: ${[...text].length} characters, ${font.length} bytes → ${OUT.slice(root.length + 1)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
