// Serves www/ on localhost with the headers the page needs (application/wasm, a strict
// Content-Security-Policy). No dependencies. PORT=8080 by default.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
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
// The embedding demo (www/demo/) frames www/frame.html, which needs frame-src; only there.
export const DEMO_CSP = `${CSP}; frame-src 'self'`;
// The widget (www/embed.js, its wasm) may be loaded by pages on other origins: module scripts
// and fetch() of the wasm are CORS requests.
const CORS = new Set(['.js', '.mjs', '.wasm', '.css']);

export function startServer({ port: p = port, host: h = host, dir = root } = {}) {
  const server = createServer(async (req, res) => {
    try {
      // The path as sent (not `new URL(req.url, base)`: "//x" would read as a host).
      let path;
      try { path = decodeURIComponent(req.url.split(/[?#]/)[0]); } catch { res.writeHead(400).end('bad request'); return; }
      if (!path.startsWith('/')) path = `/${path}`;
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'content-security-policy': path.startsWith('/demo/') ? DEMO_CSP : CSP,
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
