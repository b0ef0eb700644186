// <tirkeu-calculator destination="KZ" lang="zh" compact>: the calculator for other sites.
// One module (esbuild bundles this file, the page's strings and helpers into www/embed.js); the
// WebAssembly engine stays external and is loaded from next to that file, whatever page or origin
// includes it. Renders in an open shadow root with its own constructed stylesheet; uses no cookie
// and no storage; requests only its own files (pkg-core/tirkeu_core.js and its .wasm, and its
// language's catalog: locales/<lang>/shared.ftl and its destination's, locales/<lang>/<cc>.ftl;
// never a FAQ's, which it does not show). Names no country: the destinations, their lists,
// bounds and defaults come from the engine's countries().
// Host pages replace built-ins (Object.entries, JSON, Array.prototype map/forEach/push, in
// tests/e2e/embed.test.mjs): this file and the helpers it bundles use none of them.
import { t, tp, setLang, isLang, preferredLang, regionName, collator, fetchCatalog, fetchPart, hasCatalog, setCountry, cid, hasMessage } from '../js/i18n.js';
import { el, time } from '../js/dom.js';
import { CODES } from '../js/regions.js';
import { CSS } from './style.js';
import { guard } from '../js/engine.js';

const ENGINE = new URL('./pkg-core/tirkeu_core.js', import.meta.url);
const WASM = new URL('./pkg-core/tirkeu_core_bg.wasm', import.meta.url);
const BASE = new URL('./', import.meta.url); // locales/ is next to this script
let engine = null;
let COUNTRIES = null;
const loaded = {}; // the catalogs given to the engine, by language
function loadEngine() {
  engine ||= import(ENGINE.href).then(async (m) => { await m.default({ module_or_path: WASM }); COUNTRIES = m.countries(); return m; });
  return engine;
}

let sheet = null;
function adopt(root) {
  try {
    sheet ||= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el('style', { text: CSS })); // very old browsers; a strict host CSP may block it
  }
}

const FIELDS = ['citizenship', 'entryDate', 'exitDate', 'accommodation', 'visa'];
const iso = (d) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
const addDays = (s, n) => new Date(Date.parse(s) + n * 86400000).toISOString().slice(0, 10);

export class TirkeuCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'destination', 'compact'];

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    adopt(this._root);
    this._box = el('div', { class: 'root', part: 'root' });
    this._root.append(this._box);
    this._values = { citizenship: '' }; // the rest from the destination's defaults (_country)
    this._mod = null;
    this._last = undefined; // the last result shown (null: none)
    this._timer = 0;
    this._seq = 0;
    this.assessment = null;
  }

  get language() {
    const l = (this.getAttribute('lang') || '').toLowerCase().split(/[-_]/)[0];
    return isLang(l) ? l : preferredLang();
  }
  /** The destination attribute, else the first destination the engine knows. */
  get destination() { return (this.getAttribute('destination') || (COUNTRIES && COUNTRIES[0] ? COUNTRIES[0].code : '')).toUpperCase(); }
  set destination(v) { this.setAttribute('destination', v); }

  /** The current scenario (what the engine gets). Setting it pre-fills the questions. */
  get scenario() { return this._scenario(); }
  set scenario(s) {
    if (!s || typeof s !== 'object') return;
    for (const k of FIELDS) if (typeof s[k] === 'string') this._values[k] = s[k];
    if (typeof s.destination === 'string') this.setAttribute('destination', s.destination);
    if (typeof s.lang === 'string' && isLang(s.lang)) this.setAttribute('lang', s.lang);
    if (!this.isConnected) return;
    // Another destination's words may still be on their way (_refresh, from the attribute's
    // change, draws it once they are in): no answer without them.
    const c = this._country();
    if (c && hasCatalog(this.language, c.code.toLowerCase())) { this._renderForm(); this._compute(); } else if (this._mod) this._refresh(true);
  }

  connectedCallback() {
    // The language's catalog and the engine load in parallel: "loading" shows once the shared
    // words are in, the questions once the engine has said what to ask (countries()). The
    // destination's words come meanwhile: the attribute's destination, else the default.
    const l = this.language;
    const destination = fetchCatalog(l, BASE, this.getAttribute('destination') || undefined).catch(() => null); // an unknown code: _refresh fetches the right one
    fetchPart(l, 'shared', BASE).then(() => {
      if (this._mod || this.language !== l) return;
      setLang(l);
      this._box.lang = l === 'zh' ? 'zh-Hans' : l;
      this._box.replaceChildren(el('p', { class: 'loading', role: 'status', text: t('ui-embed-loading') }));
    }, (err) => console.warn('tirkeu catalog', err));
    // After a trap the engine is re-created, the call retried, and the element fires
    // `tirkeu-engine-restart` (js/engine.js).
    Promise.all([loadEngine(), fetchPart(l, 'shared', BASE), destination]).then(([m]) => {
      this._mod = guard(m, (call, err) => this.dispatchEvent(new CustomEvent('tirkeu-engine-restart', { bubbles: true, composed: true, detail: { call, message: String(err && err.message) } })));
      this._refresh(false);
    }, (err) => {
      console.warn('tirkeu engine', err);
      fetchPart(l, 'shared', BASE).then(() => { setLang(l); this._box.replaceChildren(el('p', { class: 'msg', role: 'alert', text: t('ui-embed-failed') })); }, () => {});
    });
  }

  attributeChangedCallback(name, old, now) {
    if (old === now || !this._msg || name === 'compact') return;
    this._refresh(true);
  }

  /** Re-renders the questions once the language's catalog is in (its shared part and the
   * destination's, fetched on first use), then computes. */
  _refresh(force) {
    const l = this.language;
    const c = this._country();
    fetchCatalog(l, BASE, c && c.code).then((text) => {
      if (this.language !== l || !this._mod) return;
      // An engine that words its answers from catalogs gets the same language's (docs/i18n.md).
      if (typeof this._mod.loadCatalog === 'function' && loaded[l] !== text) { this._mod.loadCatalog(l, text); loaded[l] = text; }
      this._renderForm();
      this._compute(force);
    }, (err) => console.warn('tirkeu catalog', err));
  }

  /** The destination's countries() entry; fills the values it gives defaults for. */
  _country() {
    const c = (COUNTRIES || []).find((x) => x.code === this.destination) || (COUNTRIES || [])[0];
    if (!c) return null;
    setCountry(c);
    const v = this._values;
    if (!v.entryDate) {
      const today = iso(new Date());
      v.entryDate = today < c.entriesFrom ? c.entriesFrom : today > c.entriesTo ? c.entriesTo : today;
      if (!v.exitDate) v.exitDate = addDays(v.entryDate, c.defaults.stayDays - 1);
    }
    if (!v.accommodation || !c.accommodations.includes(v.accommodation)) v.accommodation = c.defaults.accommodation;
    if (!v.visa || !c.visas.includes(v.visa)) v.visa = c.defaults.visa;
    return c;
  }

  _renderForm() {
    const l = this.language;
    setLang(l);
    const c = this._country();
    if (!c) return;
    this._box.lang = l === 'zh' ? 'zh-Hans' : l;
    const field = (key, label, control, optional) => el('div', { class: 'field' },
      el('label', { for: `tk-${key}` }, t(label), optional ? el('small', { text: ` (${t('ui-embed-optional')})` }) : null), control);
    const select = (key, options) => el('select', { id: `tk-${key}`, name: key, 'aria-describedby': 'tk-msg' },
      Array.from(options, ([v, text]) => el('option', { value: v, text, selected: v === this._values[key] })));
    // Every citizenship but the destination's own, whose citizens do not register there.
    const countries = Array.from(CODES.filter((x) => x !== c.code), (x) => [x, regionName(x)]).sort((a, b) => collator().compare(a[1], b[1]));
    const date = (key) => el('input', { type: 'date', id: `tk-${key}`, name: key, value: this._values[key] || '', min: c.entriesFrom, max: key === 'entryDate' ? c.entriesTo : undefined, 'aria-describedby': 'tk-msg' });
    const form = el('form', { noValidate: true },
      field('citizenship', 'ui-f-citizenship', select('citizenship', [['', t('ui-f-citizenship-choose')], ...countries, ['stateless', t('ui-f-citizenship-stateless')]])),
      field('entryDate', 'ui-f-entry-date', date('entryDate')),
      field('exitDate', 'ui-f-exit-date', date('exitDate')),
      field('accommodation', 'ui-f-accommodation', select('accommodation', Array.from(c.accommodations, (a) => [a, t(`ui-acc-${a}`)]))),
      field('visa', 'ui-f-visa', select('visa', Array.from(c.visas, (v) => [v, t(`ui-visa-${v}`)])), true));
    form.addEventListener('submit', (e) => { e.preventDefault(); this._compute(); });
    const onInput = (e) => {
      const k = e.target.name;
      if (!FIELDS.includes(k)) return;
      this._values[k] = e.target.value;
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this._compute(), e.type === 'change' ? 0 : 200);
    };
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    this._form = form;
    this._msg = el('p', { class: 'msg', id: 'tk-msg', role: 'alert' });
    this._res = this._res || el('section', { class: 'res', 'aria-live': 'polite', 'aria-label': t('ui-embed-results') });
    this._box.replaceChildren(el('h2', { text: t(cid('ui-title')) }), el('p', { class: 'lead', text: t(cid('ui-lead')) }), form, this._msg, this._res);
  }

  _scenario() {
    this._country();
    const v = this._values;
    const s = { destination: this.destination, citizenship: v.citizenship, entryDate: v.entryDate, accommodation: v.accommodation, visa: v.visa || 'none', lang: this.language };
    if (v.exitDate) s.exitDate = v.exitDate;
    return s;
  }

  /** The full calculator (www/index.html next to this script), with the trip in its fragment. */
  _fullLink() {
    const s = this._scenario();
    const q = Array.from(Object.keys(s), (k) => `${k}=${encodeURIComponent(s[k])}`).join('&');
    return new URL(`./#${q}`, import.meta.url).href;
  }

  _compute(force = false) {
    clearTimeout(this._timer);
    const m = this._mod;
    if (!m || !this._form) return;
    const s = this._scenario();
    setLang(s.lang);
    this._country();
    for (const x of this._form.querySelectorAll('[aria-invalid]')) x.removeAttribute('aria-invalid');
    this._msg.textContent = '';
    if (!s.citizenship) { this._msg.textContent = t('ui-err-choose-citizenship'); this._show(null, force); return; }
    let a;
    try {
      a = m.evaluate(s);
    } catch (err) {
      const code = err && err.code ? err.code : 'general';
      const c = this._country();
      const range = c ? { from: c.entriesFrom.slice(0, 4), to: c.entriesTo.slice(0, 4) } : {};
      const id = code === 'citizen-of-destination' ? cid('ui-err-citizen-of-destination') : `ui-err-${code}`;
      this._msg.textContent = hasMessage(id) ? t(id, range) : t('ui-err-general');
      const f = err && err.field ? this._form.querySelector(`[name="${String(err.field).replace(/[^A-Za-z]/g, '')}"]`) : null;
      if (f) f.setAttribute('aria-invalid', 'true');
      this._show(null, force);
      return;
    }
    this._show(a, force);
  }

  _show(a, force) {
    if (!force && this._last !== undefined && same(a, this._last)) return;
    this._last = a;
    this.assessment = a;
    this._res.replaceChildren(...(a ? this._render(a) : []));
    if (a) this.dispatchEvent(new CustomEvent('tirkeu-result', { bubbles: true, composed: true, detail: a }));
  }

  _render(a) {
    const out = [];
    const srcs = (list) => {
      if (!list || !list.length) return null;
      const seen = new Set();
      const ul = el('ul', { class: 'sources' });
      for (const s of list) {
        const k = `${s.url}|${s.article}`;
        if (seen.has(k)) continue;
        seen.add(k);
        // a citation, in its own language (WCAG 3.1.2)
        const lang = s.lang === 'zh' ? 'zh-Hans' : s.lang;
        ul.append(el('li', {}, s.url ? el('a', { href: s.url, target: '_blank', rel: 'noreferrer noopener', text: s.title, lang }) : el('span', { text: s.title, lang }), s.article ? el('span', { text: ` — ${s.article}`, lang }) : ''));
      }
      return el('details', { class: 'src' }, el('summary', { text: `${t('ui-ob-sources')} (${seen.size})` }), ul);
    };
    const add = (node) => { out[out.length] = node; };
    if (!a.obligations.length) add(el('p', { class: 'nothing', text: t('ui-res-nothing') }));
    for (let i = 0; i < a.obligations.length; i++) {
      const o = a.obligations[i];
      const [convention, ...steps] = o.stepsText || [];
      add(el('article', { class: `card obligation kind-${o.kind}`, 'data-rule': o.rule, 'aria-labelledby': `tk-ob-${i}` },
        el('p', { class: 'who' }, el('span', { class: 'k', text: `${t('ui-ob-who')}: ` }), el('strong', { text: t(`ui-who-${o.who}`) })),
        el('h3', { id: `tk-ob-${i}`, text: o.title }),
        el('p', { class: 'due-line' }, el('span', { class: 'k', text: `${t('ui-ob-due')} ` }), el('span', { class: 'due' }, time(o.dueDate))),
        o.conditional ? el('p', { class: 'small' }, `${t('ui-ob-conditional')}: `, o.conditional) : null,
        el('p', { class: 'what', text: o.what }),
        el('details', { class: 'steps' }, el('summary', { text: t('ui-ob-steps') }),
          convention ? el('p', { class: 'small', text: convention }) : null,
          el('ol', {}, Array.from(steps, (x) => el('li', { text: x })))),
        srcs(o.sources)));
    }
    const st = a.stay || {};
    add(el('article', { class: 'card lastday' },
      st.lastDay ? el('p', {}, el('span', { class: 'k', text: `${t('ui-res-last-day')}: ` }), el('span', { class: 'due' }, time(st.lastDay))) : el('p', { text: t('ui-res-no-last-day') }),
      st.overstayDays ? el('p', { class: 'over', text: t('ui-res-overstay', { n: st.overstayDays }) }) : null,
      st.note ? el('p', { class: 'small', text: st.note }) : null,
      srcs(st.sources)));
    if (a.warnings.length) {
      add(el('article', { class: 'card warnings', role: 'note', 'aria-labelledby': 'tk-warn' },
        el('h3', { id: 'tk-warn', text: t('ui-warn-h') }),
        el('ul', {}, Array.from(a.warnings, (w) => el('li', { 'data-code': w.code }, el('p', { text: w.message }), srcs(w.sources))))));
    }
    add(el('footer', { class: 'foot' },
      el('p', { class: 'checked' }, ...tp('ui-foot-checked', { date: time(a.rulesCheckedOn, { weekday: false }) })),
      el('p', { class: 'advice', text: t('ui-foot-not-advice') }),
      a.disclaimer ? el('p', { text: a.disclaimer }) : null,
      el('a', { class: 'button', href: this._fullLink(), target: '_blank', rel: 'noopener', text: t('ui-embed-full') })));
    return out;
  }
}

/** Whether two results are the same data (not JSON.stringify: host pages replace it). */
function same(x, y) {
  if (x === y) return true;
  if (!x || !y || typeof x !== 'object' || typeof y !== 'object') return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) if (!same(x[k], y[k])) return false;
  return true;
}

if (!customElements.get('tirkeu-calculator')) customElements.define('tirkeu-calculator', TirkeuCalculator);
