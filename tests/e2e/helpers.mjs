// Shared set-up for the browser tests: the release build served on loopback, Debian's Chromium
// driven by playwright-core (no browser is ever downloaded), and checks every test wants.
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const SHOTS = join(here, 'screenshots');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
export const PROFILE_KEY = 'skillpass.profile';
export const BACKUP_PREFIX = 'skillpass.unreadable.';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function setUp() {
  const dist = join(ROOT, 'dist');
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  const srv = await startServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // As root and on a closed network, Chromium needs these to start cleanly and stay quiet.
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  await mkdir(SHOTS, { recursive: true });
  return {
    origin: srv.origin,
    browser,
    async tearDown() {
      await browser.close();
      await srv.close();
    },
  };
}

/**
 * A fresh browser context (its own storage, like a new device) that records every request that
 * leaves the app's origin, and every page error, so tests can assert there were none.
 */
export async function newDevice(env, { viewport = PHONE, locale = 'en-US', initScript } = {}) {
  const context = await env.browser.newContext({ viewport, locale, acceptDownloads: true });
  const foreign = [];
  const errors = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(env.origin + '/') && !url.startsWith('data:') && !url.startsWith(`blob:${env.origin}/`)) {
      foreign.push(url);
    }
  });
  if (initScript) await context.addInitScript(initScript);
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(env.origin + '/');
    await page.locator('.topbar').waitFor();
    return page;
  };
  return {
    context,
    open,
    /** Nothing left the origin and nothing crashed. */
    assertClean() {
      assert.deepEqual(foreign, [], 'requests left the app origin');
      assert.deepEqual(errors, [], 'page errors');
    },
  };
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core on the page and fails on any violation, listing them plainly. */
export async function assertAccessible(page, label) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `accessibility problems on ${label}`);
}

/** Walks the first-run flow: welcome → name → skills → profile. */
export async function firstFlow(page, { name = 'Ana', skills = [], shots } = {}) {
  await page.getByTestId('start').click();
  await page.locator('#name').fill(name);
  if (shots) await shot(page, `${shots}-2-name`);
  await page.getByTestId('continue').click();
  await page.locator('.choices').waitFor();
  for (const id of skills) await page.locator(`label[data-skill="${id}"]`).click();
  if (shots) await shot(page, `${shots}-3-skills`);
  await page.getByTestId('continue').click();
  await page.getByTestId('profile-name').waitFor();
}

export async function savedProfile(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

export async function shownSkills(page) {
  return page.locator('[data-testid="skill-list"] li').evaluateAll((els) => els.map((e) => e.dataset.skill));
}
