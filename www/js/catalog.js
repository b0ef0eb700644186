// Starts fetching the visitor's language catalog (www/locales/<lang>.ftl) as soon as this file
// arrives: it is a module of its own with no imports, loaded <script type="module" async> from
// <head>, so the fetch does not wait for the wasm glue that js/boot.js imports. js/app.js imports
// the same module (the same instance) and awaits `catalog`. Touches no DOM.
//
// The language is chosen as js/app.js would: the link, else the remembered choice, else the
// browser's languages, else English. localStorage is read only when the link does not say (its
// first use costs a round trip to the browser process).
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
/** The text of www/locales/<lang>.ftl. */
export const catalog = fetch(new URL(`../locales/${lang}.ftl`, import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`locales/${lang}.ftl: ${r.status}`);
  return r.text();
});
catalog.catch(() => {}); // reported where it is awaited
