// The widget's CSS, adopted into its shadow root as a constructed stylesheet (allowed by a strict
// host CSP without 'unsafe-inline'). `.root` resets every inherited property with `all: initial`,
// so the host's fonts, colours, line heights or box-sizing never reach inside; only the
// documented custom properties (--tirkeu-*) cross the boundary on purpose.
export const CSS = `
:host { display: block; contain: content; max-width: 100%; min-width: 0; }
:host([hidden]) { display: none; }
.root {
  all: initial; display: block; box-sizing: border-box; max-width: 100%; overflow-wrap: anywhere;
  font: 400 var(--tirkeu-font-size, 16px)/1.45 var(--tirkeu-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif);
  color: var(--tirkeu-text, #1b1f24); background: var(--tirkeu-bg, #fff);
  border: 1px solid var(--tirkeu-border, #d0d7de); border-radius: var(--tirkeu-radius, 12px);
  padding: 16px; text-align: start;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
h2, h3, p, ul, ol, form, fieldset, section, article { margin: 0; padding: 0; border: 0; }
h2 { font-size: 1.25em; line-height: 1.25; margin-bottom: 4px; font-weight: 700; }
h3 { font-size: 1.05em; line-height: 1.3; font-weight: 700; }
.lead { color: var(--tirkeu-muted, #57606a); font-size: .9em; margin-bottom: 12px; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr)); gap: 10px 14px; }
.field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
label { font-weight: 600; font-size: .9em; }
label small { font-weight: 400; color: var(--tirkeu-muted, #57606a); }
input, select, button {
  font: inherit; color: inherit; margin: 0; min-height: 44px; min-width: 44px; width: 100%;
  padding: 8px 10px; border: 1px solid var(--tirkeu-border, #8c959f); border-radius: 8px;
  background: var(--tirkeu-field-bg, #fff); display: block; appearance: auto; line-height: 1.2;
}
input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible, summary:focus-visible {
  outline: 3px solid var(--tirkeu-accent, #0b5cad); outline-offset: 2px;
}
[aria-invalid="true"] { border-color: var(--tirkeu-danger, #b42318); border-width: 2px; }
button { background: var(--tirkeu-accent, #0b5cad); color: var(--tirkeu-accent-text, #fff); border: 0; font-weight: 600; cursor: pointer; }
.msg { color: var(--tirkeu-danger, #b42318); font-weight: 600; margin-top: 12px; }
.msg:empty { display: none; }
.res { margin-top: 16px; display: grid; gap: 12px; }
.res:empty { display: none; }
.card { border: 1px solid var(--tirkeu-border, #d0d7de); border-left: 4px solid var(--tirkeu-accent, #0b5cad); border-radius: 8px; padding: 12px; display: grid; gap: 6px; }
.who { font-size: .9em; }
.k { color: var(--tirkeu-muted, #57606a); }
.due { font-size: 1.15em; font-weight: 700; color: var(--tirkeu-accent, #0b5cad); }
.lastday { border-left-color: var(--tirkeu-muted, #57606a); }
.warnings { border-left-color: var(--tirkeu-warn, #9a6700); background: var(--tirkeu-warn-bg, #fff8c5); }
.warnings ul { padding-inline-start: 1.2em; display: grid; gap: 4px; }
.over { color: var(--tirkeu-danger, #b42318); font-weight: 600; }
details { font-size: .92em; }
summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--tirkeu-accent, #0b5cad); font-weight: 600; list-style-position: inside; }
summary::-webkit-details-marker { margin-inline-end: 6px; }
details > * + * { margin-top: 4px; }
ol, ul { padding-inline-start: 1.4em; }
li { margin: 2px 0; }
a { color: var(--tirkeu-accent, #0b5cad); text-decoration: underline; }
.sources a { display: inline-block; min-height: 44px; padding: 10px 0; }
.small { font-size: .85em; color: var(--tirkeu-muted, #57606a); }
.foot { font-size: .82em; color: var(--tirkeu-muted, #57606a); display: grid; gap: 2px; border-top: 1px solid var(--tirkeu-border, #d0d7de); padding-top: 8px; }
.button { display: flex; align-items: center; justify-content: center; min-height: 44px; padding: 8px 14px; margin-top: 8px; border-radius: 8px;
  background: var(--tirkeu-accent, #0b5cad); color: var(--tirkeu-accent-text, #fff); text-decoration: none; font-weight: 600; justify-self: start; }
.nothing { font-weight: 600; }
.loading { color: var(--tirkeu-muted, #57606a); }
:host([compact]) .root { padding: 10px; font-size: var(--tirkeu-font-size, 15px); }
:host([compact]) h2, :host([compact]) .lead { display: none; }
:host([compact]) form { gap: 6px 10px; }
:host([compact]) .card { padding: 8px; }
:host([compact]) .what, :host([compact]) .who-detail { display: none; }
`;
