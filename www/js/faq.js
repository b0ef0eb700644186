// Answers to the claims travellers meet in blogs, computed from the current assessment: who, by
// when, free or not, the last lawful day. Each answer says whether the claim holds and cites the
// assessment's sources. Which claims a destination has, and their words, are its own data: the
// list in countries()[i].faq, the texts `<code>-faq-…` in its catalog
// (src/countries/<code>/locales/<lang>/faq.ftl); this file computes the answers from the
// obligations' kinds and names no country.
import { el, time } from './dom.js';
import { t, tp, getAudience, getCountry, cid } from './i18n.js';
import { sourceList, whoLabel } from './results.js';

const NOTICE = ['host-notification', 'registration', 're-registration'];
const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000) + 1;

// In the visitor's wording (ta): "the guest" for a host, a hotel or an organisation.
function para(key, vars) { return el('p', {}, ...tp(cid(`faq-${key}`), vars)); }
const q = (claim) => t(cid(`faq-${claim}-q`));

function item(id, q, verdict, body, sources) {
  return el('article', { class: 'faq-item', id: `faq-${id}`, 'aria-labelledby': `faq-${id}-h` },
    el('h3', { id: `faq-${id}-h`, text: q }),
    verdict ? el('p', { class: `verdict ${verdict}`, text: t(verdict === 'wrong' ? 'ui-faq-wrong' : 'ui-faq-right') }) : null,
    ...body,
    sources && sources.length ? el('details', { class: 'src' }, el('summary', { text: `${t('ui-ob-sources')} (${sources.length})` }), sourceList(sources)) : null);
}

export function renderFaq(a, s) {
  const obs = a.obligations;
  const notice = obs.find((o) => NOTICE.includes(o.kind) && o.trigger?.kind !== 'move') || obs.find((o) => NOTICE.includes(o.kind));
  const card = obs.find((o) => o.kind === 'migration-card');
  const trp = obs.find((o) => o.kind === 'temporary-residence-permit');
  const exemption = a.exemptions[0];
  const out = [];
  const self = (o) => o && o.who === getAudience(); // the visitor (a receiving party) does it

  // 1. Registration card / 72 hours.
  {
    const body = [];
    let verdict = null;
    if (notice) {
      verdict = 'wrong';
      body.push(para('no-card'));
      if (notice.kind === 'host-notification' && notice.count?.unit === 'working') {
        body.push(para(self(notice) ? 'notify-self' : 'notify', { who: whoLabel(notice), date: time(notice.dueDate), n: String(notice.count.days), days: String(days(notice.count.from, notice.dueDate)) }));
      } else {
        body.push(para('register', { who: whoLabel(notice), date: time(notice.dueDate) }));
      }
    } else {
      verdict = 'wrong';
      body.push(para('nothing-to-do', { reason: exemption ? exemption.reason : '' }));
    }
    // The 2026 self-registration gives an electronic certificate (not a card): said only to
    // those it concerns.
    for (const o of obs) if (o.result) { body.push(para('certificate', { title: o.title, date: time(o.dueDate), result: o.result })); break; }
    if (card) body.push(para('migration-card'));
    out.push(item('card', q('card'), verdict, body, notice ? notice.sources : exemption?.sources));
  }

  // 2. What it costs (a sum that blogs quote).
  {
    const body = [];
    let verdict = null;
    let sources = [];
    if (notice && notice.fee) {
      if (notice.fee.amount === 0) { verdict = 'wrong'; body.push(para('free', { fee: notice.fee.text })); } else body.push(para('fee-unknown', { fee: notice.fee.text }));
      sources = [...(notice.fee.sources || [])];
      if (notice.penalty) { body.push(para('fine', { penalty: notice.penalty.text })); sources.push(...(notice.penalty.sources || [])); }
    } else if (!notice) {
      verdict = 'wrong';
      body.push(para('nothing-to-pay'));
      sources = exemption?.sources || [];
    }
    out.push(item('fee', q('fee'), verdict, body, sources));
  }

  // 3. Who does it.
  {
    const body = [];
    if (notice) body.push(notice.who === 'foreigner' ? para('who-you') : para(self(notice) ? 'who-self' : 'who', { who: whoLabel(notice) }));
    else body.push(para('who-none'));
    for (const o of obs) if (o.who === 'foreigner' && o !== notice) body.push(para('you-also', { title: o.title, date: time(o.dueDate) }));
    out.push(item('who', q('who'), null, body, notice ? notice.sources : exemption?.sources));
  }

  // 4. Renew 30 days before expiry.
  {
    const body = [];
    const visaFree = !s.visa || s.visa === 'none';
    if (visaFree && a.stay.lastDay) body.push(para('renew-no', { date: time(a.stay.lastDay) }));
    else body.push(para('renew-visa'));
    if (trp) body.push(para('trp', { date: time(trp.dueDate) }));
    // No permit route in the country: the engine's own words (a visa before entry).
    const needsVisa = a.warnings.find((w) => w.code === 'needs-visa');
    if (needsVisa) body.push(el('p', { class: 'warn-text', text: needsVisa.message }));
    out.push(item('renew', q('renew'), 'wrong', body, [...(a.stay.sources || []), ...(trp ? trp.sources : []), ...(needsVisa ? needsVisa.sources : [])]));
  }

  // 5. How long.
  {
    const body = [];
    if (a.stay.lastDay) body.push(el('p', { class: 'big-answer' }, ...tp(cid('faq-stay-until'), { date: time(a.stay.lastDay) })));
    if (a.stay.note) body.push(el('p', { text: a.stay.note }));
    for (const l of a.stay.limits || []) body.push(el('p', { class: 'small', text: l.text }));
    if (a.stay.overstayDays) body.push(el('p', { class: 'warn-text', text: t(cid('faq-overstay'), { n: a.stay.overstayDays }) }));
    out.push(item('stay', q('stay'), null, body, a.stay.sources));
  }
  // The destination's claims, in its order.
  const byId = new Map(out.map((n) => [n.id.slice(4), n]));
  return (getCountry()?.faq || []).map((c) => byId.get(c)).filter(Boolean);
}
