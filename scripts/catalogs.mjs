// Joins the Fluent catalogs of the source tree (src/**/locales/<lang>/*.ftl: the engine's, each
// country's, the page's and the embed's) into the files the page, the embed and other callers
// fetch (docs/i18n.md). Run by `npm run build`, after the page's core module is built.
//
//   www/locales/<lang>/shared.ftl     the engine's generic messages, the page's and the embed's;
//                                     its first line names the destinations, default first
//   www/locales/<lang>/later.ftl      the page's words for its later sections (the details, the
//                                     form, the storage choices, the app, the FAQ's frame: IDs
//                                     ui-d-, ui-form-, ui-store-, ui-app-, ui-faq-): the page
//                                     fetches it after the first answer, the embed never
//   www/locales/<lang>/across.ftl     the words of the views across borders (IDs ui-x-: the
//                                     comparison, the route, the planning view): fetched when
//                                     one of them is opened, the embed never
//   www/locales/<lang>/<cc>.ftl       one destination's own: rules, calendar, page texts, and
//                                     its sources' words (src/countries/<cc>/sources.ftl, one
//                                     file for every language: citations, not translated)
//   www/locales/<lang>/<cc>-faq.ftl   its FAQ (faq.ftl): the page fetches it after the first
//                                     answer, the embed never (it has no FAQ)
//   www/locales/<lang>.ftl            all of the above in one file: for callers of www/pkg-core
//                                     that want every destination at once (Node, the bench);
//                                     the page does not fetch it
//
// A visitor fetches shared.ftl and one destination's file before the first answer, so a
// second destination costs nothing to the visitors of the first (tests/e2e/i18n.test.mjs keeps
// each under its budget). Files are taken in path order, each under a `##` comment naming it;
// an ID defined twice in a language fails the build. A country's folder counts only if the
// page's core module answers for it (its countries()): a country that is only a calendar so far
// (docs/calendar.md, feature pending-calendars) is not in that module, so the page needs none of
// its messages. The forms' label renderings (`form.ftl`) are left out: only the form module uses
// them, and embeds them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LANGS = ['en', 'ru', 'kk', 'zh'];

/** Every `.ftl` under src/ whose parent folder is `locales/<lang>/`, and every country's
 * `sources.ftl` (its sources' words, the same in every language), sorted by path. */
export function sources(lang, dir = join(ROOT, 'src')) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ftl') && /(^|\/)locales\/([a-z]+)\/[^/]+$/.exec(relative(dir, p))?.[2] === lang) out.push(p);
      // a country's sources (citations: one file for every language), in that country's part
      else if (name === 'sources.ftl' && /(^|\/)countries\/[a-z]+\/sources\.ftl$/.test(relative(dir, p))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The destinations of the page's core module (www/pkg-core, built before this runs), lower-case, in its order. */
async function destinations() {
  const dir = join(ROOT, 'www', 'pkg-core');
  const mod = await import(pathToFileURL(join(dir, 'tirkeu_core.js')).href);
  mod.initSync({ module: readFileSync(join(dir, 'tirkeu_core_bg.wasm')) });
  return mod.countries().map((c) => c.code.toLowerCase());
}
/** The page's destinations, lower-case, the default (the first of countries()) first. */
export const DESTINATIONS = await destinations();

const countryOf = (f) => /(^|\/)src\/countries\/([a-z]+)\//.exec(relative(ROOT, f))?.[2] || null;

/** The files of `lang` the page's catalogs join: every one but those of countries the page's
 * core module does not answer for, and the forms' label renderings (`form.ftl`). */
export function pageSources(lang) {
  return sources(lang).filter((f) => {
    const country = countryOf(f);
    return (!country || DESTINATIONS.includes(country)) && !f.endsWith('/form.ftl');
  });
}

/**
 * The page's files of `lang` by the file they go to: `shared` (no country's), `<cc>` (a
 * destination's, but its FAQ and its form's checks) and `<cc>-faq` (its faq.ftl), in that order.
 * A country's `errors.ftl` (its form's checks, `<cc>-form-err-…`) is in none: only the form
 * module words them, and embeds them.
 */
export function parts(lang) {
  const out = { shared: [] };
  for (const cc of DESTINATIONS) { out[cc] = []; out[`${cc}-faq`] = []; }
  for (const f of pageSources(lang)) {
    const cc = countryOf(f);
    if (cc && f.endsWith('/errors.ftl')) continue; // the form's checks: the form module embeds them
    out[!cc ? 'shared' : f.endsWith('/faq.ftl') ? `${cc}-faq` : cc].push(f);
  }
  return out;
}

/** The page's IDs it shows only in its later sections (`<template id="later">`, put in place
 * after the first answer: docs/page.md), which go to later.ftl. */
export const LATER = /^ui-(d|form|store|app|faq|across)-/;
/** The words of the views across borders (the comparison, the route, the planning view: IDs
 * ui-x-), which go to across.ftl: the page fetches it when one of those views is opened, the
 * embed never. */
export const ACROSS = /^ui-x-/;

/** A file without its comments and blank lines: the notes are for translators, who work on
 * src/; the page need not download them (they are a fifth of the file gzipped). */
function shipped(body) {
  return body.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => `${l}\n`).join('');
}

/** `files` joined, each under a `##` comment naming it (`label`), or without (`label` false:
 * the files the page fetches, whose every byte counts); an ID defined twice among them throws. */
function join_(files, { seen = new Map(), label = true } = {}) {
  let text = '';
  for (const f of files) {
    const body = readFileSync(f, 'utf8');
    for (const m of body.matchAll(/^([a-z][a-z0-9-]*) *=/gm)) {
      if (seen.has(m[1])) throw new Error(`${m[1]} is in ${seen.get(m[1])} and ${relative(ROOT, f)}`);
      seen.set(m[1], relative(ROOT, f));
    }
    text += label ? `\n## ${relative(ROOT, f)}\n${shipped(body)}` : shipped(body);
  }
  return text;
}
const head = (lang, what) => `### Generated by scripts/catalogs.mjs from src/**/locales/${lang}/*.ftl (${what}); do not edit.\n`;

/** The whole catalog of `lang` (www/locales/<lang>.ftl): every destination's messages, or only
 * destination `only`'s (what the one file the page fetched before the split held for it). */
export function joined(lang, only) {
  const files = pageSources(lang).filter((f) => !only || [null, only].includes(countryOf(f)));
  return head(lang, 'every file') + join_(files);
}

/**
 * The files of `lang` the page and the embed fetch, by name (`shared`, `kz`, `kz-faq`, …) → text.
 * shared.ftl's first line names the destinations, the default first (js/i18n.js reads it when
 * nothing else says which destination to fetch).
 */
export function split(lang) {
  const seen = new Map(); // an ID in two of the files fails too
  const out = {};
  for (const [name, files] of Object.entries(parts(lang))) {
    const first = name === 'shared' ? `### destinations: ${DESTINATIONS.join(' ')}\n` : '';
    out[name] = `${first}### Generated by scripts/catalogs.mjs; do not edit.\n${join_(files, { seen, label: false })}`;
  }
  // the later sections' words out of the shared part: each message is its first line and the
  // indented ones after it (the notes and blank lines are gone)
  const later = [];
  const across = [];
  const early = [];
  let into = early;
  for (const line of out.shared.split('\n')) {
    const id = /^([a-z][a-z0-9-]*) *=/.exec(line)?.[1];
    if (id) into = ACROSS.test(id) ? across : LATER.test(id) ? later : early;
    else if (/^#/.test(line)) into = early;
    into.push(line);
  }
  out.shared = early.join('\n');
  out.later = `### Generated by scripts/catalogs.mjs; do not edit.\n${later.join('\n')}\n`;
  out.across = `### Generated by scripts/catalogs.mjs; do not edit.\n${across.join('\n')}\n`;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = join(ROOT, 'www', 'locales');
  rmSync(out, { recursive: true, force: true }); // no file of a destination that has gone
  mkdirSync(out, { recursive: true });
  for (const l of LANGS) {
    writeFileSync(join(out, `${l}.ftl`), joined(l));
    mkdirSync(join(out, l));
    for (const [name, text] of Object.entries(split(l))) writeFileSync(join(out, l, `${name}.ftl`), text);
  }
}
