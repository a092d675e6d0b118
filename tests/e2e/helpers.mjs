// Shared set-up for the browser tests: the release build served on loopback, Debian's Chromium
// driven by playwright-core (no browser is ever downloaded), and checks every test wants.
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const SHOTS = join(here, 'screenshots');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
export const PROFILE_KEY = 'skillpass.profile';
export const BACKUP_PREFIX = 'skillpass.unreadable.';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As root and on a closed network, Chromium needs these to start cleanly and stay quiet.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function setUp({ dist = join(ROOT, 'dist') } = {}) {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  const srv = await startServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  await mkdir(SHOTS, { recursive: true });
  return {
    origin: srv.origin,
    browser,
    /** What the server has answered so far: { path, status, bytes, at }. */
    requests: () => srv.requests(),
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
export async function newDevice(env, { viewport = PHONE, locale = 'en-US', initScript, mode = 'own', userAgent, touch = false } = {}) {
  // `touch`: a real phone in the hand (finger pointer, `(pointer: coarse)`), not a narrow window.
  const context = await env.browser.newContext({
    viewport, locale, acceptDownloads: true, ...(userAgent ? { userAgent } : {}),
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  // Whose computer this is was already answered (own phone), unless a test asks it (mode: null).
  if (mode) {
    await context.addInitScript((m) => {
      if (!localStorage.getItem('skillpass.device')) localStorage.setItem('skillpass.device', m);
    }, mode);
  }
  const foreign = [];
  const errors = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(env.origin + '/') && !url.startsWith('data:') && !url.startsWith(`blob:${env.origin}/`)) {
      foreign.push(url);
    }
  });
  // Any Content-Security-Policy violation becomes a console error, which fails the test.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
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

/** Presses Tab until `selector` has focus (at most 80 times): a keyboard user's way to a control. */
export async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The screen's current step, from the address. */
export async function stepOf(page) {
  return new URL(page.url()).searchParams.get('step');
}

export async function waitForStep(page, step) {
  await page.waitForFunction((s) => new URL(location.href).searchParams.get('step') === s, step);
  await page.locator('main h1').waitFor();
}

export async function tick(page, key) {
  await page.locator(`label[data-key="${key}"]`).click();
}

export async function next(page) {
  await page.getByTestId('continue').click();
}

/**
 * Start on the welcome (English or Spanish at its top, then Start); on a computer whose mode is
 * not known yet, `device` answers the device question (e.g. 'own', 'shared'). Ends on the name.
 */
export async function startFlow(page, { lang = 'en', device } = {}) {
  await page.getByTestId(`lang-${lang}`).click();
  await page.getByTestId('start').click();
  if (device) {
    await page.getByTestId(`device-${device}`).click();
  }
  await page.locator('#name').waitFor();
}

/**
 * The shortest way to a profile: English, a name, no contact, the languages as pre-ticked, no
 * jobs, some other skills, no certificates. Ends on the profile page.
 */
export async function quickProfile(page, { name = 'Ana', skills = ['sp:cash-register'], lang = 'en', shortName } = {}) {
  await startFlow(page, { lang });
  await page.locator('#name').fill(name);
  if (shortName) await page.locator('#short-name').fill(shortName);
  await next(page);
  await waitForStep(page, 'contact');
  await page.getByTestId('skip').click();
  await waitForStep(page, 'languages');
  await next(page);
  await waitForStep(page, 'jobs');
  await next(page);
  await waitForStep(page, 'skills');
  for (const key of skills) await tick(page, key);
  await next(page);
  await waitForStep(page, 'certificates');
  await next(page);
  await waitForStep(page, 'check');
  await next(page);
  await page.getByTestId('profile-name').waitFor();
}

/** From the profile page to the "other skills" question (via Check your answers). */
export async function openOtherSkills(page) {
  await page.getByTestId('edit-answers').click();
  await waitForStep(page, 'check');
  await page.getByTestId('change-skills').click();
  await waitForStep(page, 'skills');
}

export async function savedProfile(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/**
 * A saved profile without its jobs' and credentials' ids: a share link or a JSON Resume carries no
 * ids (the app gives fresh ones on opening), so that is what they must keep exactly.
 */
export function withoutIds(profile) {
  const strip = (list) => list?.map(({ id, ...rest }) => rest);
  return { ...profile, jobs: strip(profile.jobs), credentials: strip(profile.credentials) };
}

export async function shownSkills(page) {
  return page.locator('[data-testid="skill-list"] li').evaluateAll((els) => els.map((e) => e.dataset.skill));
}

/** Fails if the page scrolls sideways (WCAG reflow: usable at 320 CSS px wide). */
export async function assertNoSideways(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${label}: page is ${scroll}px wide in a ${client}px window`);
}

export const R1 = JSON.parse(await readFile(join(ROOT, '..', 'shared', 'fixtures', 'profiles', 'R1-typical.json'), 'utf8'));

/**
 * Ticks the languages with these codes on "Which languages do you speak?" (the app's language
 * comes pre-ticked; any not among the common ones is found by search), then Continue.
 */
export async function pickLanguages(page, codes) {
  for (const code of codes) {
    let box = page.getByTestId('languages').locator(`label[data-key="language-${code}"] input`);
    if (!(await box.count())) {
      await page.locator('#language-search').fill(code);
      box = page.getByTestId('language-results').locator(`label[data-key="language-${code}"] input`);
    }
    if (!(await box.isChecked())) await box.click();
  }
  await next(page);
}

/** Enters R1 through the guided flow, as María would. */
export async function buildR1(page) {
  await startFlow(page);
  await page.locator('#name').fill(R1.name);
  await next(page);
  await waitForStep(page, 'contact');
  await page.locator('#phone').fill(R1.phone);
  await page.locator('#email').fill(R1.email);
  await page.locator('#city').fill(R1.city);
  await next(page);
  await waitForStep(page, 'languages');
  await pickLanguages(page, R1.languages);
  await waitForStep(page, 'jobs');
  // All three are among the common jobs: no group to open, nothing to type.
  for (const job of R1.jobs) {
    await page.getByTestId('common-jobs').locator(`label[data-key="${job.onet_soc}"]`).click();
  }
  await next(page);
  for (const job of R1.jobs) {
    await waitForStep(page, 'job-when');
    await page.locator('#employer').fill(job.employer);
    // The common case: the years only (the month is optional); choosing the end moves on.
    await pickWhen(page, { start: job.start.slice(0, 4), end: job.end?.slice(0, 4) ?? null });
    await waitForStep(page, 'job-tasks');
    // Every one of R1's tasks is among the first ones shown (no "Show more" needed).
    for (const dwa of R1.skills_onet_dwa) {
      const box = page.locator(`label[data-key="${dwa}"] input`);
      if (await box.count() && !(await box.isChecked())) await tick(page, dwa);
    }
    await next(page);
  }
  await waitForStep(page, 'skills');
  await next(page);
  await waitForStep(page, 'certificates');
  for (const [key, cert] of [['cert:cna', R1.certificates[0]], ['cert:food-handler', R1.certificates[1]]]) {
    await certDetails(page, key, { issuer: cert.issuer, year: cert.date.slice(0, 4) });
  }
  await next(page);
  await waitForStep(page, 'check');
  await next(page);
  await page.getByTestId('profile-name').waitFor();
}

/**
 * Answers a job's "when" screen by taps: `start`/`end` are "2022" or "2022-06" (a month adds
 * "Add the month" and the month, tapped before the year), `end: null` is "I still work there".
 * Choosing the end moves on to the tasks screen by itself. Returns the number of taps.
 */
export async function pickWhen(page, { start, end }) {
  let taps = 0;
  const tap = async (selector) => { await page.locator(selector).click(); taps += 1; };
  const date = async (prefix, value) => {
    const [y, m] = value.split('-');
    if (m) {
      if (await page.locator(`#${prefix}-add-month`).count()) await tap(`#${prefix}-add-month`);
      await tap(`#${prefix}-month-${Number(m)}`);
    }
    if (await page.locator(`#${prefix}-year-${y}`).count()) {
      await tap(`#${prefix}-year-${y}`);
    } else {
      if (!(await page.locator(`#${prefix}-earlier-year`).count())) await tap(`#${prefix}-earlier`);
      await page.selectOption(`#${prefix}-earlier-year`, y);
      taps += 1;
    }
  };
  await date('start', start);
  if (end === null) await tap('#still-there');
  else await date('end', end);
  return taps;
}

/**
 * Ticks listed certificate `key` on the certificates screen (opening "Show all certificates" if it
 * is not among the first) and gives its issuer and year (or "2022-05").
 */
export async function certDetails(page, key, { issuer, year } = {}) {
  const row = page.locator('li').filter({ has: page.locator(`label[data-key="${key}"]`) });
  if (!(await row.locator(`label[data-key="${key}"]`).isVisible())) await page.getByTestId('show-all-certs').click();
  const box = row.locator(`label[data-key="${key}"] input`);
  if (!(await box.isChecked())) await row.locator(`label[data-key="${key}"]`).click();
  const details = row.getByTestId('cert-details');
  await details.waitFor();
  if (issuer !== undefined) {
    await details.locator('input[type=text]').fill(issuer);
    await details.locator('input[type=text]').blur();
  }
  if (year) {
    const [y, m] = year.split('-');
    if (m) {
      await details.locator('[id$="-add-month"]').click();
      await details.locator(`[id$="-month-${Number(m)}"]`).click();
    }
    const button = details.locator(`[id$="-year-${y}"]`);
    if (await button.count()) await button.click();
    else {
      if (!(await details.locator('select').count())) await details.locator('[id$="-earlier"]').click();
      await details.locator('select').selectOption(y);
    }
  }
  return details;
}

/** Reads the QR code as drawn on screen (a real screenshot, decoded by jsQR). */
export async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'the QR code on screen could not be read');
  return found.data;
}

/**
 * Switches the page's language through the header's list (`to`: a tag; by default English ↔
 * Spanish, as the old two-language switch did) and waits until the page speaks it.
 */
export async function switchLang(page, to) {
  const now = await page.evaluate(() => document.documentElement.lang);
  const target = to ?? (now === 'es' ? 'en' : 'es');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId(`menu-lang-${target}`).click();
  await page.waitForFunction((t) => document.documentElement.lang === t, target);
}

/**
 * An init script that replaces the browser's voices with ones for `langs` (e.g. 'vi-VN') and
 * records what is spoken in `window.__spoken`, so a test hears exactly what read aloud says.
 */
export function recordedVoices(langs) {
  return `
    window.__spoken = [];
    const voices = ${JSON.stringify(langs)}.map((lang) => ({ lang, name: lang, default: false }));
    Object.defineProperty(window, 'speechSynthesis', { value: {
      getVoices: () => voices,
      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
    } });`;
}
