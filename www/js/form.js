// The pre-filled form: personal details (kept in memory; stored only on opt-in), the engine's
// formHtml() shown in a shadow root (its CSS, formCss(), scoped there and applied in print too),
// and downloads made in the browser: formPdf() → PDF, calendarIcs() → .ics, as Blob URLs.
import { el, time } from './dom.js';
import { t, formatDate } from './i18n.js';
import { whoLabel } from './results.js';

// The engine's names (docs/form.md): details.surname … details.hostContact.
export const DETAIL_FIELDS = ['surname', 'givenNames', 'patronymic', 'sex', 'passportNumber', 'passportIssueDate', 'passportExpiry', 'visaNumber', 'visaExpiry', 'purpose', 'checkpoint', 'address', 'hostName', 'hostId', 'hostPhone', 'hostAddress', 'hostContact'];

/** The details form → { field: value } with the empty ones left out. */
export function readDetails(form) {
  const d = {};
  for (const k of DETAIL_FIELDS) {
    const v = form.elements.namedItem(k)?.value?.trim();
    if (v) d[k] = v;
  }
  return d;
}
export function writeDetails(form, d) {
  for (const k of DETAIL_FIELDS) {
    const e = form.elements.namedItem(k);
    if (e) e.value = (d && d[k]) || '';
  }
}

/** Checks the page can make itself: [{ field: 'details.hostId', key }]. */
export function checkDetails(form, scenario) {
  const errs = [];
  for (const k of DETAIL_FIELDS) {
    const e = form.elements.namedItem(k);
    if (e && e.validity && e.validity.badInput) errs.push({ field: `details.${k}`, key: 'err.bad-date' });
  }
  const d = readDetails(form);
  if (d.hostId && !/^\d{12}$/.test(d.hostId.replace(/\s/g, ''))) errs.push({ field: 'details.hostId', key: 'err.iin' });
  if (d.hostPhone && !/^[0-9+\-() ]{5,}$/.test(d.hostPhone)) errs.push({ field: 'details.hostPhone', key: 'err.phone' });
  const until = scenario.exitDate || scenario.entryDate;
  if (d.passportExpiry && until && d.passportExpiry < until) errs.push({ field: 'details.passportExpiry', key: 'err.passportExpiry' });
  return errs;
}

// Styles for the page's own summary sheet, used while the engine has no formHtml().
const FALLBACK_CSS = `
:host { display: block; }
.sheet { font: 11pt/1.4 system-ui, sans-serif; color: #000; background: #fff; border: 1px solid #8a949e; padding: 12px; }
.sheet h3 { font-size: 14pt; margin: 0 0 8px; }
.sheet table { border-collapse: collapse; width: 100%; }
.sheet th, .sheet td { border: 1px solid #8a949e; padding: 4px 6px; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
.sheet th { width: 40%; font-weight: 600; background: #f1f3f5; }
.sheet .empty { color: #555; }
@media print { .sheet { border: 0; padding: 0; } }
`;
let fallbackSheet = null;
const sheetCache = new Map();
function sheet(css) {
  if (!sheetCache.has(css)) {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    sheetCache.set(css, s);
  }
  return sheetCache.get(css);
}

function fallbackSummary(a, s, d, regionName) {
  const row = (label, value) => el('tr', {}, el('th', { scope: 'row', text: label }), el('td', {}, value || el('span', { class: 'empty', text: '—' })));
  const name = [d.surname, d.givenNames, d.patronymic].filter(Boolean).join(' ');
  const rows = [
    row(t('d.surname'), d.surname), row(t('d.givenNames'), d.givenNames), row(t('d.patronymic'), d.patronymic),
    row(t('f.birthDate'), s.birthDate ? time(s.birthDate, { weekday: false }) : ''),
    row(t('d.sex'), d.sex ? t(`d.sex.${d.sex}`) : ''),
    row(t('f.citizenship'), s.citizenship === 'stateless' ? t('f.citizenship.stateless') : regionName(s.citizenship)),
    row(t('d.passportNumber'), d.passportNumber), row(t('d.passportExpiry'), d.passportExpiry ? time(d.passportExpiry, { weekday: false }) : ''),
    row(t('d.visaNumber'), d.visaNumber), row(t('d.purpose'), d.purpose),
    row(t('f.entryDate'), time(s.entryDate, { weekday: false })), row(t('d.checkpoint'), d.checkpoint),
    row(t('f.exitDate'), s.exitDate ? time(s.exitDate, { weekday: false }) : ''),
    row(t('d.address'), d.address),
    row(t('d.hostName'), d.hostName), row(t('d.hostId'), d.hostId), row(t('d.hostPhone'), d.hostPhone), row(t('d.hostAddress'), d.hostAddress),
    ...a.obligations.map((o) => row(`${whoLabel(o)}: ${o.title}`, time(o.dueDate))),
  ];
  return el('div', { class: 'sheet' }, el('h3', { text: t('form.summary') }), name ? el('p', { text: name }) : null, el('table', {}, el('tbody', {}, rows)));
}

/**
 * Shows formHtml(scenario, details) (or the page's summary) in `host`'s shadow root.
 * Throws what the engine throws ({ code, field, message }).
 */
/** What the form module needs of the assessment (it has no engine of its own). */
export function facts(a) {
  const n = a.obligations.find((o) => o.kind === 'host-notification' && o.trigger.kind === 'arrival');
  return { dueDate: n ? n.dueDate : undefined, rulesCheckedOn: a.rulesCheckedOn };
}

export function renderPreview(host, mod, a, s, d, regionName) {
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  if (typeof mod.formHtml !== 'function') {
    if (!fallbackSheet) fallbackSheet = sheet(FALLBACK_CSS);
    root.adoptedStyleSheets = [fallbackSheet];
    root.replaceChildren(fallbackSummary(a, s, d, regionName));
    return false;
  }
  const html = mod.formHtml(s, withBirth(d, s), facts(a));
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  const sheets = [];
  if (typeof mod.formCss === 'function') sheets.push(sheet(String(mod.formCss())));
  for (const st of doc.querySelectorAll('style')) { sheets.push(sheet(st.textContent)); st.remove(); }
  // Nothing active and nothing fetched: no scripts, frames, links, handlers or remote images.
  for (const n of doc.querySelectorAll('script, iframe, object, embed, link, meta, base')) n.remove();
  const styled = [];
  for (const n of doc.body.querySelectorAll('*')) {
    for (const attr of [...n.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) n.removeAttribute(attr.name);
      else if ((name === 'src' || name === 'href' || name === 'srcset') && !/^(data:|#|blob:)/i.test(attr.value) && !(name === 'href' && /^https?:/i.test(attr.value))) n.removeAttribute(attr.name);
    }
    // style="…" attributes would break the CSP; move them to CSSOM.
    // aria-label is not allowed on a plain div or span: name the box as a group instead.
    if (n.hasAttribute('aria-label') && !n.hasAttribute('role') && /^(DIV|SPAN)$/.test(n.tagName)) n.setAttribute('role', 'group');
    if (n.hasAttribute('style')) { styled.push([n, n.getAttribute('style')]); n.removeAttribute('style'); }
  }
  root.adoptedStyleSheets = sheets;
  const wrap = el('div', { class: 'engine-form' });
  wrap.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  root.replaceChildren(wrap);
  // The imported copies: match them up by position with the parsed originals' style values.
  if (styled.length) {
    const origAll = [...doc.body.querySelectorAll('*')];
    const copyAll = [...wrap.querySelectorAll('*')];
    for (const [n, css] of styled) {
      const i = origAll.indexOf(n);
      if (i >= 0 && copyAll[i]) copyAll[i].style.cssText = css;
    }
  }
  return true;
}

// The form's birth date is the one asked in the trip questions.
function withBirth(d, s) { return s.birthDate ? { ...d, birthDate: s.birthDate } : { ...d }; }

function download(bytes, type, name) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/** The page's label of a details field ('details.purpose' → its <label>'s text), or ''. */
export function fieldLabel(field) {
  const input = field && document.querySelector(`[data-field="${CSS.escape(field)}"]`);
  const label = input && input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  return label ? label.textContent.trim() : '';
}

/**
 * Says next to the PDF button why it made nothing (`text`), in an alert the button is
 * described by; without `text`, takes the message away.
 */
export function pdfBlocked(button, text) {
  let m = document.getElementById('e-pdf');
  if (!m && !text) return;
  if (!m) {
    m = el('p', { class: 'msg', id: 'e-pdf', role: 'alert', hidden: true });
    (button.closest('.actions') || button.parentElement).append(m);
  }
  m.textContent = text || '';
  m.hidden = !text;
  if (text) button.setAttribute('aria-describedby', 'e-pdf');
  else button.removeAttribute('aria-describedby');
}

export function downloadPdf(mod, a, s, d) {
  const bytes = mod.formPdf(s, withBirth(d, s), facts(a));
  return download(bytes, 'application/pdf', `tirkeu-${s.entryDate}.pdf`);
}
export function downloadIcs(mod, s) {
  const text = mod.calendarIcs(s);
  return download(text, 'text/calendar;charset=utf-8', `tirkeu-${s.entryDate}.ics`);
}
export { formatDate };
