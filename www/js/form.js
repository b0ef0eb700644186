// The pre-filled form: personal details (kept in memory; stored only on opt-in), the engine's
// formHtml() shown in a shadow root (its CSS, formCss(), scoped there and applied in print too),
// and downloads made in the browser: formPdf() → PDF, calendarIcs() → .ics, as Blob URLs.
import { el, time, download } from './dom.js';
import { t, formatDate, getCountry } from './i18n.js';
import { whoLabel } from './results.js';

// The details the destination's form asks (countries()[i].details: the engine's names,
// docs/form.md, with a kind, a label ID and whose they are).
const fields = () => getCountry()?.details || [];

/**
 * Puts the destination's detail fields into the details form's two groups (the traveller's,
 * the host's), keeping the values of the fields that stay. Labels are catalog IDs (data-i18n).
 */
export function renderDetailFields(form, list) {
  const kept = readDetails(form);
  for (const group of ['person', 'host']) {
    const grid = form.querySelector(`[data-group="${group}"]`);
    if (!grid) continue;
    grid.replaceChildren(...list.filter((f) => f.group === group).map((f) => {
      const id = `d-${f.code}`;
      const common = { id, name: f.code, 'data-field': `details.${f.code}`, autocomplete: 'off' };
      const input = f.kind === 'sex'
        ? el('select', common, ['', 'M', 'F'].map((v) => el('option', { value: v, 'data-i18n': `ui-d-sex-${v.toLowerCase() || 'none'}`, text: t(`ui-d-sex-${v.toLowerCase() || 'none'}`) })))
        : el('input', { ...common, type: f.kind === 'date' ? 'date' : f.kind === 'phone' ? 'tel' : 'text', inputMode: f.kind === 'id' ? 'numeric' : undefined });
      return el('div', { class: f.wide ? 'field wide' : 'field' },
        el('label', { for: id, 'data-i18n': f.label, text: t(f.label) }), input, el('p', { class: 'msg', id: `e-${id}`, hidden: true }));
    }));
  }
  writeDetails(form, kept);
}

/** The details form → { field: value } with the empty ones left out. */
export function readDetails(form) {
  const d = {};
  for (const { code: k } of fields()) {
    const v = form.elements.namedItem(k)?.value?.trim();
    if (v) d[k] = v;
  }
  return d;
}
export function writeDetails(form, d) {
  for (const { code: k } of fields()) {
    const e = form.elements.namedItem(k);
    if (e) e.value = (d && d[k]) || '';
  }
}

/** Checks the page can make itself: [{ field: 'details.hostId', key }]. */
export function checkDetails(form, scenario) {
  const errs = [];
  const d = readDetails(form);
  for (const f of fields()) {
    const e = form.elements.namedItem(f.code);
    const v = d[f.code];
    if (e && e.validity && e.validity.badInput) errs.push({ field: `details.${f.code}`, key: 'ui-err-bad-date' });
    // an identity number of the destination's own form (its pattern and message are data)
    else if (v && f.kind === 'id' && f.pattern && !new RegExp(f.pattern).test(v.replace(/\s/g, ''))) errs.push({ field: `details.${f.code}`, key: f.error });
    else if (v && f.kind === 'phone' && !/^[0-9+\-() ]{5,}$/.test(v)) errs.push({ field: `details.${f.code}`, key: 'ui-err-phone' });
  }
  const until = scenario.exitDate || scenario.entryDate;
  if (d.passportExpiry && until && d.passportExpiry < until) errs.push({ field: 'details.passportExpiry', key: 'ui-err-passport-expiry' });
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
  const value = (f) => {
    const v = d[f.code];
    if (!v) return '';
    return f.kind === 'date' ? time(v, { weekday: false }) : f.kind === 'sex' ? t(`ui-d-sex-${v.toLowerCase()}`) : v;
  };
  const rows = [
    row(t('ui-f-citizenship'), s.citizenship === 'stateless' ? t('ui-f-citizenship-stateless') : regionName(s.citizenship)),
    row(t('ui-f-birth-date'), s.birthDate ? time(s.birthDate, { weekday: false }) : ''),
    row(t('ui-f-entry-date'), time(s.entryDate, { weekday: false })),
    row(t('ui-f-exit-date'), s.exitDate ? time(s.exitDate, { weekday: false }) : ''),
    ...fields().map((f) => row(t(f.label), value(f))),
    ...a.obligations.map((o) => row(`${whoLabel(o)}: ${o.title}`, time(o.dueDate))),
  ];
  return el('div', { class: 'sheet' }, el('h3', { text: t('ui-form-summary') }), name ? el('p', { text: name }) : null, el('table', {}, el('tbody', {}, rows)));
}

/**
 * Shows formHtml(scenario, details) (or the page's summary) in `host`'s shadow root.
 * Throws what the engine throws ({ code, field, message }).
 */
/** What the form module needs of the assessment (it has no engine of its own): the due date of
 * the filing the form is for, the notification of this arrival, else its registration, and the
 * last lawful day (as FormFacts::from in src/form/mod.rs). */
export function facts(a) {
  const arrival = (kind) => a.obligations.find((o) => o.kind === kind && o.trigger.kind === 'arrival');
  const n = arrival('host-notification') || arrival('registration');
  return { dueDate: n ? n.dueDate : undefined, rulesCheckedOn: a.rulesCheckedOn, lastDay: a.stay?.lastDay || undefined };
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

// The Chinese labels' font, which the form module is built without (23.5 kB gzip only Chinese
// PDFs use): fetched from next to the module and given to it (loadCjkFont) once, for Chinese.
let cjk = null;
/** Resolves once the form module can print the Chinese labels (or could not be given them). */
export function cjkFont(mod, lang) {
  if (lang !== 'zh' || typeof mod?.loadCjkFont !== 'function') return Promise.resolve();
  cjk ||= fetch(new URL('../pkg-form/NotoSansSC-Regular-tirkeu-form.ttf', import.meta.url))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${r.status}`))))
    .then((b) => { mod.loadCjkFont(new Uint8Array(b)); })
    // Without it the PDF has the English renderings under the labels; a later PDF tries again.
    .catch((err) => { console.warn('form font', err); cjk = null; });
  return cjk;
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
