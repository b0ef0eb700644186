// Answers to the claims travellers meet in blogs and guides, computed for the case from the
// current assessment. Which claims a destination has, and how each is answered, are its own data
// (countries()[i].faq and .faqAnswers, from src/countries/<code>/faq.rs; src/rules/faq.rs says
// what each field means): a list of paragraphs, each a message of the destination's catalog
// (`<code>-faq-…`, src/countries/<code>/locales/<lang>/faq.ftl) or one of the assessment's own
// texts, about one obligation of the case or the stay, said when its tests hold. This file
// interprets that data the same way for every destination: it names no claim and no country.
import { el, time } from './dom.js';
import { t, tp, getAudience, getCountry, cid } from './i18n.js';
import { sourceList, whoLabel } from './results.js';

const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000) + 1;
const CLASS = { big: 'big-answer', warn: 'warn-text', small: 'small' };
const key = (x) => (typeof x === 'string' ? [x, null] : Object.entries(x)[0]); // "present" or { "is-kind": k }

function item(id, q, verdict, body, sources) {
  return el('article', { class: 'faq-item', id: `faq-${id}`, 'aria-labelledby': `faq-${id}-h` },
    el('h3', { id: `faq-${id}-h`, text: q }),
    verdict ? el('p', { class: `verdict ${verdict}`, text: t(verdict === 'wrong' ? 'ui-faq-wrong' : 'ui-faq-right') }) : null,
    ...body,
    sources && sources.length ? el('details', { class: 'src' }, el('summary', { text: `${t('ui-ob-sources')} (${sources.length})` }), sourceList(sources)) : null);
}

/** The case as the answers see it: the assessment `a` and the scenario `s` (the page's). */
function caseOf(a, s) {
  return { a, s, obs: a.obligations, exemptions: a.exemptions || [] };
}
/** The claim's subject: the first obligation of its kinds a move did not trigger, else the first. */
function subjectOf(c, kinds) {
  const of = (o) => kinds.includes(o.kind);
  return c.obs.find((o) => of(o) && o.trigger?.kind !== 'move') || c.obs.find(of) || null;
}
/** The obligations a part is about (null: none in the case; [null] for the stay). */
function targets(c, about, subject) {
  const [k, v] = key(about);
  if (k === 'stay') return [null];
  if (k === 'each-other-of-foreigner') return c.obs.filter((o) => o.who === 'foreigner' && o !== subject);
  const o = k === 'subject' ? subject : k === 'first' ? c.obs.find((x) => x.kind === v) : k === 'with-result' ? c.obs.find((x) => x.result) : null;
  return [o || undefined];
}
function holds(test, o, c, exempt) {
  const [k, v] = key(test);
  switch (k) {
    case 'present': return !!o;
    case 'absent': return !o;
    case 'is-kind': return !!o && o.kind === v;
    case 'working-days': return o?.count?.unit === 'working';
    case 'by-visitor': return !!o && o.who === getAudience();
    case 'by': return !!o && o.who === v;
    case 'fee': return !!o?.fee;
    case 'free': return !!o?.fee && o.fee.amount === 0;
    case 'charged': return !!o?.fee && o.fee.amount !== 0;
    case 'penalty': return !!o?.penalty;
    case 'visa-free': return !c.s.visa || c.s.visa === 'none';
    case 'last-day': return !!c.a.stay.lastDay;
    case 'overstay': return !!c.a.stay.overstayDays;
    case 'exempt': return !!exempt;
    case 'moved': return (c.s.moves || []).some((m) => m.date);
    case 'moved-same-owner': return (c.s.moves || []).some((m) => m.date && m.sameOwner);
    default: return false; // a test this page does not know: not said
  }
}
/** The message's variables: the obligation's facts, or the stay's; the exemptions' reasons. */
function facts(o, c, exempt) {
  const v = { reason: c.exemptions[0] ? c.exemptions[0].reason : '', exempt: exempt ? exempt.reason : '' };
  if (o) {
    Object.assign(v, { who: whoLabel(o), title: o.title, result: o.result, fee: o.fee?.text, penalty: o.penalty?.text });
    if (o.dueDate) v.date = time(o.dueDate);
    if (o.count) { v.n = String(o.count.days); if (o.dueDate && o.count.from) v.days = String(days(o.count.from, o.dueDate)); }
  } else {
    if (c.a.stay.lastDay) v.date = time(c.a.stay.lastDay);
    if (c.a.stay.overstayDays) v.n = c.a.stay.overstayDays;
  }
  return v;
}
/** The paragraphs a part says (none, one, or one per limit). */
function paragraphs(part, o, c, exempt, warning) {
  const cls = CLASS[part.style] ? { class: CLASS[part.style] } : {};
  const [k, v] = key(part.say);
  if (k === 'message') return [el('p', cls, ...tp(v, facts(o, c, exempt)))];
  if (k === 'stay-note') return c.a.stay.note ? [el('p', { ...cls, text: c.a.stay.note })] : [];
  if (k === 'stay-limits') return (c.a.stay.limits || []).map((l) => el('p', { ...cls, text: l.text }));
  if (k === 'warning') return warning ? [el('p', { ...cls, text: warning.message })] : [];
  return [];
}
/** The sources a part adds when said. */
function cited(what, o, c, exempt, warning) {
  switch (what) {
    case 'obligation': return o?.sources;
    case 'fee': return o?.fee?.sources;
    case 'penalty': return o?.penalty?.sources;
    case 'exemption': return c.exemptions[0]?.sources;
    case 'subject-exemption': return exempt?.sources;
    case 'stay': return c.a.stay.sources;
    case 'warning': return warning?.sources;
    default: return null;
  }
}

/** One claim's answer (an <article>), or null if the destination has no answer for it. */
function answer(claim, data, c) {
  if (!data) return null;
  const subject = subjectOf(c, data.subject || []);
  const exempt = c.exemptions.find((x) => (data.subject || []).includes(x.kind)) || null;
  const lists = []; // the source lists cited, each once (the same obligation's cited twice is one list)
  const cite = (list) => { if (list && list.length && !lists.includes(list)) lists.push(list); };
  for (const w of data.cite || []) cite(cited(w, null, c, exempt, null));
  const body = [];
  let verdict = data.verdict || null;
  let chain = false; // whether the part before (and its alternatives) was said
  for (const part of data.parts) {
    if (part.otherwise && chain) continue;
    let said = false;
    const [sk, sv] = key(part.say);
    const warning = sk === 'warning' ? c.a.warnings.find((w) => w.code === sv) : null;
    for (const o of targets(c, part.about, subject)) {
      if (!part.when.every((x) => holds(x, o, c, exempt))) continue;
      const ps = paragraphs(part, o, c, exempt, warning);
      if (!ps.length) continue;
      body.push(...ps);
      said = true;
      if (part.cite) cite(cited(part.cite, o, c, exempt, warning));
    }
    if (said && !verdict && part.verdict) verdict = part.verdict;
    chain = part.otherwise ? chain || said : said;
  }
  // The claim's own citations first (the law its fixed sentences state), then the case's;
  // one already among the case's is not listed twice.
  const sources = [];
  const seen = new Set();
  for (const s of lists.flat()) { sources.push(s); seen.add(`${s.url}|${s.article}`); }
  const own = (data.sources || []).filter((s) => !seen.has(`${s.url}|${s.article}`));
  return item(data.claim, t(cid(`faq-${data.claim}-q`)), verdict, body, [...own, ...sources]);
}

/** The destination's claims, in its order, answered for assessment `a` of scenario `s`. */
export function renderFaq(a, s) {
  const country = getCountry();
  const answers = new Map((country?.faqAnswers || []).map((x) => [x.claim, x]));
  const c = caseOf(a, s);
  return (country?.faq || []).map((claim) => answer(claim, answers.get(claim), c)).filter(Boolean);
}
