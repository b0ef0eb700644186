// Kazakhstan as of December 2026 on the page, in each language (issue 10): a visa-free German
// staying beyond 30 days sees no permit card but the engine's needs-visa answer in the FAQ and
// the warnings; a Russian who self-registers reads in the FAQ that it gives an electronic
// certificate, not a card; a US citizen is told nothing of it; a longer overstay shows words,
// not an invented amount; the post channel is labelled as post.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled, fragment, nodeEngine, ARTIFACTS } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const { server, url } = await serve();
const browser = await launch();
const engine = await nodeEngine();
test.after(async () => { await browser.close(); server.close(); });

const GERMAN = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };
const RUSSIAN = { destination: 'KZ', citizenship: 'RU', entryDate: '2026-11-20', exitDate: '2027-01-18', accommodation: 'private' };

for (const lang of LANGS) {
  test(`${lang}: a German beyond 30 days gets needs-visa, not a permit; overstay beyond 5 days in words`, async () => {
    const a = engine.evaluate({ ...GERMAN, lang });
    const w = a.warnings.find((x) => x.code === 'needs-visa');
    assert.ok(w);
    const page = await open(browser, `${url}${fragment(GERMAN, lang)}`);
    await settled(page);
    assert.equal(await page.locator('.obligation.kind-temporary-residence-permit').count(), 0);
    // The engine's sentence, in the page's language, under "renew" and among the warnings.
    assert.equal(await page.locator('#faq-renew .warn-text').textContent(), w.message);
    assert.equal(await page.locator('#warnings li[data-code="needs-visa"] p').first().textContent(), w.message);
    // Art. 517 beyond 5 days: the engine's words, no amount.
    const last = a.stay.penalty.lines.at(-1);
    assert.equal(last.sanction, 'unquantified');
    assert.ok((await page.locator('#stay .penalty li').last().textContent()).includes(last.text));
    // The post channel is labelled as post, in the language.
    assert.equal(await page.locator('.obligation .channels .mode.post').first().textContent(), strings(lang)('ui-ob-by-post'));
    if (lang === 'zh' || lang === 'ru') await page.screenshot({ path: `${ARTIFACTS}kz2026-needs-visa-${lang}.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: the registration certificate is named only for those who self-register`, async () => {
    const a = engine.evaluate({ ...RUSSIAN, lang });
    const reg = a.obligations.find((o) => o.kind === 'registration');
    assert.ok(reg && reg.result);
    const page = await open(browser, `${url}${fragment(RUSSIAN, lang)}`);
    await settled(page);
    const faq = await page.locator('#faq-card').textContent();
    assert.ok(faq.includes(reg.result), faq);
    assert.ok(await page.locator(`.obligation[data-rule="${reg.rule}"] .result`).count() === 1);
    // A US citizen over the same dates: no self-registration, no certificate, no open question.
    await page.goto(`${url}${fragment({ ...RUSSIAN, citizenship: 'US', exitDate: '2026-12-15' }, lang)}`);
    await settled(page);
    await page.waitForFunction(() => !document.querySelector('.obligation.kind-registration'));
    assert.ok(!(await page.locator('#faq-card').textContent()).includes(reg.result));
    assert.equal(await page.locator('#warnings li[data-code^="scope"], #warnings li[data-code="host-and-self-registration"]').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
