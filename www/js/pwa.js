// The offline page's own small script (docs/pwa.md), apart from the page's bundle and from the
// engine on purpose: it registers the service worker and shows "a new version is ready" even when
// the running build's wasm or bundle cannot load, so a broken build can always be replaced by the
// next one. No imports, no strings of its own: the notice is in index.html with data-i18n, which
// the page's script translates when it runs (English if it does not).
// Loaded with <script type="module" async>; the worker is registered at the load event (or after
// 10 s if a file stalls), so its precache never competes with the first result.
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
