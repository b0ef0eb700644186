// The TypeScript declarations of the JS contract (src/wasm/types.rs, written by wasm-bindgen into
// each package's .d.ts): tests/ts/contract.ts type-checks against them (the README's examples
// pass, misuse is refused), and every key of real answers is declared in its interface.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { load } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const t = await load();

test('tests/ts/contract.ts type-checks against www/pkg/tirkeu.d.ts (tsc --strict)', () => {
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  // Throws, with tsc's messages, if any use in contract.ts is wrong or any @ts-expect-error unused.
  execFileSync(process.execPath, [tsc, '-p', 'tests/ts'], { cwd: root, stdio: 'pipe' });
});

test('each package declares its exports with the contract types', () => {
  for (const [file, fns] of [
    ['www/pkg/tirkeu.d.ts', ['evaluate(scenario: Scenario): Assessment', 'calendar(country: string, year: number, lang?: Lang): CalendarYear', 'formPdf(scenario: Scenario, details?: Details, facts?: FormFacts): Uint8Array', 'calendarIcs(scenario: Scenario): string', 'countries(): CountryInfo[]']],
    ['www/pkg-core/tirkeu_core.d.ts', ['evaluate(scenario: Scenario): Assessment']],
    ['www/pkg-form/tirkeu_form.d.ts', ['formHtml(scenario: Scenario, details?: Details, facts?: FormFacts): string', 'loadCjkFont(bytes: Uint8Array | number[]): boolean']],
  ]) {
    const dts = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const f of fns) assert.ok(dts.includes(`export function ${f};`), `${file}: ${f}`);
  }
});

/** The keys an interface of the declarations names. */
function declared(name) {
  const dts = readFileSync(new URL('../../www/pkg/tirkeu.d.ts', import.meta.url), 'utf8');
  // An interface may be generic over its text type (`Obligation<T = string>`).
  const m = new RegExp(`export interface ${name}(?:<[^>]*>)? \\{([\\s\\S]*?)\\n\\}`).exec(dts) || new RegExp(`export interface ${name}(?:<[^>]*>)? \\{([^}]*)\\}`).exec(dts);
  assert.ok(m, `interface ${name}`);
  return new Set([...m[1].matchAll(/(?:^|[;{\s])(\w+)\??:/g)].map((x) => x[1]));
}

test('every key of real answers is declared in its interface', () => {
  const answers = [
    t.evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }] }),
    t.evaluate({ destination: 'KZ', citizenship: 'RU', entryDate: '2026-11-20', exitDate: '2027-03-18', moves: [{ date: '2026-12-01', accommodation: 'hotel' }] }),
    t.evaluate({ destination: 'KZ', citizenship: 'GB', entryDate: '2018-03-06', exitDate: '2018-04-20', visa: 'business', birthDate: '2010-01-01' }),
    t.evaluate({ destination: 'KZ', citizenship: 'UZ', entryDate: '2026-11-20' }),
  ];
  const check = (name, objs) => {
    const keys = declared(name);
    for (const o of objs) for (const k of Object.keys(o)) assert.ok(keys.has(k), `${name}.${k} is not declared`);
  };
  for (const a of answers) {
    check('Assessment', [a]);
    check('Obligation', a.obligations);
    check('Stay', [a.stay]);
    check('Warning', a.warnings);
    check('Exemption', a.exemptions);
    check('Channel', a.obligations.flatMap((o) => o.channels));
    check('Alternative', a.obligations.flatMap((o) => o.alternatives));
    check('Count', a.obligations.map((o) => o.count));
    check('Step', a.obligations.flatMap((o) => o.steps));
    check('Penalty', [...a.obligations.map((o) => o.penalty), a.stay.penalty].filter(Boolean));
    check('PenaltyLine', [...a.obligations.map((o) => o.penalty), a.stay.penalty].filter(Boolean).flatMap((p) => p.lines));
    check('LimitResult', a.stay.limits);
    check('Source', a.obligations.flatMap((o) => o.sources));
  }
  check('CountryInfo', t.countries());
  check('CalendarYear', [t.calendar('KZ', 2026)]);
  check('CalendarDay', t.calendar('KZ', 2026).days);
  try { t.evaluate({ destination: 'KZ' }); assert.fail('should throw'); } catch (e) { check('InputError', [e]); }
});
