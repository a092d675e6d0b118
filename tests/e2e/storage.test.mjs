// What happens to the worker's data when storage misbehaves, in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  setUp, newDevice, quickProfile, openOtherSkills, tick, next, waitForStep, shot, savedProfile,
  shownSkills, PROFILE_KEY, BACKUP_PREFIX,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('a corrupt save is kept aside, the worker is told, and can download it', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  const garbage = '{"format":"skillpass-profile","version":1,"rev":3,"profile":{"name":"Ana","ski';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROFILE_KEY, garbage]);
  await page.reload();

  const notice = page.getByTestId('notice-kept-aside');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not read\. We did not delete it/);
  await shot(page, 'phone-en-corrupt-notice');

  const kept = await page.evaluate((prefix) => Object.keys(localStorage)
    .filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), BACKUP_PREFIX);
  assert.deepEqual(kept, [garbage], 'kept byte for byte under a backup key');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByTestId('download-kept').click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), garbage);

  // The app goes on working, and the kept copy is still offered on the profile page.
  await notice.getByRole('button', { name: 'OK' }).click();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register'] });
  assert.equal((await savedProfile(page)).profile.name, 'Ana');
  await page.getByTestId('kept-copies').waitFor();
  await shot(page, 'phone-en-corrupt-kept-copies');
  await page.reload();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('notice-kept-aside').count(), 0, 'told once, not on every start');
  device.assertClean();
  await device.context.close();
});

test('with storage switched off the app still works and warns that nothing is kept', async () => {
  // What Chromium does when a site may not store data: reading localStorage throws.
  const device = await newDevice(env, {
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
  });
  const page = await device.open();
  const warning = page.getByTestId('storage-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /when you close this page, your answers will be gone/);
  await shot(page, 'phone-en-storage-off');
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register'] });
  assert.deepEqual(await shownSkills(page), ['sp:cash-register']);
  assert.equal(await warning.isVisible(), true, 'the warning stays while nothing is kept');
  assert.equal(await page.getByTestId('saved-status').count(), 0, 'never claims to have saved');
  await shot(page, 'phone-en-storage-off-profile');
  device.assertClean();
  await device.context.close();
});

test('a full device keeps the last good save, warns, and saves again once there is room', async () => {
  const device = await newDevice(env, {
    initScript: () => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__full) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return real.call(this, k, v);
      };
    },
  });
  const page = await device.open();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register'] });
  const before = await savedProfile(page);

  await page.evaluate(() => { window.__full = true; });
  await openOtherSkills(page);
  await tick(page, 'sp:safety-rules');
  const warning = page.getByTestId('storage-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /device is full/);
  assert.deepEqual(await savedProfile(page), before, 'the last good save is untouched');
  await shot(page, 'phone-en-storage-full');

  await page.evaluate(() => { window.__full = false; });
  await tick(page, 'sp:schedule-app');
  await page.getByTestId('notice-saving-again').waitFor();
  assert.equal(await warning.count(), 0);
  const after = await savedProfile(page);
  assert.deepEqual(after.profile.skills.map((s) => s.id),
    ['sp:cash-register', 'sp:safety-rules', 'sp:schedule-app'], 'the unsaved change was not lost');
  device.assertClean();
  await device.context.close();
});

test('two tabs stay in step and neither overwrites the other', async () => {
  const device = await newDevice(env);
  const a = await device.open();
  await quickProfile(a, { name: 'Ana', skills: ['sp:cash-register'] });
  const b = await device.open();
  await b.getByTestId('profile-name').waitFor();

  // A change in tab A shows up in tab B without a reload.
  await openOtherSkills(a);
  await tick(a, 'sp:safety-rules');
  await b.getByTestId('notice-other-tab').waitFor();
  assert.deepEqual(await shownSkills(b), ['sp:cash-register', 'sp:safety-rules']);
  await shot(b, 'phone-en-two-tabs');

  // And the other way round: B's change reaches A, and both changes are kept.
  await b.getByTestId('edit-answers').click();
  await b.getByTestId('change-name').click();
  await b.locator('#name').fill('Lucía Ana');
  await next(b);
  await waitForStep(b, 'check');
  await next(a);
  await waitForStep(a, 'check');
  await next(a);
  await a.getByTestId('profile-name').waitFor();
  assert.equal(await a.getByTestId('profile-name').innerText(), 'Hello, Lucía');
  const saved = await savedProfile(a);
  assert.equal(saved.profile.name, 'Lucía Ana');
  assert.deepEqual(saved.profile.skills.map((s) => s.id), ['sp:cash-register', 'sp:safety-rules']);
  device.assertClean();
  await device.context.close();
});
