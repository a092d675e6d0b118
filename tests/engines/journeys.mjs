// The core journeys, written once and run in each engine (webkit.test.mjs, firefox.test.mjs):
// first visit and the guided flow to a profile that survives a reload; share and open on a second
// device; a PIN set and unlocked after a reload; an offline reload through the service worker; a
// trainer's class added by a learner; a first visit that downloads each file once. They assert what a person sees, and that nothing failed on
// the page or left the app's origin. The full coverage of each screen stays in tests/e2e/
// (Chromium); these keep the other engines honest without making the suite long.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startSite } from './driver.mjs';
import { fetchedTwice } from '../e2e/server.mjs';

export const tid = (id) => `[data-testid="${id}"]`;
const PROFILE_KEY = 'skillpass.profile';
/** Long enough for PBKDF2 (600,000 rounds) on a busy machine in a slower engine. */
const SLOW = 120_000;

async function waitForStep(d, step) {
  await d.waitUntil((s) => new URL(location.href).searchParams.get('step') === s && !!document.querySelector('main h1'),
    [step], { message: `step ${step}` });
}

const next = (d) => d.click(tid('continue'));
const tick = (d, key) => d.click(`label[data-key="${key}"]`);

async function saved(d) {
  const raw = await d.stored(PROFILE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Which of these selectors shows first. */
async function first(d, sels) {
  return d.waitUntil((list) => list.find((s) => [...document.querySelectorAll(s)].some((e) => e.getClientRects().length)),
    [sels], { message: sels.join(' or ') });
}

/** A first visit's opening: English on the welcome, Start, then (on a computer) whose device
 *  this is (own). Ends on the name question. */
async function openingQuestions(d) {
  await d.click(tid('lang-en'));
  await d.click(tid('start'));
  if (await first(d, [tid('device-own'), '#name']) === tid('device-own')) {
    assert.equal(await d.text('main h1'), 'Whose phone or computer is this?');
    await d.click(tid('device-own'));
  }
  // (Choosing reloads the page over the new storage: wait for the name question itself.)
  await waitForStep(d, 'name');
  await d.waitFor(tid('progress'));
}

/** The shortest way to a profile from a first visit: a name, some other skills, nothing else. */
async function quickProfile(d, origin, { name, skills = ['sp:cash-register'] }) {
  await d.goto(origin + '/');
  await openingQuestions(d);
  await d.fill('#name', name);
  await next(d);
  await waitForStep(d, 'contact');
  await d.click(tid('skip'));
  await waitForStep(d, 'languages');
  await next(d);
  await waitForStep(d, 'jobs');
  await next(d);
  await waitForStep(d, 'skills');
  for (const key of skills) await tick(d, key);
  await next(d);
  await waitForStep(d, 'certificates');
  await next(d);
  await waitForStep(d, 'check');
  await next(d);
  // Greeted by the first word of the full name.
  await d.waitFor(tid('profile-name'), { text: new RegExp(`^Hello, ${name.split(' ')[0]}$`) });
}

// ---------------------------------------------------------------------------------------------

const CASHIER = '41-2011.00';

/** (a) First visit → language → guided flow with a listed job → profile → reload. */
async function guidedFlow({ device, origin }) {
  const d = await device('phone');
  await d.goto(origin + '/');
  await waitForStep(d, 'welcome');
  assert.equal(await d.text(tid('lang-es')), 'Español');
  assert.equal(await d.text(tid('lang-en')), 'English');
  assert.match(await d.text('main'), /about 10 minutes/);
  await openingQuestions(d);

  assert.equal(await d.text(tid('progress')), 'Step 1 of 8');
  // An empty name is explained, not accepted.
  await next(d);
  await d.waitFor('#name-error', { text: /Please type your name/ });
  await d.fill('#name', 'María José');
  await next(d);

  await waitForStep(d, 'contact');
  await d.fill('#phone', '(559) 555-0142');
  await next(d);

  await waitForStep(d, 'languages');
  await d.click('label[data-key="language-es"]');
  await next(d);

  await waitForStep(d, 'jobs');
  await d.fill('#job-search', 'cajera');
  await d.click(`${tid('search-results')} label[data-key="${CASHIER}"]`);
  await d.waitFor(`${tid('your-jobs')} .job-chip-title`, { text: /^Cashier$/ });
  await next(d);

  await waitForStep(d, 'job-when');
  assert.equal(await d.text(tid('progress')), 'Job 1 of 1 — Cashier');
  const Y = new Date().getFullYear();
  await d.fill('#employer', 'Fresno Market');
  await d.click('#start-add-month');
  await d.click('#start-month-6');
  await d.click(`#start-year-${Y - 4}`);
  await d.click('#end-add-month');
  await d.click('#end-month-5');
  // Choosing the end saves and moves on.
  await d.click(`#end-year-${Y - 2}`);

  await waitForStep(d, 'job-tasks');
  assert.equal(await d.count(`${tid('tasks')} input:checked`), 0, 'nothing ticked for the worker');
  const tasks = await d.evaluate(() => [...document.querySelectorAll('[data-testid="tasks"] label')].slice(0, 2).map((e) => e.dataset.key));
  assert.equal(tasks.length, 2);
  for (const key of tasks) await tick(d, key);
  assert.equal(await d.count(`${tid('tasks')} input:checked`), 2);
  await next(d);

  await waitForStep(d, 'skills');
  await tick(d, 'sp:another-language');
  await tick(d, 'sp:teamwork');
  await next(d);
  await waitForStep(d, 'certificates');
  await next(d);

  await waitForStep(d, 'check');
  const check = await d.text(tid('check-answers'));
  assert.match(check, /María José/);
  assert.match(check, /\(559\) 555-0142/);
  assert.match(check, new RegExp(`June ${new Date().getFullYear() - 4} – May ${new Date().getFullYear() - 2}`));
  assert.match(check, /2 things you did/);
  await next(d);

  const profile = async () => {
    await d.waitFor(tid('profile-name'), { text: /^Hello, María$/ });
    assert.equal(await d.text(tid('skills-summary')), 'You have 4 skills employers look for');
    const cards = await d.texts(tid('job-card'));
    assert.equal(cards.length, 1);
    assert.match(cards[0], /Cashier/);
    assert.match(cards[0], new RegExp(`Fresno Market · June ${new Date().getFullYear() - 4} – May ${new Date().getFullYear() - 2}`));
  };
  await profile();
  const kept = await saved(d);
  assert.equal(kept.profile.name, 'María José');
  assert.deepEqual(kept.profile.jobs.map((j) => j.occupation), [CASHIER]);
  // Opening the app again shows the same profile.
  await d.reload();
  await profile();
  await d.goto(origin + '/');
  await profile();
}

/** (b) Share → the link opened on a second device → "Save to this phone" → the profile there. */
async function shareToSecondDevice({ device, origin }) {
  const a = await device('sender');
  await quickProfile(a, origin, { name: 'Ana Lucía', skills: ['sp:cash-register', 'sp:teamwork'] });
  const original = (await saved(a)).profile;
  await a.click(tid('share'));
  await waitForStep(a, 'share');
  await a.waitFor(tid('qr'));
  const link = await a.value(tid('share-link'));
  assert.match(link, new RegExp(`^${origin}/#\\d+$`), 'the profile rides in the fragment, as digits');

  const b = await device('receiver');
  await b.goto(link);
  await b.waitFor(tid('open-title'));
  assert.equal(await b.stored(PROFILE_KEY), null, 'nothing saved before the person asks');
  const seen = await b.text('main');
  assert.match(seen, /Ana Lucía/);
  assert.match(seen, /2 skills employers look for/);
  await b.click(tid('save-to-phone'));
  if (await first(b, [tid('profile-name'), tid('device-own')]) === tid('device-own')) await b.click(tid('device-own'));
  await b.waitFor(tid('profile-name'), { text: /^Hello, Ana$/ });
  await b.waitFor(tid('flash'), { text: /Saved/ });
  assert.equal(new URL(await b.url()).hash, '', 'the link is dropped once saved');
  assert.deepEqual((await saved(b)).profile, original, 'the same profile, exactly');
  await b.reload();
  await b.waitFor(tid('profile-name'), { text: /^Hello, Ana$/ });
}

/** (c) A PIN set; after a reload the profile is hidden until the PIN is typed. */
async function pinAndUnlock({ device, origin, engine }) {
  const d = await device('phone');
  await quickProfile(d, origin, { name: 'Guadalupe' });
  await d.click(tid('pin-link'));
  await waitForStep(d, 'pin');
  assert.equal(await d.count('#pin-new'), 0, 'a backup first');
  await d.click(tid('pin-backup'));
  await d.fill('#pin-new', '4821');
  await d.fill('#pin-again', '4821');
  await d.click(tid('pin-save'));
  await d.waitFor(tid('flash'), { text: /locked with your PIN/, timeout: SLOW });
  await d.waitFor(tid('profile-name'), { text: /Guadalupe/ });
  const stored = await d.stored(PROFILE_KEY);
  assert.doesNotMatch(stored, /Guadalupe/, 'nothing readable is stored');
  assert.match(stored, /skillpass-sealed/);

  // The engine's PBKDF2 at 600,000 rounds, as the unlock runs it (reported, not judged).
  const kdfMs = await d.evaluate(async () => {
    const t0 = performance.now();
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('4821'), 'PBKDF2', false, ['deriveBits']);
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600000 }, base, 256);
    return performance.now() - t0;
  });
  console.log(`PBKDF2-SHA-256 600k in ${engine}: ${kdfMs.toFixed(0)} ms`);

  await d.reload();
  await d.waitFor('#unlock-pin', { timeout: SLOW });
  assert.equal(await d.count(tid('profile-name')), 0, 'nothing shown before the PIN');
  assert.doesNotMatch(await d.text('body'), /Guadalupe/);
  await d.fill('#unlock-pin', '0000');
  await d.click(tid('unlock'));
  await d.waitFor(tid('pin-wrong'), { timeout: SLOW });
  await d.waitUntil(() => !document.querySelector('[data-testid="unlock"]')?.disabled, [], { timeout: SLOW, message: 'Unlock to be pressable again' });
  await d.fill('#unlock-pin', '4821');
  await d.click(tid('unlock'));
  await d.waitFor(tid('profile-name'), { text: /^Hello, Guadalupe$/, timeout: SLOW });
  assert.doesNotMatch(await d.stored(PROFILE_KEY), /Guadalupe/, 'still sealed');
}

/** (d) After one visit the app reloads with the server gone, through the service worker. */
async function offlineReload({ device, origin, site }) {
  const d = await device('phone');
  await quickProfile(d, origin, { name: 'Rosa', skills: ['sp:teamwork'] });
  await d.waitUntil(() => navigator.serviceWorker?.controller != null, [], { timeout: 30_000, message: 'the service worker to control the page' });
  await site.stop();
  try {
    await d.reload();
    await d.waitFor(tid('profile-name'), { text: /^Hello, Rosa$/ });
    assert.equal(await d.text(tid('skills-summary')), 'You have 1 skill employers look for');
    // A new page load, not just a reload, and a screen that draws a QR code: all local.
    await d.goto(origin + '/?step=share');
    await d.waitFor(tid('qr'));
    assert.match(await d.value(tid('share-link')), new RegExp(`^${origin}/#\\d+$`));
  } finally {
    await site.start();
  }
}

/** (h) A first visit downloads each of the app's files once (WebKit's service worker does not share
 *  the page's downloads: the page hands them over, issue 18), and ends with the app kept whole. */
async function fetchedOnce({ device, origin, site }) {
  // The server's log is shared: let the journeys before finish their downloads (a device being
  // closed can still be fetching) before counting this device's.
  for (let n = -1, end = Date.now() + 20_000; n !== site.requests().length && Date.now() < end;) {
    n = site.requests().length;
    await new Promise((r) => setTimeout(r, 1500));
  }
  const from = site.requests().length;
  const d = await device('phone');
  await d.goto(origin + '/');
  await d.waitFor(tid('lang-en'));
  await d.waitUntil(() => navigator.serviceWorker?.controller != null, [], { timeout: 30_000, message: 'the service worker to control the page' });
  const kept = await d.evaluate(() => (async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('skillpass-'));
    const c = await caches.open(names[0]);
    return { names, files: (await c.keys()).map((r) => new URL(r.url).pathname).sort() };
  })());
  assert.equal(kept.names.length, 1, `one cache, the handover gone: ${kept.names}`);
  assert.deepEqual(kept.files.map((f) => f.replace(/-[0-9a-f]{8,16}/, '-H')), ['/', '/manifest.webmanifest', '/skillpass-H_bg.wasm']);
  assert.deepEqual(fetchedTwice(site.requests().slice(from)), [], 'no file downloaded twice');
  // The page kept is the one served, as the browser read it: the app starts from it offline.
  await site.stop();
  try {
    await d.reload();
    await d.waitFor(tid('lang-en'));
  } finally {
    await site.start();
  }
}

/** (e) A trainer signs a class; the learner opens the room link, adds it, sees it signed. */
async function trainerClass({ device, origin }) {
  const t = await device('trainer');
  await t.goto(origin + '/tools.html?step=trainer');
  if (await first(t, ['#t-provider', tid('lang-en')]) !== '#t-provider') {
    await openingQuestions(t);
    await t.goto(origin + '/tools.html?step=trainer');
  }
  await t.fill('#t-provider', 'Valley Training Center');
  await t.fill('#t-class', 'Forklift Safety');
  await t.fillDate('#t-day', '2026-11-20');
  await t.fill('#t-hours', '8');
  await t.fill('#t-description', 'Safe driving, loading and daily checks of a forklift.');
  for (const [word, key] of [['forklift', '4.A.3.a.3.I08.D01'], ['team', 'sp:teamwork']]) {
    await t.fill(tid('skill-search'), word);
    await t.click(`${tid('skill-results')} label[data-key="${key}"]`);
    await t.waitFor(`${tid('class-skills-picked')} label[data-key="${key}"]`);
  }
  await t.click(tid('make-class'));
  await t.waitFor(tid('class-output'), { timeout: 60_000 });
  await t.waitFor(tid('class-qr'));
  const link = await t.value(tid('class-link'));
  assert.match(link, new RegExp(`^${origin}/#\\d+$`));
  const fp = await t.text(tid('key-fingerprint'));
  assert.ok(fp.trim().length >= 8, `a key fingerprint is shown (${fp})`);
  const line = `Class record signed by "Valley Training Center" — key ${fp}`;

  const l = await device('learner');
  await quickProfile(l, origin, { name: 'María Hernández' });
  await l.goto(link);
  await l.waitFor(tid('class-offer'));
  assert.equal(await l.text(tid('class-question')), 'Add Forklift Safety from Valley Training Center to your skills?');
  assert.equal(await l.text(tid('trust')), line);
  assert.equal(await l.count(`${tid('class-skills')} li`), 2);
  await l.click(tid('add-class'));
  await l.waitFor(tid('profile-name'), { text: /^Hello, María$/ });
  await l.waitFor(tid('flash'), { text: /class is now in your profile/ });
  const signed = `${tid('cert')} ${tid('trust')}`;
  assert.match(await l.text(tid('cert-list')), /Forklift Safety/);
  assert.equal(await l.attr(signed, 'data-trust'), 'signed');
  assert.equal(await l.text(signed), line);
  const credentials = (await saved(l)).profile.credentials;
  assert.deepEqual(credentials.map((c) => c.name), ['Forklift Safety']);
  // Still there, still signed, after a reload.
  await l.reload();
  await l.waitFor(signed, { text: /^Class record signed by "Valley Training Center"/ });
}

/** (f) Arabic mirrors the page (its words fetched from locales/ar.tsv); Chinese finds a job by
 *  part of its title; the words are the locale files' own. */
async function rightToLeftAndChinese({ device, origin }) {
  const { readFileSync } = await import('node:fs');
  const words = (tag) => new Map(readFileSync(new URL(`../../core/locales/${tag}.tsv`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => { const c = l.split('\t'); return [c[0], c[c.length - 1]]; }));
  const ar = words('ar');
  const zh = words('zh-Hans');
  const d = await device('phone');
  await d.goto(origin + '/');
  await waitForStep(d, 'welcome');
  await d.click(tid('lang-ar'));
  await d.waitUntil(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar', [], { message: 'the page in Arabic, right to left' });
  await d.waitFor('main h1', { text: new RegExp(ar.get('msg.WelcomeTitle')) });
  await d.click(tid('start'));
  if (await first(d, [tid('device-own'), '#name']) === tid('device-own')) await d.click(tid('device-own'));
  await waitForStep(d, 'name');
  // (After the device question the page reloads, and waits for Arabic's file before drawing.)
  await d.waitFor('#main h1', { text: new RegExp(`^${ar.get('msg.NameQuestion')}$`) });
  // The Back control sits on the right, where an Arabic reader starts.
  const side = await d.evaluate(() => {
    const b = document.querySelector('#main [data-testid="back"]');
    const r = b && b.getBoundingClientRect();
    return r ? r.left + r.width / 2 > innerWidth / 2 : null;
  });
  assert.equal(side, true, 'Back is on the right half of the screen');
  await d.shot('arabic-name');
  // Chinese from the header's list; a job found by the middle of its Chinese title.
  await d.click(tid('lang-switch'));
  await d.click(tid('menu-lang-zh-Hans'));
  await d.waitUntil(() => document.documentElement.lang === 'zh-Hans' && !document.documentElement.dir, [], { message: 'the page in Chinese, left to right' });
  await d.waitFor('#main h1', { text: new RegExp(`^${zh.get('msg.NameQuestion').replace(/[?？]/g, '.')}$`) });
  await d.fill('#name', '王小梅');
  await next(d);
  await waitForStep(d, 'contact');
  await d.click(tid('skip'));
  await waitForStep(d, 'languages');
  await next(d);
  await waitForStep(d, 'jobs');
  const title = zh.get(`occ.${CASHIER}`);
  await d.fill('#job-search', title.slice(1, -1) || title);
  await d.waitFor(`${tid('search-results')} label[data-key="${CASHIER}"]`);
  await d.shot('chinese-jobs');
}

/** (g) The "For a job centre" questions answered one a screen, shared only when ticked. */
async function jobCentreAnswers({ device, origin }) {
  const d = await device('worker');
  await quickProfile(d, origin, { name: 'Rosa Díaz', skills: ['sp:cash-register', 'sp:teamwork'] });
  await d.click(tid('jc-open'));
  await waitForStep(d, 'job-centre');
  const taps = { working: 'jc-looking', since_last_job: 'jc-under-6-months', school: 'jc-high-school', veteran: 'jc-no', english_help: 'jc-rather-not', next_job: 'jc-not-sure' };
  for (let i = 0; i < 6; i++) {
    const q = await d.waitUntil(() => document.querySelector('[data-testid="jc-question"]')?.dataset.question, [], { message: 'a question' });
    await d.click(tid(taps[q]));
    await d.waitUntil((q) => document.querySelector('[data-testid="jc-question"]')?.dataset.question !== q, [q], { message: `past ${q}` });
  }
  await d.waitFor(tid('jc-done'));
  assert.deepEqual((await saved(d)).profile.job_centre, {
    working: 'looking', since_last_job: 'under-6-months', school: 'high-school', veteran: 'no', english_help: 'rather-not', next_job: 'not-sure',
  });
  await d.click(tid('jc-see-profile'));
  await d.click(tid('share'));
  await waitForStep(d, 'share');
  const plain = await d.value(tid('share-link'));
  await d.click(tid('share-job-centre'));
  await d.waitFor(tid('jc-link-note'));
  const withAnswers = await d.value(tid('share-link'));
  assert.notEqual(plain, withAnswers, 'the ticked link carries more');

  const jc = await device('job-centre');
  await jc.goto(withAnswers);
  await jc.waitFor(tid('jc-answers'));
  assert.match(await jc.text(tid('jc-answers')), /No, and I am looking for work/);
  await jc.goto(origin + '/?step=welcome');
  await jc.goto(plain);
  await jc.waitFor(tid('open-title'));
  assert.match(await jc.text('main'), /Rosa Díaz/);
  assert.equal(await jc.evaluate(() => document.querySelectorAll('[data-testid="jc-answers"]').length), 0,
    'a link made without the tick shows none of her answers');
}

const JOURNEYS = [
  ['first visit, the guided flow to a profile, and a reload', guidedFlow],
  ['a profile shared and saved on a second device', shareToSecondDevice],
  ['a PIN set, and the profile unlocked after a reload', pinAndUnlock],
  ['an offline reload through the service worker', offlineReload],
  ["a trainer's class added by a learner, shown as signed", trainerClass],
  ['Arabic mirrors the page, Chinese finds a job by part of its title', rightToLeftAndChinese],
  ['job-centre answers given one a screen, shared only when ticked', jobCentreAnswers],
  ['a first visit downloads each file once, and keeps the app whole', fetchedOnce],
];

/** Registers every journey as a test in `engine`, against the built app. */
export function runEngine(name) {
  let site;
  let engine;
  before(async () => {
    site = await startSite();
    engine = await launch(name, { origin: site.origin });
  });
  after(async () => {
    await engine?.close();
    await site?.close();
  });
  JOURNEYS.forEach(([title, journey], i) => {
    test(`${name}: ${title}`, { timeout: 240_000 }, async () => {
      const devices = [];
      const device = async (label) => {
        const d = await engine.newDevice(label);
        devices.push(d);
        return d;
      };
      const slug = `${String.fromCharCode(97 + i)}-${journey.name}`;
      try {
        await journey({ device, origin: site.origin, site, engine: name });
        for (const d of devices) await d.assertClean();
        for (const d of devices) await d.shot(`${slug}-${d.label}`);
      } catch (e) {
        const shots = [];
        for (const d of devices) {
          try { shots.push(await d.shot(`${slug}-${d.label}-FAILED`)); } catch {}
        }
        if (shots.length) e.message += `\n  screenshots: ${shots.join(', ')}`;
        throw e;
      } finally {
        for (const d of devices) await d.close();
      }
    });
  });
}
