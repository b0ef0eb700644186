// Starts fetching the visitor's catalog (www/locales/<lang>/shared.ftl, and the destination's
// own, www/locales/<lang>/<cc>.ftl) as soon as this file arrives: it is a module of its own with
// no imports, loaded <script type="module" async> from <head>, so the fetches do not wait for the
// wasm glue that js/boot.js imports. js/app.js imports the same module (the same instance) and
// awaits `catalog` and `destinationCatalog`. Touches no DOM.
//
// The language is chosen as js/app.js would: the link, else the remembered choice, else the
// browser's languages, else English. localStorage is read only when the link does not say (its
// first use costs a round trip to the browser process). The destination likewise: the link's
// when it gives a scenario, else the remembered scenario's, else the default; its part is
// fetched once the shared part has named the destinations (its first line), so an unknown code
// is never fetched. js/app.js still checks the guess against the engine's countries().
const LANGS = ['en', 'ru', 'kk', 'zh'];
const SCENARIO = /^(destination|citizenship|passport|visa|entryDate|exitDate|birthDate|accommodation|trips|moves|crew|as|audience)$/;
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
const code = (v) => (/^[A-Za-z]{2}$/.test(v || '') ? v.toLowerCase() : null);
function firstDestination() {
  const params = location.hash.slice(1).split('&').map((p) => p.split('='));
  if (params.some(([k, v]) => SCENARIO.test(k) && v !== undefined)) return code(params.find(([k]) => k === 'destination')?.[1]);
  try {
    if (localStorage.getItem('tirkeu.remember') === '1') return code(JSON.parse(localStorage.getItem('tirkeu.scenario') || 'null')?.destination);
  } catch { /* storage disabled, or not JSON */ }
  return null;
}
export const lang = firstLang();
const part = (name) => fetch(new URL(`../locales/${lang}/${name}.ftl`, import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`locales/${lang}/${name}.ftl: ${r.status}`);
  return r.text();
});
/** The text of www/locales/<lang>/shared.ftl. */
export const catalog = part('shared');
const guess = firstDestination();
/** { code, text }: the destination's part (lower-case code): the guessed destination if the
 * shared part names it among the destinations, else the default it names first. (After the
 * shared part, not beside it: a link naming no destination fetches no file that is not there.) */
export const destinationCatalog = catalog.then((t) => {
  const list = (/^### destinations: *(.*)$/m.exec(t)?.[1] || '').trim().split(/\s+/);
  const c = list.includes(guess) ? guess : list[0];
  return part(c).then((text) => ({ code: c, text }));
});
catalog.catch(() => {}); // reported where it is awaited
destinationCatalog.catch(() => {});
