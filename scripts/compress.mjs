// Writes `FILE.br` (Brotli, quality 11) and `FILE.gz` (gzip -9) next to every text and wasm
// asset of www/, as static hosts serve them (`npm start`'s server sends them with
// Content-Encoding when the browser accepts it, scripts/serve.mjs). Node's own zlib: no
// dependency. A compressed copy that would not be smaller is not written (and an old one is
// removed), so the server never sends a larger body.
//   node scripts/compress.mjs [dir]
import { readdirSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt', '.ics', '.ftl', '.ttf']);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && COMPRESSIBLE.has(extname(e.name))) yield p;
  }
}

export function compressAll(dir) {
  let n = 0, raw = 0, br = 0, gz = 0;
  for (const f of files(dir)) {
    const body = readFileSync(f);
    const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const g = gzipSync(body, { level: 9 });
    for (const [ext, out] of [['.br', b], ['.gz', g]]) {
      if (out.length < body.length) writeFileSync(f + ext, out);
      else rmSync(f + ext, { force: true });
    }
    n++; raw += body.length; br += Math.min(b.length, body.length); gz += Math.min(g.length, body.length);
  }
  return { files: n, raw, br, gz };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || fileURLToPath(new URL('../www/', import.meta.url));
  statSync(dir);
  const r = compressAll(dir);
  console.log(`compressed ${r.files} files: ${r.raw} B raw, ${r.br} B brotli, ${r.gz} B gzip`);
}
