// scripts/serve.mjs (what `npm start` runs) and docs/hosting.md: nothing outside the served folder
// is served, whatever the spelling of the path (tested with a real sibling folder, `www-x`, next
// to a served `www`); the headers (CSP with frame-ancestors 'self' everywhere but frame.html,
// nosniff, no-referrer); the _headers example in docs/hosting.md gives the same; and in Chromium a
// page on another origin cannot frame index.html but can frame frame.html.
import test from 'node:test';
import assert from 'node:assert/strict';
import { request, createServer } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, CSP, PAGE_CSP, FRAME_CSP, DEMO_CSP } from '../../scripts/serve.mjs';
import { launch, serve } from './browser.mjs';

/** A raw GET: the path goes on the wire exactly as given (fetch() would resolve `..` first). */
function get(port, path) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('paths outside the served folder are refused, a sibling folder named like it included, in every spelling', async (t) => {
  const top = mkdtempSync(join(tmpdir(), 'tirkeu-serve-'));
  const www = join(top, 'www');
  mkdirSync(join(www, 'sub'), { recursive: true });
  mkdirSync(join(top, 'www-x'));
  writeFileSync(join(www, 'index.html'), '<!doctype html><title>in</title>');
  writeFileSync(join(www, 'sub', 'index.html'), 'sub');
  writeFileSync(join(www, 'ok.txt'), 'inside');
  writeFileSync(join(top, 'www-x', 'secret'), 'SECRET-SIBLING');
  writeFileSync(join(top, 'secret.txt'), 'SECRET-PARENT');
  symlinkSync(join(top, 'www-x', 'secret'), join(www, 'link'));
  symlinkSync(join(top, 'www-x'), join(www, 'linkdir'));
  const server = await startServer({ port: 0, dir: www });
  const { port } = server.address();
  t.after(() => { server.close(); rmSync(top, { recursive: true, force: true }); });

  assert.equal((await get(port, '/ok.txt')).body, 'inside');
  assert.equal((await get(port, '/')).status, 200);
  assert.equal((await get(port, '/sub/')).body, 'sub');
  assert.equal((await get(port, '/sub/../ok.txt')).body, 'inside', '.. that stays inside is fine');
  assert.equal((await get(port, '/missing.txt')).status, 404);

  const attempts = [
    '/../www-x/secret', '/..%2fwww-x%2fsecret', '/%2e%2e/www-x/secret', '/%2E%2E%2Fwww-x%2Fsecret', '/.%2e/www-x/secret',
    '/..\\www-x\\secret', '/..%5cwww-x%5csecret', '/%5c..%5cwww-x%5csecret', '//../www-x/secret', '/./../www-x/secret',
    '/sub/../../www-x/secret', '/sub/%2e%2e/%2e%2e/www-x/secret', '/..%252fwww-x%252fsecret', '/%252e%252e/www-x/secret',
    '/../secret.txt', '/%2e%2e/secret.txt', '/..', '/../', '/%2e%2e', '/ok.txt%00', '/..%00/www-x/secret',
    '/link', '/linkdir/secret', '/../www/../www-x/secret',
  ];
  for (const path of attempts) {
    const res = await get(port, path);
    assert.ok([400, 403, 404].includes(res.status), `${path}: ${res.status}`);
    assert.doesNotMatch(res.body, /SECRET/, path);
  }
});

test('headers: frame-ancestors \'self\' on the page and everything else, none on frame.html; nosniff, no-referrer', async (t) => {
  const { server, url } = await serve();
  t.after(() => server.close());
  const port = new URL(url).port;
  assert.doesNotMatch(CSP, /frame-ancestors/);
  assert.equal(FRAME_CSP, CSP, 'frame.html: the strict policy, no frame-ancestors (docs/embed.md)');
  for (const path of ['/', '/index.html', '/style.css', '/js/app.bundle.js', '/js/pwa.js', '/pkg-core/tirkeu_core_bg.wasm', '/sw.js', '/manifest.webmanifest', '/embed.js', '/frame.html', '/demo/', '/missing']) {
    const res = await get(port, path);
    if (path === '/missing') { assert.equal(res.status, 404); continue; }
    assert.equal(res.status, 200, path);
    const csp = res.headers['content-security-policy'];
    if (path === '/frame.html') assert.equal(csp, FRAME_CSP, path);
    else if (path === '/demo/') assert.equal(csp, DEMO_CSP, path);
    else assert.equal(csp, PAGE_CSP, path);
    if (path !== '/frame.html') assert.match(csp, /; frame-ancestors 'self'$/, path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    assert.equal(res.headers['cache-control'], 'no-cache', path);
  }
  assert.match(DEMO_CSP, /frame-src 'self'/);
});

test('docs/hosting.md: its _headers example gives each path the headers scripts/serve.mjs sends', () => {
  const doc = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
  const block = doc.match(/## Cloudflare Pages[\s\S]*?```\n([\s\S]*?)```/)[1];
  // Cloudflare Pages' rules: every matching rule applies, in order; "! Name" removes a header.
  const rules = [];
  for (const line of block.split('\n')) {
    if (/^\//.test(line)) rules.push({ re: new RegExp(`^${line.trim().replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`), lines: [] });
    else if (line.trim()) rules.at(-1).lines.push(line.trim());
  }
  const headersFor = (path) => {
    const h = {};
    for (const r of rules.filter((x) => x.re.test(path))) {
      for (const l of r.lines) {
        if (l.startsWith('!')) { delete h[l.slice(1).trim().toLowerCase()]; continue; }
        const [name, ...v] = l.split(':');
        const k = name.toLowerCase();
        h[k] = h[k] ? `${h[k]}, ${v.join(':').trim()}` : v.join(':').trim();
      }
    }
    return h;
  };
  const want = { '/index.html': PAGE_CSP, '/': PAGE_CSP, '/pkg-core/tirkeu_core_bg.wasm': PAGE_CSP, '/frame.html': FRAME_CSP, '/demo/': DEMO_CSP };
  for (const [path, csp] of Object.entries(want)) {
    const h = headersFor(path);
    assert.equal(h['content-security-policy'], csp, path);
    assert.equal(h['x-content-type-options'], 'nosniff', path);
    assert.equal(h['referrer-policy'], 'no-referrer', path);
  }
  assert.equal(headersFor('/embed.js')['access-control-allow-origin'], '*');
  assert.equal(headersFor('/index.html')['access-control-allow-origin'], undefined);
});

test('in Chromium: a page on another origin cannot frame index.html but can frame frame.html; the same origin can frame index.html', async (t) => {
  const { server, url } = await serve();
  const A = new URL(url).origin;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'none'; img-src data:; frame-src ${A}` });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>another site</title></head><body>
      <iframe id="page" title="page" src="${A}/index.html"></iframe><iframe id="widget" title="widget" src="${A}/frame.html?lang=en"></iframe></body></html>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const browser = await launch();
  t.after(async () => { await browser.close(); server.close(); host.close(); });

  const context = await browser.newContext();
  const page = await context.newPage();
  const console = [];
  page.on('console', (m) => console.push(m.text()));
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const widget = page.frameLocator('#widget');
  await widget.locator('tirkeu-calculator select').first().waitFor(); // the widget rendered
  await page.waitForTimeout(300);
  // The page's frame never got tirkeu's document: Chromium shows its error page instead.
  const contents = await Promise.all(page.frames().slice(1).map((f) => f.evaluate(() => ({ url: location.href, form: !!document.querySelector('#scenario') })).catch(() => ({ url: 'unreachable', form: false }))));
  assert.ok(!contents.some((c) => c.form), `index.html rendered in a frame of another origin: ${JSON.stringify(contents)}`);
  assert.ok(contents.some((c) => c.url.startsWith(`${A}/frame.html`)), JSON.stringify(contents));
  assert.ok(console.some((m) => m.includes(`Framing '${A}/'`) && m.includes(`"frame-ancestors 'self'"`)), console.join('\n'));
  assert.equal(console.filter((m) => /frame-ancestors/.test(m)).length, 1, 'only the full page was refused');

  // The same origin may: the demo page (its CSP has frame-src 'self') frames index.html.
  const same = await context.newPage();
  await same.goto(`${A}/demo/`);
  await same.evaluate(() => { const f = document.createElement('iframe'); f.id = 'full'; f.src = '../index.html'; document.body.append(f); });
  await same.frameLocator('#full').locator('#scenario').waitFor();
  await context.close();
});
