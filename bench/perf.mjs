// Performance bench (not a test): serves the release build with brotli on 127.0.0.1 and measures,
// over RUNS runs (default 5), the first-visit transfer, start-up on a throttled phone profile
// (first visit, repeat visit from the service worker, repeat visit offline), Lighthouse scores and
// memory after using the app with the large reference profile, and (SCANS runs, default 3) a
// caseworker's scan of a worker's code through Chromium's fake camera to the new client's profile.
// Prints medians, min–max and budgets.
//   scripts/bench.sh   (or: node bench/perf.mjs after `trunk build --release`)
import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS, quickProfile } from '../tests/e2e/helpers.mjs';
import { launchWithCamera, y4mFromQr, scratch } from '../tests/e2e/camera.mjs';
import { engineVisit, fetchedTwice } from './engines.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
// The build to measure: ./dist unless SKILLPASS_DIST points elsewhere (e.g. an older build).
const DIST = process.env.SKILLPASS_DIST ?? join(ROOT, 'dist');
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const srv = await startServer(DIST, '127.0.0.1', 0, { compress: true });
// Compress every file once before measuring, as a real host serves precompressed files (brotli at
// quality 11 takes a second or more for the wasm, which is not the phone's time).
for (const name of await readdir(DIST)) {
  await (await fetch(`${srv.origin}/${name}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
}
const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_ARGS });

/** Records when the first screen is on the page and wired up (its English button exists). */
const markInteractive = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="lang-en"], [data-testid="profile-name"]')) {
      window.__interactive = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
};

async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  return cdp;
}

async function interactiveAfter(page, action) {
  await action();
  await page.waitForFunction(() => window.__interactive, null, { timeout: 60_000 });
  return page.evaluate(() => window.__interactive);
}

async function visitRun() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  await context.addInitScript(markInteractive);
  const page = await context.newPage();
  const cdp = await throttled(context, page);
  const before = srv.bytesSent();
  const logFrom = srv.requests().length;
  const first = await interactiveAfter(page, () => page.goto(srv.origin + '/'));
  const interactiveAt = await page.evaluate(() => performance.timeOrigin + window.__interactive);
  // index.html draws the first question itself while the app loads: when it was on screen.
  const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  // The service worker's precache belongs to the first visit too: wait for it to take over.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const transfer = srv.bytesSent() - before;
  const log = srv.requests().slice(logFrom);
  // The start-up path: what the server had begun to send when the first screen became interactive.
  const startup = log.filter((r) => r.at <= interactiveAt).reduce((n, r) => n + r.bytes, 0);
  const twice = fetchedTwice(log);
  const repeat = await interactiveAfter(page, () => page.reload());
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, offline: true });
  await context.setOffline(true);
  const offline = await interactiveAfter(page, () => page.reload());
  await context.close();
  return { transfer, startup, twice, painted, first, repeat, offline };
}

/** What a trainer or caseworker downloads more, the first time they open their page (tools.html). */
async function toolsRun() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(srv.origin + '/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const before = srv.bytesSent();
  const logFrom = srv.requests().length;
  await page.goto(srv.origin + '/tools.html?step=trainer');
  await page.locator('#t-provider').waitFor();
  await page.waitForTimeout(500);
  const transfer = srv.bytesSent() - before;
  const twice = fetchedTwice(srv.requests().slice(logFrom));
  await context.close();
  return { transfer, twice };
}

/** A first visit from a browser that prefers another language: the same, plus its words' file. */
async function languageRun(locale) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
  const page = await context.newPage();
  const before = srv.bytesSent();
  await page.goto(srv.origin + '/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const transfer = srv.bytesSent() - before;
  await context.close();
  return transfer;
}

/** What each language file costs when it is fetched (brotli, as the server sends it). */
async function languageFiles() {
  const out = [];
  for (const name of await readdir(join(DIST, 'locales'))) {
    const r = await fetch(`${srv.origin}/locales/${name}`, { headers: { 'accept-encoding': 'br' } });
    await r.arrayBuffer();
    out.push(Number(r.headers.get('content-length')));
  }
  return out;
}

/** R3 as the app saves it (the fixture's neutral form mapped field by field). */
async function r3Envelope() {
  const r = JSON.parse(await readFile(join(ROOT, '..', 'shared', 'fixtures', 'profiles', 'R3-large.json'), 'utf8'));
  const profile = {
    name: r.name,
    contact: { phone: r.phone, email: r.email, city: r.city },
    languages: r.languages,
    jobs: r.jobs.map((j) => ({ title: j.title, employer: j.employer, occupation: j.onet_soc, start: j.start, ...(j.end ? { end: j.end } : {}) })),
    skills: r.skills_onet_dwa.map((id) => ({ id, source: 'job', added: '2026-11-29' })),
    credentials: r.certificates.map((c) => ({ kind: 'certificate', name: c.name, issuer: c.issuer, date: c.date })),
  };
  return JSON.stringify({ format: 'skillpass-profile', version: 2, rev: 1, profile });
}

async function memoryRun(envelope) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(markInteractive);
  await context.addInitScript((env) => {
    if (!localStorage.getItem('skillpass.profile')) localStorage.setItem('skillpass.profile', env);
  }, envelope);
  const page = await context.newPage();
  await page.goto(srv.origin + '/');
  await page.getByTestId('profile-name').waitFor();
  // Use it: share (QR), check answers, a job's questions, back to the profile.
  await page.getByTestId('share').click();
  await page.getByTestId('qr').waitFor();
  await page.goto(srv.origin + '/?step=check');
  await page.getByTestId('check-answers').waitFor();
  await page.goto(srv.origin + '/?step=job-tasks&job=0');
  await page.locator('[data-testid="tasks"]').waitFor();
  await page.goto(srv.origin + '/?step=profile');
  await page.getByTestId('profile-name').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await context.close();
  return usedSize + wasm;
}

/**
 * A caseworker scanning a worker's code (issue 17): the code on her share page, made into a video
 * for Chromium's fake camera, read by the tools page (wasm reader: Chromium on Linux has no
 * BarcodeDetector). The time from "Scan a client's code" to the new client's profile on screen,
 * "Add as a new client" pressed as soon as it shows; and the part of it spent reading the code.
 */
async function scanVideo(dir) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  await context.addInitScript(() => localStorage.setItem('skillpass.device', 'own'));
  const page = await context.newPage();
  await page.goto(srv.origin + '/');
  await quickProfile(page, { name: 'Ana Ruiz', skills: ['sp:cash-register', 'sp:teamwork'] });
  await page.getByTestId('share').click();
  await page.getByTestId('qr').waitFor();
  const video = await y4mFromQr(page.getByTestId('qr'), join(dir, 'ana.y4m'));
  await context.close();
  return video.path;
}

async function scanRun(video, dir, i) {
  const agency = await launchWithCamera(video, { origin: srv.origin, userDataDir: join(dir, `caseworker-${i}`) });
  const page = await agency.open('/tools.html?step=clients');
  await page.getByTestId('scan-client').waitFor();
  const start = Date.now();
  await page.getByTestId('scan-client').click();
  await page.getByTestId('add-new-client').waitFor({ timeout: 60_000 });
  const read = Date.now() - start;
  await page.getByTestId('add-new-client').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === 'profile'
    && document.querySelector('[data-testid="profile-name"]')
    && document.querySelector('[data-testid="current-client"]')?.textContent.includes('Ana Ruiz'), null, { timeout: 60_000 });
  const total = Date.now() - start;
  await agency.close();
  return { read, total };
}

const run = promisify(execFile);
async function lighthouseRun() {
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/lighthouse'), [
    srv.origin + '/', '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 });
  const c = JSON.parse(stdout).categories;
  return { perf: c.performance.score * 100, a11y: c.accessibility.score * 100, bp: c['best-practices'].score * 100 };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};

const visits = [];
for (let i = 0; i < RUNS; i++) visits.push(await visitRun());
const tools = [];
for (let i = 0; i < RUNS; i++) tools.push(await toolsRun());
// The same first visit in the other two engines (no throttling there: bytes and requests only).
const engines = {};
for (const name of ['webkit', 'firefox']) {
  engines[name] = [];
  for (let i = 0; i < RUNS; i++) engines[name].push(await engineVisit(name, DIST));
}
const vietnamese = [];
for (let i = 0; i < RUNS; i++) vietnamese.push(await languageRun('vi-VN'));
const packs = await languageFiles();
const envelope = await r3Envelope();
const memory = [];
for (let i = 0; i < RUNS; i++) memory.push(await memoryRun(envelope));
const SCANS = Number(process.env.SCANS ?? 3);
const scanDir = await scratch('skillpass-bench-scan-');
const scanVideoPath = await scanVideo(scanDir.dir);
const scans = [];
for (let i = 0; i < SCANS; i++) scans.push(await scanRun(scanVideoPath, scanDir.dir, i));
await scanDir.clean();
const lh = [];
if (process.env.SKIP_LIGHTHOUSE !== '1') for (let i = 0; i < RUNS; i++) lh.push(await lighthouseRun());
await browser.close();
await srv.close();

// A URL the server sent a body for twice in one visit, in any run: the row shows how many.
const twiceRow = (name, runs) => [name, runs.map((r) => r.twice.length), '', '<=', 0, [...new Set(runs.flatMap((r) => r.twice))]];
const rows = [
  ['first-visit transfer, Chromium (brotli)', visits.map((v) => v.transfer / 1000), 'KB', '<=', 250],
  ['first-visit transfer, WebKit (gzip: its net library has no brotli)', engines.webkit.map((v) => v.transfer / 1000), 'KB', '<=', 250],
  ['first-visit transfer, Firefox (brotli)', engines.firefox.map((v) => v.transfer / 1000), 'KB', '<=', 250],
  ['start-up path: sent before interactive, Chromium', visits.map((v) => v.startup / 1000), 'KB', '<=', 150],
  twiceRow('URLs fetched twice, first visit, Chromium', visits),
  twiceRow('URLs fetched twice, first visit, WebKit', engines.webkit),
  twiceRow('URLs fetched twice, first visit, Firefox', engines.firefox),
  ['tools page, first opening (trainers only)', tools.map((t) => t.transfer / 1000), 'KB', '<=', 250],
  twiceRow('URLs fetched twice, tools page, Chromium', tools),
  ['first-visit transfer, a Vietnamese browser', vietnamese.map((t) => t / 1000), 'KB', '', null],
  ['a language file, fetched once when chosen', packs.map((b) => b / 1000), 'KB', '', null],
  ['first question on screen (4x CPU, Slow 4G)', visits.map((v) => v.painted / 1000), 's', '', null],
  ['first visit interactive (4x CPU, Slow 4G)', visits.map((v) => v.first / 1000), 's', '<=', 2.0],
  ['repeat visit (service worker)', visits.map((v) => v.repeat / 1000), 's', '<=', 0.2],
  ['repeat visit offline', visits.map((v) => v.offline / 1000), 's', '<=', 0.2],
  ['memory after R3 (JS heap + wasm)', memory.map((m) => m / 1e6), 'MB', '<=', 5],
  [`scan to new client, fake camera (${SCANS} runs)`, scans.map((x) => x.total), 'ms', '', null],
  ['  of which the code read from the camera', scans.map((x) => x.read), 'ms', '', null],
  ...(lh.length ? [
    ['Lighthouse performance (mobile)', lh.map((l) => l.perf), '', '>=', 98],
    ['Lighthouse accessibility', lh.map((l) => l.a11y), '', '>=', 100],
    ['Lighthouse best practices', lh.map((l) => l.bp), '', '>=', 100],
  ] : []),
];
const fmt = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 10 ? 2 : 1));
const W = Math.max(...rows.map((r) => r[0].length));
console.log(`${'figure'.padEnd(W)} ${'median'.padStart(8)} ${'min–max'.padStart(15)} ${'budget'.padStart(10)}  status   (${RUNS} runs)`);
for (const [name, xs, unit, op, budget, which] of rows) {
  const { median, min, max } = stats(xs);
  // A URL fetched twice in any run is over, whatever the median.
  const ok = which ? max <= budget : op === '<=' ? median <= budget : median >= budget;
  const limit = budget == null ? '—' : `${op} ${budget}${unit}`;
  const status = budget == null ? 'info' : ok ? 'ok' : 'OVER';
  console.log(`${name.padEnd(W)} ${(fmt(median) + unit).padStart(8)} ${`${fmt(min)}–${fmt(max)}`.padStart(15)} ${limit.padStart(10)}  ${status}${which?.length ? `  ${which.join(', ')}` : ''}`);
}
