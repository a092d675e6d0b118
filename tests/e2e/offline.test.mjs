// Offline-first: after one visit the app loads and works with the network off; a new version is
// offered, never forced, and updating keeps the profile; Chromium finds the app installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  setUp, newDevice, shot, savedProfile, waitForStep, quickProfile, assertAccessible, ROOT, CHROMIUM_ARGS,
} from './helpers.mjs';
import { fetchedTwice } from './server.mjs';

let env;
let copy;
before(async () => {
  // A copy of the build, so the update test can deploy a "new version" without touching dist/.
  copy = await mkdtemp(join(tmpdir(), 'skillpass-dist-'));
  await cp(join(ROOT, 'dist'), copy, { recursive: true });
  env = await setUp({ dist: copy });
});
after(async () => {
  await env?.tearDown();
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Waits until the service worker controls the page (it claims it on first install). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
}

test('after one visit the whole flow works with the network off, sharing included', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await controlled(page);
  await device.context.setOffline(true);
  await page.reload();
  await page.getByTestId('lang-en').waitFor();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register', 'sp:teamwork'] });
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  await page.getByTestId('qr').waitFor();
  await shot(page, 'phone-en-offline-share');
  // A second reload, still offline, lands on the saved profile.
  await page.goto(env.origin + '/');
  await page.getByTestId('profile-name').waitFor();
  assert.equal((await savedProfile(page)).profile.name, 'Ana');
  await device.context.setOffline(false);
  device.assertClean();
  await device.context.close();
});

test('a first visit downloads each file once and keeps the app whole for offline', async () => {
  const from = env.requests().length;
  const device = await newDevice(env);
  const page = await device.open();
  await controlled(page);
  const kept = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('skillpass-'));
    const c = await caches.open(names[0]);
    return { names, files: (await c.keys()).map((r) => new URL(r.url).pathname).sort() };
  });
  assert.equal(kept.names.length, 1, `one cache, the first visit's handover gone: ${kept.names}`);
  assert.deepEqual(kept.files.map((f) => f.replace(/-[0-9a-f]{8,16}/, '-H')), ['/', '/manifest.webmanifest', '/skillpass-H_bg.wasm']);
  assert.deepEqual(fetchedTwice(env.requests().slice(from)), [], 'no file downloaded twice');
  // No stylesheet, script or icon of its own to fetch: they are in the page.
  assert.deepEqual(env.requests().slice(from).filter((r) => /\.(css|js|svg)$/.test(r.path) && r.path !== '/sw.js'), []);
  await device.context.close();
});

test('the page the service worker keeps is the one served, before the app changed it', async () => {
  const device = await newDevice(env, { locale: 'vi-VN' });
  const page = await device.open();
  await controlled(page);
  const kept = await page.evaluate(async () => (await (await caches.match('./')).text()));
  const served = await readFile(join(copy, 'index.html'), 'utf8');
  // Parsed the same way, both are the same document: same head, same early welcome in English
  // (this browser showed it in Vietnamese), no mark of the app having started.
  const shape = (html) => page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    return { html: [...doc.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      head: doc.head.innerHTML, body: doc.body.innerHTML };
  }, html);
  assert.deepEqual(await shape(kept), await shape(served));
  // Her language, fetched before the service worker answered, is kept too: offline, the app
  // starts in Vietnamese.
  assert.ok(await page.evaluate(async () => !!(await caches.match('locales/vi.tsv'))), 'vi.tsv kept');
  await device.context.setOffline(true);
  await page.reload();
  await page.getByTestId('lang-en').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  assert.equal(await page.getByTestId('lang-missing').count(), 0);
  await device.context.setOffline(false);
  device.assertClean();
  await device.context.close();
});

test('a browser without service workers (Firefox private windows), or without Cache Storage too, still runs the app', async () => {
  for (const noCaches of [false, true]) {
    const device = await newDevice(env, { initScript: () => { delete Navigator.prototype.serviceWorker; } });
    await device.context.addInitScript((none) => { if (none) { delete window.caches; delete Window.prototype.caches; delete window.CacheStorage; } }, noCaches);
    const page = await device.open();
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    assert.equal(await page.evaluate(() => 'caches' in window), !noCaches);
    await page.getByTestId('lang-en').waitFor();
    await quickProfile(page, { name: 'Ana', skills: ['sp:teamwork'] });
    await page.reload();
    await page.getByTestId('profile-name').waitFor();
    device.assertClean();
    await device.context.close();
  }
});

test('Chromium reports the app installable', async () => {
  // Installing needs a real profile directory: Chromium refuses it in incognito contexts.
  const profileDir = await mkdtemp(join(tmpdir(), 'skillpass-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 360, height: 740 },
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(env.origin + '/');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(env.origin + '/manifest.webmanifest')).json();
    assert.equal(manifest.display, 'standalone');
    assert.deepEqual(manifest.icons.map((i) => i.sizes + ' ' + i.purpose), ['192x192 any', '512x512 any', '512x512 maskable']);
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }
});

test('a new version is offered with a button, and updating keeps the profile', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await controlled(page);
  await quickProfile(page, { name: 'Ana', skills: ['sp:teamwork'] });
  const before = (await savedProfile(page)).profile;
  assert.equal(await page.getByTestId('update-ready').count(), 0, 'nothing to offer yet');

  // Deploy a new version: any change to the service worker script is one.
  const sw = join(copy, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION\s*=\s*["']([^"']+)["']/, "const VERSION='$1-next'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByTestId('update-ready').waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId('update-ready').innerText(), /A new version of SkillPass is ready/);
  await shot(page, 'phone-en-update-ready');
  await Promise.all([page.waitForEvent('load'), page.getByTestId('update-now').click()]);
  await page.getByTestId('profile-name').waitFor();
  assert.deepEqual((await savedProfile(page)).profile, before, 'the profile survived the update');
  assert.equal(await page.getByTestId('update-ready').count(), 0);
  const version = await page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.filter((k) => k.startsWith('skillpass-'));
  });
  assert.equal(version.length, 1, 'the old cache was cleaned up');
  assert.match(version[0], /-next$/);
  device.assertClean();
  await device.context.close();
});

test("workers never download the trainers' page; once opened it works offline too", async () => {
  const device = await newDevice(env);
  const fetched = [];
  device.context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const page = await device.open();
  await controlled(page);
  const sw = await (await page.request.get(env.origin + '/sw.js')).text();
  const tools = JSON.parse(sw.match(/const TOOLS\s*=\s*(\[[^\]]*\])/)[1]);
  assert.deepEqual(tools.filter((f) => f.endsWith('.wasm')).length, 1, 'the tools page has its own wasm');
  const toolsFiles = tools.map((f) => '/' + f);
  assert.deepEqual(fetched.filter((p) => toolsFiles.includes(p)), [], 'a first visit fetched none of the tools files');

  // Offline before it was ever opened: a plain message, and Back returns.
  await device.context.setOffline(true);
  await page.getByTestId('lang-en').click();
  await page.getByTestId('trainer').click();
  await page.getByTestId('tools-offline').waitFor();
  assert.match(await page.locator('h1').innerText(), /needs the internet once/);
  await shot(page, 'phone-en-tools-offline');
  await assertAccessible(page, 'tools page offline');
  assert.equal(await page.getByTestId('read-aloud').count(), 1);
  await page.getByTestId('tools-back').click();
  await waitForStep(page, 'welcome');

  // Online, it opens; then it is kept, so it opens again with the network off.
  await device.context.setOffline(false);
  await page.getByTestId('trainer').click();
  await page.waitForURL(/\/tools\.html\?step=trainer$/);
  await page.locator('#t-provider').waitFor();
  assert.ok(toolsFiles.every((f) => fetched.includes(f)), 'the tools files were fetched on first use');
  await device.context.setOffline(true);
  await page.reload();
  await page.locator('#t-provider').waitFor();
  // Leaving for the worker's screens works offline as well, and so does coming back.
  await page.goto(env.origin + '/?step=welcome');
  await page.getByTestId('trainer').click();
  await page.waitForURL(/\/tools\.html\?step=trainer$/);
  await page.locator('#t-provider').waitFor();
  await device.context.setOffline(false);
  device.assertClean();
  await device.context.close();
});

test('a device that opened the tools page keeps it offline across an update', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await controlled(page);
  await page.goto(env.origin + '/tools.html?step=trainer');
  await page.locator('#t-provider').waitFor();
  // The update happens on the worker's page, so nothing fetches the tools page meanwhile.
  await page.goto(env.origin + '/');
  await page.locator('.topbar').waitFor();

  const sw = join(copy, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION\s*=\s*["']([^"']+)["']/, "const VERSION='$1-tools'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByTestId('update-ready').waitFor({ timeout: 15_000 });
  await Promise.all([page.waitForEvent('load'), page.getByTestId('update-now').click()]);
  await page.locator('.topbar').waitFor();
  const tools = JSON.parse((await readFile(sw, 'utf8')).match(/const TOOLS\s*=\s*(\[[^\]]*\])/)[1]);
  const [keys, cached] = await page.evaluate(async (files) => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('skillpass-'));
    const cache = await caches.open(keys[0]);
    const hits = await Promise.all(files.map((f) => cache.match(f)));
    return [keys, files.filter((_, i) => hits[i])];
  }, tools);
  assert.equal(keys.length, 1, 'one cache: the new version');
  assert.match(keys[0], /-tools$/);
  assert.deepEqual(cached, tools, 'the new version precached the tools page on this device');

  await device.context.setOffline(true);
  await page.goto(env.origin + '/tools.html?step=trainer');
  await page.locator('#t-provider').waitFor();
  await device.context.setOffline(false);
  device.assertClean();
  await device.context.close();
});
