// Start-up on a slow phone: a first visit sees the welcome (plain HTML in index.html) while the
// app loads, drawn exactly where and as the app draws it; a language or Start tapped meanwhile is kept;
// a returning person sees only "SkillPass…" until their own screen is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, newDevice, shot, waitForStep } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** Holds every request for the wasm until `release()` is called (a slow network, made exact). */
async function holdWasm(context) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}

/** Where the first screen's parts are, and what they say. */
async function layout(page) {
  return page.evaluate(() => {
    const boxes = {};
    for (const sel of ['.topbar', 'main h1', '.read-aloud-button', '.lang-choice[lang="en"]', '.lang-choice[lang="es"]']) {
      const visible = [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length);
      const r = visible[0].getBoundingClientRect();
      boxes[sel] = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    }
    const texts = [...document.querySelectorAll('main, .topbar')].filter((e) => e.getClientRects().length)
      .map((e) => e.innerText.replace(/\s+/g, ' ').trim());
    return { boxes, texts };
  });
}

test('a first visit sees the welcome before the app loads, exactly as the app draws it', async () => {
  const device = await newDevice(env, { mode: null });
  const release = await holdWasm(device.context);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await page.locator('.boot-screen h1').waitFor();
  assert.equal(await page.getByTestId('lang-en').count(), 0, 'the app is not running yet');
  assert.equal(await page.locator('.boot').isVisible(), false);
  const early = await layout(page);
  await shot(page, 'phone-boot-first-visit');
  release();
  await page.getByTestId('lang-en').waitFor();
  assert.equal(await page.locator('#boot').count(), 0, 'the app replaced the early screen');
  assert.deepEqual(await layout(page), early, 'nothing moves and no word changes when the app takes over');
  device.assertClean();
  await device.context.close();
});

test('on a phone in the hand the early welcome offers "Not your phone?" too, where the app draws it', async () => {
  const device = await newDevice(env, { mode: null, touch: true });
  const release = await holdWasm(device.context);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await page.locator('.boot-screen h1').waitFor();
  const box = async (sel) => page.locator(sel).filter({ visible: true }).first().boundingBox();
  const early = await box('.not-your-phone');
  assert.ok(early, 'offered before the app loads');
  const earlyText = await page.locator('main').filter({ visible: true }).innerText();
  release();
  await page.getByTestId('not-your-phone').waitFor();
  assert.deepEqual(await box('.not-your-phone'), early, 'it does not move when the app takes over');
  assert.equal(await page.locator('main').innerText(), earlyText);
  const { height } = page.viewportSize();
  assert.ok(early.y + early.height <= height, 'on the first screen, no scrolling');
  device.assertClean();
  await device.context.close();
});

test('a language tapped while the app is still loading is picked once it is ready', async () => {
  const device = await newDevice(env, { mode: null });
  const release = await holdWasm(device.context);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await page.locator('.boot-screen .lang-choice[lang="es"]').click();
  assert.equal(await page.locator('.boot-screen .lang-choice[lang="es"]').getAttribute('aria-busy'), 'true');
  release();
  await waitForStep(page, 'welcome');
  await page.getByTestId('lang-es').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.getByTestId('lang-es').getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('main h1').innerText(), /Tus habilidades/);
  device.assertClean();
  await device.context.close();
});

test('Start tapped while the app is still loading goes on once it is ready (a computer is asked whose it is)', async () => {
  const device = await newDevice(env, { mode: null });
  const release = await holdWasm(device.context);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await page.locator('.boot-screen .lang-choice[lang="es"]').click();
  await page.locator('.boot-screen [data-boot="start"]').click();
  release();
  await waitForStep(page, 'device');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.locator('main h1').innerText(), /teléfono o computadora/);
  device.assertClean();
  await device.context.close();
});

test('a returning person, or a link to a screen, sees "SkillPass…" and never the early welcome', async () => {
  for (const [preset, path] of [[true, '/'], [false, '/?step=about']]) {
    const device = await newDevice(env, { mode: preset ? 'own' : null });
    const release = await holdWasm(device.context);
    const page = await device.context.newPage();
    await page.goto(env.origin + path);
    await page.locator('.boot').waitFor();
    assert.equal(await page.locator('.boot-screen').isVisible(), false);
    release();
    await page.locator('main h1').waitFor();
    assert.equal(await page.getByTestId('lang-en').count(), preset ? 1 : 0);
    device.assertClean();
    await device.context.close();
  }
});
