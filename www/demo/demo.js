// The host page's side of the demo (what a travel site would write).

// 1. The custom element tells the page about every new result.
document.addEventListener('tirkeu-result', (e) => {
  if (e.target.id !== 'tk') return;
  const o = e.detail.obligations[0];
  document.getElementById('host-echo').textContent = o ? `Widget: ${o.title}, due ${o.dueDate}.` : 'Widget: nothing to do.';
});

// 2. The iframe: the frame's address names this page's origin as `parent`; only messages from the
//    widget's origin and from this very frame are read. (On a real site: the widget's origin as a
//    constant, e.g. const WIDGET = 'https://tirkeu.example'.)
const WIDGET = new URL('../', import.meta.url).origin;
const frame = document.getElementById('tirkeu-frame');
frame.src = new URL(`../frame.html?parent=${encodeURIComponent(location.origin)}&lang=en&compact`, import.meta.url).href;
window.addEventListener('message', (e) => {
  if (e.origin !== WIDGET || e.source !== frame.contentWindow || !e.data) return;
  if (e.data.type === 'tirkeu:height') frame.style.height = `${e.data.height}px`;
  if (e.data.type === 'tirkeu:result') {
    const o = e.data.assessment.obligations[0];
    document.getElementById('frame-echo').textContent = o ? `Frame: ${o.title}, due ${o.dueDate}.` : 'Frame: nothing to do.';
  }
});
