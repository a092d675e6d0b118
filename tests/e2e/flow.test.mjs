// The first-run flow in a real browser, at phone and desktop size, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, newDevice, firstFlow, shot, savedProfile, shownSkills, assertAccessible, DESKTOP,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const CASH = 'sp:cash-register';
const TILL = '4.A.2.a.2.I04.D01';
const SAFETY = 'sp:safety-rules';

test('a new worker builds a profile on a phone, and it is all there after a reload', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await shot(page, 'phone-en-1-welcome');
  await assertAccessible(page, 'welcome');

  await page.getByTestId('start').click();
  // Continuing with no name says what to do, next to the field, in plain words.
  await page.getByTestId('continue').click();
  await assert.doesNotReject(page.getByTestId('error-summary').waitFor());
  assert.match(await page.locator('#name-error').innerText(), /Please enter your first name/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name', 'focus returns to the field');
  await shot(page, 'phone-en-2-name-error');
  await assertAccessible(page, 'name question with an error');

  await page.locator('#name').fill('  María   José ');
  await page.getByTestId('continue').click();
  await page.locator('.choices').waitFor();
  assert.match(await page.locator('.progress').innerText(), /Step 2 of 2/);
  for (const id of [CASH, TILL, SAFETY]) await page.locator(`label[data-skill="${id}"]`).click();
  // Unticking is saved too.
  await page.locator(`label[data-skill="${SAFETY}"]`).click();
  await shot(page, 'phone-en-3-skills');
  await assertAccessible(page, 'skills question');

  // Every tick is already saved, before "Continue".
  const saved = await savedProfile(page);
  assert.equal(saved.format, 'skillpass-profile');
  assert.equal(saved.version, 1);
  assert.equal(saved.profile.name, 'María José');
  assert.deepEqual(saved.profile.skills.map((s) => s.id), [CASH, TILL]);

  await page.getByTestId('continue').click();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hello, María José');
  assert.deepEqual(await shownSkills(page), [CASH, TILL]);
  assert.match(await page.locator('[data-testid="skill-list"]').innerText(), /Counted money and balanced the till/);
  assert.match(await page.locator('[data-testid="skill-list"]').innerText(), /You added this yourself/);
  assert.match(await page.getByTestId('saved-status').innerText(), /Saved on this device/);
  await shot(page, 'phone-en-4-profile');
  await assertAccessible(page, 'profile');

  await page.reload();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hello, María José');
  assert.deepEqual(await shownSkills(page), [CASH, TILL]);
  assert.equal(new URL(page.url()).search, '?step=profile');

  // A returning worker who opens the plain address lands on their profile.
  await page.goto(env.origin + '/');
  await page.getByTestId('profile-name').waitFor();
  device.assertClean();
  await device.context.close();
});

test('the Back button and the browser history walk the flow without losing answers', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await firstFlow(page, { name: 'Deshawn', skills: [CASH] });
  await page.goBack();
  await page.locator('.choices').waitFor();
  assert.equal(await page.locator(`label[data-skill="${CASH}"] input`).isChecked(), true);
  await page.locator('.back-link').click();
  await page.locator('#name').waitFor();
  assert.equal(await page.locator('#name').inputValue(), 'Deshawn');
  device.assertClean();
  await device.context.close();
});

test('a Spanish speaker gets Spanish everywhere, skills included, and can switch back', async () => {
  const device = await newDevice(env, { locale: 'es-MX' });
  const page = await device.open();
  assert.match(await page.locator('h1').innerText(), /Tus habilidades/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await shot(page, 'phone-es-1-welcome');
  await firstFlow(page, { name: 'Lucía', skills: [TILL], shots: 'phone-es' });
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hola, Lucía');
  assert.match(await page.locator('[data-testid="skill-list"]').innerText(), /Conté el dinero y cuadré la caja/);
  await shot(page, 'phone-es-4-profile');
  await assertAccessible(page, 'profile in Spanish');

  await page.getByTestId('lang-switch').click();
  assert.match(await page.locator('[data-testid="skill-list"]').innerText(), /Counted money/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The choice is remembered.
  await page.reload();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hello, Lucía');
  device.assertClean();
  await device.context.close();
});

test('the flow works at desktop size too', async () => {
  const device = await newDevice(env, { viewport: DESKTOP });
  const page = await device.open();
  await shot(page, 'desktop-1-welcome');
  await firstFlow(page, { name: 'Ana', skills: [CASH, SAFETY] });
  assert.deepEqual(await shownSkills(page), [CASH, SAFETY]);
  await shot(page, 'desktop-4-profile');
  device.assertClean();
  await device.context.close();
});
