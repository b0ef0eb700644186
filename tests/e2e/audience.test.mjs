// Spoken to whoever uses the page (issue 12): the traveller (default), a host, a hotel, an
// organisation. The engine's texts stay as they are; the page's who-labels, order, emphasis and
// its own sentences address the visitor, in all four languages; `as=` in the fragment, and
// remembered with the scenario.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled, fragment, nodeEngine, ARTIFACTS } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const { server, url } = await serve();
const browser = await launch();
const engine = await nodeEngine();
test.after(async () => { await browser.close(); server.close(); });

const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-03-25' };
// A Russian who also registers herself online (a duty of the foreigner), at a hotel.
const RUSSIAN = { destination: 'KZ', citizenship: 'RU', entryDate: '2026-11-20', exitDate: '2027-01-18' };
/** Calendar days from the count's start to the due date, both included. */
const span = (o) => (Date.parse(o.dueDate) - Date.parse(o.count.from)) / 864e5 + 1;
/** The text holds every literal part of the template (the placeholders are dates, links, …). */
const holds = (text, tpl) => tpl.split(/\{\w+\}/).map((x) => x.trim()).filter(Boolean).every((x) => text.includes(x));

async function cards(page) {
  return page.$$eval('.obligation', (cs) => cs.map((c) => ({
    who: c.dataset.who,
    label: c.querySelector('.who strong').textContent,
    mine: c.classList.contains('mine'),
    badge: c.querySelector('.mine-badge')?.textContent || null,
    part: c.querySelector('.part')?.textContent || null,
    due: c.querySelector('.due time').getAttribute('datetime'),
    channels: [...c.querySelectorAll('.channels > li > a, .channels > li > span:not(.mode)')].map((x) => x.textContent),
    forYou: [...c.querySelectorAll('.penalty li.for-you .offender')].map((x) => x.textContent.replace(/: $/, '')),
    notYou: [...c.querySelectorAll('.penalty li.not-you .offender')].map((x) => x.textContent.replace(/: $/, '')),
  })));
}

for (const lang of LANGS) {
  const S = strings(lang);

  test(`${lang}: a hotel (as=hotel) reads its own duty first, its own system first, the organisations' fines highlighted`, async () => {
    // The link does not say where the guest stays: for a hotel, at the hotel.
    const page = await open(browser, `${url}${fragment(RUSSIAN, lang)}&as=hotel`);
    assert.ok(await page.isChecked('input[name=audience][value=hotel]'));
    assert.ok(await page.isChecked('input[name=accommodation][value=hotel]'), 'a hotel\'s guest stays at the hotel');
    assert.match(page.url(), /accommodation=hotel.*as=hotel/);
    const a = engine.evaluate({ ...RUSSIAN, accommodation: 'hotel', lang });
    const cs = await cards(page);
    assert.equal(cs.length, a.obligations.length);
    // Its own duty first, addressed to it, marked as its own.
    assert.equal(cs[0].who, 'hotel');
    assert.equal(cs[0].label, S('ui-who-self-hotel'));
    assert.equal(cs[0].badge, S('ui-ob-mine'));
    // The guest's own duty after it, said as the guest's, with what the hotel can do about it.
    const guest = cs.find((c) => c.who === 'foreigner');
    assert.ok(guest && !guest.mine);
    assert.equal(guest.label, S('ui-who-guest'));
    assert.equal(guest.part, S('ui-ob-guest-part'));
    // Same deadlines as the engine, whatever the order.
    assert.deepEqual(cs.map((c) => c.due).sort(), a.obligations.map((o) => o.dueDate).sort());
    // The hotel's own system and eQonaq before the portals private hosts use.
    const notice = a.obligations.find((o) => o.who === 'hotel');
    const name = (id) => notice.channels.find((c) => c.id === id).name;
    assert.deepEqual(cs[0].channels.slice(0, 2), [name('kz-hotel'), name('kz-eqonaq')]);
    assert.ok(cs[0].channels.indexOf(name('kz-vmp')) > 1);
    assert.equal(await page.locator('.obligation.mine .other-channels').first().textContent(), S('ui-ob-other-channels', { audience: 'hotel' }));
    // Fines: the lines for organisations highlighted, the individual's not.
    const lines = notice.penalty.lines;
    assert.deepEqual(cs[0].forYou, lines.filter((l) => l.party === 'organization').map((l) => l.offender));
    assert.deepEqual(cs[0].notYou, lines.filter((l) => l.party === 'individual').map((l) => l.offender));
    assert.equal(await page.locator('.obligation.mine .penalty li.for-you .for-you-tag').first().textContent(), ` (${S('ui-ob-for-you')})`);
    // The page's own words speak of "the guest"; the key dates lead with the hotel's deadline.
    assert.equal(await page.textContent('h1'), S('kz-ui-title', { audience: 'host' }));
    assert.equal(await page.textContent('#trip-h'), S('ui-trip-h', { audience: 'host' }));
    assert.equal(await page.textContent('#faq-card h3'), S('kz-faq-card-q', { audience: 'host' }));
    assert.equal(await page.textContent('#faq-who h3 + p'), S('kz-faq-who-self', { who: S('ui-who-self-hotel') }));
    assert.ok((await page.textContent('.glance .deadline .k')).startsWith(S('ui-who-self-hotel')));
    if (lang === 'en' || lang === 'zh') await page.screenshot({ path: `${ARTIFACTS}audience-hotel-${lang}.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: a host reads "You (the host)", the individual's fine highlighted; the traveller reads "Your host" and "You"`, async () => {
    const page = await open(browser, `${url}${fragment({ ...STAY, accommodation: 'private' }, lang)}&as=host`);
    let cs = await cards(page);
    assert.equal(cs[0].label, S('ui-who-self-host'));
    assert.ok(cs[0].mine);
    const a = engine.evaluate({ ...STAY, accommodation: 'private', lang });
    assert.deepEqual(cs[0].forYou, a.obligations[0].penalty.lines.filter((l) => l.party === 'individual').map((l) => l.offender));
    assert.ok(holds(await page.textContent('#faq-card'), S('kz-faq-notify-self', { date: '{date}', n: a.obligations[0].count.days, days: span(a.obligations[0]) })), 'the FAQ tells the host "You must notify"');
    assert.equal(await page.textContent('#faq-stay h3'), S('kz-faq-stay-q', { audience: 'host' }));

    // The same link for the traveller (no `as`): "Your host", with the traveller's part.
    await page.goto(`${url}${fragment({ ...RUSSIAN, accommodation: 'private' }, lang)}`);
    await page.waitForSelector('body[data-ready]');
    await settled(page);
    cs = await cards(page);
    const host = cs.find((c) => c.who === 'host');
    assert.equal(host.label, S('ui-who-host'));
    assert.ok(!host.mine);
    assert.equal(host.part, S('ui-ob-your-part'));
    assert.deepEqual(host.forYou, [], 'no fine line is the traveller\'s in the host\'s article');
    const self = cs.find((c) => c.who === 'foreigner');
    assert.equal(self.label, S('ui-who-foreigner'));
    assert.equal(self.badge, S('ui-ob-mine'));
    assert.equal(await page.textContent('h1'), S('kz-ui-title'));
    assert.equal(await page.textContent('#faq-card h3'), S('kz-faq-card-q'));
    assert.ok(!page.url().includes('as='), 'the traveller is the default, left out of the address');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('choosing "organisation" addresses it and sets where the guest stays, unless that was chosen', async () => {
  const page = await open(browser, `${url}#citizenship=DE&entryDate=2026-03-06&exitDate=2026-03-25&lang=en`);
  await page.check('input[name=audience][value=organization]');
  await settled(page);
  assert.ok(await page.isChecked('input[name=accommodation][value=organization]'));
  assert.equal(await page.textContent('#status').then((s) => s.startsWith(strings('en')('ui-aud-acc-set', { acc: strings('en')('ui-acc-short-organization') }))), true);
  assert.match(page.url(), /accommodation=organization.*as=organization/);
  const cs = await cards(page);
  assert.equal(cs[0].label, strings('en')('ui-who-self-organization'));
  assert.equal(await page.textContent('label[for=f-accommodation], #f-accommodation legend'), strings('en')('ui-f-accommodation', { audience: 'host' }));
  // Where the guest stays, chosen by the visitor, is not changed by another choice of audience.
  await page.check('input[name=accommodation][value=private]');
  await page.check('input[name=audience][value=hotel]');
  await settled(page);
  assert.ok(await page.isChecked('input[name=accommodation][value=private]'));
  assert.equal((await cards(page))[0].label, strings('en')('ui-who-other-host'));
  // Back to the traveller: "You", "Your host".
  await page.check('input[name=audience][value=traveller]');
  await settled(page);
  assert.equal((await cards(page))[0].label, strings('en')('ui-who-host'));
  assert.equal(await page.textContent('h1'), strings('en')('kz-ui-title'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the audience is remembered with the scenario (opt-in) and restored from the link; a bad value is noted', async () => {
  const page = await open(browser, `${url}${fragment({ ...STAY, accommodation: 'hotel' })}&as=hotel`);
  await page.check('#remember');
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('tirkeu.scenario'))).audience, 'hotel');
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');
  assert.ok(await page.isChecked('input[name=audience][value=hotel]'));
  assert.equal((await cards(page))[0].label, strings('en')('ui-who-self-hotel'));
  // `audience=` is read as `as=`; a value that is not a choice is said next to the question.
  await page.goto(`${url}${fragment(STAY)}&audience=host`);
  await page.waitForSelector('body[data-ready]');
  assert.ok(await page.isChecked('input[name=audience][value=host]'));
  await page.goto(`${url}${fragment(STAY)}&as=clerk`);
  await page.waitForSelector('body[data-ready]');
  assert.ok(await page.isChecked('input[name=audience][value=traveller]'));
  assert.match(await page.textContent('#e-audience'), /clerk/);
  await page.click('#forget');
  assert.equal(await page.evaluate(() => localStorage.getItem('tirkeu.scenario')), null);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
