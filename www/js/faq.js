// Answers to the claims travellers meet in blogs, computed from the current assessment: who, by
// when, free or not, the last lawful day. Each answer says whether the claim holds and cites the
// assessment's sources.
import { el, time, fill } from './dom.js';
import { t, ta, getAudience } from './i18n.js';
import { sourceList, whoLabel } from './results.js';

const NOTICE = ['host-notification', 'registration', 're-registration'];
const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000) + 1;

// In the visitor's wording (ta): "the guest" for a host, a hotel or an organisation.
function para(key, vars) { return el('p', {}, ...fill(ta(key), vars)); }

function item(id, q, verdict, body, sources) {
  return el('article', { class: 'faq-item', id: `faq-${id}`, 'aria-labelledby': `faq-${id}-h` },
    el('h3', { id: `faq-${id}-h`, text: q }),
    verdict ? el('p', { class: `verdict ${verdict}`, text: t(verdict === 'wrong' ? 'faq.wrong' : 'faq.right') }) : null,
    ...body,
    sources && sources.length ? el('details', { class: 'src' }, el('summary', { text: `${t('ob.sources')} (${sources.length})` }), sourceList(sources)) : null);
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
      body.push(para('faq.noCard'));
      if (notice.kind === 'host-notification' && notice.count?.unit === 'working') {
        body.push(para(self(notice) ? 'faq.notify.self' : 'faq.notify', { who: whoLabel(notice), date: time(notice.dueDate), n: String(notice.count.days), days: String(days(notice.count.from, notice.dueDate)) }));
      } else {
        body.push(para('faq.register', { who: whoLabel(notice), date: time(notice.dueDate) }));
      }
    } else {
      verdict = 'wrong';
      body.push(para('faq.nothingToDo', { reason: exemption ? exemption.reason : '' }));
    }
    // The 2026 self-registration gives an electronic certificate (not a card): said only to
    // those it concerns.
    for (const o of obs) if (o.result) { body.push(para('faq.certificate', { title: o.title, date: time(o.dueDate), result: o.result })); break; }
    if (card) body.push(para('faq.migrationCard'));
    out.push(item('card', ta('faq.q1'), verdict, body, notice ? notice.sources : exemption?.sources));
  }

  // 2. 15,000 tenge.
  {
    const body = [];
    let verdict = null;
    let sources = [];
    if (notice && notice.fee) {
      if (notice.fee.amount === 0) { verdict = 'wrong'; body.push(para('faq.free', { fee: notice.fee.text })); } else body.push(para('faq.feeUnknown', { fee: notice.fee.text }));
      sources = [...(notice.fee.sources || [])];
      if (notice.penalty) { body.push(para('faq.fine', { penalty: notice.penalty.text })); sources.push(...(notice.penalty.sources || [])); }
    } else if (!notice) {
      verdict = 'wrong';
      body.push(para('faq.nothingToPay'));
      sources = exemption?.sources || [];
    }
    out.push(item('fee', t('faq.q2'), verdict, body, sources));
  }

  // 3. Who does it.
  {
    const body = [];
    if (notice) body.push(notice.who === 'foreigner' ? para('faq.whoYou') : para(self(notice) ? 'faq.who.self' : 'faq.who', { who: whoLabel(notice) }));
    else body.push(para('faq.whoNone'));
    for (const o of obs) if (o.who === 'foreigner' && o !== notice) body.push(para('faq.youAlso', { title: o.title, date: time(o.dueDate) }));
    out.push(item('who', ta('faq.q3'), null, body, notice ? notice.sources : exemption?.sources));
  }

  // 4. Renew 30 days before expiry.
  {
    const body = [];
    const visaFree = !s.visa || s.visa === 'none';
    if (visaFree && a.stay.lastDay) body.push(para('faq.renewNo', { date: time(a.stay.lastDay) }));
    else body.push(para('faq.renewVisa'));
    if (trp) body.push(para('faq.trp', { date: time(trp.dueDate) }));
    // No permit route in the country: the engine's own words (a visa before entry).
    const needsVisa = a.warnings.find((w) => w.code === 'needs-visa');
    if (needsVisa) body.push(el('p', { class: 'warn-text', text: needsVisa.message }));
    out.push(item('renew', ta('faq.q4'), 'wrong', body, [...(a.stay.sources || []), ...(trp ? trp.sources : []), ...(needsVisa ? needsVisa.sources : [])]));
  }

  // 5. How long.
  {
    const body = [];
    if (a.stay.lastDay) body.push(el('p', { class: 'big-answer' }, ...fill(t('faq.stayUntil'), { date: time(a.stay.lastDay) })));
    if (a.stay.note) body.push(el('p', { text: a.stay.note }));
    for (const l of a.stay.limits || []) body.push(el('p', { class: 'small', text: l.text }));
    if (a.stay.overstayDays) body.push(el('p', { class: 'warn-text', text: ta('faq.overstay', { n: a.stay.overstayDays }) }));
    out.push(item('stay', ta('faq.q5'), null, body, a.stay.sources));
  }
  return out;
}
