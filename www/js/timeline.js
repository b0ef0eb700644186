// The stay as month calendars: entry → planned exit, each deadline, the last lawful day; weekends,
// public holidays, moved days off and working Saturdays from the destination's calendar(code, year).
import { el } from './dom.js';
import { t, formatMonth, weekdayNames, weekdayLong, formatDate, ta } from './i18n.js';

const MAX_MONTHS = 4;
const iso = (d) => d.toISOString().slice(0, 10);
const utc = (s) => { const [y, m, d] = s.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); };

const MARKS = {
  entry: '▶', exit: '◀', due: '●', lastDay: '■',
};

/**
 * @param a assessment, s scenario, specialDays(year) → Map(date → day) or null.
 */
export function renderTimeline(a, s, specialDays) {
  const marks = new Map(); // date → [{ kind, label }]
  const mark = (date, kind, label) => { if (!date) return; if (!marks.has(date)) marks.set(date, []); marks.get(date).push({ kind, label }); };
  mark(s.entryDate, 'entry', t('ui-tl-entry'));
  if (s.exitDate) mark(s.exitDate, 'exit', t('ui-tl-exit'));
  for (const o of a.obligations) mark(o.dueDate, 'due', `${t('ui-tl-due')}: ${o.title}`);
  if (a.stay.lastDay) mark(a.stay.lastDay, 'lastDay', t('ui-tl-last-day'));

  const dates = [...marks.keys()].sort();
  const first = utc(dates[0]);
  const last = utc(dates[dates.length - 1]);
  const months = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth()); m === 11 ? (y++, m = 0) : m++) months.push([y, m]);
  let shown = months;
  if (months.length > MAX_MONTHS) {
    const withEvents = new Set(dates.map((d) => d.slice(0, 7)));
    shown = months.filter(([y, m]) => withEvents.has(`${y}-${String(m + 1).padStart(2, '0')}`));
  }
  const stayEnd = s.exitDate || a.stay.lastDay || s.entryDate;
  const lawfulEnd = a.stay.lastDay;
  const wd = weekdayNames();
  const tables = shown.map(([y, m]) => {
    const days = specialDays(y);
    const firstDay = new Date(Date.UTC(y, m, 1));
    const lead = (firstDay.getUTCDay() + 6) % 7;
    const n = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const rows = [];
    let row = [];
    for (let i = 0; i < lead; i++) row.push(el('td', { class: 'pad' }));
    for (let d = 1; d <= n; d++) {
      const date = new Date(Date.UTC(y, m, d));
      const id = iso(date);
      const dow = (date.getUTCDay() + 6) % 7;
      const sp = days && days.get(id);
      const cls = [];
      const words = [];
      // Holiday names are catalog messages: worded here by ID from the page's catalog (the core
      // module ships none). Two holidays on one day: both names (`alsoIds` lists the others).
      const spNames = sp?.nameId ? [sp.nameId, ...(sp.alsoIds || [])].map((n) => t(n)).join(t('list-separator')) : '';
      if (sp?.kind === 'holiday') { cls.push('holiday'); words.push(`${t('ui-tl-holiday')}: ${spNames}`); }
      else if (sp?.kind === 'day-off') { cls.push('dayoff'); words.push(`${t('ui-tl-dayoff')}${spNames ? `: ${spNames}` : ''}`); }
      else if (sp?.kind === 'working-day') { cls.push('workwe'); words.push(t('ui-tl-working-weekend')); }
      else if (dow >= 5) { cls.push('weekend'); words.push(t('ui-tl-weekend')); }
      if (id >= s.entryDate && id <= stayEnd) cls.push(lawfulEnd && id > lawfulEnd ? 'over' : 'in-stay');
      const ms = marks.get(id) || [];
      for (const mk of ms) { cls.push(`m-${mk.kind}`); words.push(mk.label); }
      const title = [formatDate(id), ...words].join(' — ');
      row.push(el('td', { class: cls.join(' '), title },
        el('time', { dateTime: id, text: String(d), 'aria-label': formatDate(id) }),
        ms.length ? el('span', { class: 'marks', 'aria-hidden': 'true', text: ms.map((mk) => MARKS[mk.kind]).join('') }) : null,
        words.length ? el('span', { class: 'sr-only', text: ` ${words.join('; ')}` }) : null));
      if (row.length === 7) { rows.push(el('tr', {}, row)); row = []; }
    }
    if (row.length) { while (row.length < 7) row.push(el('td', { class: 'pad' })); rows.push(el('tr', {}, row)); }
    return el('table', { class: 'month' },
      el('caption', { text: formatMonth(y, m) }),
      el('thead', {}, el('tr', {}, wd.map((w, i) => el('th', { scope: 'col', abbr: weekdayLong(iso(new Date(Date.UTC(2026, 2, 9 + i)))), text: w })))),
      el('tbody', {}, rows));
  });

  const legendItems = [
    ['in-stay', t('ui-tl-stay')], ['over', t('ui-tl-overstay')], ['weekend', t('ui-tl-weekend')], ['holiday', t('ui-tl-holiday')],
    ['dayoff', t('ui-tl-dayoff')], ['workwe', t('ui-tl-working-weekend')],
    ['m-entry', t('ui-tl-entry'), MARKS.entry], ['m-exit', t('ui-tl-exit'), MARKS.exit], ['m-due', t('ui-tl-due'), MARKS.due], ['m-lastDay', t('ui-tl-last-day'), MARKS.lastDay],
  ];
  const legend = el('ul', { class: 'legend', 'aria-label': t('ui-tl-legend') },
    legendItems.map(([c, label, glyph]) => el('li', {}, el('span', { class: `swatch ${c}`, 'aria-hidden': 'true', text: glyph || '' }), label)));
  return el('div', { class: 'timeline-wrap' },
    el('h3', { class: 'section-h', text: ta('ui-tl-h') }),
    el('div', { class: 'months' }, tables),
    months.length > shown.length ? el('p', { class: 'small', text: t('ui-tl-more', { n: months.length - shown.length }) }) : null,
    legend);
}
