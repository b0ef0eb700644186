// A reader and formatter for the subset of Fluent that tirkeu's catalogs use (docs/i18n.md):
// `# notes`, `id = text` with indented continuation lines, `{ $var }`, `{ "literal" }`, and
// selects `{ $x -> [one] … *[other] … }` whose keys are exact values or CLDR plural categories
// (from Intl.PluralRules in the catalog's language). No terms, attributes, references or
// functions. Why not @fluent/bundle (about 8 KB gzip): the subset is all tirkeu needs, and this
// file is ~2 KB gzip. tests/js/fluent.test.mjs checks it against @fluent/syntax's parser.
// Shared with the embeddable element, which runs on other sites' pages: no Object.entries, JSON
// or Array.prototype map/forEach/push here (host pages replace them; tests/e2e/embed.test.mjs).

const ID = /^([a-z][a-z0-9-]*)[ \t]*=[ \t]?(.*)$/;

/** Fluent text → Map(id → { pattern, note }). Throws a SyntaxError naming the line. */
export function parse(text) {
  const out = new Map();
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  let note = [];
  let cur = null; // { id, first, rest: [], note }
  const end = () => {
    if (!cur) return;
    while (cur.rest.length && !cur.rest[cur.rest.length - 1].trim()) cur.rest.length -= 1;
    if (out.has(cur.id)) throw new SyntaxError(`duplicate message ${cur.id}`);
    out.set(cur.id, { pattern: pattern(joinValue(cur.first, cur.rest), cur.id), note: cur.note });
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // indented lines continue a message, and so do a select's keys and closing brace, which
    // Fluent allows at the start of a line (whitespace inside a placeable is free)
    if (cur && (line === '' || /^([ \t]|\*?\[|\})/.test(line))) { cur.rest[cur.rest.length] = line; continue; }
    end();
    if (line.startsWith('#')) {
      if (/^#( |$)/.test(line)) note[note.length] = line.slice(2);
      else note = [];
      continue;
    }
    if (!line.trim()) { note = []; continue; }
    const m = ID.exec(line);
    if (!m) throw new SyntaxError(`line ${i + 1}: expected "id = value": ${line.slice(0, 40)}`);
    cur = { id: m[1], first: m[2], rest: [], note: note.join('\n') };
    note = [];
  }
  end();
  return out;
}

// The value's lines: the first (after "="), then the indented ones with their common
// indentation removed, joined with "\n" (Fluent's multiline text).
function joinValue(first, rest) {
  let indent = Infinity;
  for (const l of rest) if (l.trim() && /^[ \t]/.test(l)) indent = Math.min(indent, /^[ \t]*/.exec(l)[0].length);
  if (indent === Infinity) indent = 0;
  const parts = [];
  if (first.trim()) parts[parts.length] = first.trim();
  for (const l of rest) parts[parts.length] = l.trim() ? (/^[ \t]/.test(l) ? l.slice(indent) : l).replace(/[ \t]+$/, '') : '';
  return parts.join('\n');
}

/** A pattern's source → [string | { v: name } | { sel: name, variants: [{ key, def, pattern }] }]. */
function pattern(src, id) {
  const r = { s: src, i: 0, id };
  const p = patternUntil(r, null);
  if (r.i < src.length) fail(r, 'unexpected "}"');
  return p;
}
function fail(r, what) { throw new SyntaxError(`${r.id}: ${what} at ${r.i}`); }
function ws(r) { while (r.i < r.s.length && /\s/.test(r.s[r.i])) r.i++; }

// Text and placeables until the end, or (in a variant) until a newline followed by the next
// variant key or the select's closing brace.
function patternUntil(r, inVariant) {
  const out = [];
  let text = '';
  while (r.i < r.s.length) {
    const c = r.s[r.i];
    if (inVariant && c === '\n' && /^\n\s*(\*?\[|\})/.test(r.s.slice(r.i))) break;
    if (inVariant && c === '}') break;
    if (c === '}') fail(r, 'unexpected "}"');
    if (c === '{') {
      if (text) { out[out.length] = text; text = ''; }
      r.i++;
      out[out.length] = placeable(r);
      continue;
    }
    text += c;
    r.i++;
  }
  if (inVariant) text = text.replace(/\s+$/, '');
  if (text) out[out.length] = text;
  return out;
}

function placeable(r) {
  ws(r);
  let node;
  if (r.s[r.i] === '"') {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(r.s.slice(r.i));
    if (!m) fail(r, 'bad string literal');
    r.i += m[0].length;
    node = m[1].replace(/\\(["\\])/g, '$1');
  } else if (r.s[r.i] === '$') {
    const m = /^\$([a-zA-Z][a-zA-Z0-9_-]*)/.exec(r.s.slice(r.i));
    if (!m) fail(r, 'bad variable');
    r.i += m[0].length;
    ws(r);
    if (r.s.startsWith('->', r.i)) {
      r.i += 2;
      node = { sel: m[1], variants: variants(r) };
    } else node = { v: m[1] };
  } else fail(r, 'only { $variable }, { "literal" } and selects are supported');
  ws(r);
  if (r.s[r.i] !== '}') fail(r, 'expected "}"');
  r.i++;
  return node;
}

function variants(r) {
  const list = [];
  let defs = 0;
  for (;;) {
    ws(r);
    if (r.s[r.i] === '}') break;
    const def = r.s[r.i] === '*';
    if (def) r.i++;
    const m = /^\[\s*([a-zA-Z0-9_-]+)\s*\][ \t]*/.exec(r.s.slice(r.i));
    if (!m) fail(r, 'expected a variant key');
    r.i += m[0].length;
    if (def) defs++;
    list[list.length] = { key: m[1], def, pattern: patternUntil(r, true) };
  }
  if (defs !== 1) fail(r, 'a select needs exactly one default variant (*)');
  return list;
}

// Plural categories. Chromium's ICU lacks Kazakh, whose CLDR rule is one (n = 1) / other.
const OWN_RULES = { kk: (n) => (n === 1 ? 'one' : 'other') };
const rules = new Map();
function category(lang, n) {
  if (!rules.has(lang)) {
    let f = OWN_RULES[lang];
    try {
      const pr = new Intl.PluralRules(lang);
      if (!f || pr.resolvedOptions().locale.split('-')[0] === lang) f = (x) => pr.select(x);
    } catch { /* keep the fallback */ }
    rules.set(lang, f || ((x) => (x === 1 ? 'one' : 'other')));
  }
  return rules.get(lang)(n);
}

/** One language's messages. */
export class Catalog {
  constructor(lang, text) {
    this.lang = lang;
    this.messages = parse(text);
  }
  /** Adds the messages of another text of the same language (another of its files). */
  add(text) {
    for (const [id, m] of parse(text)) this.messages.set(id, m);
    return this;
  }
  has(id) { return this.messages.has(id); }
  ids() { return [...this.messages.keys()]; }
  /** The variables a message uses (selectors included), sorted. */
  variables(id) {
    const seen = new Set();
    const walk = (p) => { for (const x of p) if (typeof x === 'object') { seen.add(x.v || x.sel); if (x.variants) for (const v of x.variants) walk(v.pattern); } };
    const m = this.messages.get(id);
    if (m) walk(m.pattern);
    return [...seen].sort();
  }
  /**
   * Message `id` with `args` as parts: strings, and args' values that are not strings or
   * numbers (DOM nodes) as they are. A missing message gives its ID, a missing variable
   * `{$name}`: both visible, and caught by the tests, rather than text in another language.
   */
  formatToParts(id, args = {}) {
    const m = this.messages.get(id);
    if (!m) return [id];
    const out = [];
    this.walk(m.pattern, args, out);
    return out;
  }
  walk(p, args, out) {
    for (const x of p) {
      if (typeof x === 'string') out[out.length] = x;
      else if (x.v) {
        const v = Object.prototype.hasOwnProperty.call(args, x.v) ? args[x.v] : undefined;
        out[out.length] = v === undefined || v === null ? `{$${x.v}}` : typeof v === 'number' ? String(v) : v;
      } else this.walk(this.choose(x, args[x.sel]), args, out);
    }
  }
  choose(sel, value) {
    let def = null;
    const s = value === undefined || value === null ? null : String(value);
    for (const v of sel.variants) { if (v.def) def = v; if (s !== null && v.key === s) return v.pattern; }
    const n = typeof value === 'number' ? value : s !== null && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
    if (!Number.isNaN(n)) {
      const c = category(this.lang, n);
      for (const v of sel.variants) if (v.key === c) return v.pattern;
    }
    return def.pattern;
  }
  /** Message `id` as one string. */
  format(id, args) {
    const parts = this.formatToParts(id, args);
    let s = '';
    for (const x of parts) s += typeof x === 'string' ? x : String(x.textContent ?? x);
    return s;
  }
}
