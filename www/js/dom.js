// Small DOM helpers: elements are built with createElement and textContent only, so no text
// from the engine or the user is ever parsed as HTML. Shared with the embeddable element, which
// runs on other sites' pages: no Object.entries, JSON or Array.prototype map/forEach/push here,
// which host pages are known to replace (tests/e2e/embed.test.mjs replaces them).
import { formatDate } from './i18n.js';

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const k of Object.keys(props)) {
    const v = props[k];
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('aria-') || k.startsWith('data-') || k === 'role' || k === 'for') e.setAttribute(k, v === true ? 'true' : v);
    else e[k] = v;
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** <time datetime="YYYY-MM-DD"> with the date written in the UI language. */
export function time(iso, opts) {
  return el('time', { dateTime: iso, text: formatDate(iso, opts) });
}

/** Fills a template like "due by {date}" with strings or nodes. */
export function fill(template, parts) {
  const out = [];
  let last = 0;
  template.replace(/\{(\w+)\}/g, (m, k, i) => {
    out[out.length] = template.slice(last, i);
    out[out.length] = k in parts ? parts[k] : m;
    last = i + m.length;
    return m;
  });
  out[out.length] = template.slice(last);
  return out.filter((x) => x !== '');
}

/**
 * Marks `input` as invalid and described by the message element `msgId` (on), or no longer
 * (off), keeping the other IDs of its aria-describedby (a hint).
 */
export function markInvalid(input, msgId, on = true) {
  const ids = (input.getAttribute('aria-describedby') || '').split(' ');
  let kept = '';
  for (let i = 0; i < ids.length; i++) if (ids[i] && ids[i] !== msgId) kept += `${kept ? ' ' : ''}${ids[i]}`;
  if (on) kept += `${kept ? ' ' : ''}${msgId}`;
  if (on) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  if (kept) input.setAttribute('aria-describedby', kept); else input.removeAttribute('aria-describedby');
}

/** Saves `bytes` (a string or bytes) as file `name` of MIME `type`, through a Blob URL and a
 * hidden link; returns `name`. */
export function download(bytes, type, name) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

export function $(sel, root = document) { return root.querySelector(sel); }
export function $$(sel, root = document) { return [...root.querySelectorAll(sel)]; }
