// www/frame.html?parent=https://travel.example&lang=zh&compact — the widget in an iframe.
//  - posts { type: 'tirkeu:height', height } whenever its height changes: to `parent` when given,
//    otherwise to '*' (a height in pixels says nothing about the user, and without a named parent
//    the host could not size the frame at all);
//  - posts { type: 'tirkeu:result', assessment } only to the origin named in `parent`: the
//    assessment describes the user's trip, so it never goes to '*'; likewise
//    { type: 'tirkeu:engine-restart', call } when the engine had to be re-created;
//  - accepts { type: 'tirkeu:scenario', scenario } and { type: 'tirkeu:lang', lang } only from
//    that same origin (event.origin) and only from the window that framed it (event.source).
const q = new URLSearchParams(location.search);
let parentOrigin = null;
try {
  const p = q.get('parent');
  if (p && new URL(p).origin === p.replace(/\/$/, '')) parentOrigin = new URL(p).origin;
} catch { /* not an origin: treated as absent */ }

const widget = document.querySelector('tirkeu-calculator');
for (const a of ['lang', 'destination']) if (q.get(a)) widget.setAttribute(a, q.get(a));
if (q.has('compact')) widget.setAttribute('compact', '');
if (q.get('lang')) document.documentElement.lang = q.get('lang');

const framed = window.parent !== window;
function post(msg, origin) { if (framed) window.parent.postMessage(msg, origin); }

let lastHeight = -1;
function sendHeight() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post({ type: 'tirkeu:height', height }, parentOrigin || '*');
}
new ResizeObserver(sendHeight).observe(document.body);

widget.addEventListener('tirkeu-result', (e) => {
  if (parentOrigin) post({ type: 'tirkeu:result', assessment: e.detail }, parentOrigin);
});
// The engine trapped and was re-created (js/engine.js): the parent may want to log it.
widget.addEventListener('tirkeu-engine-restart', (e) => {
  if (parentOrigin) post({ type: 'tirkeu:engine-restart', call: e.detail.call }, parentOrigin);
});

window.addEventListener('message', (e) => {
  if (!parentOrigin || e.origin !== parentOrigin || e.source !== window.parent) return;
  const d = e.data;
  if (!d || typeof d !== 'object') return;
  // (once the element is defined: frame.html loads this script first, and a property set on the
  // element before would hide the element's own setter)
  if (d.type === 'tirkeu:scenario' && d.scenario && typeof d.scenario === 'object') customElements.whenDefined('tirkeu-calculator').then(() => { widget.scenario = d.scenario; });
  else if (d.type === 'tirkeu:lang' && typeof d.lang === 'string') widget.setAttribute('lang', d.lang);
});
