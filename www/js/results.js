// The assessment, readable at a glance: key dates, one card per obligation, the stay, exemptions,
// warnings. Every date is a <time datetime="YYYY-MM-DD">; every legal statement lists its sources.
import { el, time } from './dom.js';
import { t, tp, ta, getAudience, formatMoney, formatNumber, getCountry, cid } from './i18n.js';

const CONF = ['high', 'medium', 'low', 'unknown'];

export function confidenceBadge(c) {
  const k = CONF.includes(c) ? c : 'unknown';
  return el('span', { class: `badge conf-${k}`, title: t('ui-conf-label', { c: t(`ui-conf-${k}`) }), text: t(`ui-conf-${k}`) });
}

/** A list of sources: title (linked), article, confidence badge. Duplicate URLs+articles merged. */
export function sourceList(sources, cls = 'sources') {
  const seen = new Set();
  const ul = el('ul', { class: cls });
  for (const s of sources || []) {
    const key = `${s.url}|${s.article}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A source's title is a citation, in its own language (WCAG 3.1.2): its element says which.
    const lang = s.lang === 'zh' ? 'zh-Hans' : s.lang;
    const title = s.url ? el('a', { href: s.url, rel: 'noreferrer noopener', target: '_blank', text: s.title, lang }) : el('span', { text: s.title, lang });
    ul.append(el('li', {}, title, s.article ? el('span', { class: 'article', text: ` — ${s.article}`, lang }) : null, ' ', confidenceBadge(s.confidence)));
  }
  return ul;
}

function sourcesBlock(sources, open = false) {
  if (!sources || !sources.length) return null;
  return el('details', { class: 'src', open }, el('summary', { text: `${t('ui-ob-sources')} (${sources.length})` }), sourceList(sources));
}

// ---- addressing (issue 12) -------------------------------------------------------------------
// The engine's texts are not addressed to anyone; the page says who does what from the point of
// view of whoever uses it: "You" for the traveller's own duties and "Your host" for the host's,
// "You (the hotel)" for a hotel's and "Your guest" for the traveller's, and so on.

/** The obligation is the visitor's own: the traveller's (`foreigner`), or the host's, hotel's… */
export function isMine(o) {
  const a = getAudience();
  return a === 'traveller' ? o.who === 'foreigner' : o.who === a;
}
export function whoLabel(o) {
  const a = getAudience();
  if (a === 'traveller') return t(`ui-who-${o.who}`);
  if (o.who === a) return t(`ui-who-self-${a}`);
  if (o.who === 'foreigner') return ta('ui-who-guest');
  return t(o.who === 'host' ? 'ui-who-other-host' : `ui-who-${o.who}`);
}
/** The obligations in the order the visitor needs them: a receiving party's own first. */
export function ordered(obligations) {
  if (getAudience() === 'traveller') return obligations;
  return [...obligations.filter(isMine), ...obligations.filter((o) => !isMine(o))];
}
// A penalty line's `party` (the engine's code) that is the visitor's.
const PARTY = { traveller: 'foreigner', host: 'individual', hotel: 'organization', organization: 'organization' };
// The channels a receiving party uses itself come first, the others under "Other ways": a
// hotel's own connection to the migration system and eQonaq (for accommodation providers) before
// the portals private hosts use; for a host or an organisation, the hotel's system goes last.
// Which channels are whose is the destination's data (countries()[i].ownChannels).

function stepLine(s, unit, trigger) {
  const parts = [time(s.date), ': '];
  const words = [];
  if (s.eventDay) words.push(t(trigger === 'move' ? 'ui-step-event-move' : 'ui-step-event-arrival'));
  // Two holidays on one day: both names (`also` lists the others), worded by the engine in the
  // answer's language, joined as the catalog joins a list.
  const name = [s.name, ...(s.also || [])].filter(Boolean).join(t('list-separator'));
  if (s.kind !== 'working' || !s.countsAs) {
    let w = t(`ui-step-${s.kind}`);
    if (name) w += ` (${name})`;
    words.push(w);
  }
  if (s.countsAs) words.push(t(unit === 'calendar' ? 'ui-step-counts-calendar' : 'ui-step-counts-working', { n: s.countsAs }));
  else words.push(t('ui-step-not-counted'));
  if (s.due) words.push(t('ui-step-due'));
  parts.push(words.join(', '));
  if (s.movedFrom) parts.push(' — ', ...tp('ui-tl-moved-from', { date: time(s.movedFrom, { weekday: false }) }));
  if (s.provisional) parts.push(` (${t('ui-tl-provisional')})`);
  return el('li', { class: [s.due && 'due-step', s.countsAs ? 'counted' : 'skipped'].filter(Boolean).join(' ') }, ...parts);
}

function stepsList(o) {
  const ol = el('ol', { class: 'steps' });
  let prev = null;
  for (const s of o.steps || []) {
    if (prev && prev.countsAs && s.countsAs && s.countsAs - prev.countsAs > 1) {
      ol.append(el('li', { class: 'gap', text: `… ${t('ui-step-gap', { from: prev.countsAs + 1, to: s.countsAs - 1 })} …` }));
    }
    ol.append(stepLine(s, o.count?.unit, o.trigger?.kind));
    prev = s;
  }
  return ol;
}

function penaltyBlock(p) {
  if (!p) return null;
  const ul = el('ul', { class: 'penalty' });
  // Lines for different parties (a private person, an organisation): the visitor's highlighted.
  const party = PARTY[getAudience()];
  const parties = new Set((p.lines || []).map((l) => l.party).filter(Boolean));
  const mark = parties.size > 1 && parties.has(party);
  for (const l of p.lines || []) {
    let v;
    if (l.sanction === 'warning') v = t('ui-ob-warning');
    else if (l.units != null) v = t('ui-ob-fine', { units: formatNumber(l.units), unit: t(cid('ui-fine-unit')), amount: l.amount != null ? formatMoney(l.amount, p.currency || getCountry()?.currency) : t('ui-ob-unknown-fine') });
    else if (l.amount != null) {
      // a fine set in money (Azerbaijan's manats), a sum or a range
      const money = (n) => formatMoney(n, p.currency || getCountry()?.currency);
      v = l.amountMax != null && l.amountMax !== l.amount ? t('ui-ob-fine-range', { min: money(l.amount), max: money(l.amountMax) }) : money(l.amount);
    } else if (l.text) v = l.text;
    else v = t('ui-ob-unknown-fine');
    const yours = mark && l.party === party;
    ul.append(el('li', { class: mark ? (yours ? 'for-you' : 'not-you') : null }, el('span', { class: 'offender', text: `${l.offender}: ` }), el('strong', { text: v }),
      yours ? el('span', { class: 'for-you-tag', text: ` (${t('ui-ob-for-you')})` }) : null));
  }
  const year = p.unitDate ? p.unitDate.slice(0, 4) : '';
  return el('div', { class: 'block' },
    el('h4', { text: t('ui-ob-penalty') }),
    el('p', {}, el('strong', { text: p.article }), ` — ${p.offence}`),
    ul,
    p.unitValue ? el('p', { class: 'small', text: t('ui-ob-unit-value', { unit: t(cid('ui-fine-unit-long')), year, amount: formatMoney(p.unitValue, p.currency || getCountry()?.currency) }) }) : null,
    p.note ? el('p', { class: 'small', text: p.note }) : null,
    sourcesBlock(p.sources));
}

function channelsBlock(channels, mine) {
  if (!channels || !channels.length) return null;
  const own = (mine && getCountry()?.ownChannels?.[getAudience()]) || [];
  const first = own.map((id) => channels.find((c) => c.id === id)).filter(Boolean);
  const rest = channels.filter((c) => !own.includes(c.id));
  if (!first.length) return el('div', { class: 'block' }, el('h4', { text: t('ui-ob-how') }), channelList(channels));
  return el('div', { class: 'block' }, el('h4', { text: t('ui-ob-how') }), channelList(first),
    rest.length ? el('p', { class: 'k other-channels', text: ta('ui-ob-other-channels') }) : null, rest.length ? channelList(rest) : null);
}
function channelList(channels) {
  const ul = el('ul', { class: 'channels' });
  for (const c of channels) {
    const name = c.url ? el('a', { href: c.url, rel: 'noreferrer noopener', target: '_blank', text: c.name }) : el('span', { text: c.name });
    ul.append(el('li', {},
      el('span', { class: `mode ${c.mode || (c.online ? 'online' : 'in-person')}`, text: t(c.mode === 'post' ? 'ui-ob-by-post' : c.online ? 'ui-ob-online' : 'ui-ob-in-person') }), ' ', name,
      c.needs ? el('div', { class: 'small' }, el('span', { class: 'k', text: `${t('ui-ob-needs')}: ` }), c.needs) : null,
      c.processing ? el('div', { class: 'small' }, el('span', { class: 'k', text: `${t('ui-ob-processing')}: ` }), c.processing) : null,
      sourcesBlock(c.sources)));
  }
  return ul;
}

function obligationCard(o, i) {
  const id = `ob-${i}`;
  const fee = o.fee ? el('div', { class: 'block' }, el('h4', { text: t('ui-ob-fee') }),
    el('p', { class: o.fee.amount === 0 ? 'free' : '' }, o.fee.text), sourcesBlock(o.fee.sources)) : null;
  const docs = o.documents && o.documents.length ? el('div', { class: 'block' }, el('h4', { text: t('ui-ob-documents') }), el('ul', {}, o.documents.map((d) => el('li', { text: d })))) : null;
  const alts = (o.alternatives || []).map((a) => el('p', { class: 'alt' }, el('span', { class: 'k', text: `${t('ui-ob-due-also')}: ` }), time(a.dueDate), ` — ${a.reading}`));
  const mine = isMine(o);
  const traveller = getAudience() === 'traveller';
  // What the visitor does about someone else's duty: the traveller hands over the passport
  // details; a host, hotel or organisation may remind the guest.
  const part = mine ? null : traveller ? (o.who !== 'foreigner' ? 'ui-ob-your-part' : null) : (o.who === 'foreigner' ? 'ui-ob-guest-part' : null);
  return el('article', { class: `card obligation kind-${o.kind}${mine ? ' mine' : ''}`, id, 'aria-labelledby': `${id}-h`, 'data-rule': o.rule, 'data-who': o.who },
    el('p', { class: 'who' }, el('span', { class: 'k', text: `${t('ui-ob-who')}: ` }), el('strong', { text: whoLabel(o) }),
      mine ? [' ', el('span', { class: 'badge mine-badge', text: t('ui-ob-mine') })] : null),
    part ? el('p', { class: 'part', text: t(part) }) : null,
    el('h3', { id: `${id}-h`, text: o.title }),
    el('p', { class: 'due-line' }, el('span', { class: 'k', text: t('ui-ob-due') }), ' ', el('span', { class: 'due' }, time(o.dueDate)), ' ', confidenceBadge(o.confidence)),
    o.count?.provisional ? el('p', { class: 'small', text: t('ui-ob-provisional') }) : null,
    ...alts,
    o.conditional ? el('p', { class: 'conditional' }, el('span', { class: 'k', text: `${t('ui-ob-conditional')}: ` }), o.conditional) : null,
    el('p', { class: 'small' }, el('span', { class: 'k', text: `${t('ui-ob-when')}: ` }), ...tp(o.trigger?.kind === 'move' ? 'ui-ob-trigger-move' : 'ui-ob-trigger-arrival', { date: time(o.trigger?.date || o.count?.from) })),
    el('p', { text: o.what }),
    o.result ? el('p', { class: 'result' }, el('span', { class: 'k', text: `${ta('ui-ob-result')}: ` }), o.result) : null,
    o.whoDetail ? el('p', { class: 'small', text: o.whoDetail }) : null,
    channelsBlock(o.channels, mine),
    docs, fee,
    penaltyBlock(o.penalty),
    el('details', { class: 'how', open: (o.steps || []).length <= 8 }, el('summary', { text: t('ui-ob-steps') }), el('p', { class: 'small', text: o.convention }), stepsList(o)),
    sourcesBlock(o.sources, true));
}

/** Replaces the results' sections with the rendering of assessment `a` for scenario `s`. */
export function renderResults(a, s, nodes) {
  const { summary, obligations, stay, exemptions, warnings } = nodes;

  // At a glance: entry, each deadline, last lawful day, planned exit.
  const glance = el('ul', { class: 'glance' });
  glance.append(el('li', {}, el('span', { class: 'k', text: t('ui-res-entry') }), time(s.entryDate)));
  const obs = ordered(a.obligations);
  for (const o of obs) {
    glance.append(el('li', { class: `deadline${isMine(o) ? ' mine' : ''}` }, el('span', { class: 'k', text: `${whoLabel(o)}: ${o.title}` }), el('span', { class: 'big' }, time(o.dueDate))));
  }
  if (a.stay.lastDay) glance.append(el('li', { class: 'lastday' }, el('span', { class: 'k', text: t('ui-res-last-day') }), el('span', { class: 'big' }, time(a.stay.lastDay))));
  if (s.exitDate) glance.append(el('li', { class: a.stay.overstayDays ? 'over' : '' }, el('span', { class: 'k', text: t('ui-res-exit') }), time(s.exitDate),
    a.stay.overstayDays ? el('span', { class: 'warn-text', text: ` — ${t('ui-res-overstay', { n: a.stay.overstayDays })}` }) : null));
  summary.replaceChildren(glance, a.obligations.length ? '' : el('p', { class: 'nothing', text: t('ui-res-nothing') }));

  obligations.replaceChildren(...(a.obligations.length ? [el('h3', { class: 'section-h', text: t('ui-ob-h') }), ...obs.map(obligationCard)] : []));

  const st = a.stay;
  const stayCard = el('article', { class: 'card stay', 'aria-labelledby': 'stay-h' },
    el('h3', { id: 'stay-h', text: ta('ui-stay-h') }),
    st.lastDay ? el('p', { class: 'due-line' }, el('span', { class: 'k', text: t('ui-res-last-day') }), ' ', el('span', { class: 'due' }, time(st.lastDay))) : el('p', { text: t('ui-res-no-last-day') }),
    st.note ? el('p', { text: st.note }) : null,
    st.limits && st.limits.length ? el('div', { class: 'block' }, el('h4', { text: t('ui-stay-limits') }), el('ul', {}, st.limits.map((l) => el('li', {}, l.lastDay ? time(l.lastDay) : '', l.lastDay ? ' — ' : '', l.text)))) : null,
    penaltyBlock(st.penalty),
    sourcesBlock(st.sources, true));
  stay.replaceChildren(stayCard);

  exemptions.replaceChildren(...(a.exemptions.length ? [el('article', { class: 'card exemptions', 'aria-labelledby': 'ex-h' },
    el('h3', { id: 'ex-h', text: ta('ui-ex-h') }),
    el('ul', { class: 'plain' }, a.exemptions.map((e) => el('li', {}, el('p', { text: e.reason }), sourcesBlock(e.sources)))))] : []));

  const warnItems = a.warnings.map((w) => el('li', { 'data-code': w.code }, el('p', { text: w.message }), sourcesBlock(w.sources)));
  const assumptions = (a.assumptions || []).map((x) => el('li', { text: x }));
  warnings.replaceChildren(...(warnItems.length ? [el('article', { class: 'card warnings', role: 'note', 'aria-labelledby': 'warn-h' }, el('h3', { id: 'warn-h', text: t('ui-warn-h') }), el('ul', { class: 'plain' }, warnItems))] : []),
    ...(assumptions.length ? [el('details', { class: 'assume' }, el('summary', { text: t('ui-assume-h') }), el('ul', {}, assumptions))] : []));
}
