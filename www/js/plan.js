// "When can I come back, and for how long?" (issue 15, items 3 and 4): for a destination, how many
// days a stay entering on a chosen date may last, and the earliest date from which a stay of N
// days fits every limit; then the same for every destination, side by side. The engine's plan()
// answers (src/plan.rs); this view asks it with the traveller of the main questions (citizenship,
// passport, visa) and the trips it knows of, each counted only in its own country:
// - the trip of the questions (entry–exit) and its earlier trips, in the questions' destination;
// - the route's legs (ctx.route(), the route view's; future ones are planned trips).
// Identical trips given twice (the route may hold the trip of the questions) are counted once,
// and overlapping ones as one stay, their union: the limits count days of presence, and a day
// is present once however many records say so (plan() itself refuses overlaps).
//
// This module imports nothing of the page: ctx gives the catalogs (ctx.i18n) and the DOM helpers
// (ctx.dom), so it shares the page's one catalog.
import { scenarioFor, errorWords } from './compare.js';
import { ISO_DATE, addDays, today } from './days.js';

/** The longest stay plan() takes, in days (src/plan.rs MAX_DAYS). */
export const MAX_DAYS = 3650;

/**
 * The trips to count in destination `code`: [{ entryDate, exitDate, from: 'main' | 'earlier' |
 * 'leg', n }] (n: the leg's number), sorted, and as plan() takes them: identical ones once,
 * overlapping ones joined ({ entryDate, exitDate }).
 */
export function tripsIn(code, main, legs) {
  const list = [];
  if (main && String(main.destination).toUpperCase() === code) {
    if (ISO_DATE.test(main.entryDate || '') && ISO_DATE.test(main.exitDate || '') && main.exitDate >= main.entryDate) list.push({ entryDate: main.entryDate, exitDate: main.exitDate, from: 'main' });
    for (const t of main.trips || []) if (ISO_DATE.test(t.entryDate || '') && ISO_DATE.test(t.exitDate || '') && t.exitDate >= t.entryDate) list.push({ entryDate: t.entryDate, exitDate: t.exitDate, from: 'earlier' });
  }
  (Array.isArray(legs) ? legs : []).forEach((l, i) => {
    if (!l || String(l.destination || '').toUpperCase() !== code) return;
    if (ISO_DATE.test(l.entryDate || '') && ISO_DATE.test(l.exitDate || '') && l.exitDate >= l.entryDate) list.push({ entryDate: l.entryDate, exitDate: l.exitDate, from: 'leg', n: i + 1 });
  });
  list.sort((a, b) => (a.entryDate < b.entryDate ? -1 : a.entryDate > b.entryDate ? 1 : 0));
  const shown = [];
  const merged = [];
  for (const t of list) {
    if (!shown.some((x) => x.entryDate === t.entryDate && x.exitDate === t.exitDate)) shown.push(t);
    const last = merged[merged.length - 1];
    if (last && t.entryDate <= last.exitDate) { if (t.exitDate > last.exitDate) last.exitDate = t.exitDate; } else merged.push({ entryDate: t.entryDate, exitDate: t.exitDate });
  }
  return { shown, merged };
}

export function mountPlan(root, ctx) {
  const { el } = ctx.dom;
  const { t } = ctx.i18n;
  const field = (id, labelId, input, hintId) => el('div', { class: 'field' },
    el('label', { for: id, 'data-i18n': labelId, text: t(labelId) }), input,
    hintId ? el('p', { class: 'hint', id: `${id}-hint` }) : null,
    el('p', { class: 'msg', id: `${id}-msg`, hidden: true }));
  const dest = el('select', { id: 'xp-dest', name: 'xpDestination' });
  const from = el('input', { type: 'date', id: 'xp-from', name: 'xpFrom' });
  const days = el('input', { type: 'text', id: 'xp-days', name: 'xpDays', inputMode: 'numeric', autocomplete: 'off', value: '30', 'aria-describedby': 'xp-days-hint' });
  const answer = el('div', { class: 'xp-answer' });
  const all = el('div', { class: 'xp-all' });
  const intro = el('p', { class: 'small', 'data-i18n': 'ui-x-p-intro', text: t('ui-x-p-intro') });
  root.append(el('div', { class: 'x-plan' },
    intro,
    el('div', { class: 'grid xp-fields' }, field('xp-dest', 'ui-x-p-dest', dest), field('xp-from', 'ui-x-p-from', from), field('xp-days', 'ui-x-p-days', days, true)),
    answer, all));

  // What the visitor changed stays as it is; the rest follows the questions (the destination,
  // the day after their exit).
  const touched = { dest: false, from: false };
  const defaults = () => {
    const f = ctx.form();
    const code = String(f.destination || '').toUpperCase();
    if (!touched.dest && ctx.countries().some((c) => c.code === code)) dest.value = code;
    if (!touched.from) from.value = ISO_DATE.test(f.exitDate || '') ? addDays(f.exitDate, 1) : today();
  };
  const options = () => {
    const keep = dest.value;
    dest.replaceChildren(...ctx.countries().map((c) => el('option', { value: c.code, text: ctx.i18n.regionName(c.code) })));
    if (keep) dest.value = keep;
  };
  options();
  defaults();

  let timer = 0;
  const draw = () => {
    clearTimeout(timer);
    try {
      render(ctx, { dest, from, days, answer, all });
    } catch (err) {
      console.warn('plan', err);
      answer.replaceChildren(el('p', { class: 'error-note', text: t('ui-x-p-failed') }));
      all.replaceChildren();
    }
  };
  dest.addEventListener('change', () => { touched.dest = true; draw(); });
  from.addEventListener('input', () => { touched.from = true; clearTimeout(timer); timer = setTimeout(draw, 150); });
  from.addEventListener('change', () => { touched.from = true; draw(); });
  days.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(draw, 150); });
  draw();
  ctx.onChange((what) => {
    if (what === 'lang') { options(); for (const n of root.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n); }
    defaults();
    draw();
  });
}

// ---- messages under the fields -----------------------------------------------------------------
function clear(dom, ...inputs) {
  for (const i of inputs) {
    const m = document.getElementById(`${i.id}-msg`);
    m.hidden = true;
    m.textContent = '';
    dom.markInvalid(i, m.id, false);
  }
}
function say(dom, input, text) {
  const m = document.getElementById(`${input.id}-msg`);
  m.textContent = text;
  m.hidden = false;
  dom.markInvalid(input, m.id);
}

/** The query for destination `c`: the traveller of the questions, the date, the days, the trips. */
function query(ctx, c, fromDate, n) {
  const { engine } = ctx.scenario();
  const { s, changed } = scenarioFor({ citizenship: engine.citizenship, passport: engine.passport, visa: engine.visa, lang: engine.lang }, c);
  const { shown, merged } = tripsIn(c.code, ctx.current()?.e, ctx.route());
  return { q: { ...s, entryDate: fromDate, days: n, trips: merged }, changed, shown };
}

function render(ctx, { dest, from, days, answer, all }) {
  const { el, time } = ctx.dom;
  const { t, tp, regionName, formatNumber, formatDateRange } = ctx.i18n;
  const countries = ctx.countries();
  const c = countries.find((x) => x.code === dest.value) || countries[0];
  const max = formatNumber(MAX_DAYS);
  document.getElementById('xp-days-hint').textContent = t('ui-x-p-days-hint', { max });
  clear(ctx.dom, dest, from, days);
  // The traveller comes from the questions: while they have an error, say so and wait.
  if (!ctx.current()) {
    answer.replaceChildren(el('p', { class: 'notice', text: t('ui-x-p-fix') }));
    all.replaceChildren();
    return;
  }
  // the visitor's own fields, checked here in the page's words
  let bad = false;
  const raw = days.value.trim();
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_DAYS)) { say(ctx.dom, days, t('ui-x-p-days-bad', { max })); bad = true; }
  const d = (iso) => ctx.i18n.formatDate(iso, { weekday: false });
  if (from.validity?.badInput || !ISO_DATE.test(from.value)) { say(ctx.dom, from, t(from.value || from.validity?.badInput ? 'ui-x-p-from-bad' : 'ui-x-p-from-empty')); bad = true; }
  else if (from.value < c.entriesFrom || from.value > c.entriesTo) { say(ctx.dom, from, t('ui-x-p-from-range', { from: d(c.entriesFrom), to: d(c.entriesTo), country: regionName(c.code) })); bad = true; }
  from.min = c.entriesFrom;
  from.max = c.entriesTo;
  if (bad) {
    answer.replaceChildren(el('p', { class: 'error-note', text: t('ui-x-p-fix-fields') }));
    all.replaceChildren();
    return;
  }

  // ---- the chosen destination
  const { q, changed, shown } = query(ctx, c, from.value, n);
  const country = regionName(c.code);
  const counted = el('div', { class: 'xp-counted' },
    el('h4', { text: t('ui-x-p-counted-h', { country }) }),
    shown.length ? el('ul', { class: 'x-list' }, shown.map((x) => el('li', { 'data-from': x.from },
      t(x.from === 'main' ? 'ui-x-p-trip-main' : x.from === 'earlier' ? 'ui-x-p-trip-earlier' : 'ui-x-p-trip-leg', { dates: formatDateRange(x.entryDate, x.exitDate), n: x.n }))))
      : el('p', { text: t('ui-x-p-counted-none') }),
    el('p', { class: 'small', text: t('ui-x-p-counted-note') }));
  let p;
  try {
    p = ctx.mod.plan(q);
  } catch (e) {
    // under the field the engine names; a trip's error (from the questions or the route) above
    const f = String(e?.field || '');
    const text = errorWords(ctx, e, c.code);
    if (f === 'days') say(ctx.dom, days, text);
    else if (f === 'entryDate') say(ctx.dom, from, text);
    else if (!f.startsWith('trips')) say(ctx.dom, dest, text);
    answer.replaceChildren(counted, el('p', { class: 'error-note', text: f.startsWith('trips') ? text : t('ui-x-p-fix-fields') }));
    all.replaceChildren(table(ctx, from.value, n));
    return;
  }
  const date = time(p.from, { weekday: false });
  const inside = shown.some((x) => x.entryDate <= p.from && p.from <= x.exitDate);
  const main = el('p', { class: 'xp-main', 'aria-live': 'polite' }, ...(
    inside ? tp('ui-x-p-inside', { date, country })
      : p.available === null || p.available === undefined ? tp('ui-x-p-unbounded', { date })
        : p.available === 0 ? tp('ui-x-p-none', { date })
          : tp('ui-x-p-available', { date, n: p.available, last: time(p.lastDay, { weekday: false }) })));
  const e = p.earliest;
  const earliest = el('p', { class: 'xp-earliest' }, ...(
    !e ? tp('ui-x-p-never', { n })
      : e.lastDay ? tp('ui-x-p-earliest', { n, date: el('strong', {}, time(e.entryDate, { weekday: false })), last: time(e.lastDay, { weekday: false }) })
        : tp('ui-x-p-earliest-open', { n, date: el('strong', {}, time(e.entryDate, { weekday: false })) })));
  answer.replaceChildren(
    el('h4', { class: 'xp-h', text: t('ui-x-p-answer-h', { country }) }),
    ...changed.map((ch) => el('p', { class: 'x-instead', text: t('ui-x-c-instead', { field: t(ch.label), value: t(ch.used), asked: t(ch.asked) }) })),
    main, earliest,
    p.limits?.length ? el('div', {}, el('p', { class: 'k', text: t('ui-x-p-limits-h') }), el('ul', { class: 'x-list xp-limits' }, p.limits.map((x) => el('li', { text: x })))) : null,
    p.note ? el('p', { class: 'small xp-note', text: p.note }) : null,
    counted);
  all.replaceChildren(table(ctx, from.value, n));
}

/** Every destination for the same date and length: where and when the traveller can go. */
function table(ctx, fromDate, n) {
  const { el, time } = ctx.dom;
  const { t, regionName } = ctx.i18n;
  const tb = el('tbody');
  for (const c of ctx.countries()) {
    const row = el('tr', { 'data-country': c.code }, el('th', { scope: 'row', text: regionName(c.code) }));
    let p;
    try {
      if (fromDate < c.entriesFrom || fromDate > c.entriesTo) throw Object.assign(new Error('out-of-range'), { code: 'out-of-range', field: 'entryDate' });
      p = ctx.mod.plan(query(ctx, c, fromDate, n).q);
    } catch (e) {
      row.append(el('td', { colSpan: 2, class: 'x-error', text: errorWords(ctx, e, c.code) }));
      tb.append(row);
      continue;
    }
    const avail = p.available === null || p.available === undefined ? t('ui-x-p-cell-open')
      : p.available === 0 ? t('ui-x-p-cell-none') : null;
    // on a narrow screen each cell says which column it is in (style.css): for sighted readers
    // only, a screen reader has the table's headers
    const label = (text) => el('span', { class: 'x-in', 'aria-hidden': 'true', text });
    row.append(
      el('td', { class: 'xp-avail' }, label(t('ui-x-p-col-available')), ...(avail !== null ? [avail] : ctx.i18n.tp('ui-x-p-cell-days', { n: p.available, last: time(p.lastDay, { weekday: false }) }))),
      el('td', { class: 'xp-first' }, label(t('ui-x-p-col-earliest', { n })), ...(p.earliest ? [time(p.earliest.entryDate, { weekday: false })] : [t('ui-x-p-cell-never')])));
    tb.append(row);
  }
  return el('div', { class: 'x-scroll' }, el('table', { class: 'x-table xp-table' },
    el('caption', {}, ...ctx.i18n.tp('ui-x-p-all-caption', { date: time(fromDate, { weekday: false }), n })),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t('ui-x-p-col-country') }),
      el('th', { scope: 'col', text: t('ui-x-p-col-available') }),
      el('th', { scope: 'col', text: t('ui-x-p-col-earliest', { n }) }))),
    tb));
}
