// Serves www/ on localhost with the headers the page needs (application/wasm, a strict
// Content-Security-Policy, who may frame what). No dependencies. PORT=8080 by default.
// docs/hosting.md lists the same headers for a static host.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../www/', import.meta.url)));
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Fluent catalogs (www/locales/<lang>.ftl); Fluent has no registered media type.
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

// No third-party origin at all; 'wasm-unsafe-eval' only for compiling the module.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// Who may frame a page: only tirkeu's own origin (the full page holds what the visitor types; a
// frame on another site could dress it up or click-jack it). frame-ancestors works in a header
// only (browsers ignore it in a <meta> CSP), so static hosts must send it (docs/hosting.md).
const SELF_ONLY = "frame-ancestors 'self'";
// The embedding demo (www/demo/) frames www/frame.html, which needs frame-src; only there.
export const DEMO_CSP = `${CSP}; frame-src 'self'; ${SELF_ONLY}`;
// The iframe widget, www/frame.html, is made to be framed by any site (docs/embed.md): it gets
// the strict CSP with no frame-ancestors at all. Its data goes only to the origin named in its
// `parent` parameter, so a site framing it under another name learns nothing.
export const FRAME_CSP = CSP;
export const PAGE_CSP = `${CSP}; ${SELF_ONLY}`;

/** The Content-Security-Policy for a path of www/ (as requested, starting with '/'). */
export function cspFor(path) {
  if (path === '/frame.html') return FRAME_CSP;
  if (path.startsWith('/demo/')) return DEMO_CSP;
  return PAGE_CSP;
}

/**
 * The file under `root` that a request path names, or null when it would leave `root`: `..`
 * segments in any spelling (`%2e%2e`, `..%2f`), backslashes, NUL bytes, and symbolic links that
 * lead out. The check compares with the root plus a separator, so a sibling folder whose name
 * starts like the root (`www-x` next to `www`) is outside too.
 */
export async function resolveInside(root, path) {
  if (/[\\\0]/.test(path)) return null;
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const real = await realpath(file).catch(() => null);
  if (real === null) return file; // does not exist: a 404 follows
  const realRoot = await realpath(root);
  return real === realRoot || real.startsWith(realRoot + sep) ? real : null;
}
/** Which encodings a request's Accept-Encoding allows (a q=0 refuses one). */
export function accepted(header = '') {
  const ok = new Set();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name.trim());
  }
  return ok;
}

/** `{ ext, name }` of the precompressed copy of `file` to send, or null. Brotli first. */
async function precompressed(file, st, acceptEncoding) {
  const ok = accepted(acceptEncoding);
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!ok.has(name)) continue;
    const c = await stat(file + ext).catch(() => null);
    if (c && c.isFile() && c.mtimeMs > st.mtimeMs) return { name, ext };
  }
  return null;
}

// The widget (www/embed.js, its wasm) may be loaded by pages on other origins: module scripts
// and fetch() of the wasm and of the language's catalog are CORS requests.
const CORS = new Set(['.js', '.mjs', '.wasm', '.css', '.ftl']);

export function startServer({ port: p = port, host: h = host, dir = root } = {}) {
  dir = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      // The path as sent (not `new URL(req.url, base)`: "//x" would read as a host).
      let path;
      try { path = decodeURIComponent(req.url.split(/[?#]/)[0]); } catch { res.writeHead(400).end('bad request'); return; }
      if (!path.startsWith('/')) path = `/${path}`;
      if (path.endsWith('/')) path += 'index.html';
      const file = await resolveInside(dir, path);
      if (!file) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // A precompressed copy (scripts/compress.mjs) when the browser takes it and the copy is
      // written after the file (a file edited after the build is sent as it is).
      const enc = await precompressed(file, st, req.headers['accept-encoding']);
      const body = await readFile(enc ? file + enc.ext : file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        ...(enc ? { 'content-encoding': enc.name } : {}),
        vary: 'accept-encoding',
        'content-security-policy': cspFor(path),
        ...(CORS.has(extname(file)) ? { 'access-control-allow-origin': '*' } : {}),
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500).end('error');
    }
  });
  return new Promise((ok) => server.listen(p, h, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port: actual } = server.address();
  console.log(`tirkeu is served at http://${host}:${actual}/ (Ctrl+C stops it)`);
}
