// The same trip in each destination, side by side (issue 15, items 1 and 4): who must do what by
// when, what it costs, how long the stay may last (each limit in plain words, with the days used
// before and what this stay may still take), what to watch, the form, and a button to the full
// answer for that country. The traveller is the main questions (ctx.scenario()); the engine's
// compare() answers each column.
//
// Columns are in the engine's order (ctx.countries()), not with the chosen destination first:
// the columns then stay where they are when the destination above is changed, which is what a
// reader comparing them expects; the chosen one is marked instead.
//
// Markup: one real <table> (caption, a column header per country, a row header per aspect). On
// a narrow screen (style.css, "across borders: the comparison") its cells are stacked, aspect by
// aspect, each cell labelled with its country by a line that only sighted readers need (the
// table's own headers still name it to a screen reader): the reading order of the table, and no
// horizontal scroll at 360 px.
//
// This module imports nothing of the page: ctx gives the catalogs (ctx.i18n), the DOM helpers
// (ctx.dom) and the result cards' pieces (ctx.results), so it shares the page's one catalog.

/** Aspects (rows) of the table: the row header's message and how a column's cell is drawn. */
import { DAY } from './days.js'; // stateless

const ASPECTS = [
  ['ui-x-c-h-duties', duties],
  ['ui-x-c-h-cost', cost],
  ['ui-x-c-h-stay', stay],
  ['ui-x-c-h-watch', watch],
  ['ui-x-c-h-form', formName],
];
// The warnings worth a place in the comparison: whether the traveller may come at all, or stay
// as long as planned. The others (a rule changing, a provisional holiday…) are in the full answer.
const WATCH = new Set(['needs-visa', 'visa-required', 'visa-free-unknown', 'allowance-used-up', 'overstay', 'too-late-in-country', 'scope-unknown', 'borderline-stay']);
// The scenario's choices another destination may not know: its own list in countries(), and the
// page's message prefix for a value's label.
const CHOICES = [['passport', 'passports', 'ui-passport-', 'ui-f-passport'], ['visa', 'visas', 'ui-visa-', 'ui-f-visa'], ['accommodation', 'accommodations', 'ui-acc-', 'ui-f-accommodation']];

/** Days from `a` to `b`, both counted (ISO dates). */
export const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / DAY) + 1;

/**
 * `engine` (a scenario as the engine takes it) for destination `c` (a countries() entry): its
 * passport, visa and accommodation kept when `c` knows them, else `c`'s default, and what was
 * changed: [{ field, label, asked, used }].
 */
export function scenarioFor(engine, c) {
  const s = { ...engine, destination: c.code };
  const changed = [];
  for (const [field, list, prefix, label] of CHOICES) {
    const asked = s[field];
    if (asked && Array.isArray(c[list]) && !c[list].includes(asked)) {
      s[field] = c.defaults?.[field] ?? c[list][0];
      changed.push({ field, label, asked: `${prefix}${asked}`, used: `${prefix}${s[field]}` });
    }
  }
  return { s, changed };
}

/** "China · 6 Mar – 20 Apr 2026": the traveller and the trip of the questions, in words. */
export function tripWords(ctx, f) {
  const { t, regionName, formatDateRange, formatDate } = ctx.i18n;
  const parts = [f.citizenship === 'stateless' ? t('ui-f-citizenship-stateless') : regionName(f.citizenship)];
  if (f.entryDate) parts.push(f.exitDate && f.exitDate >= f.entryDate ? formatDateRange(f.entryDate, f.exitDate) : formatDate(f.entryDate, { weekday: false }));
  return parts.join(' · ');
}

/** The page's words for an engine error `e` about destination `code`: its own "citizens of X do
 * not register in X" where the destination has one, else what the page says for that code. */
export function errorWords(ctx, e, code) {
  const { t, hasMessage } = ctx.i18n;
  const own = `${String(code).toLowerCase()}-ui-err-citizen-of-destination`;
  if (e && e.code === 'citizen-of-destination' && hasMessage(own)) return t(own);
  try { return ctx.message(e); } catch { return String(e?.message || e); }
}

export function mountCompare(root, ctx) {
  const { el } = ctx.dom;
  const box = el('div', { class: 'x-compare' });
  root.append(box);
  const draw = () => {
    try {
      box.replaceChildren(...render(ctx));
    } catch (err) {
      // an engine exception or anything unforeseen: said in the view, the page goes on
      console.warn('compare', err);
      box.replaceChildren(el('p', { class: 'error-note', text: ctx.i18n.t('ui-x-c-failed') }));
    }
  };
  draw();
  ctx.onChange((what) => { if (what === 'scenario' || what === 'lang') draw(); });
}

/** The view's nodes for the questions as they are now. */
function render(ctx) {
  const { el } = ctx.dom;
  const { t, regionName } = ctx.i18n;
  const cur = ctx.current();
  if (!cur) return [el('p', { class: 'notice', text: t('ui-x-c-fix') })];
  const { engine } = ctx.scenario();
  const here = String(engine.destination || '').toUpperCase();
  const countries = ctx.countries();
  // The current destination with everything the questions give; the others without the earlier
  // trips and the moves, which are the current destination's.
  const bare = { ...engine };
  delete bare.trips;
  delete bare.moves;
  const columns = countries.map((c) => {
    const { s, changed } = scenarioFor(c.code === here ? engine : bare, c);
    let row;
    try {
      [row] = ctx.mod.compare(s, [c.code]);
    } catch (e) {
      row = { destination: c.code, error: e };
    }
    return { c, s, changed, row, here: c.code === here };
  });

  const table = el('table', { class: 'x-table' });
  table.append(el('caption', { text: t('ui-x-c-caption', { trip: tripWords(ctx, ctx.form()) }) }));
  table.append(el('thead', {}, el('tr', {},
    el('td', { class: 'x-corner' }),
    ...columns.map((col) => el('th', { scope: 'col', class: col.here ? 'x-here' : null },
      regionName(col.c.code),
      col.here ? el('span', { class: 'x-yours', text: t('ui-x-c-yours') }) : null)))));
  const body = el('tbody');
  ASPECTS.forEach(([label, cell], i) => {
    const tr = el('tr', { 'data-aspect': label.replace('ui-x-c-h-', '') }, el('th', { scope: 'row', text: t(label) }));
    for (const col of columns) {
      const who = el('span', { class: 'x-in', 'aria-hidden': 'true', text: col.here ? `${regionName(col.c.code)} · ${t('ui-x-c-yours')}` : regionName(col.c.code) });
      if (col.row.error) {
        // the column says why, once, across its aspects
        if (i === 0) tr.append(el('td', { class: 'x-error', rowSpan: ASPECTS.length, 'data-country': col.c.code }, who, el('p', { text: errorWords(ctx, col.row.error, col.c.code) })));
        continue;
      }
      const td = el('td', { 'data-country': col.c.code, class: col.here ? 'x-here' : null }, who);
      if (i === 0) {
        for (const ch of col.changed) td.append(el('p', { class: 'x-instead', text: t('ui-x-c-instead', { field: t(ch.label), value: t(ch.used), asked: t(ch.asked) }) }));
        // a visa is one country's: another column counts it as the same kind of visa of its own
        if (!col.here && col.s.visa && col.s.visa !== 'none' && !col.changed.some((ch) => ch.field === 'visa')) td.append(el('p', { class: 'x-instead', text: t('ui-x-c-same-visa', { visa: t(`ui-visa-${col.s.visa}`) }) }));
      }
      td.append(...cell(ctx, col.row.assessment, col));
      tr.append(td);
    }
    body.append(tr);
  });
  // a button per column, to that country's full answer above
  body.append(el('tr', { class: 'x-go' }, el('th', { scope: 'row' }, el('span', { class: 'sr-only', text: t('ui-x-c-h-go') })),
    ...columns.map((col) => el('td', { 'data-country': col.c.code },
      el('button', { type: 'button', class: 'secondary', 'data-choose': col.c.code, text: t('ui-x-c-show', { country: regionName(col.c.code) }), onclick: () => ctx.choose(col.c.code) })))));
  table.append(body);
  return [
    el('div', { class: 'x-scroll' }, table),
    el('p', { class: 'small x-only-here', text: t('ui-x-c-only-here', { country: regionName(here) }) }),
  ];
}

// ---- the cells ---------------------------------------------------------------------------------

function duties(ctx, a) {
  const { el, time } = ctx.dom;
  const { t } = ctx.i18n;
  const { whoLabel, ordered } = ctx.results;
  if (!a.obligations.length) {
    return [el('p', { class: 'x-none', text: t('ui-x-c-none') }),
      a.exemptions.length ? el('ul', { class: 'x-list small' }, a.exemptions.map((x) => el('li', { text: x.reason }))) : null].filter(Boolean);
  }
  return [el('ul', { class: 'x-list' }, ordered(a.obligations).map((o) => el('li', { 'data-kind': o.kind },
    el('span', { class: 'k', text: `${whoLabel(o)}: ` }), o.title, ' — ',
    el('strong', { class: 'x-due' }, time(o.dueDate)),
    o.conditional ? el('span', { class: 'small x-cond', text: ` (${o.conditional})` }) : null)))];
}

// A penalty line's party (the engine's code) that is the one doing the obligation: a private host
// is an individual, a hotel or an organisation an organisation.
const PARTY = { host: 'individual', hotel: 'organization', organization: 'organization', foreigner: 'foreigner' };

function cost(ctx, a, col) {
  const { el } = ctx.dom;
  const { t, formatMoney } = ctx.i18n;
  const { whoLabel } = ctx.results;
  if (!a.obligations.length) return [el('p', { text: '—' })];
  const out = [];
  const fees = [...new Set(a.obligations.map((o) => o.fee?.text).filter(Boolean))];
  for (const f of fees) out.push(el('p', { class: 'x-fee', text: f }));
  // the fine for being late, for whoever does each duty: its lines for that party, in money
  const seen = new Set();
  for (const o of a.obligations) {
    const p = o.penalty;
    if (!p || !p.lines?.length) continue;
    const mine = p.lines.filter((l) => l.party === PARTY[o.who]);
    const lines = mine.length ? mine : p.lines;
    const amounts = lines.flatMap((l) => [l.amount, l.amountMax]).filter((n) => typeof n === 'number');
    const warning = lines.some((l) => l.sanction === 'warning');
    const who = whoLabel(o);
    const money = (n) => formatMoney(n, p.currency || col.c.currency);
    // Several lines for that party (an official and the legal entity; the capitals' higher
    // fines): each with its own offender and sum, never one range across them, which would
    // read as "anything from the lowest to the highest" for everyone.
    if (lines.length > 1) {
      const key = `${who}\n${lines.map((l) => `${l.offender}|${l.amount}|${l.amountMax}|${l.sanction}`).join('\n')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(el('p', { class: 'x-fine', text: t('ui-x-c-fine-lines', { who }) }),
        el('ul', { class: 'x-list x-fine-lines' }, lines.map((l) => {
          const v = l.sanction === 'warning' ? t('ui-ob-warning')
            : typeof l.amount === 'number' ? (typeof l.amountMax === 'number' && l.amountMax !== l.amount ? t('ui-ob-fine-range', { min: money(l.amount), max: money(l.amountMax) }) : money(l.amount))
              : l.text || t('ui-ob-unknown-fine');
          return el('li', {}, `${l.offender}: `, el('strong', { text: v }));
        })));
      continue;
    }
    let text;
    if (!amounts.length && warning) text = t('ui-x-c-warning-only', { who });
    else if (amounts.length) {
      const min = Math.min(...amounts);
      const max = Math.max(...amounts);
      const amount = min === max ? money(min) : t('ui-ob-fine-range', { min: money(min), max: money(max) });
      text = t(warning ? 'ui-x-c-fine-or-warning' : 'ui-x-c-fine', { who, amount });
    } else {
      text = t('ui-x-c-fine-unknown', { who });
    }
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(el('p', { class: 'x-fine', text }));
  }
  return out;
}

/** One limit in plain words (item 4): what it is, the days used before this trip, what this
 * stay may still take and until when. Parts: strings and <time> nodes. */
export function limitWords(ctx, l, entry) {
  const { tp } = ctx.i18n;
  const k = l.limit || {};
  const d = (iso) => ctx.dom.time(iso, { weekday: false });
  const used = l.daysUsedBefore ?? 0;
  const n = l.lastDay ? daysBetween(entry, l.lastDay) : 0;
  switch (k.kind) {
    case 'per-entry': return tp('ui-x-c-limit-per-entry', { days: k.days, last: d(l.lastDay) });
    case 'rolling': return l.lastDay ? tp('ui-x-c-limit-rolling', { days: k.days, window: k.window, used, n, last: d(l.lastDay) })
      : tp('ui-x-c-limit-rolling-out', { days: k.days, window: k.window, used });
    case 'calendar-year': {
      const year = Number(entry.slice(0, 4));
      return l.lastDay ? tp('ui-x-c-limit-year', { days: k.days, used, year: String(year), n, last: d(l.lastDay) })
        : tp('ui-x-c-limit-year-out', { days: k.days, year: String(year) });
    }
    case 'visits': return l.lastDay ? tp('ui-x-c-limit-visits', { entries: k.entries, used, from: d(k.from), to: d(k.to) })
      : tp('ui-x-c-limit-visits-out', { entries: k.entries, from: d(k.from), to: d(k.to) });
    default: return [l.text];
  }
}

function stay(ctx, a, col) {
  const { el, time } = ctx.dom;
  const { t, tp } = ctx.i18n;
  const st = a.stay;
  const entry = col.s.entryDate;
  return [
    st.lastDay ? el('p', { class: 'x-last' }, ...tp('ui-x-c-last-day', { date: el('strong', {}, time(st.lastDay)) }))
      : el('p', { class: 'x-last', text: t('ui-x-c-no-last-day') }),
    st.limits?.length ? el('ul', { class: 'x-list x-limits' }, st.limits.map((l) => el('li', { 'data-limit': l.limit?.kind }, ...limitWords(ctx, l, entry)))) : null,
    // the note, unless a warning of the next row says the same (no regime known: both do)
    st.note && !a.warnings.some((w) => WATCH.has(w.code) && w.message === st.note) ? el('p', { class: 'small', text: st.note }) : null,
  ].filter(Boolean);
}

function watch(ctx, a) {
  const { el } = ctx.dom;
  const { t } = ctx.i18n;
  const ws = a.warnings.filter((w) => WATCH.has(w.code));
  if (!ws.length) return [el('p', { class: 'x-calm', text: t('ui-x-c-no-warnings') })];
  return [el('ul', { class: 'x-list x-warn' }, ws.map((w) => el('li', { 'data-code': w.code, text: w.message })))];
}

function formName(ctx, a, col) {
  const { el } = ctx.dom;
  const { t, hasMessage } = ctx.i18n;
  const id = `${col.c.code.toLowerCase()}-ui-form-h`;
  return [el('p', { text: hasMessage(id) ? t(id) : '—' })];
}
