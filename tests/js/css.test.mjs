// The stylesheet is one file that several views append to: a block left open (a lost `}` after a
// merge) silently nests everything after it inside an @media query, and the browser drops or
// misapplies those rules without an error. Every `{` is closed, and no section (a `/* ---- …`
// comment at the start of a line) begins inside a block.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

for (const file of ['style.css', 'embed/frame.css', 'demo/demo.css']) {
  test(`www/${file}: every block is closed, no section starts inside one`, () => {
    const css = readFileSync(new URL(`../../www/${file}`, import.meta.url), 'utf8');
    let depth = 0;
    let line = 1;
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '\n') line++;
      else if (c === '/' && css[i + 1] === '*') {
        if (css.startsWith('/* ----', i) && (i === 0 || css[i - 1] === '\n')) assert.equal(depth, 0, `line ${line}: a section starts inside a block`);
        const end = css.indexOf('*/', i + 2);
        assert.ok(end > 0, `line ${line}: an unclosed comment`);
        for (let j = i; j < end; j++) if (css[j] === '\n') line++;
        i = end + 1;
      } else if (c === '"' || c === "'") {
        const end = css.indexOf(c, i + 1);
        assert.ok(end > 0, `line ${line}: an unclosed string`);
        i = end;
      } else if (c === '{') depth++;
      else if (c === '}') { depth--; assert.ok(depth >= 0, `line ${line}: a } closes nothing`); }
    }
    assert.equal(depth, 0, 'a block is left open at the end');
  });
}
