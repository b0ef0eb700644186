// The catalogs (src/**/locales/<lang>/*.ftl) read by Mozilla's own parser, @fluent/syntax (dev
// only): every file is valid Fluent, inside tirkeu's subset (no terms, attributes, message
// references or functions; selects only on a variable), and tirkeu's reader in the engine finds
// exactly the same messages with the same variables. Then compute / loadCatalog / evaluate.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@fluent/syntax';
import { load, throwsInput } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const t = await load();

function ftlFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) ftlFiles(p, out);
    else if (name.endsWith('.ftl') && /\/locales\/[a-z]+\/[^/]+\.ftl$/.test(p)) out.push(p);
    else if (/\/countries\/[a-z]+\/sources\.ftl$/.test(p)) out.push(p); // a country's sources: every language's
  }
  return out;
}
const files = ftlFiles(join(root, 'src'));
const LANGS = ['en', 'ru', 'kk', 'zh'];
/** The languages a file is in: its folder's, or every one for a country's sources.ftl. */
const langsOf = (p) => /\/locales\/([a-z]+)\//.exec(p)?.slice(1) ?? LANGS;
/** The files of language `l`'s catalog. */
const filesOf = (l) => files.filter((f) => langsOf(f).includes(l));

/** The variables a pattern uses, refusing anything outside the subset. */
function variables(pattern, where, out = new Set()) {
  for (const el of pattern.elements) {
    if (el.type === 'TextElement') continue;
    const e = el.expression;
    if (e.type === 'VariableReference') out.add(e.id.name);
    else if (e.type === 'StringLiteral') continue;
    else if (e.type === 'SelectExpression') {
      assert.equal(e.selector.type, 'VariableReference', `${where}: a select on something else than a variable`);
      out.add(e.selector.id.name);
      assert.equal(e.variants.filter((v) => v.default).length, 1, `${where}: one default variant`);
      for (const v of e.variants) variables(v.value, where, out);
    } else assert.fail(`${where}: ${e.type} is outside tirkeu's subset of Fluent`);
  }
  return out;
}

const bySyntax = {};
test('every catalog file is Fluent inside the subset (@fluent/syntax)', () => {
  assert.ok(files.length >= 12, files.join('\n'));
  for (const [f, lang] of files.flatMap((f) => langsOf(f).map((l) => [f, l]))) {
    const res = parse(readFileSync(f, 'utf8'), { withSpans: false });
    bySyntax[lang] ??= new Map();
    for (const e of res.body) {
      const where = `${f.slice(root.length)}: ${e.id?.name ?? e.type}`;
      assert.notEqual(e.type, 'Junk', `${where}: ${e.annotations?.map((a) => a.message).join('; ')} in ${JSON.stringify(e.content)}`);
      assert.notEqual(e.type, 'Term', `${where}: terms are outside the subset`);
      if (e.type !== 'Message') continue;
      assert.equal(e.attributes.length, 0, `${where}: attributes are outside the subset`);
      assert.ok(e.value, `${where}: no value`);
      assert.ok(e.comment?.content.trim(), `${where}: no note for translators`);
      assert.ok(!bySyntax[lang].has(e.id.name), `${where}: defined twice`);
      bySyntax[lang].set(e.id.name, [...variables(e.value, where)].sort());
    }
  }
});

test("the engine's reader finds the same messages and variables", () => {
  for (const lang of ['en', 'ru', 'kk', 'zh']) {
    const ours = new Map(t.catalogMessages(lang).map((m) => [m.id, m.variables]));
    assert.deepEqual([...ours.keys()].sort(), [...bySyntax[lang].keys()].sort(), lang);
    for (const [id, vars] of bySyntax[lang]) assert.deepEqual(ours.get(id), vars, `${lang} ${id}`);
    for (const m of t.catalogMessages(lang)) assert.ok(m.note.trim(), `${lang} ${m.id}: note`);
  }
});

const scenario = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20' };

test('compute gives the facts: message references, no lang', () => {
  const f = t.compute({ ...scenario, lang: 'ru' });
  assert.equal(f.lang, undefined);
  assert.equal(f.obligations[0].dueDate, '2026-03-11');
  assert.deepEqual(Object.keys(f.obligations[0].title), ['id', 'args']);
  assert.match(f.obligations[0].title.id, /^kz-host-notification-/);
  assert.deepEqual(f.stay.limits[0].text.args.entry, { date: '2026-03-06' });
  assert.equal(typeof f.stay.limits[0].text.args.days, 'number');
  // The same scenario in another language: the same facts.
  assert.deepEqual(t.compute({ ...scenario, lang: 'zh' }), f);
  const e = throwsInput(() => t.compute({ ...scenario, entryDate: '2026-02-30', lang: 'kk' }), 'invalid-date', 'entryDate');
  assert.ok(!/^[\x00-\x7f]*$/.test(e.message), e.message);
});

test('loadCatalog: a loaded catalog is used; a broken one is refused and the old one kept', () => {
  const ru = filesOf('ru').map((f) => readFileSync(f, 'utf8')).join('\n');
  const before = t.evaluate({ ...scenario, lang: 'ru' });
  assert.equal(t.loadCatalog('ru', ru), t.catalogMessages('ru').length);
  assert.deepEqual(t.evaluate({ ...scenario, lang: 'ru' }), before);
  // One message changed: evaluate uses it.
  const changed = ru.replace(/^kz-disclaimer = .*$/m, 'kz-disclaimer = Проверено.');
  t.loadCatalog('ru', changed);
  assert.equal(t.evaluate({ ...scenario, lang: 'ru' }).disclaimer, 'Проверено.');
  const e = throwsInput(() => t.loadCatalog('ru', 'a = { -term }'), 'invalid-catalog', 'ftlText');
  assert.match(e.message, /line 1: terms/);
  assert.equal(t.evaluate({ ...scenario, lang: 'ru' }).disclaimer, 'Проверено.');
  throwsInput(() => t.loadCatalog('xx', ru), 'unknown-value', 'lang');
  t.loadCatalog('ru', ru);
  assert.deepEqual(t.evaluate({ ...scenario, lang: 'ru' }), before);
});

test('plurals in the answers', () => {
  const over = (lang, exitDate) => t.evaluate({ ...scenario, exitDate, lang }).warnings.find((w) => w.code === 'overstay').message;
  // The last lawful day is Sat 4 Apr 2026 (30 days per entry).
  assert.match(over('en', '2026-04-05'), / is 1 day after /);
  assert.match(over('en', '2026-04-06'), / is 2 days after /);
  assert.match(over('ru', '2026-04-05'), /на 1 день позже /);
  assert.match(over('ru', '2026-04-06'), /на 2 дня позже /);
  assert.match(over('ru', '2026-04-09'), /на 5 дней позже /);
  assert.match(over('ru', '2026-04-25'), /на 21 день позже /);
});

test('a module built without catalogs answers after loadCatalog, and says no-catalog before', async (t2) => {
  // The page's core module is meant to be built without the `catalogs` feature (package.json,
  // build:core); until then this checks nothing more than that it has them.
  const core = await load('?nocat', 'core');
  if (core.catalogMessages) {
    assert.ok(core.catalogMessages('ru').length > 200);
    t2.skip('www/pkg-core is built with --features catalogs');
    return;
  }
  const s = { ...scenario, lang: 'kk' };
  throwsInput(() => core.evaluate(s), 'no-catalog', 'lang');
  const e = throwsInput(() => core.evaluate({ ...s, entryDate: '2026-02-30' }), 'invalid-date', 'entryDate');
  assert.match(e.message, /no catalog/);
  assert.equal(core.compute(s).obligations[0].dueDate, '2026-03-11');
  // A source's words are catalog messages (src/countries/<cc>/sources.ftl): without a catalog, their IDs.
  const src = core.compute(s).obligations[0].sources[0];
  assert.match(src.title, /^kz-src-[a-z0-9-]+$/);
  assert.deepEqual([src.article, src.url], [`${src.title}-article`, `${src.title}-url`]);
  // calendar() without a catalog: the name's ID, and no language in `names`.
  const nauryz = (c) => c.days.find((d) => d.date === '2026-03-23');
  let day = nauryz(core.calendar('KZ', 2026, 'kk'));
  assert.deepEqual([day.name, day.nameId, day.names], ['kz-holiday-nauryz', 'kz-holiday-nauryz', {}]);
  const kk = filesOf('kk').map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.ok(core.loadCatalog('kk', kk) > 200);
  assert.deepEqual(core.evaluate(s), t.evaluate(s));
  // … and with the Kazakh one loaded: Kazakh only.
  day = nauryz(core.calendar('KZ', 2026, 'kk'));
  assert.deepEqual([day.name, day.names], ['Наурыз мейрамы', { kk: 'Наурыз мейрамы' }]);
});
