// Type-checked by `tsc -p tests/ts` (tests/js/types.test.mjs): the declarations wasm-bindgen
// writes for the documented package must accept the README's examples and refuse misuse.
import init, { evaluate, compute, loadCatalog, calendar, countries, version, formHtml, formPdf, formCss, calendarIcs } from '../../www/pkg/tirkeu.js';
import type { Assessment, Facts, Text, TextArg, Scenario, InputError, Obligation, CalendarYear, Details, Warning } from '../../www/pkg/tirkeu.js';

export async function example(): Promise<string> {
  await init();
  const s: Scenario = {
    destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06',
    exitDate: '2026-04-20', birthDate: '1990-05-01',
    passport: 'ordinary', visa: 'none', accommodation: 'private',
    trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }],
    moves: [{ date: '2026-03-20', accommodation: 'hotel', otherRegion: true }],
    lang: 'zh',
  };
  const a: Assessment = evaluate(s);
  const first: Obligation | undefined = a.obligations[0];
  const due: string | undefined = first?.dueDate;
  const last: string | null = a.stay.lastDay;
  const needsVisa: Warning | undefined = a.warnings.find((w) => w.code === 'needs-visa');
  const later = first?.alternatives.every((x) => x.compared === 'later' || x.compared === 'same');
  const penalty = a.stay.penalty?.lines.map((l) => (l.sanction === 'unquantified' ? l.text : l.units));
  const y: CalendarYear = calendar('KZ', 2026);
  const y2: CalendarYear = calendar('KZ', 2027, 'ru');
  const provisional: boolean = y2.days.some((d) => d.provisional);
  const codes: string[] = countries().map((c) => c.code);
  const details: Details = { surname: 'Müller', givenNames: 'Łukasz', sex: 'M', children: [{ name: 'Ann' }] };
  const html: string = formHtml(s, details);
  const pdf: Uint8Array = formPdf(s);
  const css: string = formCss();
  const ics: string = calendarIcs(s);
  const facts: Facts = compute(s);
  const title: Text | undefined = facts.obligations[0]?.title;
  const arg: TextArg | undefined = facts.stay.limits[0]?.text.args['entry'];
  const n: number = loadCatalog('ru', 'x = y');
  try {
    evaluate({ destination: 'KZ', citizenship: 'XX', entryDate: '2026-02-30' });
  } catch (e) {
    const err = e as InputError;
    return `${err.code} ${err.field} ${err.message}`;
  }
  return [due, last, needsVisa?.message, later, penalty, y.year, provisional, codes, html, pdf.length, css, ics, title?.id, arg, n, version()].join();
}

export function misuse(): void {
  // @ts-expect-error: entryDate is required
  evaluate({ destination: 'KZ', citizenship: 'DE' });
  // @ts-expect-error: accommodation is one of private, hotel, organization
  evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', accommodation: 'tent' });
  // @ts-expect-error: an assessment has no field dueDate at the top
  const d: string = evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06' }).dueDate;
  // @ts-expect-error: the year is a number
  calendar('KZ', '2026');
  // @ts-expect-error: the facts have no lang
  const l: string = compute({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06' }).lang;
  // @ts-expect-error: a fact's text is a message reference, not a string
  const t: string = compute({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06' }).disclaimer;
  void l;
  void t;
  void d;
}
