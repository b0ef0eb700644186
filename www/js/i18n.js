// The page's four languages. Its strings, and the destinations', come from Fluent catalogs built
// from src/**/locales/<lang>/*.ftl by scripts/catalogs.mjs (docs/i18n.md), per language in parts:
// `shared` (the engine's, the page's and the embed's own words), `later` (the page's words for its
// later sections: details, form, storage, app, the FAQ's frame), one per destination (`kz`, its
// rules, holidays and page texts) and that destination's FAQ (`kz-faq`), each fetched once, when
// needed: only the visitor's language's shared part and destination's before the first answer,
// the later ones right after it, another language's or destination's when chosen. The parts of a language add up to one catalog (IDs never clash: the build checks).
// No message falls back to another language: a missing ID shows as itself, which the tests catch.
import { Catalog } from './fluent.js';
import { KK_REGIONS, KK_MONTHS, KK_MONTHS_STANDALONE, KK_WEEKDAYS_SHORT, KK_WEEKDAYS } from './regions.js';

export const LANGS = ['en', 'ru', 'kk', 'zh'];
const CATALOGS = {};
// The texts of each language's parts, by name, in the order they came: the engine gets them
// joined (engineText).
const PARTS = {};
// BCP 47 tags for Intl: simplified Chinese.
const INTL = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh-Hans' };
let lang = 'en';
const SOURCE_LINE = /^[a-z]{2}-src-[^\n]*(\n|$)/gm;

export function setLang(l) { lang = LANGS.includes(l) ? l : 'en'; }

/** Adds part `name` (`shared`, `kz`, `kz-faq`) of language `l`'s catalog: the text of
 * www/locales/<l>/<name>.ftl. A part given twice is read once. */
export function addCatalog(l, text, name = 'shared') {
  PARTS[l] ||= new Map();
  if (PARTS[l].has(name)) return;
  // The sources' titles, articles and addresses (`<cc>-src-…`, one line each: the destination's
  // sources.ftl) are for the engine alone, which words them into its answers: the page's reader
  // skips them (in English Kazakhstan's part they are 45 KB of its 54).
  const own = text.replace(SOURCE_LINE, '');
  if (CATALOGS[l]) CATALOGS[l].add(own); else CATALOGS[l] = new Catalog(l, own);
  PARTS[l].set(name, text);
}
export function hasCatalog(l, name = 'shared') { return !!PARTS[l]?.has(name); }
/** What the engine's loadCatalog(l, …) gets: every part of `l` at hand but the page's own
 * later words, the views across borders' and the FAQs, which only the page words. */
export function engineText(l) {
  let text = '';
  for (const [name, part] of PARTS[l] || []) if (!name.endsWith('-faq') && name !== 'later' && name !== 'across') text += `${part}\n`;
  return text;
}
/** The destinations, lower-case, the default first, as the first line of a language's shared
 * part names them (scripts/catalogs.mjs); empty until one is in. */
export function destinationsOf(l) {
  const m = /^### destinations: *(.*)$/m.exec(PARTS[l]?.get('shared') || '');
  return m ? m[1].trim().split(/\s+/) : [];
}
const pending = {};
/**
 * Fetches and adds part `name` of language `l`'s catalog from `base` (the URL of the folder
 * holding locales/), once; resolves to its text.
 */
export function fetchPart(l, name, base) {
  const key = `${l}/${name}`;
  if (!pending[key] && PARTS[l]?.has(name)) pending[key] = Promise.resolve(PARTS[l].get(name)); // given by addCatalog
  pending[key] ||= fetch(new URL(`locales/${key}.ftl`, base)).then((r) => {
    if (!r.ok) throw new Error(`locales/${key}.ftl: ${r.status}`);
    return r.text();
  }).then((text) => { addCatalog(l, text, name); return text; }, (err) => { delete pending[key]; throw err; });
  return pending[key];
}
/**
 * Fetches language `l`'s shared part and the part of `destination` (a code, any case; one the
 * shared part does not name, or none: the default, which it names first), once each; resolves
 * to what the engine gets (engineText) once both are in. The destination's part is fetched
 * after the shared part, which names the destinations: an unknown code fetches nothing.
 */
export async function fetchCatalog(l, base, destination) {
  await fetchPart(l, 'shared', base);
  const list = destinationsOf(l);
  const code = list.includes(String(destination || '').toLowerCase()) ? String(destination).toLowerCase() : list[0];
  if (code) await fetchPart(l, code, base);
  return engineText(l);
}

// Who uses the page (issue 12): the traveller (default), a host, a hotel or an organisation. It
// changes only the page's own wording around the engine's texts (docs/page.md): every message
// gets it as $audience, and the ones that speak of "the guest" select on it.
export const AUDIENCES = ['traveller', 'host', 'hotel', 'organization'];
let audience = 'traveller';
export function setAudience(a) { audience = AUDIENCES.includes(a) ? a : 'traveller'; }
export function getAudience() { return audience; }
export function getLang() { return lang; }

// The destination: its code prefixes its own messages (`kz-ui-title`, `kz-faq-card-q`), and its
// countries() entry gives the currency and the lists. Set by the page and the embed.
let country = null;
export function setCountry(info) { country = info || null; }
export function getCountry() { return country; }
/** The destination's own message ID: cid('ui-title') → 'kz-ui-title'. */
export function cid(suffix) { return `${country ? country.code.toLowerCase() : 'xx'}-${suffix}`; }
/** Whether the UI language's catalog has message `id`. */
export function hasMessage(id) { return !!CATALOGS[lang]?.has(id); }
export function isLang(l) { return LANGS.includes(l); }

/** Message `id` in the UI language, as a string. */
export function t(id, vars = {}, l = lang) {
  const c = CATALOGS[l];
  return c ? c.format(id, { audience, ...vars }) : id;
}
/** The same as t(): kept for the callers that say they word for the audience. */
export const ta = t;
/** Message `id` as parts: strings and the DOM nodes given in `vars` (a <time> for a date). */
export function tp(id, vars = {}) {
  const c = CATALOGS[lang];
  return c ? c.formatToParts(id, { audience, ...vars }) : [id];
}

/** The best of the four for the browser's languages, or English. */
export function preferredLang(list = navigator.languages || [navigator.language]) {
  for (const tag of list) {
    const p = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(p)) return p;
  }
  return 'en';
}

// Chromium ships an ICU without Kazakh: Intl then answers in English. Detected once, and only
// when Kazakh is chosen (the probe loads ICU's Kazakh data: ~10 ms that other languages skip).
let hasKk;
function kkInIcu() {
  if (hasKk === undefined) {
    try { hasKk = new Intl.DisplayNames(['kk'], { type: 'region' }).of('DE') !== 'Germany'; } catch { hasKk = false; }
  }
  return hasKk;
}
const useOwnKk = () => lang === 'kk' && !kkInIcu();

// One Intl object per kind, locale and options: constructing them is the costly part, and the
// results show hundreds of dates.
const formatters = new Map();
function intl(Kind, locale, options) {
  let key = `${Kind.name}|${locale}`; // not JSON.stringify: the embed runs on other sites' pages
  for (const k of Object.keys(options || {})) key += `|${k}=${options[k]}`;
  let f = formatters.get(key);
  if (!f) { f = new Kind(locale, options); formatters.set(key, f); }
  return f;
}

const utc = (iso) => { const [y, m, d] = iso.split('-'); return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))); };
const mondayIndex = (date) => (date.getUTCDay() + 6) % 7;

/** "Wed, 11 March 2026" in the UI language. */
export function formatDate(iso, { weekday = true } = {}) {
  const d = utc(iso);
  if (useOwnKk()) {
    const s = `${d.getUTCFullYear()} ж. ${d.getUTCDate()} ${KK_MONTHS[d.getUTCMonth()]}`;
    return weekday ? `${s}, ${KK_WEEKDAYS[mondayIndex(d)]}` : s;
  }
  const o = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  if (weekday) o.weekday = 'short';
  return intl(Intl.DateTimeFormat, INTL[lang], o).format(d);
}
export function formatShortDate(iso) {
  const d = utc(iso);
  if (useOwnKk()) return `${d.getUTCDate()} ${KK_MONTHS[d.getUTCMonth()]}`;
  return intl(Intl.DateTimeFormat, INTL[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}
/** "6 Mar – 20 Apr 2026" (the UI language's own order), for the folded questions' summary. */
export function formatDateRange(from, to) {
  const a = utc(from);
  const b = utc(to);
  if (useOwnKk()) {
    const d = (x) => `${x.getUTCDate()} ${KK_MONTHS[x.getUTCMonth()]}`;
    return a.getUTCFullYear() === b.getUTCFullYear() ? `${a.getUTCFullYear()} ж. ${d(a)} – ${d(b)}` : `${a.getUTCFullYear()} ж. ${d(a)} – ${b.getUTCFullYear()} ж. ${d(b)}`;
  }
  const f = intl(Intl.DateTimeFormat, INTL[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return f.formatRange ? f.formatRange(a, b) : `${f.format(a)} – ${f.format(b)}`;
}
export function formatMonth(year, month0) {
  if (useOwnKk()) return `${year} ж. ${KK_MONTHS_STANDALONE[month0]}`;
  return intl(Intl.DateTimeFormat, INTL[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month0, 1)));
}
/** Short weekday names, Monday first. */
export function weekdayNames() {
  if (useOwnKk()) return KK_WEEKDAYS_SHORT;
  const f = intl(Intl.DateTimeFormat, INTL[lang], { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 2, 9 + i))));
}
export function weekdayLong(iso) {
  const d = utc(iso);
  if (useOwnKk()) return KK_WEEKDAYS[mondayIndex(d)];
  return intl(Intl.DateTimeFormat, INTL[lang], { weekday: 'long', timeZone: 'UTC' }).format(d);
}
/** An amount of money in `currency` (ISO 4217, from countries()), whole units. Without Kazakh
 * in the browser's ICU, Russian's number format and symbol (the closest the browser has). */
export function formatMoney(n, currency) {
  if (!currency) return formatNumber(n);
  return intl(Intl.NumberFormat, useOwnKk() ? 'ru' : INTL[lang], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(n);
}
export function formatNumber(n) {
  return intl(Intl.NumberFormat, useOwnKk() ? 'ru' : INTL[lang], {}).format(n);
}
export function regionName(code) {
  if (useOwnKk()) return KK_REGIONS[code] || code;
  try { return intl(Intl.DisplayNames, INTL[lang], { type: 'region' }).of(code) || code; } catch { return code; }
}
export function collator() { return intl(Intl.Collator, INTL[lang], {}); }
