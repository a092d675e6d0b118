// The seven languages in a real browser: the whole flow in Arabic (right to left) and Chinese,
// job search across scripts and without accents, one shared profile read in all seven, language
// files fetched only when needed and kept offline, and every language readable at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  setUp, newDevice, shot, assertAccessible, assertNoSideways, waitForStep, tick, next, pickWhen,
  certDetails, ROOT, quickProfile,
  recordedVoices,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const CASHIER = '41-2011.00';
const Y = new Date().getFullYear();
/** Each language's tag, and the browser locale a person speaking it would have. */
const LANGS = [['en', 'en-US'], ['es', 'es-MX'], ['zh-Hans', 'zh-CN'], ['vi', 'vi-VN'], ['ar', 'ar'], ['ht', 'ht'], ['tl', 'fil-PH']];

/** core/locales/<tag>.tsv as a map: `key<TAB>text` in English, `key<TAB>hash<TAB>text` in the rest. */
function words(tag) {
  const map = new Map();
  for (const line of readFileSync(join(ROOT, 'core', 'locales', `${tag}.tsv`), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cols = line.split('\t');
    map.set(cols[0], cols[cols.length - 1]);
  }
  return (key) => {
    assert.ok(map.has(key), `${tag}.tsv has no ${key}`);
    return map.get(key);
  };
}
const W = Object.fromEntries(LANGS.map(([tag]) => [tag, words(tag)]));

const htmlLang = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const h1 = async (page) => (await page.locator('main h1').first().textContent()).trim();

/** Polls `read` until it returns `want` (or 5 s pass), then asserts it: a plain message either way. */
async function settles(read, want, label) {
  let got;
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    got = await read();
    if (got === want) break;
  }
  assert.equal(got, want, label);
}

/** Paths of the language files `context` downloads from the server (the worker's peeks into the
 *  browser's own cache, `only-if-cached`, download nothing and are not counted). */
function downloads(context) {
  const got = [];
  context.on('requestfinished', async (r) => {
    if (!/\/locales\//.test(r.url())) return;
    const res = await r.response();
    if (res && !res.fromServiceWorker() && (await res.serverAddr())) got.push(new URL(r.url()).pathname);
  });
  return got;
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
}

/** Screenshot, axe and no sideways scrolling. */
async function look(page, name) {
  await shot(page, name);
  await assertAccessible(page, name);
  await assertNoSideways(page, name);
}

/** Taps `lang-<tag>` on the welcome and waits until the app is in that language. */
async function chooseOnWelcome(page, tag) {
  await page.getByTestId(`lang-${tag}`).click();
  await settles(async () => (await htmlLang(page)).lang, tag, `html lang after tapping ${tag}`);
  await settles(() => h1(page), W[tag]('msg.WelcomeTitle'), `welcome heading in ${tag}`);
}

/** A fresh phone, in `tag`, to the jobs question (no contact, the languages as pre-ticked). */
async function toJobs(page, tag, name = 'Ana') {
  await chooseOnWelcome(page, tag);
  await page.getByTestId('start').click();
  await waitForStep(page, 'name');
  await page.locator('#name').fill(name);
  await next(page);
  await waitForStep(page, 'contact');
  await page.getByTestId('skip').click();
  await waitForStep(page, 'languages');
  await next(page);
  await waitForStep(page, 'jobs');
}

/** Types into the job search and waits for cashier among the results. */
async function searchFindsCashier(page, typed) {
  await page.locator('#job-search').fill(typed);
  const hit = page.getByTestId('search-results').locator(`label[data-key="${CASHIER}"]`);
  await hit.waitFor({ timeout: 5000 }).catch(() => {});
  assert.equal(await hit.count(), 1, `typing "${typed}" finds cashier`);
  return hit;
}

/**
 * The whole flow in `tag` on a phone: on every question page the heading is that language's
 * question, Back sits on the reading-start side, and Continue is in that language.
 */
async function wholeFlow(tag, prefix, { rtl, onJobs } = {}) {
  const t = W[tag];
  const device = await newDevice(env);
  const page = await device.open();
  await chooseOnWelcome(page, tag);
  assert.deepEqual(await htmlLang(page), { lang: tag, dir: rtl ? 'rtl' : '' });
  await look(page, `${prefix}-01-welcome`);
  await page.getByTestId('start').click();

  let n = 1;
  const question = async (step, key, { cont = 'msg.Continue' } = {}) => {
    await waitForStep(page, step);
    n += 1;
    const label = `${prefix}-${String(n).padStart(2, '0')}-${step}`;
    await settles(() => h1(page), t(key), `${label}: heading`);
    assert.deepEqual(await htmlLang(page), { lang: tag, dir: rtl ? 'rtl' : '' }, `${label}: <html>`);
    const back = await page.getByTestId('back').boundingBox();
    const mid = back.x + back.width / 2;
    const half = page.viewportSize().width / 2;
    assert.ok(rtl ? mid > half : mid < half, `${label}: Back is centred at x=${Math.round(mid)}, expected on the ${rtl ? 'right' : 'left'} half`);
    assert.equal((await page.getByTestId('continue').textContent()).trim(), t(cont), `${label}: the main button`);
    await look(page, label);
  };

  await question('name', 'msg.NameQuestion');
  await page.locator('#name').fill(rtl ? 'فاطمة حسن' : '王小梅');
  await next(page);
  await question('contact', 'msg.ContactQuestion');
  await page.getByTestId('skip').click();
  await question('languages', 'msg.LanguagesQuestion');
  // Checked at the end, so one wrong tick does not hide the rest of the flow.
  const langTicked = await page.locator(`label[data-key="language-${tag === 'zh-Hans' ? 'zh' : tag}"] input`).first().isChecked();
  await next(page);
  await question('jobs', 'msg.JobsQuestion');
  if (onJobs) await onJobs(page);
  await page.getByTestId('common-jobs').locator(`label[data-key="${CASHIER}"]`).click();
  assert.deepEqual(await page.getByTestId('your-jobs').locator('.job-chip-title').allInnerTexts(), [t(`occ.${CASHIER}`)]);
  await shot(page, `${prefix}-05b-jobs-picked`);
  await next(page);
  await question('job-when', 'msg.JobWhenQuestion');
  await pickWhen(page, { start: `${Y - 2}`, end: null });
  await question('job-tasks', 'msg.JobTasksQuestion');
  const keys = await page.locator('[data-testid="tasks"] label').evaluateAll((els) => els.slice(0, 2).map((e) => e.dataset.key));
  for (const key of keys) await tick(page, key);
  await next(page);
  await question('skills', 'msg.OtherSkillsQuestion');
  await next(page);
  await question('certificates', 'msg.CertsQuestion');
  await next(page);
  await question('check', 'msg.CheckTitle', { cont: 'msg.Finish' });
  await next(page);

  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), t('msg.Hello').replace('{name}', rtl ? 'فاطمة' : '王小梅'));
  assert.equal((await page.getByTestId('job-card').locator('h3').innerText()).trim(), t(`occ.${CASHIER}`), 'the job title on the profile');
  assert.deepEqual(await htmlLang(page), { lang: tag, dir: rtl ? 'rtl' : '' });
  await look(page, `${prefix}-${String(n + 1).padStart(2, '0')}-profile`);
  assert.ok(langTicked, `${tag}: "we ticked the language you use here", but its box on the languages page was not ticked`);
  device.assertClean();
  await device.context.close();
}

test('the whole flow in Arabic reads right to left, in Arabic, on a phone', async () => {
  await wholeFlow('ar', 'ar', { rtl: true });
});

test('the whole flow in Chinese, and a job found by part of its Chinese title', async () => {
  await wholeFlow('zh-Hans', 'zh', {
    rtl: false,
    onJobs: async (page) => {
      const title = W['zh-Hans'](`occ.${CASHIER}`);
      const middle = title.slice(1, -1) || title;
      assert.ok(middle.length >= 1 && middle !== title, `a part from the middle of ${title}`);
      await searchFindsCashier(page, middle);
      await shot(page, 'zh-05a-jobs-search');
      await page.locator('#job-search').fill('');
    },
  });
});

test('job search ignores Vietnamese accents, and finds English names in any language', async () => {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  assert.ok(fold(W.vi(`occ.${CASHIER}`)).includes('thu ngan'), `vi.tsv's cashier (${W.vi(`occ.${CASHIER}`)}) folds to "thu ngan"`);
  const device = await newDevice(env);
  const page = await device.open();
  await toJobs(page, 'vi');
  const hit = await searchFindsCashier(page, 'thu ngan');
  assert.match(await hit.innerText(), new RegExp(W.vi(`occ.${CASHIER}`)));
  await shot(page, 'vi-jobs-search-no-accents');

  const other = await newDevice(env);
  const ar = await other.open();
  await toJobs(ar, 'ar', 'فاطمة');
  const found = await searchFindsCashier(ar, 'cashier');
  assert.match(await found.innerText(), new RegExp(W.ar(`occ.${CASHIER}`).replace(/[()]/g, '\\$&')), 'shown by its Arabic name');
  await shot(ar, 'ar-jobs-search-english');
  device.assertClean();
  other.assertClean();
  await device.context.close();
  await other.context.close();
});

test('a profile made in Spanish and shared as a link reads in each of the seven languages', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await toJobs(page, 'es', 'Lucía Pérez');
  await page.getByTestId('common-jobs').locator(`label[data-key="${CASHIER}"]`).click();
  await next(page);
  await waitForStep(page, 'job-when');
  await pickWhen(page, { start: `${Y - 3}`, end: `${Y - 1}` });
  await waitForStep(page, 'job-tasks');
  await page.locator('[data-testid="tasks"] label').first().click();
  await next(page);
  await waitForStep(page, 'skills');
  await next(page);
  await waitForStep(page, 'certificates');
  await certDetails(page, 'cert:food-handler', { year: `${Y - 1}` });
  await next(page);
  await waitForStep(page, 'check');
  await next(page);
  await page.getByTestId('profile-name').waitFor();
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  const link = await page.getByTestId('share-link').inputValue();
  device.assertClean();
  await device.context.close();

  // Every language is tried before failing, so one report names all that do not read.
  const failed = [];
  for (const [tag, locale] of LANGS) {
    const viewer = await newDevice(env, { locale });
    const p = await viewer.context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    try {
      await p.goto(link);
      await p.getByTestId('open-title').waitFor({ timeout: 5000 });
      await settles(async () => (await htmlLang(p)).lang, tag, `a ${locale} browser opens the link in ${tag}`);
      await settles(async () => (await p.getByTestId('job-card').locator('h3').first().innerText()).trim(),
        W[tag](`occ.${CASHIER}`), `the shared job title in ${tag}`);
      assert.equal((await p.getByTestId('open-title').innerText()).trim(), W[tag]('msg.OpenTitle'));
      viewer.assertClean();
    } catch (e) {
      failed.push(`${locale}: ${e.message.split('\n')[0]}${errors.length ? ` (page error: ${errors[0]})` : ''}`);
    }
    await shot(p, `open-link-${tag}`);
    await viewer.context.close();
  }
  assert.deepEqual(failed, [], 'the shared profile did not read right in every language');
});

test('English needs no language file; a Vietnamese browser gets its file once, with no English flash', async () => {
  const en = await newDevice(env);
  const enFiles = downloads(en.context);
  const enPage = await en.open();
  await controlled(enPage);
  await enPage.getByTestId('start').click();
  await waitForStep(enPage, 'name');
  assert.deepEqual(enFiles, [], 'an English first visit fetches no language file');
  en.assertClean();
  await en.context.close();

  // A true first visit (nothing stored, so index.html draws its early welcome), the app's wasm
  // held back until the early screen has been looked at; every painted frame's heading is noted.
  const recorder = () => {
    window.__headings = [];
    const frame = () => {
      const h = document.querySelector('h1');
      const text = h && h.getClientRects().length && getComputedStyle(h).visibility !== 'hidden' ? h.textContent.trim() : null;
      if (text && window.__headings[window.__headings.length - 1] !== text) window.__headings.push(text);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  const vi = await newDevice(env, { locale: 'vi-VN', mode: null, initScript: recorder });
  const viFiles = downloads(vi.context);
  let release;
  const gate = new Promise((r) => { release = r; });
  await vi.context.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  const page = await vi.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.origin + '/', { waitUntil: 'commit' });
  await page.locator('#boot h1').waitFor();
  assert.equal((await page.locator('#boot h1').textContent()).trim(), W.vi('msg.WelcomeTitle'), 'the early screen is already Vietnamese');
  assert.equal((await htmlLang(page)).lang, 'vi');
  await shot(page, 'vi-boot');
  release();
  await page.getByTestId('lang-vi').waitFor({ timeout: 5000 }).catch(() => {});
  assert.deepEqual(errors, [], 'page errors while the app starts in Vietnamese');
  await settles(() => h1(page), W.vi('msg.WelcomeTitle'), 'the app\'s welcome in Vietnamese');
  assert.equal(await page.getByTestId('lang-vi').getAttribute('aria-pressed'), 'true');
  await controlled(page);
  await page.waitForTimeout(500);
  assert.deepEqual(viFiles, ['/locales/vi.tsv'], 'vi.tsv downloaded exactly once, and no other language');
  const seen = await page.evaluate(() => window.__headings);
  assert.ok(!seen.includes(W.en('msg.WelcomeTitle')), `no English heading was ever painted: ${JSON.stringify(seen)}`);
  assert.deepEqual(errors, [], 'page errors');
  await vi.context.close();
});

test('offline, a language never fetched is explained in its own words; one fetched before is kept', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await controlled(page);
  await device.context.setOffline(true);
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('menu-lang-tl').click();
  const missing = page.getByTestId('lang-missing');
  await missing.waitFor();
  assert.ok((await missing.innerText()).includes(W.tl('msg.LangOffline')), 'says so in Tagalog');
  await missing.getByTestId('have-lang-en').waitFor();
  assert.equal((await htmlLang(page)).lang, 'en', 'the page stays English');
  assert.equal(await h1(page), W.en('msg.WelcomeTitle'));
  await shot(page, 'offline-lang-missing-tl');
  await assertAccessible(page, 'language missing offline');

  await device.context.setOffline(false);
  await page.close();
  const fresh = await device.context.newPage();
  await fresh.goto(env.origin + '/');
  const errors = [];
  fresh.on('pageerror', (e) => errors.push(String(e).split('\n')[0]));
  await chooseOnWelcome(fresh, 'es');
  assert.ok(await fresh.evaluate(async () => {
    for (const k of await caches.keys()) if (await (await caches.open(k)).match('locales/es.tsv')) return true;
    return false;
  }), 'the service worker kept es.tsv');
  await device.context.setOffline(true);
  await fresh.reload();
  await fresh.getByTestId('start').waitFor({ timeout: 5000 }).catch(() => {});
  assert.deepEqual(errors, [], 'page errors on the offline reload in Spanish');
  await settles(async () => (await htmlLang(fresh)).lang, 'es', 'still Spanish offline after a reload');
  await settles(() => h1(fresh), W.es('msg.WelcomeTitle'), 'Spanish words offline');
  assert.equal(await fresh.getByTestId('lang-missing').count(), 0);
  await shot(fresh, 'offline-es-kept');
  await device.context.setOffline(false);
  await device.context.close();
});

test('at 320 px every language\'s welcome, name and jobs screens fit and pass axe', async () => {
  for (const [tag] of LANGS) {
    const device = await newDevice(env, { viewport: { width: 320, height: 640 } });
    const page = await device.open();
    await chooseOnWelcome(page, tag);
    await assertNoSideways(page, `${tag} welcome at 320`);
    await assertAccessible(page, `${tag} welcome at 320`);
    await page.getByTestId('start').click();
    await waitForStep(page, 'name');
    await settles(() => h1(page), W[tag]('msg.NameQuestion'), `${tag} name question`);
    await assertNoSideways(page, `${tag} name at 320`);
    await assertAccessible(page, `${tag} name at 320`);
    await page.locator('#name').fill('Ana');
    await next(page);
    await waitForStep(page, 'contact');
    await page.getByTestId('skip').click();
    await waitForStep(page, 'languages');
    await next(page);
    await waitForStep(page, 'jobs');
    await assertNoSideways(page, `${tag} jobs at 320`);
    await assertAccessible(page, `${tag} jobs at 320`);
    await shot(page, `w320-${tag}-jobs`);
    device.assertClean();
    await device.context.close();
  }
});

/** Every screen a worker reaches, in every language: no sideways scroll at 320 px, no axe
 *  violation, and (Arabic and Chinese) a screenshot at 360×740 to look at. */
const EVERY_STEP = [
  'welcome', 'name', 'contact', 'languages', 'jobs', 'job-when&job=0', 'job-tasks&job=0', 'skills',
  'certificates', 'check', 'profile', 'about', 'share', 'device', 'pin', 'careers',
];
test('every screen in every language: no sideways scroll at 320 px, no accessibility problem', async () => {
  for (const [tag, locale] of [['en', 'en-US'], ['es', 'es-MX'], ['zh-Hans', 'zh-CN'], ['vi', 'vi-VN'], ['ar', 'ar'], ['ht', 'ht'], ['tl', 'fil-PH']]) {
    const device = await newDevice(env, { locale });
    const page = await device.open();
    await quickProfile(page, { name: 'Ana', lang: tag });
    await page.goto(`${env.origin}/?step=jobs`);
    await waitForStep(page, 'jobs');
    await page.getByTestId('common-jobs').locator(`label[data-key="${CASHIER}"]`).click();
    await page.getByTestId('your-jobs').waitFor();
    const looked = tag === 'ar' || tag === 'zh-Hans';
    for (const step of [...EVERY_STEP, 'career']) {
      if (step === 'career') {
        await page.goto(`${env.origin}/?step=careers`);
        await page.getByTestId('career-card').first().click();
      } else {
        await page.goto(`${env.origin}/?step=${step}`);
      }
      await waitForStep(page, step.split('&')[0]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), tag, `${tag} ${step}`);
      await page.setViewportSize({ width: 320, height: 640 });
      await assertNoSideways(page, `${tag} ${step} at 320 px`);
      await assertAccessible(page, `${tag} ${step}`);
      await page.setViewportSize({ width: 360, height: 740 });
      if (looked) await shot(page, `all-${tag}-${step.replace('&job=', '-')}`);
    }
    device.assertClean();
    await device.context.close();
  }
});

test("the browser's plural rules pick the form the core's tests were written against", async () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'plurals.json'), 'utf8'));
  const device = await newDevice(env);
  const page = await device.open();
  const got = await page.evaluate((tags) => Object.fromEntries(tags.map((t) => {
    const rule = new Intl.PluralRules(t);
    return [t, Array.from({ length: 201 }, (_, n) => rule.select(n))];
  })), Object.keys(expected));
  for (const [tag, forms] of Object.entries(expected)) {
    // Haitian Creole has no CLDR rules: a browser answers with its default (English-like) rule,
    // and the app, which has only the "other" form for it, then uses "other" (locale::plural).
    if (tag === 'ht') continue;
    assert.deepEqual(got[tag], forms, `${tag}: Intl.PluralRules and the core's CLDR rules differ`);
  }
  await device.context.close();
});

test('read aloud uses a voice for the page language, and says so in that language when there is none', async () => {
  const device = await newDevice(env, { locale: 'vi-VN', initScript: recordedVoices(['en-US', 'vi-VN', 'cmn-Hans-CN', 'zh-CN']) });
  const page = await device.open();
  await page.getByTestId('lang-vi').click();
  await page.getByTestId('read-aloud').click();
  let spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'vi-VN', 'a Vietnamese voice');
  assert.ok(spoken[0].text.includes(W.vi('msg.WelcomeTitle')), spoken[0].text);
  await page.getByTestId('lang-zh-Hans').click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  await page.getByTestId('read-aloud').click();
  spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 2);
  assert.match(spoken[1].lang, /^(cmn|zh)/, 'a Chinese voice');
  // No Arabic voice on this device: said plainly, in Arabic.
  await page.getByTestId('lang-ar').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.getByTestId('read-aloud').click();
  assert.equal(await page.getByTestId('read-aloud-status').innerText(), W.ar('msg.NoVoice'));
  assert.equal((await page.evaluate(() => window.__spoken)).length, 2, 'nothing spoken in another language');
  await device.context.close();
});
