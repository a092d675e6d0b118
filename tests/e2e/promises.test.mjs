// Issue 13's promises where only a browser can hold them: clients are never erased with "the
// person at the keyboard"; a shared computer keeps nothing once the person is done, in any tab;
// a full device still opens the saved profile; the browser is asked to keep data only after a
// tap; wrong PINs slow changing and removing a PIN too; Safari's 7-day rule is explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, newDevice, shot, quickProfile, savedProfile, waitForStep, assertAccessible, openOtherSkills, tick, next,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const clientKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skillpass.client.')).sort());

test('leaving caseworker mode asks first, offers each client\'s backup, and no erase takes a client', async () => {
  const agency = await newDevice(env, { mode: null, viewport: { width: 1280, height: 800 } });
  const page = await agency.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').click();
  await page.getByTestId('device-caseworker').click();
  await page.getByTestId('new-intake').waitFor();
  for (const name of ['Rosa', 'Tomás']) {
    await page.getByTestId('new-intake').click();
    await page.getByTestId('start').waitFor();
    await page.goto(`${env.origin}/tools.html?step=language`);
    await quickProfile(page, { name });
    await page.getByTestId('clients').click();
    await page.getByTestId('new-intake').waitFor();
  }
  const before = await clientKeys(page);
  assert.equal(before.filter((k) => k.endsWith('.profile')).length, 2);

  await page.goto(`${env.origin}/tools.html?step=device`);
  await page.getByTestId('device-shared').click();
  const ask = page.getByTestId('mode-decision');
  await ask.waitFor();
  // The question is brought into view and gets focus: the tap visibly did something.
  await page.waitForFunction(() => document.activeElement?.id === 'mode-q');
  assert.match(await ask.innerText(), /keeps your clients' profiles/);
  const backups = ask.getByTestId('client-backup');
  assert.equal(await backups.count(), 2, 'one backup button a client');
  assert.deepEqual((await backups.allInnerTexts()).map((t) => t.replace(/^Save a backup of /, '')).sort(), ['Rosa', 'Tomás']);
  const [file] = await Promise.all([page.waitForEvent('download'), backups.first().click()]);
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  assert.match(JSON.parse(text).profile.name, /Rosa|Tomás/, 'the backup is the client\'s saved profile');
  await assertAccessible(page, 'leaving caseworker mode');
  await shot(page, 'desktop-en-leave-caseworker');
  // Cancel changes nothing; "Change it now" changes the mode and keeps every client.
  await ask.getByTestId('cancel').click();
  assert.equal(await ask.count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.device')), 'caseworker');
  await page.getByTestId('device-shared').click();
  await page.getByTestId('mode-change-now').click();
  await page.getByTestId('shared-bar').waitFor();
  assert.deepEqual(await clientKeys(page), before, 'the clients are still there');

  // A person uses the shared computer, then "I'm done" erases them: the clients stay.
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Visitor' });
  await page.getByTestId('done-here').click();
  await page.getByTestId('have-it').click();
  await page.getByTestId('erase-now').click();
  await page.getByTestId('lang-en').waitFor();
  assert.deepEqual(await clientKeys(page), before, '"I\'m done" never erases a client');

  // Back to caseworker mode with someone's profile here: it becomes a new client, and the
  // client that was open before is not written over.
  const values = () => page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), before);
  const kept = await values();
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Visitor Two' });
  await page.goto(`${env.origin}/?step=device`);
  await page.getByTestId('device-caseworker').click();
  await page.getByTestId('new-intake').waitFor();
  assert.deepEqual(await values(), kept, 'the earlier clients are exactly as they were');
  const after = await clientKeys(page);
  assert.equal(after.filter((k) => k.endsWith('.profile')).length, 3, 'the visitor is a new client');
  agency.assertClean();
  await agency.context.close();
});

test('a shared computer: honest words, no autocomplete, the backup\'s folder said, every tab erased, a restored quiet tab erased', async () => {
  const kiosk = await newDevice(env, { mode: 'shared' });
  const a = await kiosk.open();
  await quickProfile(a, { name: 'Rosa' });
  const bar = await a.getByTestId('shared-bar').innerText();
  assert.match(bar, /erased when you tap “I'm done”, or after 10 minutes/);
  assert.doesNotMatch(bar, /when you close the browser\./, 'no promise that session restore breaks');
  await a.goto(`${env.origin}/?step=contact`);
  for (const id of ['#phone', '#email', '#city']) {
    assert.equal(await a.locator(id).getAttribute('autocomplete'), 'off', `${id} offers nothing to the next person`);
  }
  // The profile's link copied to the clipboard: "I'm done" empties the clipboard too.
  await kiosk.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await a.goto(`${env.origin}/?step=share`);
  await a.getByTestId('copy-link').click();
  await a.getByTestId('copied').filter({ hasText: /copied/ }).waitFor();
  assert.match(await a.evaluate(() => navigator.clipboard.readText()), /#\d{20,}/);
  await a.goto(`${env.origin}/?step=profile`);
  await a.getByTestId('done-here').click();
  await Promise.all([a.waitForEvent('download'), a.getByTestId('handoff-file').click()]);
  assert.match(await a.getByTestId('flash').innerText(), /Downloads folder of this computer\. Take it with you, then delete it/);
  await shot(a, 'phone-en-shared-backup-where');

  // A second tab of the same person: erasing in the first erases it there too.
  const b = await kiosk.context.newPage();
  await b.goto(`${env.origin}/`);
  await quickProfile(b, { name: 'Rosa B' });
  await a.getByTestId('have-it').click();
  await a.getByTestId('erase-now').click();
  await b.getByTestId('lang-en').waitFor();
  assert.equal(await b.evaluate(() => sessionStorage.getItem('skillpass.profile')), null, 'the other tab erased too');
  await a.getByTestId('lang-en').waitFor();
  await a.bringToFront();
  assert.equal(await a.evaluate(() => navigator.clipboard.readText()), '', 'the clipboard holds no link any more');
  assert.doesNotMatch(await b.locator('body').innerText(), /Rosa/);

  // A tab the browser restores after a longer quiet spell than the idle time erases on start.
  await b.goto(`${env.origin}/`);
  await quickProfile(b, { name: 'Rosa C' });
  await b.evaluate(() => sessionStorage.setItem('skillpass.active-at', String(Date.now() - 11 * 60 * 1000)));
  await b.reload();
  await b.locator('main h1').waitFor();
  assert.equal(await b.evaluate(() => sessionStorage.getItem('skillpass.profile')), null);
  assert.doesNotMatch(await b.locator('body').innerText(), /Rosa/);
  // And a tab that was quiet for less keeps the profile.
  await b.goto(`${env.origin}/?step=language`);
  await quickProfile(b, { name: 'Dora' });
  await b.evaluate(() => sessionStorage.setItem('skillpass.active-at', String(Date.now() - 60 * 1000)));
  await b.reload();
  await b.getByTestId('profile-name').filter({ hasText: 'Dora' }).waitFor();
  kiosk.assertClean();
  await kiosk.context.close();
});

test('a device full to the last byte opens the saved profile, remembers whose it is, and warns on the first edit', async () => {
  const device = await newDevice(env, {
    initScript: () => {
      const real = Storage.prototype.setItem;
      // Full from the very start of the page: no write of any key succeeds.
      Storage.prototype.setItem = function (k, v) {
        if (localStorage.getItem('test.full') === '1') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return real.call(this, k, v);
      };
    },
  });
  const page = await device.open();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register'] });
  const saved = await savedProfile(page);
  await page.evaluate(() => localStorage.setItem('test.full', '1'));
  await page.reload();
  await page.getByTestId('profile-name').filter({ hasText: 'Ana' }).waitFor();
  assert.equal(await page.getByTestId('device-shared').count(), 0, 'not asked whose computer this is again');
  assert.equal(await page.getByTestId('notice-kept-aside').count(), 0);
  await openOtherSkills(page);
  await tick(page, 'sp:safety-rules');
  await page.getByTestId('storage-warning').filter({ hasText: /device is full/ }).waitFor();
  assert.deepEqual(await savedProfile(page), saved, 'the saved profile is untouched');
  device.assertClean();
  await device.context.close();
});

test('the browser is asked to keep the profile only after a tap that says why', async () => {
  const device = await newDevice(env, {
    initScript: () => {
      window.__persistCalls = 0;
      const sm = Object.getPrototypeOf(navigator.storage);
      sm.persist = async function () { window.__persistCalls += 1; return false; };
      sm.persisted = async function () { return false; };
    },
  });
  const page = await device.open();
  await quickProfile(page, { name: 'Ana' });
  await page.getByTestId('keep-card').waitFor();
  assert.equal(await page.evaluate(() => window.__persistCalls), 0, 'never asked on its own');
  await page.getByTestId('device-link').click();
  const status = page.getByTestId('persist-status');
  await status.waitFor();
  assert.match(await status.innerText(), /may clear your profile/, 'the risk is said while nothing is agreed');
  assert.equal(await page.evaluate(() => window.__persistCalls), 0);
  await status.getByTestId('persist-ask').click();
  await page.waitForFunction(() => window.__persistCalls === 1);
  device.assertClean();
  await device.context.close();
});

test('wrong PINs make changing or removing the PIN wait too', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Lupe' });
  await page.getByTestId('pin-link').click();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-backup').click()]);
  await page.locator('#pin-new').fill('4821');
  await page.locator('#pin-again').fill('4821');
  await page.getByTestId('pin-save').click();
  await page.getByTestId('profile-name').waitFor();
  const sealed = await page.evaluate(() => localStorage.getItem('skillpass.profile'));
  assert.match(JSON.parse(sealed).iterations.toString(), /^600000$/, 'the count used is stored with the seal');
  await page.getByTestId('pin-link').click();
  await waitForStep(page, 'pin');
  assert.match(await page.locator('main').innerText(), /It is not a safe/);
  for (let i = 0; i < 3; i++) {
    await page.locator('#pin-current').fill(`000${i}`);
    await page.getByTestId('pin-remove').click();
    await page.getByTestId('pin-problem').filter({ hasText: 'not right' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="pin-remove"]').disabled
      || document.querySelector('[data-testid="pin-wait"]'));
  }
  await page.getByTestId('pin-wait').waitFor();
  assert.equal(await page.getByTestId('pin-remove').isDisabled(), true, 'a fourth guess has to wait');
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.profile')), sealed, 'nothing changed');
  device.assertClean();
  await device.context.close();
});

test('on an iPhone in Safari the profile page explains the 7-day rule with the Home Screen steps, until a fresh copy exists', async () => {
  const phone = await newDevice(env, { userAgent: IPHONE });
  const page = await phone.open();
  await quickProfile(page, { name: 'María', skills: ['sp:cash-register'] });
  const card = page.getByTestId('keep-card');
  await card.getByTestId('home-steps').waitFor();
  assert.match(await card.innerText(), /Safari can delete your profile/);
  assert.equal(await card.locator('.home-step').count(), 3);
  assert.match(await card.getByTestId('last-copy').innerText(), /not saved a copy/);
  await assertAccessible(page, 'profile with the Safari card');
  await shot(page, 'phone-en-safari-keep');
  await Promise.all([page.waitForEvent('download'), card.getByTestId('keep-backup').click()]);
  await card.getByTestId('home-steps').waitFor({ state: 'detached' });
  assert.match(await card.getByTestId('last-copy').innerText(), /Your last copy: \d{1,2} \w+ 20\d\d$/);
  // A change after the copy brings the nudge back.
  await openOtherSkills(page);
  await tick(page, 'sp:teamwork');
  await next(page);
  await waitForStep(page, 'check');
  await page.goto(`${env.origin}/?step=profile`);
  await page.getByTestId('home-steps').waitFor();
  assert.match(await page.getByTestId('last-copy').innerText(), /changed your profile after that/);
  phone.assertClean();
  await phone.context.close();

  // The same phone's Home Screen app starts empty: it offers to open a copy first.
  const installed = await newDevice(env, {
    userAgent: IPHONE,
    initScript: () => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }),
  });
  const app = await installed.open();
  await app.getByTestId('lang-en').click();
  await app.getByTestId('open-copy').waitFor();
  assert.equal(await app.getByTestId('home-steps').count(), 0);
  await shot(app, 'phone-en-installed-open-copy');
  installed.assertClean();
  await installed.context.close();
});

test('a kept-aside copy with one bad part opens as a file, says what was left out, and saves readably; a huge file is refused unread', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register', 'sp:teamwork'] });
  const good = await savedProfile(page);
  // What a crafted link used to leave in storage: a skill dated in the year 12000.
  const bad = structuredClone(good);
  bad.profile.skills[0].added = '12000-01-01';
  const text = JSON.stringify(bad);
  await page.evaluate((t) => localStorage.setItem('skillpass.profile', t), text);
  await page.reload();
  await page.getByTestId('notice-kept-aside').waitFor();

  // Straight from the notice: what can be read is shown before anything is saved.
  await page.getByTestId('notice-kept-aside').getByTestId('open-kept').click();
  await page.getByTestId('open-title').waitFor();
  assert.match(await page.getByTestId('left-out').innerText(), /We left out 1 thing from this file that we could not read\. The rest is here\./);
  await shot(page, 'phone-en-open-left-out');
  await page.getByTestId('save-to-phone').click();
  const replace = page.getByTestId('replace-mine');
  if (await replace.count()) {
    await replace.click();
    await page.getByTestId('confirm-replace').click();
  }
  await page.getByTestId('profile-name').filter({ hasText: 'Ana' }).waitFor();
  const saved = await savedProfile(page);
  assert.deepEqual(saved.profile.skills.map((s) => s.id), ['sp:teamwork'], 'only the bad skill is left out');
  await page.reload();
  await page.getByTestId('profile-name').filter({ hasText: 'Ana' }).waitFor();
  assert.equal(await page.getByTestId('notice-kept-aside').count(), 0, 'what was saved reads back');
  // The same copy also opens as a picked file.
  await page.goto(`${env.origin}/?step=share`);
  await page.getByTestId('open-file').setInputFiles({ name: 'skillpass-unreadable.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('left-out').waitFor();
  await page.getByTestId('leave').click();

  // A file far too big to be ours is refused before it is read.
  await page.goto(`${env.origin}/?step=share`);
  await page.getByTestId('open-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 0x20) });
  await page.getByTestId('problem-message').filter({ hasText: /far too big/ }).waitFor();
  assert.deepEqual((await savedProfile(page)).profile, saved.profile, 'nothing changed');
  device.assertClean();
  await device.context.close();
});
