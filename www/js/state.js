// The scenario in the URL fragment (never personal details), and opt-in storage on the device.
//   #destination=KZ&citizenship=DE&entryDate=2026-03-06&exitDate=2026-04-20&accommodation=private
//    &trips=2025-11-01..2025-11-20,2026-01-05..2026-01-09&moves=2026-03-20:hotel:other&as=hotel&lang=en
// A move is date:accommodation:other|same (otherRegion), then :owner when sameOwner.
// Parameter names are the scenario's field names; docs/page.md lists them. Two are the page's own:
// `lang` and `as` (who uses the page: host, hotel, organization; the traveller when absent).
// `audience` is read as a synonym of `as`.
// The route view's legs (js/route.js) are `route=`, one leg a comma apart, each
// destination:entry..exit:accommodation:visa, e.g. route=KZ:2026-04-01..2026-04-20:hotel:none,AZ:2026-04-20..:private:none
// (an empty exit: the last leg's may be open). At most MAX_LEGS legs are read.

export const FIELDS = ['destination', 'citizenship', 'passport', 'visa', 'entryDate', 'exitDate', 'birthDate', 'accommodation'];
const KEY = { lang: 'tirkeu.lang', remember: 'tirkeu.remember', scenario: 'tirkeu.scenario', rememberDetails: 'tirkeu.rememberDetails', details: 'tirkeu.details' };

// Characters kept as they are in the fragment; everything else is percent-encoded.
const enc = (v) => encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':');

/** The most legs a route has (the engine's limit, src/route.rs MAX_LEGS). */
export const MAX_LEGS = 30;
/** The route's legs (strings as typed) → the `route=` value ('' for none). */
export function routeParam(legs) {
  return (legs || []).map((l) => `${enc(l.destination || '')}:${enc(l.entryDate || '')}..${enc(l.exitDate || '')}:${enc(l.accommodation || '')}:${enc(l.visa || '')}`).join(',');
}
/** A `route=` value → its legs (at most MAX_LEGS; a missing part is empty). */
export function parseRoute(v) {
  if (!v) return [];
  return v.split(',', MAX_LEGS).map((p) => {
    const [destination = '', dates = '', accommodation = '', visa = ''] = p.split(':');
    const [entryDate = '', exitDate = ''] = dates.split('..');
    return { destination: destination.toUpperCase(), entryDate, exitDate, accommodation, visa };
  });
}

/** Scenario (as the page holds it: strings, trips and moves as arrays) and the route's legs → fragment string. */
export function toFragment(s, lang, route) {
  const parts = [];
  for (const k of FIELDS) if (s[k]) parts.push(`${k}=${enc(s[k])}`);
  if (s.trips && s.trips.length) parts.push(`trips=${s.trips.map((t) => `${enc(t.entryDate || '')}..${enc(t.exitDate || '')}`).join(',')}`);
  if (s.moves && s.moves.length) parts.push(`moves=${s.moves.map((m) => `${enc(m.date || '')}:${enc(m.accommodation || 'private')}:${m.otherRegion ? 'other' : 'same'}${m.sameOwner ? ':owner' : ''}`).join(',')}`);
  if (s.crew) parts.push('crew=true');
  if (s.audience && s.audience !== 'traveller') parts.push(`as=${enc(s.audience)}`);
  if (route && route.length) parts.push(`route=${routeParam(route)}`);
  if (lang) parts.push(`lang=${enc(lang)}`);
  return parts.join('&');
}

/** Fragment string (with or without #) → { scenario, lang, route } or null when it has no parameter. */
export function fromFragment(hash) {
  const h = hash.replace(/^#/, '');
  if (!h) return null;
  const s = {};
  let lang = null;
  let route = null;
  let any = false;
  for (const part of h.split('&')) {
    const i = part.indexOf('=');
    if (i < 1) continue;
    const k = part.slice(0, i);
    let v;
    try { v = decodeURIComponent(part.slice(i + 1)); } catch { continue; }
    any = true;
    if (FIELDS.includes(k)) s[k] = v;
    else if (k === 'lang') lang = v;
    else if (k === 'route') route = parseRoute(v);
    else if (k === 'as' || k === 'audience') s.audience = v;
    else if (k === 'crew') s.crew = v === 'true' || v === '1';
    else if (k === 'trips') s.trips = v ? v.split(',').map((p) => { const [a = '', b = ''] = p.split('..'); return { entryDate: a, exitDate: b }; }) : [];
    else if (k === 'moves') s.moves = v ? v.split(',').map((p) => { const [date = '', accommodation = 'private', r = 'same', o = ''] = p.split(':'); return { date, accommodation, otherRegion: r === 'other', sameOwner: o === 'owner' }; }) : [];
  }
  return any ? { scenario: s, lang, route } : null;
}

function get(k) { try { return localStorage.getItem(k); } catch { return null; } }
function set(k, v) { try { localStorage.setItem(k, v); } catch { /* storage disabled: nothing kept */ } }
function del(k) { try { localStorage.removeItem(k); } catch { /* nothing */ } }
function getJson(k) { try { return JSON.parse(get(k) || 'null'); } catch { return null; } }

export const store = {
  lang: () => get(KEY.lang),
  setLang: (l) => set(KEY.lang, l),
  remember: () => get(KEY.remember) === '1',
  rememberDetails: () => get(KEY.rememberDetails) === '1',
  scenario: () => (get(KEY.remember) === '1' ? getJson(KEY.scenario) : null),
  details: () => (get(KEY.rememberDetails) === '1' ? getJson(KEY.details) : null),
  save(s, details) {
    if (get(KEY.remember) === '1') set(KEY.scenario, JSON.stringify(s));
    if (get(KEY.rememberDetails) === '1' && details) set(KEY.details, JSON.stringify(details));
  },
  setRemember(on) { if (on) set(KEY.remember, '1'); else { del(KEY.remember); del(KEY.scenario); } },
  setRememberDetails(on) { if (on) set(KEY.rememberDetails, '1'); else { del(KEY.rememberDetails); del(KEY.details); } },
  forget() { for (const k of Object.values(KEY)) del(k); },
};
