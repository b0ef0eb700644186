// <tirkeu-calculator destination="KZ" lang="zh" compact>: the calculator for other sites.
// One module (esbuild bundles this file, the page's strings and helpers into www/embed.js); the
// WebAssembly engine stays external and is loaded from next to that file, whatever page or origin
// includes it. Renders in an open shadow root with its own constructed stylesheet; uses no cookie
// and no storage; requests only its own files (pkg-core/tirkeu_core.js and its .wasm).
// Host pages replace built-ins (Object.entries, JSON, Array.prototype map/forEach/push, in
// tests/e2e/embed.test.mjs): this file and the helpers it bundles use none of them.
import { t, setLang, isLang, preferredLang, regionName, collator } from '../js/i18n.js';
import { el, time, fill } from '../js/dom.js';
import { CODES } from '../js/regions.js';
import { CSS } from './style.js';
import { W } from './strings.js';
import { guard } from '../js/engine.js';

const ENGINE = new URL('./pkg-core/tirkeu_core.js', import.meta.url);
const WASM = new URL('./pkg-core/tirkeu_core_bg.wasm', import.meta.url);
let engine = null;
function loadEngine() {
  engine ||= import(ENGINE.href).then(async (m) => { await m.default({ module_or_path: WASM }); return m; });
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

const VISAS = ['none', 'tourist', 'business', 'private', 'work', 'student', 'investor', 'transit', 'medical', 'humanitarian', 'missionary', 'family', 'diplomatic', 'service'];
const ACC = ['private', 'hotel', 'organization'];
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
    const today = iso(new Date());
    const entry = today >= '2015-01-01' && today <= '2027-12-31' ? today : '2026-03-06';
    this._values = { citizenship: '', entryDate: entry, exitDate: addDays(entry, 13), accommodation: 'private', visa: 'none' };
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
  get destination() { return (this.getAttribute('destination') || 'KZ').toUpperCase(); }
  set destination(v) { this.setAttribute('destination', v); }

  /** The current scenario (what the engine gets). Setting it pre-fills the questions. */
  get scenario() { return this._scenario(); }
  set scenario(s) {
    if (!s || typeof s !== 'object') return;
    for (const k of FIELDS) if (typeof s[k] === 'string') this._values[k] = s[k];
    if (typeof s.destination === 'string') this.setAttribute('destination', s.destination);
    if (typeof s.lang === 'string' && isLang(s.lang)) this.setAttribute('lang', s.lang);
    if (this.isConnected) { this._renderForm(); this._compute(); }
  }

  connectedCallback() {
    this._renderForm();
    if (!this._mod) this._res.replaceChildren(el('p', { class: 'loading', role: 'status', text: W[this.language].loading }));
    // After a trap the engine is re-created, the call retried, and the element fires
    // `tirkeu-engine-restart` (js/engine.js).
    loadEngine().then((m) => {
      this._mod = guard(m, (call, err) => this.dispatchEvent(new CustomEvent('tirkeu-engine-restart', { bubbles: true, composed: true, detail: { call, message: String(err && err.message) } })));
      this._compute();
    }, (err) => {
      console.warn('tirkeu engine', err);
      this._msg.textContent = W[this.language].failed;
    });
  }

  attributeChangedCallback(name, old, now) {
    if (old === now || !this._msg) return;
    if (name === 'lang') this._renderForm();
    if (name !== 'compact') this._compute(true);
  }

  _renderForm() {
    const l = this.language;
    setLang(l);
    this._box.lang = l === 'zh' ? 'zh-Hans' : l;
    const field = (key, label, control, optional) => el('div', { class: 'field' },
      el('label', { for: `tk-${key}` }, t(label), optional ? el('small', { text: ` (${W[l].optional})` }) : null), control);
    const select = (key, options) => el('select', { id: `tk-${key}`, name: key, 'aria-describedby': 'tk-msg' },
      Array.from(options, ([v, text]) => el('option', { value: v, text, selected: v === this._values[key] })));
    const countries = Array.from(CODES.filter((c) => c !== 'KZ'), (c) => [c, regionName(c)]).sort((a, b) => collator().compare(a[1], b[1]));
    const date = (key) => el('input', { type: 'date', id: `tk-${key}`, name: key, value: this._values[key] || '', min: '2015-01-01', max: '2032-12-31', 'aria-describedby': 'tk-msg' });
    const form = el('form', { noValidate: true },
      field('citizenship', 'f.citizenship', select('citizenship', [['', t('f.citizenship.choose')], ...countries, ['stateless', t('f.citizenship.stateless')]])),
      field('entryDate', 'f.entryDate', date('entryDate')),
      field('exitDate', 'f.exitDate', date('exitDate')),
      field('accommodation', 'f.accommodation', select('accommodation', Array.from(ACC, (a) => [a, t(`acc.${a}`)]))),
      field('visa', 'f.visa', select('visa', Array.from(VISAS, (v) => [v, t(`visa.${v}`)])), true));
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
    this._res = this._res || el('section', { class: 'res', 'aria-live': 'polite', 'aria-label': W[l].results });
    this._box.replaceChildren(el('h2', { text: t('title') }), el('p', { class: 'lead', text: t('lead') }), form, this._msg, this._res);
  }

  _scenario() {
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
    for (const x of this._form.querySelectorAll('[aria-invalid]')) x.removeAttribute('aria-invalid');
    this._msg.textContent = '';
    if (!s.citizenship) { this._msg.textContent = t('err.choose-citizenship'); this._show(null, force); return; }
    let a;
    try {
      a = m.evaluate(s);
    } catch (err) {
      const code = err && err.code ? err.code : 'general';
      let range = { from: '2015', to: '2027' };
      try { const c = m.countries().find((x) => x.code === s.destination); if (c) range = { from: c.entriesFrom.slice(0, 4), to: c.entriesTo.slice(0, 4) }; } catch { /* defaults */ }
      this._msg.textContent = t(`err.${code}`, range) === `err.${code}` ? t('err.general') : t(`err.${code}`, range);
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
        ul.append(el('li', {}, s.url ? el('a', { href: s.url, target: '_blank', rel: 'noreferrer noopener', text: s.title }) : s.title, s.article ? ` — ${s.article}` : ''));
      }
      return el('details', { class: 'src' }, el('summary', { text: `${t('ob.sources')} (${seen.size})` }), ul);
    };
    const add = (node) => { out[out.length] = node; };
    if (!a.obligations.length) add(el('p', { class: 'nothing', text: t('res.nothing') }));
    for (let i = 0; i < a.obligations.length; i++) {
      const o = a.obligations[i];
      const [convention, ...steps] = o.stepsText || [];
      add(el('article', { class: `card obligation kind-${o.kind}`, 'data-rule': o.rule, 'aria-labelledby': `tk-ob-${i}` },
        el('p', { class: 'who' }, el('span', { class: 'k', text: `${t('ob.who')}: ` }), el('strong', { text: t(`who.${o.who}`) })),
        el('h3', { id: `tk-ob-${i}`, text: o.title }),
        el('p', { class: 'due-line' }, el('span', { class: 'k', text: `${t('ob.due')} ` }), el('span', { class: 'due' }, time(o.dueDate))),
        o.conditional ? el('p', { class: 'small' }, `${t('ob.conditional')}: `, o.conditional) : null,
        el('p', { class: 'what', text: o.what }),
        el('details', { class: 'steps' }, el('summary', { text: t('ob.steps') }),
          convention ? el('p', { class: 'small', text: convention }) : null,
          el('ol', {}, Array.from(steps, (x) => el('li', { text: x })))),
        srcs(o.sources)));
    }
    const st = a.stay || {};
    add(el('article', { class: 'card lastday' },
      st.lastDay ? el('p', {}, el('span', { class: 'k', text: `${t('res.lastDay')}: ` }), el('span', { class: 'due' }, time(st.lastDay))) : el('p', { text: t('res.noLastDay') }),
      st.overstayDays ? el('p', { class: 'over', text: t('res.overstay', { n: st.overstayDays }) }) : null,
      st.note ? el('p', { class: 'small', text: st.note }) : null,
      srcs(st.sources)));
    if (a.warnings.length) {
      add(el('article', { class: 'card warnings', role: 'note', 'aria-labelledby': 'tk-warn' },
        el('h3', { id: 'tk-warn', text: t('warn.h') }),
        el('ul', {}, Array.from(a.warnings, (w) => el('li', { 'data-code': w.code }, el('p', { text: w.message }), srcs(w.sources))))));
    }
    add(el('footer', { class: 'foot' },
      el('p', { class: 'checked' }, ...fill(t('foot.checked'), { date: time(a.rulesCheckedOn, { weekday: false }) })),
      el('p', { class: 'advice', text: t('foot.notAdvice') }),
      a.disclaimer ? el('p', { text: a.disclaimer }) : null,
      el('a', { class: 'button', href: this._fullLink(), target: '_blank', rel: 'noopener', text: W[this.language].full })));
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
