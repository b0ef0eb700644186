// The route view (issue 15, docs/page.md): a route through several countries, leg by leg, and
// one timeline of it — every deadline of every leg, each country's last lawful day, the entries
// and exits, in date order — from the engine's itinerary(); its .ics from itineraryIcs().
//
// The traveller is the questions' (citizenship, passport, birth date); the questions' earlier
// trips are trips in the questions' destination. The legs are kept by the page (ctx.route(),
// ctx.setRoute()): in the link's route= and, on opt-in, on the device (js/state.js).
//
// Built once, then kept: the rows of the builder are never re-created while they exist (a
// language switch relabels them in place, removing a leg removes its row only), so nothing
// typed is lost, not even a date typed halfway. Only the answer below them is redrawn.
//
// The timeline is drawn twice: an ordered list (what screen readers and the tests read) and, above
// it, a band per leg on one time axis (aria-hidden: the list says the same). Bands rather than
// month calendars: a route of a few months on a 360 px phone is a dozen calendars to scroll
// through, while one band per leg shows at a glance where each country starts and stops, where
// the deadlines fall and where a stay would go beyond its last lawful day.
import { MAX_LEGS } from './state.js';
import { DAY, ISO_DATE, addDays } from './days.js';

const FIELDS = ['destination', 'entryDate', 'exitDate', 'accommodation', 'visa'];
const ms = (iso) => Date.parse(`${iso}T00:00:00Z`);
const days = (a, b) => Math.round((ms(b) - ms(a)) / DAY); // b − a

/** Draws the route view into `root` and keeps it up to date (ctx: js/app.js acrossContext). */
export function mountRoute(root, ctx) {
  const { el, $, $$, markInvalid } = ctx.dom;
  const I = ctx.i18n;
  const t = (id, vars) => I.t(id, vars);
  const countries = () => ctx.countries();
  const country = (code) => countries().find((c) => c.code === code) || countries()[0];
  const palette = (code) => `c${Math.max(0, countries().findIndex((c) => c.code === code)) % 5}`;
  const name = (code) => I.regionName(code);

  let uid = 0;
  let lastSet = null; // the legs this view last handed to ctx.setRoute
  let notes = []; // values a link gave that are not among a list's choices: { uid, field, value }
  let timer = 0;

  const intro = el('p', { class: 'route-intro' });
  const list = el('ol', { class: 'route-legs', id: 'route-legs' });
  const add = el('button', { type: 'button', class: 'secondary', id: 'route-add' });
  const max = el('p', { class: 'small route-max', id: 'route-max', hidden: true });
  const answer = el('div', { class: 'route-answer', id: 'route-answer' });
  root.append(intro, list, el('div', { class: 'route-actions' }, add, max), answer);

  // ---- the builder ----------------------------------------------------------------------------
  const rows = () => $$('li.leg', list);
  const input = (li, f) => $(`[data-rfield="${f}"]`, li);

  function field(id, f, control) {
    return el('div', { class: 'field' }, el('label', { for: id }), control, el('p', { class: 'route-msg', id: `rmsg-${id}`, hidden: true }));
  }
  /** A select's options for the choices of `c` (the leg's country). */
  function choices(sel, f, c) {
    const keep = sel.value;
    const values = f === 'accommodation' ? c.accommodations : c.visas;
    sel.replaceChildren(...values.map((v) => el('option', { value: v })));
    sel.value = values.includes(keep) ? keep : c.defaults[f];
    labelOptions(sel, f);
  }
  function labelOptions(sel, f) {
    for (const o of sel.options) o.textContent = f === 'destination' ? name(o.value) : t(f === 'accommodation' ? `ui-acc-${o.value}` : `ui-visa-${o.value}`);
  }
  /** A row of the builder for `leg` (strings as typed). */
  function row(leg) {
    const u = ++uid;
    const id = (f) => `r${u}-${f}`;
    const known = countries().some((c) => c.code === leg.destination);
    if (leg.destination && !known) notes.push({ uid: u, field: 'destination', value: leg.destination });
    const dest = el('select', { id: id('destination'), 'data-rfield': 'destination' }, countries().map((c) => el('option', { value: c.code })));
    dest.value = known ? leg.destination : countries()[0].code;
    const c = country(dest.value);
    const date = (f) => el('input', { type: 'date', id: id(f), 'data-rfield': f, value: ISO_DATE.test(leg[f] || '') ? leg[f] : '', min: c.entriesFrom, max: f === 'entryDate' ? c.entriesTo : undefined });
    const acc = el('select', { id: id('accommodation'), 'data-rfield': 'accommodation' });
    const visa = el('select', { id: id('visa'), 'data-rfield': 'visa' });
    for (const [sel, f] of [[acc, 'accommodation'], [visa, 'visa']]) {
      const values = f === 'accommodation' ? c.accommodations : c.visas;
      sel.replaceChildren(...values.map((v) => el('option', { value: v })));
      sel.value = values.includes(leg[f]) ? leg[f] : c.defaults[f];
      if (leg[f] && !values.includes(leg[f])) notes.push({ uid: u, field: f, value: leg[f] });
    }
    const li = el('li', { class: `leg ${palette(dest.value)}`, 'data-uid': u },
      el('fieldset', {},
        el('legend', {}),
        el('div', { class: 'leg-fields' },
          field(id('destination'), 'destination', dest),
          field(id('entryDate'), 'entryDate', date('entryDate')),
          field(id('exitDate'), 'exitDate', date('exitDate')),
          field(id('accommodation'), 'accommodation', acc),
          field(id('visa'), 'visa', visa),
          el('button', { type: 'button', class: 'remove', 'data-remove': u, text: '×' }))));
    return li;
  }
  const LABELS = { destination: 'ui-x-r-f-country', entryDate: 'ui-f-entry-date', exitDate: 'ui-f-trip-exit', accommodation: 'ui-f-accommodation', visa: 'ui-f-visa' };
  /** Every text of the builder in the page's language, in place (values and focus stay). */
  function relabel() {
    intro.textContent = t('ui-x-r-intro');
    add.textContent = t('ui-x-r-add');
    max.textContent = t('ui-x-r-max', { max: MAX_LEGS });
    const all = rows();
    all.forEach((li, i) => {
      const code = input(li, 'destination').value;
      const vars = { n: i + 1, country: name(code) };
      $('legend', li).textContent = t('ui-x-r-leg', vars);
      for (const f of FIELDS) {
        $(`label[for="${input(li, f).id}"]`, li).textContent = t(LABELS[f]);
        if (input(li, f).tagName === 'SELECT') labelOptions(input(li, f), f);
      }
      const rm = $('button.remove', li);
      rm.setAttribute('aria-label', t('ui-x-r-remove', vars));
      rm.disabled = all.length < 2;
    });
    add.disabled = all.length >= MAX_LEGS;
    max.hidden = !add.disabled;
    if (add.disabled) add.setAttribute('aria-describedby', 'route-max'); else add.removeAttribute('aria-describedby');
  }
  /** The legs as the builder holds them: strings as typed. */
  function readLegs() {
    return rows().map((li) => Object.fromEntries(FIELDS.map((f) => [f, input(li, f).value])));
  }
  function build(legs) {
    notes = [];
    list.replaceChildren(...legs.slice(0, MAX_LEGS).map(row));
    relabel();
  }
  /** The leg "add" prefills: the next destination not on the route yet, entering the day the last leg ends. */
  function nextLeg(legs) {
    const used = new Set(legs.map((l) => l.destination));
    const last = legs[legs.length - 1];
    const next = countries().find((c) => !used.has(c.code)) || countries().find((c) => c.code !== last?.destination) || countries()[0];
    return { destination: next.code, entryDate: last ? last.exitDate : '', exitDate: '', accommodation: next.defaults.accommodation, visa: next.defaults.visa };
  }
  /** The route a first look starts from: the questions' trip as leg 1, and a second leg offered. */
  function seed() {
    const s = ctx.form();
    const c = country(s.destination);
    const first = { destination: c.code, entryDate: s.entryDate || '', exitDate: s.exitDate || '', accommodation: s.accommodation, visa: s.visa };
    return [first, nextLeg([first])];
  }

  /** Hands the legs to the page (the link, the device, the planning view) and answers. */
  function commit() {
    clearTimeout(timer);
    lastSet = readLegs();
    ctx.setRoute(lastSet);
    draw();
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(commit, 150); }

  list.addEventListener('input', (ev) => {
    const f = ev.target.dataset.rfield;
    if (!f) return;
    const li = ev.target.closest('li.leg');
    notes = notes.filter((n) => !(n.uid === Number(li.dataset.uid) && n.field === f));
    if (f === 'destination') {
      // Another country: its own lists; what fits is kept, the rest is that country's default.
      const c = country(ev.target.value);
      choices(input(li, 'accommodation'), 'accommodation', c);
      choices(input(li, 'visa'), 'visa', c);
      input(li, 'entryDate').min = c.entriesFrom;
      input(li, 'entryDate').max = c.entriesTo;
      input(li, 'exitDate').min = c.entriesFrom;
      li.className = `leg ${palette(c.code)}`;
      relabel();
    }
    if (ev.target.tagName === 'SELECT') commit(); else schedule();
  });
  list.addEventListener('click', (ev) => {
    const b = ev.target.closest('button.remove');
    if (!b || rows().length < 2) return;
    const li = b.closest('li.leg');
    const next = li.nextElementSibling || li.previousElementSibling;
    notes = notes.filter((n) => n.uid !== Number(li.dataset.uid));
    li.remove();
    relabel();
    // focus stays in the list: the next leg's remove button, or "add" when none is left
    ($('button.remove:not([disabled])', next) || add).focus();
    commit();
  });
  add.addEventListener('click', () => {
    const legs = readLegs();
    if (legs.length >= MAX_LEGS) return;
    const li = row(nextLeg(legs));
    list.append(li);
    relabel();
    input(li, 'destination').focus();
    commit();
  });

  // ---- the answer -----------------------------------------------------------------------------
  function clearMarks() {
    for (const e of $$('[aria-invalid]', list)) markInvalid(e, `rmsg-${e.id}`, false);
    for (const m of $$('.route-msg', list)) { m.hidden = true; m.textContent = ''; }
  }
  /** A message under field `f` of leg `i` (aria-invalid, described by it). */
  function mark(i, f, text) {
    const li = rows()[i];
    const e = li && input(li, FIELDS.includes(f) ? f : 'entryDate');
    if (!e) return false;
    const m = document.getElementById(`rmsg-${e.id}`);
    m.textContent = m.hidden ? text : `${m.textContent} ${text}`;
    m.hidden = false;
    markInvalid(e, m.id);
    return true;
  }
  const status = (text, cls = 'notice') => el('p', { class: `${cls} route-status`, text });

  /** The route as the engine takes it: empty values left out; the questions' trips as trips in
   * the questions' destination (but a trip that is one of the legs: not twice). */
  function toEngine(legs, q) {
    const route = { citizenship: q.citizenship, passport: q.passport, lang: I.getLang(), legs: legs.map((l) => {
      const o = {};
      for (const f of FIELDS) if (l[f]) o[f] = l[f];
      return o;
    }) };
    if (q.birthDate) route.birthDate = q.birthDate;
    const trips = (q.trips || []).filter((tr) => !legs.some((l) => l.destination === q.destination && l.entryDate === tr.entryDate && l.exitDate === tr.exitDate))
      .map((tr) => ({ destination: q.destination, ...tr }));
    if (trips.length) route.trips = trips;
    return route;
  }
  /** The page's words for an engine error about leg `i`. */
  function legMessage(e, i, legs) {
    if (e.code === 'trip-overlap' && i > 0) {
      const prev = legs[i - 1];
      const exit = prev.exitDate || prev.entryDate;
      return t('ui-x-r-err-overlap', { n: i, exit: ISO_DATE.test(exit) ? I.formatDate(exit) : exit });
    }
    if (e.code === 'citizen-of-destination') {
      const id = `${String(legs[i]?.destination || '').toLowerCase()}-ui-err-citizen-of-destination`;
      if (I.hasMessage(id)) return t(id);
    }
    return ctx.message(e);
  }

  function draw() {
    clearMarks();
    const legs = readLegs();
    for (const n of notes) {
      const i = rows().findIndex((li) => Number(li.dataset.uid) === n.uid);
      if (i >= 0) mark(i, n.field, t('ui-err-link-value', { value: n.value.length > 40 ? `${n.value.slice(0, 39)}…` : n.value }));
    }
    let bad = false;
    rows().forEach((li, i) => {
      for (const f of ['entryDate', 'exitDate']) if (input(li, f).validity.badInput) { mark(i, f, t('ui-err-bad-date')); bad = true; }
    });
    if (bad) { answer.replaceChildren(status(t('ui-err-fix'), 'error-note')); return; }
    const q = ctx.scenario().engine;
    if (!q.citizenship) { answer.replaceChildren(status(t('ui-err-choose-citizenship'))); return; }
    const route = toEngine(legs, q);
    let r;
    try {
      r = ctx.mod.itinerary(route);
    } catch (e) {
      const err = e && typeof e === 'object' ? e : {};
      const m = /^legs\[(\d+)\](?:\.(\w+))?/.exec(String(err.field || ''));
      if (m && mark(Number(m[1]), m[2], legMessage(err, Number(m[1]), legs))) {
        answer.replaceChildren(status(t('ui-err-fix'), 'error-note'));
      } else if (/^(citizenship|passport|birthDate|trips)/.test(String(err.field || ''))) {
        answer.replaceChildren(status(t('ui-x-r-err-questions', { message: ctx.message(err) }), 'error-note'));
      } else {
        answer.replaceChildren(status(err.message ? String(err.message) : t('ui-err-general'), 'error-note'));
      }
      if (!(e && typeof e === 'object' && 'code' in e)) console.warn('route', e);
      return;
    }
    try {
      answer.replaceChildren(...render(r, legs, route));
    } catch (err) {
      console.warn('route', err);
      answer.replaceChildren(status(t('ui-err-general'), 'error-note'));
    }
  }

  /** The events of the route in date order: [{ date, leg, kind, o? }]. */
  function events(r, legs) {
    const out = [];
    const ORDER = { entry: 0, due: 1, last: 2, exit: 3 };
    legs.forEach((l, i) => {
      out.push({ date: l.entryDate, leg: i, kind: 'entry' });
      const last = r.legs[i]?.stay?.lastDay;
      if (last) out.push({ date: last, leg: i, kind: 'last' });
      if (l.exitDate) out.push({ date: l.exitDate, leg: i, kind: 'exit', over: r.legs[i]?.stay?.overstayDays });
    });
    for (const o of r.obligations) out.push({ date: o.dueDate, leg: o.leg, kind: 'due', o });
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.leg - b.leg || ORDER[a.kind] - ORDER[b.kind]));
  }
  const GLYPH = { entry: '▶', exit: '◀', due: '●', last: '■' };

  function eventItem(ev, legs) {
    const code = legs[ev.leg].destination;
    const vars = { country: name(code), n: ev.leg + 1 };
    const what = { entry: 'ui-x-r-ev-entry', exit: 'ui-x-r-ev-exit', last: 'ui-x-r-ev-last', due: 'ui-x-r-ev-due' }[ev.kind];
    return el('li', { class: `ev ev-${ev.kind} ${palette(code)}`, 'data-leg': ev.leg, 'data-kind': ev.kind },
      el('span', { class: 'ev-glyph', 'aria-hidden': 'true', text: GLYPH[ev.kind] }),
      el('span', { class: 'ev-body' },
        el('span', { class: 'ev-date' }, el('time', { dateTime: ev.date, text: I.formatDate(ev.date) })),
        el('span', { class: 'ev-what', text: t(what, vars) }),
        ev.o ? el('span', { class: 'ev-title', 'data-who': ev.o.who }, el('strong', { text: `${ctx.results.whoLabel(ev.o)}: ` }), ev.o.title) : null,
        ev.over ? el('span', { class: 'warn-text', text: t('ui-res-overstay', { n: ev.over }) }) : null));
  }

  /** One band per leg on one time axis, with its deadlines and last lawful day (aria-hidden). */
  function bands(r, legs, evs) {
    const dates = evs.map((e) => e.date).filter((d) => ISO_DATE.test(d)).sort();
    if (!dates.length) return null;
    const from = dates[0];
    const to = dates[dates.length - 1];
    const span = days(from, to) + 1;
    const pct = (d, edge = 0) => `${(((days(from, d) + edge) / span) * 100).toFixed(3)}%`;
    // placed through the CSSOM: the page's Content-Security-Policy allows no style attribute
    const at = (node, left, width) => { node.style.left = left; if (width) node.style.width = width; return node; };
    // month starts on the axis, thinned so that their labels fit a phone's width
    const months = [];
    for (let d = `${from.slice(0, 8)}01`; d <= to; d = `${addDays(`${d.slice(0, 8)}28`, 4).slice(0, 8)}01`) {
      if (d > from && days(from, d) / span > 0.15 && days(from, d) / span < 0.82) months.push(d);
    }
    const step = Math.ceil(months.length / 4) || 1;
    const axis = el('div', { class: 'band-axis' },
      el('span', { class: 'tick first', text: I.formatShortDate(from) }),
      months.filter((_, i) => i % step === 0).map((d) => at(el('span', { class: 'tick', text: I.formatShortDate(d) }), pct(d))));
    const rowsOut = legs.map((l, i) => {
      const st = r.legs[i]?.stay || {};
      const end = l.exitDate || st.lastDay || l.entryDate;
      const track = el('div', { class: 'band-track' });
      const seg = (a, b, cls) => track.append(at(el('span', { class: cls }), pct(a), `${(((days(a, b) + 1) / span) * 100).toFixed(3)}%`));
      seg(l.entryDate, end, `seg ${l.exitDate ? '' : 'open'}`);
      if (st.lastDay && l.exitDate && st.lastDay > l.exitDate) seg(addDays(l.exitDate, 1), st.lastDay, 'lawful');
      if (st.lastDay && l.exitDate && st.lastDay < l.exitDate) seg(addDays(st.lastDay, 1), l.exitDate, 'over');
      for (const ev of evs) {
        if (ev.leg !== i || (ev.kind !== 'due' && ev.kind !== 'last')) continue;
        track.append(at(el('span', { class: `mk mk-${ev.kind}`, text: GLYPH[ev.kind] }), pct(ev.date, 0.5)));
      }
      return el('div', { class: `band ${palette(l.destination)}` }, el('span', { class: 'band-label', text: `${i + 1} ${l.destination}` }), track);
    });
    const seen = [...new Set(legs.map((l) => l.destination))];
    const legend = el('ul', { class: 'legend band-legend' },
      seen.map((c) => el('li', {}, el('span', { class: `swatch band-swatch ${palette(c)}` }), name(c))),
      el('li', {}, el('span', { class: 'swatch', text: GLYPH.due }), t('ui-tl-due')),
      el('li', {}, el('span', { class: 'swatch', text: GLYPH.last }), t('ui-tl-last-day')),
      r.legs.some((a) => a.stay?.overstayDays) ? el('li', {}, el('span', { class: 'swatch band-over' }), t('ui-tl-overstay')) : null);
    return el('div', { class: 'route-bands', 'aria-hidden': 'true' }, axis, rowsOut, legend);
  }

  function legCard(a, l, i, r, legs) {
    const vars = { n: i + 1, country: name(l.destination) };
    const st = a.stay || {};
    const own = r.warnings.filter((w) => w.leg === i);
    const more = a.warnings || [];
    return el('li', { class: `leg-sum ${palette(l.destination)}`, 'data-leg': i },
      el('h4', { text: t('ui-x-r-leg', vars) }),
      el('p', { class: 'leg-dates' }, l.exitDate ? I.formatDateRange(l.entryDate, l.exitDate) : t('ui-x-r-from', { date: I.formatDate(l.entryDate, { weekday: false }) })),
      st.note ? el('p', {}, el('span', { class: 'k', text: `${t('ui-x-r-allowed')}: ` }), st.note) : null,
      el('p', { class: 'leg-last' }, st.lastDay
        ? [el('span', { class: 'k', text: `${t('ui-res-last-day')}: ` }), el('strong', {}, el('time', { dateTime: st.lastDay, text: I.formatDate(st.lastDay) }))]
        : t('ui-res-no-last-day')),
      st.overstayDays ? el('p', { class: 'warn-text', text: t('ui-res-overstay', { n: st.overstayDays }) }) : null,
      own.length ? el('ul', { class: 'route-warn leg-warn', role: 'note' }, own.map((w) => el('li', { 'data-code': w.code, text: w.message }))) : null,
      more.length ? el('details', { class: 'leg-more' }, el('summary', { text: t('ui-x-r-notes', { n: more.length }) }),
        el('ul', {}, more.map((w) => el('li', { 'data-code': w.code, text: w.message })))) : null,
      el('p', {}, el('button', { type: 'button', class: 'secondary route-show', 'data-show': i, text: t('ui-x-r-show', vars) })));
  }

  function render(r, legs, route) {
    const evs = events(r, legs);
    const general = r.warnings.filter((w) => w.leg === undefined || w.leg === null);
    const made = el('p', { class: 'made', id: 'route-made', role: 'status' });
    const ics = el('button', { type: 'button', id: 'route-ics', text: t('ui-x-r-ics') });
    ics.addEventListener('click', () => {
      try {
        const text = ctx.mod.itineraryIcs(route);
        const end = legs[legs.length - 1];
        const file = `tirkeu-${route.legs[0].entryDate}-${end.exitDate || end.entryDate}.ics`;
        ctx.dom.download(text, 'text/calendar;charset=utf-8', file);
        made.textContent = t('ui-form-made', { name: file });
      } catch (e) {
        made.textContent = '';
        answer.prepend(status(ctx.message(e), 'error-note'));
      }
    });
    const sums = el('ol', { class: 'route-sum' }, r.legs.map((a, i) => legCard(a, legs[i], i, r, legs)));
    sums.addEventListener('click', (ev) => {
      const b = ev.target.closest('button.route-show');
      if (!b) return;
      const i = Number(b.dataset.show);
      const l = legs[i];
      const q = ctx.form();
      // the leg as the main answer: its earlier legs in the same country as earlier trips (and
      // the questions' own, when it is their country), so that the answer is the leg's
      const trips = legs.slice(0, i).filter((x) => x.destination === l.destination).map((x) => ({ entryDate: x.entryDate, exitDate: x.exitDate }));
      const kept = q.destination === l.destination ? q.trips.filter((tr) => !trips.some((x) => x.entryDate === tr.entryDate && x.exitDate === tr.exitDate)) : [];
      ctx.show({ destination: l.destination, entryDate: l.entryDate, exitDate: l.exitDate, accommodation: l.accommodation, visa: l.visa, trips: [...kept, ...trips] });
    });
    return [
      el('h3', { class: 'section-h', id: 'route-timeline-h', text: t('ui-x-r-timeline-h') }),
      bands(r, legs, evs),
      el('ol', { class: 'route-events', 'aria-labelledby': 'route-timeline-h' }, evs.map((ev) => eventItem(ev, legs))),
      r.obligations.length ? null : el('p', { class: 'nothing', text: t('ui-x-r-nothing') }),
      general.length ? el('div', { class: 'card warnings route-warnings', role: 'note' }, el('h4', { text: t('ui-warn-h') }),
        el('ul', { class: 'plain' }, general.map((w) => el('li', { 'data-code': w.code, text: w.message })))) : null,
      r.obligations.length ? el('div', { class: 'actions' }, ics, made) : null,
      el('h3', { class: 'section-h', text: t('ui-x-r-legs-h') }),
      sums,
    ].filter(Boolean);
  }

  // ---- start, and staying up to date ----------------------------------------------------------
  function fromPage() {
    const given = ctx.route();
    if (given.length) { build(given); lastSet = given; } else {
      build(seed());
      lastSet = readLegs();
      ctx.setRoute(lastSet, { edit: false });
    }
  }
  fromPage();
  draw();
  ctx.onChange((what) => {
    if (what === 'route') {
      if (ctx.route() === lastSet) return; // this view's own
      fromPage(); // another link, or "forget everything"
    }
    if (what === 'lang') relabel();
    draw();
  });
}
