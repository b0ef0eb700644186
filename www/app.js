// Minimal page for the engine issue: reads the form, calls evaluate() on every change, shows
// the obligations with their counting steps. The full calculator page replaces this.
import init, { evaluate, version } from './pkg/tirkeu.js';

const form = document.getElementById('scenario');
const out = document.getElementById('result');
const errorBox = document.getElementById('error');

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}
function time(iso) {
  return el('time', { dateTime: iso, textContent: iso });
}

function scenario() {
  const s = {};
  for (const [k, v] of new FormData(form)) if (v !== '') s[k] = v;
  return s;
}

function render(a) {
  out.replaceChildren();
  for (const o of a.obligations) {
    const sources = el('ul');
    for (const s of o.sources) sources.append(el('li', {}, el('a', { href: s.url, textContent: s.title, rel: 'noreferrer' }), ` — ${s.article} (${s.confidence})`));
    const steps = el('ol', { className: 'steps' });
    for (const line of o.stepsText) steps.append(el('li', { textContent: line }));
    out.append(el('article', { className: 'card' },
      el('h2', { textContent: o.title }),
      el('p', {}, `Who: ${o.who}. Due: `, el('span', { className: 'due' }, time(o.dueDate))),
      ...(o.conditional ? [el('p', { textContent: `Condition: ${o.conditional}` })] : []),
      el('p', { textContent: o.what }),
      steps,
      el('details', {}, el('summary', { textContent: 'Sources' }), sources)));
  }
  for (const e of a.exemptions) out.append(el('article', { className: 'card' }, el('h2', { textContent: `Exempt: ${e.kind}` }), el('p', { textContent: e.reason })));
  const stay = el('article', { className: 'card' }, el('h2', { textContent: 'Last lawful day of the stay' }));
  stay.append(a.stay.lastDay ? el('p', { className: 'due' }, time(a.stay.lastDay)) : el('p', { textContent: a.stay.note }));
  for (const t of a.stay.stepsText) stay.append(el('p', { textContent: t }));
  out.append(stay);
  for (const w of a.warnings) out.append(el('p', { className: 'card', textContent: `⚠ ${w.message}` }));
  out.append(el('p', { textContent: `Rules checked on ${a.rulesCheckedOn}. ${a.disclaimer}` }));
}

function update() {
  try {
    const a = evaluate(scenario());
    errorBox.textContent = '';
    for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
    render(a);
  } catch (e) {
    errorBox.textContent = e && e.message ? e.message : String(e);
    const field = e && e.field && form.elements.namedItem(e.field.split(/[.[]/)[0]);
    if (field) field.setAttribute('aria-invalid', 'true');
  }
}

await init();
document.getElementById('about').textContent = `tirkeu engine ${version()}`;
form.addEventListener('input', update);
update();
