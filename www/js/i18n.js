// The page's four languages. All strings are bundled (a few KB gzip each) so switching language
// never fetches anything; t() falls back to English for a key a language lacks.
import en from './lang/en.js';
import ru from './lang/ru.js';
import kk from './lang/kk.js';
import zh from './lang/zh.js';
import { KK_REGIONS, KK_MONTHS, KK_MONTHS_STANDALONE, KK_WEEKDAYS_SHORT, KK_WEEKDAYS } from './regions.js';

export const LANGS = ['en', 'ru', 'kk', 'zh'];
const TABLES = { en, ru, kk, zh };
// BCP 47 tags for Intl: simplified Chinese.
const INTL = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh-Hans' };
let lang = 'en';

export function setLang(l) { lang = LANGS.includes(l) ? l : 'en'; }

// Who uses the page (issue 12): the traveller (default), a host, a hotel or an organisation. It
// changes only the page's own wording around the engine's texts (docs/page.md).
export const AUDIENCES = ['traveller', 'host', 'hotel', 'organization'];
let audience = 'traveller';
export function setAudience(a) { audience = AUDIENCES.includes(a) ? a : 'traveller'; }
export function getAudience() { return audience; }
/** `key` in the audience's wording: `key@hotel`, else `key@other` (any receiving party), else `key`. */
export function ta(key, vars = {}) {
  if (audience !== 'traveller') {
    for (const k of [`${key}@${audience}`, `${key}@other`]) if ((TABLES[lang][k] ?? en[k]) !== undefined) return t(k, vars);
  }
  return t(key, vars);
}
export function getLang() { return lang; }
export function isLang(l) { return LANGS.includes(l); }

export function t(key, vars = {}, l = lang) {
  const s = TABLES[l][key] ?? en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
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
export function formatTenge(n) {
  if (useOwnKk()) return `${intl(Intl.NumberFormat, 'ru', {}).format(n)} ₸`;
  return intl(Intl.NumberFormat, INTL[lang], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(n);
}
export function formatNumber(n) {
  return intl(Intl.NumberFormat, useOwnKk() ? 'ru' : INTL[lang], {}).format(n);
}
export function regionName(code) {
  if (useOwnKk()) return KK_REGIONS[code] || code;
  try { return intl(Intl.DisplayNames, INTL[lang], { type: 'region' }).of(code) || code; } catch { return code; }
}
export function collator() { return intl(Intl.Collator, INTL[lang], {}); }
/** The engine's `names` object ({en, ru, kk, zh}) in the UI language. */
export function pickName(names) { return names ? names[lang] || names.en : ''; }
