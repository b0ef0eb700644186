// The page's words in each language, as the page shows them: the Fluent catalogs of the source
// tree (src/**/locales/<lang>/*.ftl, the files scripts/catalogs.mjs joins for the page) read by the page's own
// reader (www/js/fluent.js). `S(lang)(id, args)` formats a message for the traveller unless
// `args.audience` says otherwise.
import { readFileSync } from 'node:fs';
import { Catalog } from '../../www/js/fluent.js';
import { LANGS, pageSources } from '../../scripts/catalogs.mjs';

export { LANGS };
export const CATALOGS = Object.fromEntries(LANGS.map((l) => [l, new Catalog(l, pageSources(l).map((f) => readFileSync(f, 'utf8')).join('\n'))]));

/** A formatter for `lang`: (id, args) → the text. */
export function S(lang) {
  return (id, args = {}) => CATALOGS[lang].format(id, { audience: 'traveller', ...args });
}
