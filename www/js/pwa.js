// The installable, offline page's own small script (docs/pwa.md), apart from the page's bundle and
// from the engine on purpose: it registers the service worker and shows "a new version is ready"
// even when the running build's wasm or bundle cannot load, so a broken build can always be
// replaced by the next one. No imports, no strings of its own: the notice and the install text are
// in index.html with data-i18n, which the page's script translates when it runs (English if not).
// Loaded with <script type="module" async>; the worker is registered at the load event (or after
// 10 s if a file stalls), so its precache never competes with the first result.
const root = document.documentElement;

// ---- the web app manifest in the page's language (<html lang>, which js/app.js sets) ----------
const MANIFESTS = { en: 'manifest.webmanifest', ru: 'manifest.ru.webmanifest', kk: 'manifest.kk.webmanifest', zh: 'manifest.zh.webmanifest' };
function syncManifest() {
  const link = document.querySelector('link[rel="manifest"]');
  const href = MANIFESTS[root.lang.split('-')[0]] || MANIFESTS.en;
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
}
syncManifest();
new MutationObserver(syncManifest).observe(root, { attributes: true, attributeFilter: ['lang'] });

// ---- installing: the browser's prompt where there is one, else the how-to for this browser ----
// <html data-install="prompt|how|installed" data-browser="…">: style.css shows the matching text.
const ua = navigator.userAgent;
root.dataset.browser = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1) ? 'ios'
  : /Android/.test(ua) ? 'android'
    : /Firefox\//.test(ua) ? 'firefox'
      : /Chrome\/|Chromium\/|Edg\//.test(ua) ? 'chromium'
        : /Safari\//.test(ua) ? 'safari' : 'other';
const standalone = matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
root.dataset.install = standalone ? 'installed' : 'how';
let installPrompt = null;
addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault(); // the page's own button (in the "offline" section) asks instead
  installPrompt = e;
  root.dataset.install = 'prompt';
});
addEventListener('appinstalled', () => { installPrompt = null; root.dataset.install = 'installed'; });
document.addEventListener('click', async (e) => {
  if (!e.target.closest?.('#install') || !installPrompt) return;
  const p = installPrompt;
  installPrompt = null;
  await p.prompt();
  const choice = await p.userChoice.catch(() => null);
  root.dataset.install = choice?.outcome === 'accepted' ? 'installed' : 'how';
});

// ---- the service worker and the "new version" notice ----------------------------------------
let switching = false;
let retryIn = 60e3;
function offer(worker) {
  const box = document.getElementById('sw-update');
  // The first install activates at once (nothing to switch from); only a waiting one is offered.
  if (!navigator.serviceWorker.controller || !box || !box.hidden) return;
  box.querySelector('button').addEventListener('click', () => { switching = true; worker.postMessage('SKIP_WAITING'); }, { once: true });
  box.hidden = false;
}
function watch(reg) {
  const track = (w) => {
    if (!w) return;
    if (w.state === 'installed') { offer(w); return; }
    w.addEventListener('statechange', () => {
      if (w.state === 'installed') offer(w);
      // The install failed (a file did not match this build, or was missing): the old version
      // stays; try again later, less and less often, while the page stays open.
      if (w.state === 'redundant' && !reg.installing && !reg.waiting && reg.active !== w) {
        setTimeout(() => reg.update().catch(() => {}), retryIn);
        retryIn = Math.min(retryIn * 2, 3600e3);
      }
    });
  };
  track(reg.waiting);
  track(reg.installing);
  reg.addEventListener('updatefound', () => track(reg.installing));
}
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.addEventListener('controllerchange', () => { if (switching) location.reload(); });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // updateViaCache 'none': sw.js and sw-assets.js are always asked of the server, whatever
    // caching headers a static host sends.
    navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then(watch, (err) => console.warn('service worker', err));
  };
  if (document.readyState === 'complete') start();
  else {
    addEventListener('load', start, { once: true });
    setTimeout(start, 10e3);
  }
}
