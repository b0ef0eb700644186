// Precompressed assets (scripts/compress.mjs) and how `npm start`'s server sends them: Brotli or
// gzip as the request accepts, the same bytes once decoded, never a stale copy.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, utimesSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer, accepted } from '../../scripts/serve.mjs';
import { compressAll } from '../../scripts/compress.mjs';

function get(port, path, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('Accept-Encoding is read with q-values', () => {
  assert.deepEqual([...accepted('gzip, deflate, br, zstd')], ['gzip', 'deflate', 'br', 'zstd']);
  assert.deepEqual([...accepted('br;q=0, gzip;q=0.5')], ['gzip']);
  assert.deepEqual([...accepted('')], []);
  assert.deepEqual([...accepted(undefined)], []);
});

test('the build writes .br and .gz next to the page, and the server sends them', async () => {
  const www = new URL('../../www/', import.meta.url);
  for (const f of ['index.html', 'js/app.bundle.js', 'pkg-core/tirkeu_core_bg.wasm', 'style.css']) {
    assert.ok(existsSync(new URL(`${f}.br`, www)) && existsSync(new URL(`${f}.gz`, www)), f);
  }
  const server = await startServer({ port: 0 });
  const { port } = server.address();
  try {
    const raw = readFileSync(new URL('pkg-core/tirkeu_core_bg.wasm', www));
    const br = await get(port, '/pkg-core/tirkeu_core_bg.wasm', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'application/wasm');
    assert.match(br.headers.vary, /accept-encoding/i);
    assert.ok(br.body.length < raw.length * 0.5, `${br.body.length} of ${raw.length}`);
    assert.ok(brotliDecompressSync(br.body).equals(raw));
    const gz = await get(port, '/pkg-core/tirkeu_core_bg.wasm', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(gz.body).equals(raw));
    const plain = await get(port, '/pkg-core/tirkeu_core_bg.wasm', { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(raw));
    const refused = await get(port, '/index.html', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    // The headers the page needs are sent with a compressed body too.
    const page = await get(port, '/index.html', { 'accept-encoding': 'br' });
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(page.headers['content-security-policy'], /frame-ancestors 'self'/);
  } finally { server.close(); }
});

test('a copy older than its file is not sent; a copy that would not be smaller is not written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-compress-'));
  writeFileSync(join(dir, 'a.js'), 'export const x = "' + 'abc '.repeat(500) + '";\n');
  writeFileSync(join(dir, 'tiny.css'), 'a{}');
  const r = compressAll(dir);
  assert.equal(r.files, 2);
  assert.ok(existsSync(join(dir, 'a.js.br')) && existsSync(join(dir, 'a.js.gz')));
  assert.ok(!existsSync(join(dir, 'tiny.css.br')) && !existsSync(join(dir, 'tiny.css.gz')), 'larger than the file itself');
  const server = await startServer({ port: 0, dir });
  const { port } = server.address();
  try {
    assert.equal((await get(port, '/a.js', { 'accept-encoding': 'br' })).headers['content-encoding'], 'br');
    // Edited after the build: the file as it is now.
    writeFileSync(join(dir, 'a.js'), 'export const x = 2;\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'a.js'), later, later);
    const fresh = await get(port, '/a.js', { 'accept-encoding': 'br, gzip' });
    assert.equal(fresh.headers['content-encoding'], undefined);
    assert.equal(fresh.body.toString(), 'export const x = 2;\n');
  } finally { server.close(); }
});
