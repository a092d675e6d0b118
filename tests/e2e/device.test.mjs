// Shared computers end to end: whose computer this is is asked once; on a shared computer the
// profile lives only in this browser session, goes to the worker's phone by QR code, and is then
// erased from every storage area; a quiet computer warns, then erases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, newDevice, shot, savedProfile, assertAccessible, quickProfile, readQr, waitForStep, next } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });


/** Everything the browser keeps for this origin that could hold a person's data. */
async function traces(page, name) {
  return page.evaluate(async (name) => {
    const ours = (s) => Object.keys(s).filter((k) => k !== 'skillpass.device' && k !== 'skillpass.idle-ms');
    const cached = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req)).text();
        if (body.includes(name)) cached.push(req.url);
      }
    }
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    const local = ours(localStorage);
    const session = ours(sessionStorage);
    const anywhere = [...local.map((k) => localStorage.getItem(k)), ...session.map((k) => sessionStorage.getItem(k))]
      .filter((v) => v?.includes(name));
    return { local, session, dbs, cached, anywhere };
  }, name);
}

test('on a shared computer the profile goes to the phone by QR code, then every trace is erased', async () => {
  const library = await newDevice(env, { mode: null });
  const page = await library.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').click();
  await page.getByTestId('device-shared').waitFor();
  await assertAccessible(page, 'device question');
  await shot(page, 'phone-en-device');
  await page.getByTestId('device-shared').click();
  // Asked after Start: the name comes next.
  await waitForStep(page, 'name');
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.device')), 'shared');
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Rosa Díaz', skills: ['sp:cash-register', 'sp:teamwork'] });
  // Kept for this session only: nothing of Rosa's in local storage.
  const during = await traces(page, 'Rosa');
  assert.deepEqual(during.local, [], 'nothing in localStorage');
  assert.ok(during.session.includes('skillpass.profile'), 'the profile is in sessionStorage');
  await page.getByTestId('shared-bar').waitFor();
  await shot(page, 'phone-en-shared-profile');
  assert.equal(await page.getByTestId('pin-link').count(), 0, 'no PIN offered on a shared computer');

  await page.getByTestId('done-here').click();
  const link = await readQr(page.getByTestId('handoff-qr'));
  await assertAccessible(page, 'hand-off');
  await shot(page, 'phone-en-handoff');

  // Her phone's camera opens the link; she saves it there.
  const phone = await newDevice(env);
  const pp = await phone.context.newPage();
  await pp.goto(link);
  await pp.getByTestId('save-to-phone').click();
  await pp.getByTestId('profile-name').waitFor();
  const onPhone = (await savedProfile(pp)).profile;
  assert.equal(onPhone.name, 'Rosa Díaz');
  assert.equal(onPhone.skills.length, 2);

  // Back at the library: she confirms, and everything is erased.
  await page.getByTestId('have-it').click();
  await page.getByTestId('erase-now').click();
  await page.getByTestId('lang-en').waitFor();
  const after = await traces(page, 'Rosa');
  assert.deepEqual(after, { local: [], session: [], dbs: [], cached: [], anywhere: [] });
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.device')), 'shared', 'the computer stays "shared"');
  // The next person starts from nothing, still on a shared computer.
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').waitFor();
  library.assertClean();
  phone.assertClean();
  await library.context.close();
  await phone.context.close();
});

test('a quiet shared computer warns, a tap keeps it, and then it erases everything', async () => {
  const kiosk = await newDevice(env, {
    mode: 'shared',
    initScript: () => localStorage.setItem('skillpass.idle-ms', '4000'),
  });
  const page = await kiosk.open();
  await quickProfile(page, { name: 'Tomás' });
  await page.getByTestId('idle-warning').waitFor({ timeout: 10_000 });
  assert.match(await page.getByTestId('idle-warning').innerText(), /Are you still there\?.*erased in \d seconds/s);
  await page.mouse.click(10, 300);
  await page.getByTestId('idle-warning').waitFor({ state: 'detached' });
  assert.equal((await traces(page, 'Tomás')).session.includes('skillpass.profile'), true, 'a tap kept it');
  await page.getByTestId('lang-en').waitFor({ timeout: 15_000 });
  const after = await traces(page, 'Tomás');
  assert.deepEqual(after, { local: [], session: [], dbs: [], cached: [], anywhere: [] });
  kiosk.assertClean();
  await kiosk.context.close();
});

test('on my own phone the profile is kept, and the page says whether the browser will keep it', async () => {
  const mine = await newDevice(env, { mode: null });
  const page = await mine.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').click();
  await page.getByTestId('device-own').click();
  await waitForStep(page, 'name');
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Ana' });
  assert.equal((await savedProfile(page)).profile.name, 'Ana', 'kept in localStorage');
  assert.equal(await page.getByTestId('pin-link').count(), 1, 'a PIN is offered on my own phone');
  assert.equal(await page.getByTestId('shared-bar').count(), 0);
  await page.getByTestId('device-link').click();
  const status = page.getByTestId('persist-status');
  await status.waitFor();
  assert.match(await status.innerText(), /agreed to keep your profile|may clear your profile/);
  // Changing to a shared computer first offers a copy (the profile will be kept for this visit
  // only), then moves the profile to this session, and nothing stays behind.
  await page.getByTestId('device-shared').click();
  await page.getByTestId('mode-decision').waitFor();
  assert.match(await page.getByTestId('mode-decision').innerText(), /kept only until you are done/);
  await Promise.all([page.waitForEvent('download'), page.getByTestId('mode-backup').click()]);
  await page.getByTestId('mode-change-now').click();
  await page.getByTestId('shared-bar').waitFor();
  const t = await traces(page, 'Ana');
  assert.deepEqual(t.local, []);
  assert.ok(t.session.includes('skillpass.profile'));
  mine.assertClean();
  await mine.context.close();
});

test('a PIN seals the saved profile: no plaintext stored, wrong PIN fails and waits, right PIN opens, and only the PIN changes or removes it', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Guadalupe', skills: ['sp:cash-register'] });
  await page.getByTestId('pin-link').click();
  // A backup first: without it the PIN cannot be set.
  assert.equal(await page.locator('#pin-new').count(), 0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-backup').click()]);
  assert.match(download.suggestedFilename(), /skillpass-backup/);
  await page.locator('#pin-new').fill('4821');
  await page.locator('#pin-again').fill('4812');
  await page.getByTestId('pin-save').click();
  await page.getByTestId('pin-problem').filter({ hasText: 'not the same' }).waitFor();
  await page.locator('#pin-again').fill('4821');
  await page.getByTestId('pin-save').click();
  await page.getByTestId('profile-name').waitFor();
  await page.getByTestId('flash').filter({ hasText: 'locked with your PIN' }).waitFor();

  // Nothing readable is stored: search every stored value for her name and her skill.
  const stored = await page.evaluate(() => [
    ...Object.keys(localStorage).map((k) => localStorage.getItem(k)),
    ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
  ].join('\n'));
  assert.doesNotMatch(stored, /Guadalupe|cash-register/);
  assert.match(stored, /skillpass-sealed/);

  // The browser's PBKDF2 at 600,000 iterations, as the unlock runs it (reported, not judged).
  const kdfMs = await page.evaluate(async () => {
    const t0 = performance.now();
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('4821'), 'PBKDF2', false, ['deriveBits']);
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600000 }, base, 256);
    return performance.now() - t0;
  });
  console.log(`# PBKDF2-SHA-256 600k in headless Chromium: ${kdfMs.toFixed(0)} ms`);

  await page.reload();
  await page.locator('#unlock-pin').waitFor();
  assert.equal(await page.getByTestId('profile-name').count(), 0, 'nothing shown before the PIN');
  assert.doesNotMatch(await page.locator('body').innerText(), /Guadalupe/);
  await assertAccessible(page, 'unlock');
  await shot(page, 'phone-en-unlock');
  for (let i = 0; i < 3; i++) {
    await page.locator('#unlock-pin').fill('0000');
    await page.getByTestId('unlock').click();
    await page.getByTestId('pin-wrong').waitFor();
    await page.getByTestId('unlock').and(page.locator(':not([disabled])')).or(page.getByTestId('pin-wait')).first().waitFor();
  }
  // After three wrong tries the next one has to wait, even after a reload.
  await page.getByTestId('pin-wait').waitFor();
  assert.equal(await page.getByTestId('unlock').isDisabled(), true);
  await page.reload();
  await page.getByTestId('pin-wait').waitFor();
  await page.getByTestId('pin-wait').waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator('#unlock-pin').fill('4821');
  await page.getByTestId('unlock').click();
  await page.getByTestId('profile-name').waitFor();
  assert.match(await page.getByTestId('profile-name').innerText(), /Guadalupe/);
  // Still sealed after the next edit.
  const after = await page.evaluate(() => localStorage.getItem('skillpass.profile'));
  assert.doesNotMatch(after, /Guadalupe/);

  // Changing or removing the PIN takes the PIN now: a wrong one changes nothing.
  const unreadable = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skillpass.unreadable.')));
  await page.getByTestId('pin-link').click();
  await waitForStep(page, 'pin');
  assert.match(await page.locator('main h1').innerText(), /Change or remove my PIN/);
  await page.locator('#pin-current').fill('1111');
  await page.getByTestId('pin-remove').click();
  await page.getByTestId('pin-problem').filter({ hasText: 'not right' }).waitFor();
  await shot(page, 'phone-en-pin-remove');
  await assertAccessible(page, 'pin page with a PIN set');
  await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-backup').click()]);
  await page.locator('#pin-new').fill('5555');
  await page.locator('#pin-again').fill('5555');
  await page.getByTestId('pin-save').click();
  await page.getByTestId('pin-problem').filter({ hasText: 'not right' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.profile')), after, 'nothing changed');
  // The right PIN now: a new PIN, the profile re-sealed at once, nothing set aside as unreadable.
  await page.locator('#pin-current').fill('4821');
  await page.getByTestId('pin-save').click();
  await page.getByTestId('flash').filter({ hasText: 'locked with your PIN' }).waitFor();
  assert.notEqual(await page.evaluate(() => localStorage.getItem('skillpass.profile')), after);
  assert.deepEqual(await unreadable(), []);
  await page.reload();
  await page.locator('#unlock-pin').fill('5555');
  await page.getByTestId('unlock').click();
  await page.getByTestId('profile-name').waitFor();
  // The trainer's page (the tools bundle) opened while locked: one PIN, and it opens there.
  await page.goto(env.origin + '/tools.html?step=trainer');
  await page.locator('#unlock-pin').fill('5555');
  await page.getByTestId('unlock').click();
  await page.locator('#t-provider').waitFor();
  await page.goto(env.origin + '/?step=profile');
  await page.locator('#unlock-pin').fill('5555');
  await page.getByTestId('unlock').click();
  await page.getByTestId('profile-name').waitFor();
  // Removing it with the PIN saves the profile unsealed, again with nothing set aside.
  await page.getByTestId('pin-link').click();
  await page.locator('#pin-current').fill('5555');
  await page.getByTestId('pin-remove').click();
  await page.getByTestId('profile-name').waitFor();
  assert.match(await page.getByTestId('flash').innerText(), /Your PIN is gone/);
  assert.equal((await savedProfile(page)).profile.name, 'Guadalupe');
  assert.deepEqual(await unreadable(), []);
  assert.equal(await page.getByTestId('notice-kept-aside').count(), 0);
  await page.reload();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.locator('#unlock-pin').count(), 0, 'no PIN asked any more');
  assert.match(await page.getByTestId('pin-link').innerText(), /Lock my profile with a PIN/);
  device.assertClean();
  await device.context.close();
});

test('a caseworker keeps three clients apart, erases one, and saves an intake summary', async () => {
  const agency = await newDevice(env, { mode: null, viewport: { width: 1280, height: 800 } });
  const page = await agency.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').click();
  await page.getByTestId('device-caseworker').click();
  await page.getByTestId('new-intake').waitFor();
  for (const [name, skill] of [['Rosa', 'sp:cash-register'], ['Tomás', 'sp:teamwork'], ['Lin', 'sp:upset-customers']]) {
    await page.getByTestId('new-intake').click();
    await page.getByTestId('start').waitFor();
    await page.goto(`${env.origin}/?step=language`);
    await quickProfile(page, { name, skills: [skill] });
    assert.equal(await page.getByTestId('current-client').innerText(), name);
    assert.equal(await page.getByTestId('pin-link').count(), 0, 'no PIN offered for a client');
    await page.getByTestId('clients').click();
    await page.getByTestId('new-intake').waitFor();
  }
  const rows = page.getByTestId('client');
  assert.equal(await rows.count(), 3);
  assert.deepEqual((await rows.allInnerTexts()).map((t) => t.split('\n')[0]).sort(), ['Lin', 'Rosa', 'Tomás']);
  await assertAccessible(page, 'clients');
  await shot(page, 'desktop-en-clients');

  // Erase Tomás (after a check); Rosa and Lin stay as they were.
  const tomas = rows.filter({ hasText: 'Tomás' });
  await tomas.getByTestId('erase-client').click();
  await tomas.getByTestId('erase-client-now').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="client"]').length === 2);
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
  assert.doesNotMatch(stored, /Tomás/);
  await rows.filter({ hasText: 'Rosa' }).getByTestId('open-client').click();
  await page.getByTestId('profile-name').filter({ hasText: 'Rosa' }).waitFor();
  assert.deepEqual(await page.locator('[data-testid="skill-list"] li').evaluateAll((e) => e.map((x) => x.dataset.skill)), ['sp:cash-register']);

  // The intake summary, as the agency keeps it.
  await page.getByTestId('intake').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('intake-csv').click()]);
  const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(text, /^section,item,code,detail\r\nname,Rosa,,\r\n/);
  assert.match(text, /skill,.*,sp:cash-register,/);
  await page.getByTestId('clients').click();
  await rows.filter({ hasText: 'Lin' }).getByTestId('open-client').click();
  await page.getByTestId('profile-name').filter({ hasText: 'Lin' }).waitFor();
  agency.assertClean();
  await agency.context.close();
});

test('a PIN changed or removed in one tab: the other tab asks for the new PIN, then stops sealing', async () => {
  const device = await newDevice(env);
  const a = await device.open();
  await quickProfile(a, { name: 'Ana', skills: ['sp:teamwork'] });
  const setPin = async (page, code, current) => {
    await page.getByTestId('pin-link').click();
    await waitForStep(page, 'pin');
    if (current) await page.locator('#pin-current').fill(current);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-backup').click()]);
    await page.locator('#pin-new').fill(code);
    await page.locator('#pin-again').fill(code);
    await page.getByTestId('pin-save').click();
    await page.getByTestId('flash').filter({ hasText: 'locked with your PIN' }).waitFor();
  };
  const unlock = async (page, code) => {
    await page.locator('#unlock-pin').fill(code);
    await page.getByTestId('unlock').click();
    await page.getByTestId('profile-name').waitFor();
  };
  await setPin(a, '2468');
  const b = await device.open();
  await unlock(b, '2468');

  // Changed in tab A: tab B locks itself and opens with the new PIN only.
  await setPin(a, '1357', '2468');
  await b.locator('#unlock-pin').waitFor();
  assert.equal(await b.getByTestId('profile-name').count(), 0, 'nothing shown while locked');
  await unlock(b, '1357');
  assert.match(await b.getByTestId('profile-name').innerText(), /Ana/);

  // Removed in tab A: tab B's next save is unsealed too, and nothing is set aside.
  await a.getByTestId('pin-link').click();
  await a.locator('#pin-current').fill('1357');
  await a.getByTestId('pin-remove').click();
  await a.getByTestId('flash').filter({ hasText: 'Your PIN is gone' }).waitFor();
  // (In-app navigation, not a reload: this tab keeps what it held in memory.)
  await b.evaluate(() => { history.pushState(null, '', '?step=name'); dispatchEvent(new PopStateEvent('popstate')); });
  await waitForStep(b, 'name');
  await b.locator('#name').fill('Ana Bell');
  await next(b);
  await waitForStep(b, 'contact');
  const stored = await b.evaluate(() => localStorage.getItem('skillpass.profile'));
  assert.match(stored, /Ana Bell/, 'saved unsealed');
  assert.deepEqual(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skillpass.unreadable.'))), []);
  device.assertClean();
  await device.context.close();
});

test('a phone in the hand is taken as the person\'s own, with "Not your phone?" on the welcome; a computer is asked after Start', async () => {
  // A phone: nothing asked; Start goes to the name, and "own phone" is kept as the answer.
  const phone = await newDevice(env, { mode: null, touch: true });
  const page = await phone.open();
  await page.getByTestId('not-your-phone').waitFor();
  assert.match(await page.getByTestId('not-your-phone').innerText(), /Not your phone\?/);
  await assertAccessible(page, 'welcome on a phone');
  await shot(page, 'phone-en-welcome-touch');
  await page.getByTestId('start').click();
  await waitForStep(page, 'name');
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.device')), 'own');
  phone.assertClean();
  await phone.context.close();

  // Someone else's phone (a friend's, a library tablet): "Not your phone?" opens the question,
  // worded for phones and computers alike; the choice leads on to the name.
  const borrowed = await newDevice(env, { mode: null, touch: true });
  const bp = await borrowed.open();
  await bp.getByTestId('not-your-phone').click();
  await waitForStep(bp, 'device');
  assert.equal(await bp.locator('main h1').innerText(), 'Whose phone or computer is this?');
  await bp.getByTestId('device-shared').click();
  await waitForStep(bp, 'name');
  assert.equal(await bp.evaluate(() => localStorage.getItem('skillpass.device')), 'shared');
  await bp.getByTestId('shared-bar').waitFor();
  borrowed.assertClean();
  await borrowed.context.close();

  // A computer: the welcome asks nothing, Start asks whose it is, then the name.
  const computer = await newDevice(env, { mode: null, viewport: { width: 1280, height: 800 } });
  const cp = await computer.open();
  await cp.getByTestId('start').waitFor();
  assert.equal(await cp.getByTestId('not-your-phone').count(), 0);
  assert.equal(await cp.getByTestId('device-own').count(), 0, 'not asked before the welcome');
  await cp.getByTestId('start').click();
  await waitForStep(cp, 'device');
  assert.match(await cp.getByTestId('device-own').innerText(), /My own phone or computer/);
  await assertAccessible(cp, 'device question after Start');
  // Back returns to the welcome; Start asks again.
  await cp.getByTestId('back').click();
  await waitForStep(cp, 'welcome');
  await cp.getByTestId('start').click();
  await waitForStep(cp, 'device');
  await cp.getByTestId('device-own').click();
  await waitForStep(cp, 'name');
  assert.equal(await cp.evaluate(() => localStorage.getItem('skillpass.device')), 'own');
  computer.assertClean();
  await computer.context.close();
});
