// Service worker, "new version" notice, install prompt, manifest per language (docs/pwa.md).
// Apart from the bundle and the engine on purpose: it works when they fail to load. Its texts are
// in index.html (data-i18n, translated by the page's script, else English).
const root = document.documentElement;

// <link rel="manifest"> follows <html lang>, which the page's script sets.
const sync = () => {
  const l = root.lang.split('-')[0];
  const href = ['ru', 'kk', 'zh'].includes(l) ? `manifest.${l}.webmanifest` : 'manifest.webmanifest';
  const link = document.querySelector('link[rel="manifest"]');
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
};
sync();
new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['lang'] });

// <html data-install="prompt|how|installed" data-browser="…">: style.css shows the matching text.
const ua = navigator.userAgent;
root.dataset.browser = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1) ? 'ios'
  : /Android/.test(ua) ? 'android' : /Firefox\//.test(ua) ? 'firefox'
    : /Chrome\/|Chromium\/|Edg\//.test(ua) ? 'chromium' : /Safari\//.test(ua) ? 'safari' : 'other';
root.dataset.install = matchMedia('(display-mode: standalone)').matches || navigator.standalone === true ? 'installed' : 'how';
let installPrompt = null;
addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault(); // the page's Install button asks instead of the browser's own bar
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

// A waiting new build is offered (#sw-update); a failed install (a file not of the build) is
// retried after 1, 2, 4… minutes, at most hourly. Registered at `load` (or after 10 s if a file
// stalls): the precache never competes with the first result, and does not wait for the engine.
let switching = false;
let retryIn = 60e3;
function offer(worker) {
  const box = document.getElementById('sw-update');
  if (!navigator.serviceWorker.controller || !box || !box.hidden) return; // a first install needs no switch
  box.querySelector('button').addEventListener('click', () => { switching = true; worker.postMessage('SKIP_WAITING'); }, { once: true });
  box.hidden = false;
}
function watch(reg) {
  const track = (w) => {
    if (!w) return;
    if (w.state === 'installed') { offer(w); return; }
    w.addEventListener('statechange', () => {
      if (w.state === 'installed') offer(w);
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
    // updateViaCache 'none': sw.js and sw-assets.js always come from the server.
    navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then(watch, (err) => console.warn('service worker', err));
  };
  if (document.readyState === 'complete') start();
  else {
    addEventListener('load', start, { once: true });
    setTimeout(start, 10e3);
  }
}
