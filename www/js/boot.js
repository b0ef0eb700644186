// Starts the core wasm module and the fetch of the visitor's language catalog as early as
// possible: this file is loaded with <script type="module" async>, so it runs as soon as it
// arrives, before the document is parsed; it touches no DOM. The page (js/app.js) awaits both.
import init from '../pkg-core/tirkeu_core.js';

export const ready = init();

// The page's language, chosen as js/app.js does (the link, else the remembered choice, else the
// browser's languages, else English), in a few lines here so that the fetch starts now rather
// than after the app's script has arrived and been parsed. localStorage is read only when the
// link does not say (its first use costs a round trip to the browser process).
const LANGS = ['en', 'ru', 'kk', 'zh'];
function firstLang() {
  const m = /[#&]lang=([a-z]+)/.exec(location.hash);
  if (m && LANGS.includes(m[1])) return m[1];
  let stored = null;
  try { stored = localStorage.getItem('tirkeu.lang'); } catch { /* storage disabled */ }
  if (LANGS.includes(stored)) return stored;
  for (const tag of navigator.languages || [navigator.language]) {
    const p = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(p)) return p;
  }
  return 'en';
}
export const lang = firstLang();
/** The text of www/locales/<lang>.ftl, fetched in parallel with the wasm. */
export const catalog = fetch(new URL(`../locales/${lang}.ftl`, import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`locales/${lang}.ftl: ${r.status}`);
  return r.text();
});
catalog.catch(() => {}); // reported where it is awaited
