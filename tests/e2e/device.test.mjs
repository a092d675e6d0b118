// Shared computers end to end: whose computer this is is asked once; on a shared computer the
// profile lives only in this browser session, goes to the worker's phone by QR code, and is then
// erased from every storage area; a quiet computer warns, then erases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { setUp, newDevice, shot, savedProfile, assertAccessible, quickProfile } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'the QR code on screen could not be read');
  return found.data;
}

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
  await page.getByTestId('device-shared').waitFor();
  await assertAccessible(page, 'device question');
  await shot(page, 'phone-en-device');
  await page.getByTestId('device-shared').click();
  await page.getByTestId('start').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('skillpass.device')), 'shared');
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Rosa Díaz', skills: ['sp:cash-register', 'sp:teamwork'] });
  // Kept for this session only: nothing of Rosa's in local storage.
  const during = await traces(page, 'Rosa');
  assert.deepEqual(during.local, [], 'nothing in localStorage');
  assert.ok(during.session.includes('skillpass.profile'), 'the profile is in sessionStorage');
  await page.getByTestId('shared-bar').waitFor();
  await shot(page, 'phone-en-shared-profile');

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
  await page.getByTestId('device-own').click();
  await page.getByTestId('start').waitFor();
  await page.goto(`${env.origin}/?step=language`);
  await quickProfile(page, { name: 'Ana' });
  assert.equal((await savedProfile(page)).profile.name, 'Ana', 'kept in localStorage');
  assert.equal(await page.getByTestId('shared-bar').count(), 0);
  await page.getByTestId('device-link').click();
  const status = page.getByTestId('persist-status');
  await status.waitFor();
  assert.match(await status.innerText(), /agreed to keep your profile|may clear your profile/);
  // Changing to a shared computer moves the profile to this session, and nothing stays behind.
  await page.getByTestId('device-shared').click();
  await page.getByTestId('shared-bar').waitFor();
  const t = await traces(page, 'Ana');
  assert.deepEqual(t.local, []);
  assert.ok(t.session.includes('skillpass.profile'));
  mine.assertClean();
  await mine.context.close();
});
