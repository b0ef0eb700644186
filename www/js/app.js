// tirkeu's page: the questions, live results from the WebAssembly engine, the FAQ, the form.
// State lives in the URL fragment (the trip, never personal details) and, only on opt-in, in
// localStorage. Nothing is sent anywhere: the page makes no request after it has loaded.
import * as core from '../pkg-core/tirkeu_core.js';
import { ready } from './boot.js';
import { catalog, destinationCatalog, lang as firstLang } from './catalog.js';
import { guard } from './engine.js';
import { t, ta, tp, setLang, getLang, isLang, regionName, collator, formatDate, formatDateRange, AUDIENCES, getAudience, setAudience, addCatalog, fetchCatalog, fetchPart, hasCatalog, engineText, setCountry, getCountry, cid, hasMessage } from './i18n.js';
import { el, $, $$, markInvalid } from './dom.js';
import { FIELDS, toFragment, fromFragment, store } from './state.js';
import { CODES } from './regions.js';
import { addDays, today } from './days.js';
import { renderResults, whoLabel, ordered } from './results.js';
import { renderTimeline } from './timeline.js';
import * as i18n from './i18n.js';
import * as dom from './dom.js';
import * as results from './results.js';
import { renderFaq } from './faq.js';
import { readDetails, writeDetails, checkDetails, renderPreview, downloadPdf, downloadIcs, pdfBlocked, renderDetailFields, cjkFont } from './form.js';

performance.mark('tirkeu:script');
// After a trap the engine is re-created and the call retried (js/engine.js); the page counts it
// in <html data-engine-restarts> and the console.
function restarted(name, err) {
  const n = Number(document.documentElement.dataset.engineRestarts || 0) + 1;
  document.documentElement.dataset.engineRestarts = String(n);
  console.warn(`tirkeu: the engine was restarted after ${name}() failed`, err);
}
const mod = guard(core, restarted);
// The form and its PDF live in a second module (the core one gives the first result sooner),
// fetched and started right after the first result, unconditionally (completePage).
let fmod = null;
let formLoading = null;
function loadForm() {
  formLoading ||= import('../pkg-form/tirkeu_form.js')
    .then(async (m) => { await m.default(); fmod = guard(m, restarted); return fmod; })
    .catch((err) => { console.warn('form module', err); return null; });
  return formLoading;
}

const form = $('#scenario');
// The details form, the FAQ and the storage choices are in <template id="later"> until the first
// result has been painted (mountLater); until then `details` is null.
let details = null;
const nodes = { summary: $('#summary'), obligations: $('#obligations'), stay: $('#stay'), exemptions: $('#exemptions'), warnings: $('#warnings') };
// The destinations and, for the chosen one, its choices, details, defaults and year bounds:
// the engine's countries() (src/rules/ui.rs). The page names no country.
let COUNTRIES = [];
const countryOf = (code) => COUNTRIES.find((c) => c.code === String(code || '').toUpperCase()) || COUNTRIES[0];
let ACC = ['private', 'hotel', 'organization'];
// Who uses the page (docs/page.md): choosing a host, a hotel or an organisation also sets where
// the guest stays (private, hotel, organisation) while that was not given by a link, the device
// or the visitor: a hotel clerk's guest stays at the hotel, and the answer depends on it.
const IMPLIED = { host: 'private', hotel: 'hotel', organization: 'organization' };

// ---- defaults ------------------------------------------------------------------------------
function defaults(destination) {
  const c = countryOf(destination);
  const d = c.defaults;
  const region = (navigator.language || '').split('-')[1]?.toUpperCase();
  const entry = today() >= c.entriesFrom && today() <= c.entriesTo ? today() : '';
  return {
    destination: c.code, citizenship: region && region !== c.code && CODES.includes(region) ? region : '',
    passport: d.passport, visa: d.visa, entryDate: entry, exitDate: entry ? addDays(entry, d.stayDays - 1) : '', birthDate: '',
    accommodation: d.accommodation, trips: [], moves: [], audience: 'traveller',
  };
}

/**
 * The destination's lists and bounds (countries()): the destination list, passport and visa
 * kinds, where the traveller stays, the entry dates' bounds; the details form, once mounted.
 * Labels are catalog IDs (data-i18n), so a language switch relabels them.
 */
function applyCountry(code) {
  const c = countryOf(code);
  if (c === getCountry()) return;
  setCountry(c);
  ACC = c.accommodations;
  range = { from: c.entriesFrom.slice(0, 4), to: c.entriesTo.slice(0, 4) };
  const dest = form.elements.namedItem('destination');
  dest.replaceChildren(...COUNTRIES.map((x) => el('option', { value: x.code, text: regionName(x.code) })));
  dest.value = c.code;
  const options = (name, list, prefix) => form.elements.namedItem(name).replaceChildren(
    ...list.map((v) => el('option', { value: v, text: t(`${prefix}${v}`), 'data-i18n': `${prefix}${v}` })));
  options('passport', c.passports, 'ui-passport-');
  options('visa', c.visas, 'ui-visa-');
  const acc = $('#f-accommodation');
  for (const l of $$('label', acc)) l.remove();
  acc.querySelector('.msg').before(...c.accommodations.map((a) => el('label', {},
    el('input', { type: 'radio', name: 'accommodation', value: a, checked: a === c.defaults.accommodation }), ' ',
    el('span', { 'data-i18n': `ui-acc-${a}`, text: t(`ui-acc-${a}`) }))));
  for (const n of ['entryDate', 'exitDate']) {
    const i = form.elements.namedItem(n);
    i.min = c.entriesFrom;
    // an exit may lie beyond the last entry date the data answers for
    if (n === 'entryDate') i.max = c.entriesTo;
  }
  if (details) renderDetailFields(details, c.details);
  translateCountry();
}

// ---- reading and writing the questions ------------------------------------------------------
function rowField(name, labelKey, type, path, value, extra = {}) {
  const id = `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
  let input;
  if (type === 'select') {
    input = el('select', { id, name, 'data-field': path }, ACC.map((a) => el('option', { value: a, text: t(`ui-acc-${a}`), 'data-i18n': `ui-acc-${a}`, selected: a === value })));
  } else if (type === 'checkbox') {
    input = el('input', { type: 'checkbox', id, name, 'data-field': path, checked: !!value });
    return el('div', { class: 'field check' }, el('label', { for: id }, input, ' ', t(labelKey)), el('p', { class: 'msg', id: `e-${id}`, hidden: true }));
  } else {
    input = el('input', { type: 'date', id, name, 'data-field': path, value: value || '', ...extra });
  }
  return el('div', { class: 'field' }, el('label', { for: id, text: t(labelKey) }), input, el('p', { class: 'msg', id: `e-${id}`, hidden: true }));
}

function renderTrips(trips) {
  const list = $('#trip-list');
  list.replaceChildren(...trips.map((tr, i) => el('li', { class: 'row', 'data-row': i },
    el('p', { class: 'row-h', text: t('ui-trips-row', { n: i + 1 }) }),
    el('div', { class: 'row-fields' },
      rowField('tripEntry', 'ui-f-entry-date', 'date', `trips[${i}].entryDate`, tr.entryDate),
      rowField('tripExit', 'ui-f-trip-exit', 'date', `trips[${i}].exitDate`, tr.exitDate),
      el('button', { type: 'button', class: 'remove', 'data-remove-trip': i, 'aria-label': t('ui-trips-remove', { n: i + 1 }), text: '×' })))));
  if (!trips.length) list.append(el('li', { class: 'none', text: t('ui-trips-none') }));
}
// The yes/no questions a move may ask, by the scenario's field: the input's name and its label.
const MOVE_Q = { otherRegion: { name: 'moveOther', label: 'ui-f-other-region' }, sameOwner: { name: 'moveSameOwner', label: 'ui-f-same-owner' } };
const moveQuestions = () => (getCountry()?.moveQuestions || ['otherRegion']).filter((q) => MOVE_Q[q]);
function renderMoves(moves) {
  const list = $('#move-list');
  list.replaceChildren(...moves.map((m, i) => el('li', { class: 'row', 'data-row': i },
    el('p', { class: 'row-h', text: t('ui-moves-row', { n: i + 1 }) }),
    el('div', { class: 'row-fields' },
      rowField('moveDate', 'ui-f-move-date', 'date', `moves[${i}].date`, m.date),
      rowField('moveAccommodation', 'ui-f-move-accommodation', 'select', `moves[${i}].accommodation`, m.accommodation),
      // the destination's yes/no questions about a move (countries()[i].moveQuestions)
      ...moveQuestions().map((q) => rowField(MOVE_Q[q].name, MOVE_Q[q].label, 'checkbox', `moves[${i}].${q}`, m[q])),
      el('button', { type: 'button', class: 'remove', 'data-remove-move': i, 'aria-label': t('ui-moves-remove', { n: i + 1 }), text: '×' })))));
  if (!moves.length) list.append(el('li', { class: 'none', text: t('ui-moves-none') }));
}

/** The questions as the page holds them: every value a string as typed, rows as arrays. */
function readForm() {
  const s = {};
  for (const k of FIELDS) {
    if (k === 'accommodation') s[k] = form.querySelector('input[name=accommodation]:checked')?.value || 'private';
    else s[k] = form.elements.namedItem(k).value;
  }
  s.audience = form.querySelector('input[name=audience]:checked')?.value || 'traveller';
  s.trips = $$('#trip-list li.row').map((li) => ({ entryDate: $('[name=tripEntry]', li).value, exitDate: $('[name=tripExit]', li).value }));
  s.moves = $$('#move-list li.row').map((li) => ({ date: $('[name=moveDate]', li).value, accommodation: $('[name=moveAccommodation]', li).value, otherRegion: !!$('[name=moveOther]', li)?.checked, sameOwner: !!$('[name=moveSameOwner]', li)?.checked }));
  return s;
}
/**
 * Puts a scenario into the questions. Returns the values that are not among a list's choices (a
 * link edited by hand or from another version): [{ field, value }]; the list keeps its default.
 */
function writeForm(s, { allCountries = true } = {}) {
  applyCountry(s.destination);
  const d = { ...defaults(s.destination), ...s };
  if (s.destination && getCountry().code !== String(s.destination).toUpperCase()) rejected0.push({ field: 'destination', value: s.destination });
  d.destination = getCountry().code;
  const rejected = rejected0.splice(0);
  fillCitizenship(d.citizenship, { all: allCountries });
  if ((d.citizenship ?? '') !== form.elements.namedItem('citizenship').value) rejected.push({ field: 'citizenship', value: d.citizenship });
  for (const k of FIELDS) {
    if (k === 'accommodation') {
      const v = ACC.includes(d.accommodation) ? d.accommodation : getCountry().defaults.accommodation;
      if (v !== d.accommodation) rejected.push({ field: k, value: d.accommodation });
      for (const r of form.querySelectorAll('input[name=accommodation]')) r.checked = r.value === v;
    } else if (k !== 'citizenship' && k !== 'destination') {
      const e = form.elements.namedItem(k);
      e.value = d[k] || '';
      if (e.tagName === 'SELECT' && e.value !== d[k] && e.options.length) {
        e.selectedIndex = 0;
        if (d[k]) rejected.push({ field: k, value: d[k] });
      }
    }
  }
  const au = AUDIENCES.includes(d.audience) ? d.audience : 'traveller';
  if (d.audience && au !== d.audience) rejected.push({ field: 'audience', value: d.audience });
  for (const r of form.querySelectorAll('input[name=audience]')) r.checked = r.value === au;
  // A link may list more rows than the engine takes (its limits: 500 trips, 50 moves, checked
  // against the engine in tests/e2e/link-limits.test.mjs): none of them is put on the page then —
  // thousands of rows would freeze it — and the note under the list says why.
  let trips = d.trips || [];
  if (trips.length > LINK_MAX.trips) {
    rejected.push({ field: 'trips', key: 'ui-err-link-too-many', vars: { n: trips.length, max: LINK_MAX.trips } });
    trips = [];
  }
  renderTrips(trips);
  let moves = d.moves || [];
  if (moves.length > LINK_MAX.moves) {
    rejected.push({ field: 'moves', key: 'ui-err-link-too-many', vars: { n: moves.length, max: LINK_MAX.moves } });
    moves = [];
  }
  moves.forEach((m, i) => { if (!ACC.includes(m.accommodation)) rejected.push({ field: `moves[${i}].accommodation`, value: m.accommodation }); });
  renderMoves(moves);
  return rejected;
}
/** The most trips and moves the engine takes (scenario.rs MAX_TRIPS, MAX_MOVES). */
const LINK_MAX = { trips: 500, moves: 50 };
// What writeForm rejected from the link, shown next to each field until that field is changed.
let linkNotes = [];
const shortValue = (v) => { const x = String(v ?? ''); return x.length > 40 ? `${x.slice(0, 39)}…` : x; };

/**
 * The scenario as the engine takes it: empty optional values left out; trip and move rows left
 * empty are not sent, and `rows` maps the engine's row numbers back to the page's.
 */
function toEngine(s) {
  const e = { destination: s.destination, citizenship: s.citizenship, passport: s.passport, visa: s.visa, accommodation: s.accommodation, lang: getLang() };
  if (s.entryDate) e.entryDate = s.entryDate; // absent, not empty: "required" rather than "not a date"
  if (s.exitDate) e.exitDate = s.exitDate;
  if (s.birthDate) e.birthDate = s.birthDate;
  const rows = { trips: [], moves: [] };
  const trips = [];
  s.trips.forEach((tr, i) => {
    if (!tr.entryDate && !tr.exitDate) return;
    const o = {};
    if (tr.entryDate) o.entryDate = tr.entryDate;
    if (tr.exitDate) o.exitDate = tr.exitDate;
    rows.trips.push(i);
    trips.push(o);
  });
  if (trips.length) e.trips = trips;
  const moves = [];
  s.moves.forEach((m, i) => {
    if (!m.date) return;
    rows.moves.push(i);
    const move = { date: m.date, accommodation: m.accommodation };
    for (const q of ['otherRegion', ...moveQuestions()]) move[q] = !!m[q]; // otherRegion as ever; the destination's own
    moves.push(move);
  });
  if (moves.length) e.moves = moves;
  if (s.crew) e.crew = true;
  return { engine: e, rows };
}
/** trips[1].exitDate of the engine → the page's row number. */
function pageField(field, rows) {
  return String(field || '').replace(/^(trips|moves)\[(\d+)\]/, (m, k, i) => `${k}[${rows[k][Number(i)] ?? i}]`);
}

/**
 * The citizenship list in the UI language, sorted by name. `all: false` (at start) puts in only
 * the chosen one: naming and sorting ~250 countries waits until the first result is painted.
 */
function fillCitizenship(value, { all = true } = {}) {
  const sel = form.elements.namedItem('citizenship');
  const own = getCountry().code; // the destination's own citizens: refused by the engine
  const codes = all ? CODES.filter((c) => c !== own) : CODES.filter((c) => c === value && c !== own);
  const opts = codes.map((c) => [c, regionName(c)]);
  if (all) { const col = collator(); opts.sort((a, b) => col.compare(a[1], b[1])); }
  sel.replaceChildren(el('option', { value: '', text: t('ui-f-citizenship-choose') }),
    el('option', { value: 'stateless', text: t('ui-f-citizenship-stateless') }),
    ...opts.map(([c, n]) => el('option', { value: c, text: n })),
    // the destination's own citizenship, which the engine refuses, is still selectable, so its
    // message can show
    el('option', { value: own, text: regionName(own) }));
  sel.value = value ?? '';
  if (sel.value !== (value ?? '')) sel.value = '';
  const dest = form.elements.namedItem('destination');
  for (const o of dest.options) o.textContent = regionName(o.value);
}

// ---- messages next to fields ------------------------------------------------------------------
function clearErrors() {
  for (const e of $$('[aria-invalid]')) {
    e.removeAttribute('aria-invalid');
    const ids = (e.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('e-'));
    if (ids.length) e.setAttribute('aria-describedby', ids.join(' ')); else e.removeAttribute('aria-describedby');
  }
  for (const m of $$('.msg')) { m.hidden = true; m.textContent = ''; }
}
function target(field) {
  let f = field || '';
  while (f) {
    const e = document.querySelector(`[data-field="${CSS.escape(f)}"]`);
    if (e) return e;
    f = f.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
  }
  return null;
}
function showError(field, text) {
  const e = target(field);
  const box = e ? (e.closest('.field') || e.closest('fieldset'))?.querySelector('.msg') : $('#e-form');
  const msg = box || $('#e-form');
  msg.textContent = msg.hidden ? text : msg.textContent.includes(text) ? msg.textContent : `${msg.textContent} ${text}`;
  msg.hidden = false;
  if (e) markInvalid(e, msg.id);
}
let range = { from: '', to: '' };
const rejected0 = []; // a destination writeForm could not take
function engineMessage(e) {
  if (!e || typeof e !== 'object') return t('ui-err-general');
  // The page's short words for the scenario's error codes, in every language, said beside the
  // field; the engine's own message (which names the field in words, never by its path) for the
  // details and for codes the page does not know.
  const own = String(e.message || '');
  if (String(e.field || '').startsWith('details.')) return own || t('ui-err-general');
  // out-of-range: the page's words say what the range is for the field the engine names.
  const f = String(e.field || '');
  const key = e.code === 'citizen-of-destination' ? cid('ui-err-citizen-of-destination')
    : e.code !== 'out-of-range' || f === 'entryDate' || f === 'exitDate' ? `ui-err-${e.code}`
    : f === 'birthDate' ? 'ui-err-out-of-range-birth-date'
      : /^trips\[\d+\]\.\w+$/.test(f) ? 'ui-err-out-of-range-trip'
        : /^moves\[\d+\]\.date$/.test(f) ? 'ui-err-out-of-range-move' : '';
  if (!key) return own || t('ui-err-general');
  return hasMessage(key) ? t(key, range) : own || t('ui-err-general');
}

// ---- the update loop ------------------------------------------------------------------------
const calendars = new Map();
function specialDays(year, code = getCountry().code) {
  const key = `${code} ${year}`;
  if (!calendars.has(key)) {
    let m = null;
    try { m = new Map(mod.calendar(code, year).days.map((d) => [d.date, d])); } catch { m = null; }
    calendars.set(key, m);
  }
  return calendars.get(key);
}

let current = null; // { a, s, e } of the last good result
let announceNote = ''; // said before the next announced result (the accommodation a choice set)
let accChosen = false; // where the guest stays came from a link, the device or the visitor
let writeFragment = true;

function setResultsMessage(text, cls = 'notice') {
  $('#res-msg').replaceChildren(text ? el('p', { class: cls, text }) : '');
}
function clearResults() {
  for (const n of Object.values(nodes)) n.replaceChildren();
  $('#timeline').replaceChildren();
  $('#faq-list')?.replaceChildren();
  $('#form-preview')?.shadowRoot?.replaceChildren(el('p', { text: t('ui-form-unavailable') }));
  $('#results').classList.add('empty');
}

function update(opts) {
  updateResults(opts);
  acrossChanged('scenario');
}
function updateResults({ announce = false, save = true } = {}) {
  // Reads every field now: whatever was scheduled is covered (the preview is redrawn below).
  clearTimeout(timer);
  stale.scenario = stale.details = stale.announce = false;
  const s = readForm();
  if (s.audience !== getAudience()) { setAudience(s.audience); translate(document); }
  if (writeFragment) {
    const frag = toFragment(s, getLang(), routeLegs);
    if (location.hash.slice(1) !== frag) history.replaceState(null, '', `#${frag}`);
  }
  if (save) store.save(withRoute(s), details && readDetails(details));
  clearErrors();
  for (const n of linkNotes) showError(n.field, n.key ? t(n.key, n.vars) : t('ui-err-link-value', { value: shortValue(n.value) }));

  const local = [];
  for (const i of form.querySelectorAll('input[type=date]')) if (i.validity.badInput) local.push({ field: i.dataset.field, key: 'ui-err-bad-date' });
  for (const x of local) showError(x.field, t(x.key));
  if (local.length) { current = null; unfold(); clearResults(); setResultsMessage(t('ui-err-fix'), 'error-note'); return; }
  if (!s.citizenship) { current = null; unfold(); clearResults(); setResultsMessage(t('ui-err-choose-citizenship')); return; }

  const { engine: es, rows } = toEngine(s);
  let a;
  try {
    a = mod.evaluate(es);
  } catch (e) {
    current = null;
    unfold();
    showError(pageField(e && e.field, rows), engineMessage(e));
    clearResults();
    setResultsMessage(t('ui-err-fix'), 'error-note');
    return;
  }
  current = { a, s, e: es };
  if (!toggle.hidden) $('#trip-sum').textContent = tripSummary(s);
  setResultsMessage('');
  $('#results').classList.remove('empty');
  renderResults(a, s, nodes);
  $('#checked').replaceChildren(...tp('ui-foot-checked', { date: el('time', { dateTime: a.rulesCheckedOn, text: formatDate(a.rulesCheckedOn, { weekday: false }) }) }), ' ', el('strong', { text: t('ui-foot-not-advice') }));
  $('#disclaimer').textContent = a.disclaimer;
  // The calendar picture, the FAQ and the form preview come after the frame that shows the
  // summary and the obligation cards, so those show sooner (npm run bench measures both).
  painted().then(() => {
    if (!performance.getEntriesByName('tirkeu:first-result-painted').length) performance.mark('tirkeu:first-result-painted'); // for npm run bench
    if (!current || current.a !== a) return;
    try { $('#timeline').replaceChildren(renderTimeline(a, s, specialDays)); } catch (err) { $('#timeline').replaceChildren(); console.warn(err); }
    if (!details) return; // mountLater() draws them
    drawFaq();
    updateForm();
  });
  if (announce) {
    const first = ordered(a.obligations)[0];
    $('#status').textContent = [announceNote, first ? `${whoLabel(first)}: ${first.title} — ${formatDate(first.dueDate)}` : t('ui-res-nothing'), a.stay.lastDay ? `${t('ui-res-last-day')}: ${formatDate(a.stay.lastDay)}` : ''].filter(Boolean).join('. ');
    announceNote = '';
  }
  if (!performance.getEntriesByName('tirkeu:first-result').length) performance.mark('tirkeu:first-result'); // for npm run bench
}

function updateForm() {
  if (!details) return;
  stale.details = false;
  if (stale.scenario) { update({ announce: stale.announce }); return; } // it redraws the preview too
  for (const m of $$('.msg', details)) { m.hidden = true; m.textContent = ''; }
  for (const e of $$('[aria-invalid]', details)) { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); }
  const host = $('#form-preview');
  if (!current) return;
  const d = readDetails(details);
  for (const x of checkDetails(details, current.s)) showError(x.field, t(x.key));
  try {
    const engineForm = renderPreview(host, fmod || {}, current.a, current.e, d, regionName);
    $('#form-note').hidden = engineForm;
    pdfBlocked($('#pdf'));
  } catch (e) {
    showError(e && e.field, engineMessage(e));
  }
}

// ---- one scheduled update ---------------------------------------------------------------------
// Typing marks what is stale (the questions, the details) and schedules one run that reads the
// fields as they are when it runs. There used to be one timer shared by two jobs: typing in the
// details within 150 ms of a date cancelled the pending update of the results, which then kept the
// old date while the field showed the new one (and the preview, the PDF, the .ics and the address
// with it). Now a run never cancels another kind of work, and anything that uses the result (PDF, print, .ics, storage, the language switch, leaving the
// page) flushes it first.
const stale = { scenario: false, details: false, announce: false };
let timer = 0;
function schedule({ scenario = false, details: d = false, announce = false }, ms = 150) {
  stale.scenario ||= scenario;
  stale.details ||= d;
  stale.announce ||= announce;
  clearTimeout(timer);
  timer = setTimeout(flush, ms);
}
/** Runs what is scheduled, now. update() and updateForm() read the DOM, so this is always fresh. */
function flush() {
  clearTimeout(timer);
  if (stale.scenario) update({ announce: stale.announce });
  else if (stale.details) updateForm();
}

// ---- the questions folded into one line ------------------------------------------------------
// Opened from a link that gives the whole scenario, on a screen narrower than two columns, the
// questions fold into a summary line ("Germany · 6 Mar – 20 Apr 2026 · private host — Change"),
// so the key dates are the first thing seen. The line is a disclosure button (aria-expanded,
// aria-controls); one press opens the questions, focus stays on it. Any message about a field
// opens them, since it is shown next to the field.
const toggle = $('#trip-toggle');
const TWO_COLUMNS = '(min-width: 62.5rem)'; // style.css puts the answer beside the questions from here
function tripSummary(s) {
  const parts = [s.citizenship === 'stateless' ? t('ui-f-citizenship-stateless') : regionName(s.citizenship)];
  if (s.entryDate) parts.push(s.exitDate && s.exitDate >= s.entryDate ? formatDateRange(s.entryDate, s.exitDate) : formatDate(s.entryDate, { weekday: false }));
  parts.push(t(`ui-acc-short-${ACC.includes(s.accommodation) ? s.accommodation : 'private'}`));
  if (s.passport && s.passport !== 'ordinary') parts.push(t(`ui-passport-${s.passport}`));
  if (s.visa && s.visa !== 'none') parts.push(`${t('ui-f-visa')}: ${t(`ui-visa-${s.visa}`)}`);
  const trips = s.trips.filter((x) => x.entryDate || x.exitDate).length;
  if (trips) parts.push(t('ui-sum-trips', { n: trips }));
  const moves = s.moves.filter((m) => m.date).length;
  if (moves) parts.push(t('ui-sum-moves', { n: moves }));
  return parts.join(' · ');
}
const isFolded = () => !toggle.hidden && form.hidden;
function setFolded(fold) {
  form.hidden = fold;
  toggle.hidden = false;
  toggle.setAttribute('aria-expanded', String(!fold));
  form.closest('.trip').classList.toggle('folded', fold);
  $('#trip-act').textContent = t(fold ? 'ui-trip-change' : 'ui-trip-hide');
  $('#trip-sum').textContent = tripSummary(current ? current.s : readForm());
}
function unfold() { if (isFolded()) setFolded(false); }
toggle.addEventListener('click', () => {
  flush();
  if (isFolded()) { setFolded(false); return; }
  if (current) { setFolded(true); return; }
  // Nothing to fold into while a field has a message: go to it instead.
  $('#scenario [aria-invalid=true]')?.focus();
});

// In-page links (skip to the results, to the FAQ) move focus and scroll without touching the
// fragment, which holds the scenario.
document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[href^="#"]');
  if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  const target = document.getElementById(a.getAttribute('href').slice(1));
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
});

// ---- language -----------------------------------------------------------------------------
function applyLang(l) {
  setLang(l);
  document.documentElement.lang = l === 'zh' ? 'zh-Hans' : l;
  translate(document);
  $('#lang').value = l;
  if (!toggle.hidden) setFolded(isFolded());
  if (engineReady) $('#engine').textContent = t('ui-foot-engine', { v: mod.version() });
}
/** Every [data-i18n] text under root (the document, or the later sections before they go in), in
 * the visitor's wording (a host, a hotel or an organisation reads "the guest's stay"). */
function translate(root) {
  for (const n of $$('[data-i18n]', root)) n.textContent = ta(n.dataset.i18n);
  translateCountry(root);
}
/** The destination's own words (its title, its FAQ link): data-i18n-country="ui-title" → kz-ui-title. */
function translateCountry(root = document) {
  if (!getCountry()) return; // until countries() has said which
  for (const n of $$('[data-i18n-country]', root)) n.textContent = t(cid(n.dataset.i18nCountry));
  if (root === document) document.title = t(cid('ui-doc-title'));
}
let engineReady = false;
const BASE = new URL('../', import.meta.url); // the folder holding locales/
/** Gives the engine the language's catalog as the page has it now (its shared part and the
 * destinations' fetched so far), if this build of it words from catalogs (loadCatalog). */
function engineCatalog(l) {
  if (typeof mod.loadCatalog === 'function') mod.loadCatalog(l, engineText(l));
}
// Whether the later sections are in: from then on the later words and a destination's FAQ's
// are fetched with the others (before, completePage fetches them after the first answer).
let laterMounted = false;
// Whether a view across borders has been opened: from then on its words and every destination's
// are fetched with the others (a language switch).
let acrossOpened = false;
/** The words of destination `code` in language `l` (and the later sections' and its FAQ's, once
 * they are on the page), fetched if they are not at hand yet; the engine gets them. */
async function ensureDestination(code, l = getLang()) {
  const cc = String(code).toLowerCase();
  const had = engineText(l);
  await Promise.all([fetchCatalog(l, BASE, cc), ...(laterMounted ? [fetchPart(l, 'later', BASE), fetchPart(l, `${cc}-faq`, BASE)] : []),
    ...(acrossOpened ? [fetchPart(l, 'across', BASE), ...COUNTRIES.map((c) => fetchCatalog(l, BASE, c.code))] : [])]);
  if (engineText(l) !== had && l === getLang() && engineReady) engineCatalog(l);
}
/** Switches to language `l`, fetching its catalog first (only the visitor's is fetched at start):
 * the shared part and the destination's. */
async function switchLang(l) {
  await ensureDestination(getCountry().code, l);
  engineCatalog(l);
  applyLang(l);
  acrossChanged('lang');
}

// ---- across borders (docs/page.md) ----------------------------------------------------------
// The comparison, the route and the planning view are js/across.js and its imports, bundled into
// js/across.bundle.js (fetched after the first answer, with the form module). It has no state of
// the page's own: it gets the page's modules (the catalogs, the DOM helpers, the result cards'
// pieces, the calendar picture) and the few functions below, so both share one catalog.
let acrossModule = null; // the module's promise, once asked for
const acrossListeners = new Set();
/** Tells the views what changed: 'scenario' (the questions, after each update), 'lang' or
 * 'route' (the route view's legs). */
function acrossChanged(what) {
  for (const fn of acrossListeners) { try { fn(what); } catch (err) { console.warn('across', err); } }
}
function loadAcross() {
  // a URL the bundler leaves alone: the views are their own bundle
  acrossModule ||= import(new URL('./across.bundle.js', import.meta.url).href);
  return acrossModule;
}
const acrossContext = {
  mod, i18n, dom, results, renderTimeline,
  /** countries(): the destinations, in the engine's order. */
  countries: () => COUNTRIES,
  /** The questions as the engine takes them (no destination-specific rows mapped), with the
   * page's row numbers: { engine, rows }; and as the page holds them (strings, rows). */
  scenario: () => toEngine(readForm()),
  form: () => readForm(),
  /** The last good answer { a, s, e } of the questions, or null while they have an error. */
  current: () => current,
  /** Weekends aside, the special days of `code`'s `year`: Map(date → day) or null. */
  specialDays: (year, code) => specialDays(year, code),
  /** The words of the views and of every destination in the page's language, fetched once
   * (and given to the engine); resolves when they are in. */
  async words() {
    acrossOpened = true; // from now on ensureDestination fetches them too
    await ensureDestination(getCountry().code);
  },
  /** The page's words for an engine error { code, field, message }. */
  message: engineMessage,
  /** fn(what) after every update of the questions ('scenario') and language switch ('lang'). */
  onChange: (fn) => { acrossListeners.add(fn); return () => acrossListeners.delete(fn); },
  /** The page's opt-in storage (js/state.js). */
  store,
  /** Makes `code` the destination of the questions (as choosing it in their list does) and
   * takes the reader to the answer. */
  choose(code) {
    const dest = form.elements.namedItem('destination');
    if (![...dest.options].some((o) => o.value === code)) return;
    unfold();
    dest.value = code;
    dest.dispatchEvent(new Event('input', { bubbles: true }));
    $('#results').focus({ preventScroll: true });
    $('#results').scrollIntoView({ block: 'start' });
  },
  /** The route view's legs as the page holds them (strings, as typed), and their setter: the
   * planning view counts them; setting tells the views ('route'). The route goes into the link
   * and, on opt-in, the device, with the questions; `edit: false` (a route the view starts
   * from, not one the visitor made) leaves an address that "forget everything" cleaned alone. */
  route: () => routeLegs,
  setRoute(legs, { edit = true } = {}) {
    routeLegs = Array.isArray(legs) ? legs : [];
    if (edit) writeFragment = true;
    if (writeFragment) {
      const frag = toFragment(readForm(), getLang(), routeLegs);
      if (location.hash.slice(1) !== frag) history.replaceState(null, '', `#${frag}`);
    }
    saveAll();
    acrossChanged('route');
  },
  /** Puts scenario `s` (destination, dates, accommodation, visa, trips: a leg of the route)
   * into the questions and takes the reader to the answer. */
  async show(s) {
    try { await ensureDestination(countryOf(s.destination).code); } catch (err) { console.warn('catalog', err); }
    unfold();
    linkNotes = writeForm({ ...readForm(), ...s });
    writeFragment = true;
    update({ announce: true });
    $('#results').focus({ preventScroll: true });
    $('#results').scrollIntoView({ block: 'start' });
  },
};
// The route view's legs (strings as typed): from the link's route= or the device, kept here
// from the start, before the views load (js/state.js).
let routeLegs = [];
const withRoute = (s) => (routeLegs.length ? { ...s, route: routeLegs } : s);
/** Each view is drawn when its <details> is first opened (and the bundle is in). */
function mountAcross() {
  const intro = $('#across-intro');
  const list = () => new Intl.ListFormat(getLang() === 'zh' ? 'zh-Hans' : getLang(), { type: 'conjunction' }).format(COUNTRIES.map((c) => regionName(c.code)));
  const sayIntro = () => { if (intro) intro.textContent = t('ui-across-intro', { countries: list() }); };
  sayIntro();
  acrossListeners.add((what) => { if (what === 'lang') sayIntro(); });
  for (const box of $$('details.across-view')) {
    box.addEventListener('toggle', async () => {
      if (!box.open || box.dataset.mounted) return;
      box.dataset.mounted = 'pending';
      const view = $('.view', box);
      view.replaceChildren(el('p', { class: 'notice', text: t('ui-across-loading') }));
      try {
        const [m] = await Promise.all([loadAcross(), acrossContext.words()]);
        view.replaceChildren();
        m.mount(box.dataset.view, view, acrossContext);
        box.dataset.mounted = 'true';
      } catch (err) {
        console.warn('across', err);
        delete box.dataset.mounted;
        view.replaceChildren(el('p', { class: 'error-note', text: t('ui-across-failed') }));
      }
    });
  }
}

// ---- start --------------------------------------------------------------------------------
const frag = fromFragment(location.hash);
// The language js/catalog.js chose (the link, else the remembered choice, else the browser's) and
// whose catalog it is fetching alongside the wasm; the lists come from the engine's countries().
const lang = firstLang;
setLang(lang);
// The page's own words first (the update notice must be in the visitor's language even when
// this build's engine cannot start: js/pwa.js), then the engine.
addCatalog(lang, await catalog, 'shared');
document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
translate(document);
await ready;
COUNTRIES = mod.countries();
performance.mark('tirkeu:engine-ready');
const fromLink = !!(frag?.scenario && Object.keys(frag.scenario).length);
let start = fromLink ? frag.scenario : store.scenario() || {};
routeLegs = frag?.route?.length ? frag.route : (!fromLink && Array.isArray(start.route) ? start.route : []);
accChosen = !!start.accommodation;
// A link for a hotel (as=hotel) that does not say where the guest stays: at the hotel.
if (!start.accommodation && IMPLIED[start.audience]) start = { ...start, accommodation: IMPLIED[start.audience] };
// The destination's words: those js/catalog.js fetched if it guessed the destination the engine
// takes, else fetched now (a link naming a country the engine does not know, say).
{
  const code = countryOf(start.destination).code.toLowerCase();
  const guessed = await destinationCatalog.catch(() => null);
  if (guessed && guessed.code === code) addCatalog(lang, guessed.text, code);
  await ensureDestination(code, lang);
  engineCatalog(lang);
  engineReady = true;
}
linkNotes = writeForm(start, { allCountries: false }); // its labels in the language (t), its title (translateCountry)
$('#lang').value = lang;
$('#engine').textContent = t('ui-foot-engine', { v: mod.version() });
// A link with the whole scenario (the engine's required fields) opens on the answer.
if (['destination', 'citizenship', 'entryDate'].every((k) => frag?.scenario?.[k]) && !linkNotes.length && !matchMedia(TWO_COLUMNS).matches) setFolded(true);

update({ save: false }); // what the page started from is saved once it is complete
completePage(); // not awaited: the questions below get their handlers now

/**
 * After the first result: the form module is fetched and started, and once the first result has
 * been painted, the full citizenship list and the later sections go in. The page counts as loaded
 * (body[data-ready]) once all that is done: nothing is fetched later, on any user action.
 */
async function completePage() {
  const formReady = loadForm();
  const acrossReady = loadAcross().catch((err) => console.warn('across', err));
  // The later sections' words and the FAQ's (the destination's -faq part), fetched with the form
  // module: the sections go in once theirs are, the FAQ is drawn when its are.
  const laterReady = fetchPart(getLang(), 'later', BASE).catch((err) => console.warn('catalog', err));
  const faqReady = fetchPart(getLang(), `${getCountry().code.toLowerCase()}-faq`, BASE).then(drawFaq, (err) => console.warn('catalog', err));
  await painted();
  fillCitizenship(form.elements.namedItem('citizenship').value);
  await laterReady;
  await fetchPart(getLang(), 'later', BASE).catch((err) => console.warn('catalog', err)); // another language may have been chosen meanwhile
  mountLater();
  saveAll();
  await faqReady;
  // another language or destination may have been chosen meanwhile (its words fetched now)
  await ensureDestination(getCountry().code).then(drawFaq, (err) => console.warn('catalog', err));
  await formReady;
  await acrossReady;
  // A page in Chinese gets the form's Chinese font now, so that nothing is fetched on use.
  await cjkFont(fmod, getLang());
  $('#pdf').hidden = !fmod;
  if (current) updateForm();
  document.body.dataset.ready = 'true';
}

/** The FAQ for the current result, once the destination's FAQ words are in (else empty). */
function drawFaq() {
  const list = $('#faq-list');
  if (!list) return;
  const words = current && hasCatalog(getLang(), `${getCountry().code.toLowerCase()}-faq`);
  list.replaceChildren(...(words ? renderFaq(current.a, current.s) : []));
}

/** Resolves once the frame showing what is in the DOM now has been produced (or after 200 ms). */
function painted() {
  return new Promise((done) => {
    const fallback = setTimeout(done, 200); // no frames in a hidden tab
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(fallback); done(); }, 0));
  });
}

/** The trip and the details as they are now, kept on the device if the user opted in. */
function saveAll() { store.save(withRoute(readForm()), readDetails(details)); }

/** Puts the FAQ, the details form and the storage choices in place and wires them. */
function mountLater() {
  const tpl = $('#later');
  translate(tpl.content);
  tpl.replaceWith(tpl.content);
  laterMounted = true;
  details = $('#details');
  renderDetailFields(details, getCountry().details);
  $('#form-section').insertBefore(el('p', { id: 'form-note', class: 'notice', text: t('ui-form-not-yet'), 'data-i18n': 'ui-form-not-yet' }), details);
  writeDetails(details, store.details());
  $('#remember').checked = store.remember();
  $('#remember-details').checked = store.rememberDetails();
  $('#remember-details').disabled = !store.remember();
  $('#pdf').hidden = true; // until the form module is in
  $('#ics').hidden = typeof mod.calendarIcs !== 'function';

  details.addEventListener('input', () => { saveAll(); schedule({ details: true }); });
  details.addEventListener('submit', (ev) => ev.preventDefault());
  $('#print').addEventListener('click', () => { flush(); updateForm(); window.print(); });
  $('#pdf').addEventListener('click', async () => {
    flush();
    if (!current) return;
    // Switched to Chinese after the page loaded: its font first (one request, the first time).
    await cjkFont(fmod, getLang());
    try {
      $('#made').textContent = t('ui-form-made', { name: downloadPdf(fmod, current.a, current.e, readDetails(details)) });
      pdfBlocked($('#pdf'));
    } catch (e) {
      // The message goes under the field that stops the PDF, and next to the button.
      const text = engineMessage(e);
      showError(e && e.field, text);
      $('#made').textContent = '';
      pdfBlocked($('#pdf'), t('ui-form-pdf-blocked', { message: text }));
    }
  });
  $('#ics').addEventListener('click', () => {
    flush();
    if (!current) return;
    try { $('#made').textContent = t('ui-form-made', { name: downloadIcs(mod, current.e) }); } catch (e) { showError(e && e.field, engineMessage(e)); }
  });
  $('#remember').addEventListener('change', (ev) => {
    flush();
    store.setRemember(ev.target.checked);
    $('#remember-details').disabled = !ev.target.checked;
    if (!ev.target.checked) { $('#remember-details').checked = false; store.setRememberDetails(false); }
    saveAll();
  });
  $('#remember-details').addEventListener('change', (ev) => {
    flush();
    store.setRememberDetails(ev.target.checked);
    saveAll();
  });
  $('#forget').addEventListener('click', async () => {
    // a fresh start is on the default destination: its words first
    try { await ensureDestination(COUNTRIES[0].code); } catch (err) { console.warn('catalog', err); }
    store.forget();
    $('#remember').checked = false;
    $('#remember-details').checked = false;
    $('#remember-details').disabled = true;
    writeDetails(details, null);
    history.replaceState(null, '', location.pathname + location.search);
    writeFragment = false; // until the next edit: the address bar stays clean
    routeLegs = [];
    acrossChanged('route');
    linkNotes = writeForm({});
    accChosen = false;
    unfold(); // a fresh start: the questions in view
    update();
    $('#forgotten').textContent = t('ui-store-forgotten');
  });
  drawFaq();
  mountAcross();
}

// ---- offline (docs/pwa.md) ------------------------------------------------------------------
// The service worker, its "new version" notice and the install prompt are js/pwa.js's, a script of
// its own, so that they work even when this bundle or the engine cannot load.

form.addEventListener('input', (ev) => {
  writeFragment = true;
  const changed = ev.target.closest('[data-field]')?.dataset.field;
  if (changed) linkNotes = linkNotes.filter((n) => n.field !== changed && !changed.startsWith(`${n.field}[`));
  if (ev.target.name === 'accommodation') accChosen = true;
  // Another destination: its own words (fetched the first time), lists, details and bounds;
  // what fits is kept.
  if (ev.target.name === 'destination') {
    const code = ev.target.value;
    ensureDestination(code).then(() => {
      if (form.elements.namedItem('destination').value !== code) return; // another came since
      writeForm(readForm());
      update({ announce: true });
    }, (err) => console.warn('catalog', err));
    return;
  }
  if (ev.target.name === 'audience' && !accChosen && IMPLIED[ev.target.value]) {
    const acc = IMPLIED[ev.target.value];
    const r = form.querySelector(`input[name=accommodation][value=${acc}]`);
    if (!r.checked) { r.checked = true; announceNote = t('ui-aud-acc-set', { acc: t(`ui-acc-short-${acc}`) }); }
  }
  if (ev.target.matches('select, input[type=radio], input[type=checkbox]')) update({ announce: true });
  else schedule({ scenario: true, announce: true });
});
// Not on leaving a field: a message that goes away would move the button being pressed (a
// click that lands elsewhere); the actions flush themselves.
form.addEventListener('submit', (ev) => ev.preventDefault());
// The address, the storage and the printout never lag behind the fields.
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
window.addEventListener('beforeprint', () => { flush(); updateForm(); });

$('#add-trip').addEventListener('click', () => {
  const s = readForm();
  s.trips.push({ entryDate: '', exitDate: '' });
  renderTrips(s.trips);
  $(`#trip-list li.row:last-child input`).focus();
  update();
});
$('#add-move').addEventListener('click', () => {
  const s = readForm();
  s.moves.push({ date: '', accommodation: 'private', otherRegion: false, sameOwner: false });
  renderMoves(s.moves);
  $(`#move-list li.row:last-child input`).focus();
  update();
});
form.addEventListener('click', (ev) => {
  const b = ev.target.closest('button.remove');
  if (!b) return;
  const s = readForm();
  if (b.dataset.removeTrip !== undefined) { s.trips.splice(Number(b.dataset.removeTrip), 1); renderTrips(s.trips); $('#add-trip').focus(); }
  if (b.dataset.removeMove !== undefined) {
    linkNotes = linkNotes.filter((n) => !n.field.startsWith('moves[')); // the rows are renumbered
    s.moves.splice(Number(b.dataset.removeMove), 1);
    renderMoves(s.moves);
    $('#add-move').focus();
  }
  writeFragment = true;
  update({ announce: true });
});

$('#lang').addEventListener('change', async (ev) => {
  const l = ev.target.value;
  flush();
  store.setLang(l);
  try { await switchLang(l); } catch (err) { console.warn('catalog', err); $('#lang').value = getLang(); return; }
  if (getLang() !== l) return; // another switch came after this one
  writeForm(readForm()); // read now: the visitor may have typed while the catalog came
  writeFragment = true;
  update();
});

window.addEventListener('hashchange', async () => {
  const f = fromFragment(location.hash);
  if (!f) return;
  if (f.lang && isLang(f.lang) && f.lang !== getLang()) { try { await switchLang(f.lang); } catch (err) { console.warn('catalog', err); } }
  try { await ensureDestination(countryOf(f.scenario.destination).code); } catch (err) { console.warn('catalog', err); }
  linkNotes = writeForm(f.scenario);
  accChosen = !!f.scenario.accommodation;
  writeFragment = true;
  routeLegs = f.route || [];
  acrossChanged('route');
  update();
});
