// The guided flow in a real browser: every screen, both languages, phone and desktop size,
// Back, Change, reload mid-way, keyboard only, read aloud, and accessibility on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, newDevice, shot, savedProfile, assertAccessible, assertNoSideways, waitForStep, stepOf,
  tick, next, tabTo, quickProfile, DESKTOP, pickWhen, certDetails,
  switchLang,
  recordedVoices,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const CNA = '31-1131.00';
/** This year by the test machine's clock: the year buttons are the last ten years. */
const Y = new Date().getFullYear();
const CASHIER = '41-2011.00';

/** Looks at a screen the way the tests promise: screenshot, axe, no sideways scrolling, big
 *  enough touch targets and text. */
async function look(page, name, { a11y = true } = {}) {
  await shot(page, name);
  if (a11y) await assertAccessible(page, name);
  await assertNoSideways(page, name);
  const small = await page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    // What a finger presses: buttons, fields, and the labels that wrap checkboxes and radios.
    const targets = [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]), label.choice, label.radio')]
      .filter(visible)
      .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 48 || r.width < 48; })
      .map((e) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`);
    const tiny = [...document.querySelectorAll('body *')]
      .filter(visible)
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16)
      .map((e) => `${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 30)}" ${getComputedStyle(e).fontSize}`);
    return [...targets, ...tiny];
  });
  assert.deepEqual(small, [], `${name}: touch targets under 48 px or text under 16 px`);
}

async function taskKeys(page, n) {
  return page.locator('[data-testid="tasks"] label').evaluateAll(
    (els, n) => els.slice(0, n).map((e) => e.dataset.key), n);
}

test('a new worker builds a whole profile in English on a phone', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  const L = 'phone-en';

  // The welcome, with the languages at its top, each named in itself.
  assert.equal(await stepOf(page), 'welcome');
  assert.equal(await page.getByTestId('lang-es').innerText(), 'Español');
  await page.getByTestId('lang-en').click();
  await waitForStep(page, 'welcome');
  assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('main').innerText(), /about 10 minutes/);
  await look(page, `${L}-02-welcome`);
  await page.getByTestId('start').click();

  // 1. Name: an empty answer is explained next to the field.
  await waitForStep(page, 'name');
  assert.equal(await page.getByTestId('progress').innerText(), 'Step 1 of 8');
  assert.match(await page.locator('label[for="name"]').innerText(), /full name, as employers should see it/);
  assert.match(await page.locator('label[for="short-name"]').innerText(), /What should we call you\?/);
  await next(page);
  await page.getByTestId('error-summary').waitFor();
  assert.match(await page.locator('#name-error').innerText(), /Please type your name/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name');
  // The summary's link takes the person to the field, without touching the address.
  await page.evaluate(() => document.activeElement?.blur());
  await page.getByTestId('error-summary').locator('a').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name');
  assert.equal(new URL(page.url()).hash, '');
  await waitForStep(page, 'name');
  await look(page, `${L}-03-name-error`);
  await page.locator('#name').fill('María');
  await next(page);

  // 2. Contact: a mistyped email keeps what was typed and says what to do.
  await waitForStep(page, 'contact');
  await page.locator('#phone').fill('(559) 555-0142');
  await page.locator('#email').fill('maria.example.com');
  await next(page);
  await page.locator('#email-error').waitFor();
  assert.match(await page.locator('#email-error').innerText(), /name@example.com/);
  assert.equal(await page.locator('#email').inputValue(), 'maria.example.com', 'nothing typed is lost');
  await look(page, `${L}-04-contact-error`);
  await page.locator('#email').fill('maria@example.com');
  await next(page);

  // 3. Languages: the app's own is ticked (and the page says it can be unticked), others by
  // their own name or by search in any language.
  await waitForStep(page, 'languages');
  assert.equal(await page.getByTestId('progress').innerText(), 'Step 3 of 8');
  await page.getByTestId('languages-preset').waitFor();
  const langBox = (code) => page.locator(`label[data-key="language-${code}"] input`).first();
  assert.equal(await langBox('en').isChecked(), true);
  assert.equal(await page.locator('label[data-key="language-ar"] [dir="rtl"][lang="ar"]').innerText(), 'العربية');
  await langBox('es').click();
  await page.locator('#language-search').fill('kreyol');
  await page.getByTestId('language-results').locator('label[data-key="language-ht"]').click();
  await look(page, `${L}-05-languages`);
  await page.locator('#language-search').fill('tagalo');
  assert.match(await page.getByTestId('language-results').innerText(), /Tagalog/);
  await page.locator('#language-search').fill('');
  await next(page);
  assert.deepEqual((await savedProfile(page)).profile.languages, ['en', 'es', 'ht']);

  // 4. Jobs: common ones as pictures, others by sector, by search in either language, and as typed.
  await waitForStep(page, 'jobs');
  assert.equal(await page.getByTestId('progress').innerText(), 'Step 4 of 8');
  await page.getByTestId('common-jobs').locator(`label[data-key="${CNA}"]`).click();
  await page.getByTestId('sector-health').click();
  assert.equal(await page.locator(`.sector-jobs label[data-key="${CNA}"] input`).isChecked(), true);
  await look(page, `${L}-05-jobs-sector`);
  await page.locator('#job-search').fill('cajera');
  await page.getByTestId('search-results').locator(`label[data-key="${CASHIER}"]`).click();
  await page.locator('#job-search').fill('dog walker');
  await page.getByTestId('add-typed-job').click();
  const jobs = await page.getByTestId('your-jobs').locator('.job-chip-title').allInnerTexts();
  assert.deepEqual(jobs, ['Nursing assistant (CNA)', 'Cashier', 'dog walker']);
  await look(page, `${L}-06-jobs`);
  await next(page);

  // 5. The first job: when, still there, where.
  await waitForStep(page, 'job-when');
  assert.equal(await page.getByTestId('progress').innerText(), 'Job 1 of 3 — Nursing assistant (CNA)');
  assert.match(await page.locator('.caption').innerText(), /Nursing assistant/);
  await next(page);
  await page.getByTestId('error-summary').waitFor();
  assert.match(await page.getByTestId('error-summary').innerText(), /tap the year you started/);
  await look(page, `${L}-07-job-when-error`);
  await page.locator('#employer').fill('Valley Care Home');
  // Start year with its month (tapped first), then "I still work there": saved, and on.
  await page.locator('#start-add-month').click();
  await page.locator('#start-month-6').click();
  await page.locator(`#start-year-${Y - 4}`).click();
  assert.equal(await page.locator(`#start-year-${Y - 4}`).getAttribute('aria-pressed'), 'true');
  await look(page, `${L}-08-job-when`);
  await page.locator('#still-there').click();

  // Its activities: none ticked until the worker ticks them.
  await waitForStep(page, 'job-tasks');
  assert.equal(await page.getByTestId('progress').innerText(), 'Job 1 of 3 — Nursing assistant (CNA)');
  const boxes = page.locator('[data-testid="tasks"] input[type=checkbox]');
  assert.ok(await boxes.count() >= 8, 'at least 8 things to choose from');
  assert.equal(await page.locator('[data-testid="tasks"] input:checked').count(), 0);
  const cnaTasks = await taskKeys(page, 3);
  for (const key of cnaTasks) await tick(page, key);
  await look(page, `${L}-09-job-tasks`);

  // Leaving mid-way and coming back resumes here, with the ticks kept.
  await page.reload();
  await waitForStep(page, 'job-tasks');
  assert.equal(await page.locator('[data-testid="tasks"] input:checked').count(), 3);
  await page.goto(env.origin + '/');
  await waitForStep(page, 'job-tasks');
  await next(page);

  // The second job: left in 2022, and "I did all of these".
  await waitForStep(page, 'job-when');
  assert.equal(await page.getByTestId('progress').innerText(), 'Job 2 of 3 — Cashier');
  await pickWhen(page, { start: '2020-01', end: '2022-05' });
  await waitForStep(page, 'job-tasks');
  const cashierCount = await page.locator('[data-testid="tasks"] input').count();
  await page.getByTestId('all-of-these').click();
  assert.equal(await page.locator('[data-testid="tasks"] input:checked').count(), cashierCount);
  await next(page);

  // The typed job has no list of activities: dates only, then on.
  await waitForStep(page, 'job-when');
  assert.match(await page.locator('.caption').innerText(), /dog walker/);
  await page.locator(`#start-year-${Y - 5}`).click();
  // No end year before the start is offered, so "stopped before started" cannot be tapped.
  assert.equal(await page.locator(`#end-year-${Y - 6}`).count(), 0);
  assert.equal(await page.locator('#end-earlier').count(), 0);
  await page.locator(`#end-year-${Y - 4}`).click();

  // 5. Other skills. Back returns to the typed job with its answers, and forward again.
  await waitForStep(page, 'skills');
  await page.getByTestId('back').click();
  await waitForStep(page, 'job-when');
  assert.equal(await page.locator(`#start-year-${Y - 5}`).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator(`#end-year-${Y - 4}`).getAttribute('aria-pressed'), 'true');
  await next(page);
  await waitForStep(page, 'skills');
  await tick(page, 'sp:another-language');
  await tick(page, 'sp:upset-customers');
  await look(page, `${L}-10-other-skills`);
  await next(page);

  // 6. Certificates: from the list and typed.
  await waitForStep(page, 'certificates');
  // Related to her jobs, so first: the CNA. Its issuer and date (with a month, tapped first).
  const firstCert = await page.getByTestId('certificates').locator('label[data-key]').first().getAttribute('data-key');
  assert.equal(firstCert, 'cert:cna');
  await certDetails(page, 'cert:cna', { issuer: 'Red Cross', year: `${Y - 3}-05` });
  await page.locator('#other-cert').fill('Barista course');
  await page.getByTestId('add-cert').click();
  await look(page, `${L}-11-certificates`);
  await next(page);

  // 7. Check your answers, and a Change link that comes back here.
  await waitForStep(page, 'check');
  const check = page.getByTestId('check-answers');
  assert.match(await check.innerText(), /María/);
  assert.match(await check.innerText(), new RegExp(`June ${Y - 4} – now`));
  assert.match(await check.innerText(), /3 things you did/);
  assert.match(await check.innerText(), /Barista course/);
  assert.match(await page.getByTestId('row-languages').innerText(), /English, Spanish, Haitian Creole/);
  await look(page, `${L}-12-check`);
  await page.getByTestId('change-languages').click();
  await waitForStep(page, 'languages');
  assert.equal(await page.getByTestId('languages-preset').count(), 0, 'nothing more is pre-ticked');
  await langBox('ht').click();
  await next(page);
  await waitForStep(page, 'check');
  assert.match(await page.getByTestId('row-languages').innerText(), /English, Spanish$/m);
  await page.getByTestId('change-name').click();
  await waitForStep(page, 'name');
  assert.match(page.url(), /from=check/);
  await page.locator('#name').fill('María José Hernández');
  await next(page);
  await waitForStep(page, 'check');
  assert.match(await check.innerText(), /María José Hernández/);
  // Greetings use the first word of the full name, unless a short name is given.
  assert.match(await page.getByTestId('row-short-name').innerText(), /María/);
  await next(page);

  // The profile shows exactly what was chosen.
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hello, María');
  assert.equal(await page.getByTestId('view-languages').innerText(), 'Languages: English, Spanish');
  assert.equal(await page.getByTestId('cert-line').first().innerText(), `Red Cross · May ${Y - 3}`);
  const saved = await savedProfile(page);
  const skillCount = saved.profile.skills.length;
  assert.equal(skillCount, 3 + cashierCount + 2);
  assert.equal(await page.getByTestId('skills-summary').innerText(),
    `You have ${skillCount} skills employers look for`);
  const cards = page.getByTestId('job-card');
  assert.equal(await cards.count(), 3);
  assert.deepEqual(await cards.nth(0).locator('[data-skill]').evaluateAll((e) => e.map((x) => x.dataset.skill)), cnaTasks);
  assert.match(await cards.nth(0).innerText(), new RegExp(`Valley Care Home · June ${Y - 4} – now`));
  assert.match(await cards.nth(1).innerText(), /January 2020 – May 2022/);
  // Typed or picked by the worker, nobody signed them: each says so.
  assert.match(await page.getByTestId('cert-list').innerText(), new RegExp(`Certified Nursing Assistant \\(CNA\\)\\s+Red Cross · May ${Y - 3}\\s+Added by you\\s+Barista course\\s+Added by you`));
  assert.deepEqual(saved.profile.jobs.map((j) => j.occupation ?? null), [CNA, CASHIER, null]);
  assert.equal(saved.profile.name, 'María José Hernández');
  assert.equal(saved.profile.short_name, undefined);
  assert.equal(saved.profile.contact.email, 'maria@example.com');
  await look(page, `${L}-13-profile`);

  // Opening the app again goes straight to the finished profile.
  await page.goto(env.origin + '/');
  await page.getByTestId('profile-name').waitFor();
  await page.getByTestId('about').click();
  await waitForStep(page, 'about');
  assert.match(await page.getByTestId('onet-credit').innerText(), /O\*NET 29\.2 Database.*CC BY 4\.0/);
  assert.match(await page.getByTestId('esco-credit').innerText(), /ESCO, European Commission/);
  await look(page, `${L}-14-about`);
  device.assertClean();
  await device.context.close();
});

test('a Spanish speaker does the whole flow in Spanish, and the profile reads in English too', async () => {
  const device = await newDevice(env, { locale: 'es-MX' });
  const page = await device.open();
  const L = 'phone-es';
  await page.getByTestId('lang-es').click();
  await waitForStep(page, 'welcome');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.locator('main').innerText(), /Toma unos 10 minutos/);
  await look(page, `${L}-02-welcome`);
  await page.getByTestId('start').click();
  await waitForStep(page, 'name');
  assert.equal(await page.getByTestId('progress').innerText(), 'Paso 1 de 8');
  await page.locator('#name').fill('Lucía Pérez');
  await page.locator('#short-name').fill('Lucy');
  await look(page, `${L}-03-name`);
  await next(page);
  await waitForStep(page, 'contact');
  await look(page, `${L}-04-contact`);
  await page.getByTestId('skip').click();
  await waitForStep(page, 'languages');
  assert.equal(await page.locator('label[data-key="language-es"] input').isChecked(), true, 'Spanish, the language in use, is ticked');
  assert.match(await page.getByTestId('languages-preset').innerText(), /Marcamos el idioma/);
  await page.locator('#language-search').fill('inglés');
  assert.match(await page.getByTestId('language-results').innerText(), /English/);
  await look(page, `${L}-04b-languages`);
  await page.locator('#language-search').fill('');
  await next(page);
  await waitForStep(page, 'jobs');
  await page.getByTestId('sector-retail').click();
  assert.match(await page.locator('.sector-jobs').innerText(), /Cajero\/a/);
  await page.locator(`.sector-jobs label[data-key="${CASHIER}"]`).click();
  await look(page, `${L}-05-jobs`);
  await next(page);
  await waitForStep(page, 'job-when');
  await page.locator('#start-add-month').click();
  assert.match(await page.locator('#start-month-1').innerText(), /enero/);
  await page.locator('#start-month-3').click();
  await page.locator(`#start-year-${Y - 2}`).click();
  await look(page, `${L}-06-job-when`);
  await page.locator('#still-there').click();
  await waitForStep(page, 'job-tasks');
  const first = page.locator('[data-testid="tasks"] .choice-text').first();
  const firstKey = (await taskKeys(page, 1))[0];
  const spanishTask = await first.innerText();
  await tick(page, firstKey);
  await look(page, `${L}-07-job-tasks`);
  await next(page);
  await waitForStep(page, 'skills');
  await tick(page, 'sp:another-language');
  await look(page, `${L}-08-other-skills`);
  await next(page);
  await waitForStep(page, 'certificates');
  // No certificate is related to a cashier's job: all of them show, in list order.
  assert.equal(await page.getByTestId('show-all-certs').count(), 0);
  await certDetails(page, 'cert:food-handler', { year: `${Y - 1}` });
  await look(page, `${L}-09-certificates`);
  await next(page);
  await waitForStep(page, 'check');
  assert.match(await page.getByTestId('check-answers').innerText(), new RegExp(`marzo de ${Y - 2} – ahora`));
  await look(page, `${L}-10-check`);
  await next(page);
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hola, Lucy');
  assert.equal(await page.getByTestId('view-languages').innerText(), 'Idiomas: español');
  assert.match(await page.locator('main').innerText(), new RegExp(spanishTask));
  assert.match(await page.locator('main').innerText(), /Cajero\/a/);
  await look(page, `${L}-11-profile`);
  await page.getByTestId('about').click();
  await waitForStep(page, 'about');
  await look(page, `${L}-12-about`);
  await page.getByTestId('about-done').click();

  // Everything switches, the taxonomy included; the choice is remembered.
  await switchLang(page);
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('profile-name').innerText(), 'Hello, Lucy');
  assert.match(await page.locator('main').innerText(), /Cashier/);
  assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(spanishTask));
  await page.reload();
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  device.assertClean();
  await device.context.close();
});

test('every screen is accessible at desktop size in both languages, and reflows at 320 px', async () => {
  const runs = [[DESKTOP, 'desktop-en', 'en'], [DESKTOP, 'desktop-es', 'es'], [{ width: 320, height: 640 }, 'narrow-es', 'es']];
  for (const [viewport, L, lang] of runs) {
    const device = await newDevice(env, { viewport });
    const page = await device.open();
    await page.getByTestId(`lang-${lang}`).click();
    await waitForStep(page, 'welcome');
    await look(page, `${L}-02-welcome`);
    await page.getByTestId('start').click();
    await waitForStep(page, 'name');
    await look(page, `${L}-03-name`);
    await page.locator('#name').fill('Ana');
    await next(page);
    await waitForStep(page, 'contact');
    await look(page, `${L}-04-contact`);
    await next(page);
    await waitForStep(page, 'languages');
    await look(page, `${L}-04b-languages`);
    await next(page);
    await waitForStep(page, 'jobs');
    await page.getByTestId('sector-food').click();
    await page.locator('.sector-jobs label[data-key="35-2014.00"]').click();
    await look(page, `${L}-05-jobs`);
    await next(page);
    await waitForStep(page, 'job-when');
    await page.locator(`#start-year-${Y - 7}`).click();
    await look(page, `${L}-06-job-when`);
    await page.locator(`#end-year-${Y - 5}`).click();
    await waitForStep(page, 'job-tasks');
    await look(page, `${L}-07-job-tasks`);
    await next(page);
    await waitForStep(page, 'skills');
    await look(page, `${L}-08-other-skills`);
    await next(page);
    await waitForStep(page, 'certificates');
    await look(page, `${L}-09-certificates`);
    await next(page);
    await waitForStep(page, 'check');
    await look(page, `${L}-10-check`);
    await next(page);
    await page.getByTestId('profile-name').waitFor();
    await look(page, `${L}-11-profile`);
    device.assertClean();
    await device.context.close();
  }
});

test('the flow can be done with the keyboard alone', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await tabTo(page, '[data-testid="lang-en"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'welcome');
  // The page redraws in the language chosen; focus stays on the button pressed.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'lang-en');
  await tabTo(page, '[data-testid="start"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'name');
  // Focus moves to the new screen's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await tabTo(page, '#name');
  await page.keyboard.type('Kim');
  await tabTo(page, '[data-testid="continue"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'contact');
  await tabTo(page, '[data-testid="skip"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'languages');
  await tabTo(page, 'label[data-key="language-vi"] input');
  await page.keyboard.press('Space');
  await tabTo(page, '[data-testid="continue"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'jobs');
  await tabTo(page, '[data-testid="sector-warehouse"]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'label[data-key="53-7051.00"] input');
  await page.keyboard.press('Space');
  await tabTo(page, '[data-testid="continue"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'job-when');
  await tabTo(page, `#start-year-${Y - 1}`);
  await page.keyboard.press('Enter');
  await tabTo(page, '#still-there');
  await page.keyboard.press('Space');
  await waitForStep(page, 'job-tasks');
  await tabTo(page, '[data-testid="tasks"] input');
  await page.keyboard.press('Space');
  const saved = await savedProfile(page);
  assert.equal(saved.profile.name, 'Kim');
  assert.equal(saved.profile.jobs[0].occupation, '53-7051.00');
  assert.ok(saved.profile.jobs[0].start, 'a start month was picked by keyboard');
  assert.equal(saved.profile.skills.length, 1);
  assert.deepEqual(saved.profile.languages, ['en', 'vi']);
  device.assertClean();
  await device.context.close();
});

test('read aloud speaks the screen in the chosen language, or says there is no voice', async () => {
  // The browser's voices are replaced by a recorder, so the test hears exactly what is spoken.
  const device = await newDevice(env, { initScript: recordedVoices(['en-US']) });
  const page = await device.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('start').click();
  await waitForStep(page, 'name');
  await page.getByTestId('read-aloud').click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'en-US');
  assert.match(spoken[0].text, /What is your name\?.*Your full name/);
  assert.equal(await page.getByTestId('read-aloud-status').innerText(), '');

  // No Spanish voice on this device: the button says so, in Spanish.
  await switchLang(page);
  await page.getByTestId('read-aloud').click();
  assert.equal(await page.getByTestId('read-aloud-status').innerText(),
    'Lo siento, este aparato no tiene voz en español.');
  assert.equal((await page.evaluate(() => window.__spoken)).length, 1, 'nothing was spoken');
  await shot(page, 'phone-es-read-aloud-no-voice');
  device.assertClean();
  await device.context.close();
});

test('a returning worker can add a skill later from the profile', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Bo', skills: ['sp:teamwork'] });
  await page.getByTestId('edit-answers').click();
  await page.getByTestId('change-skills').click();
  await tick(page, 'sp:on-time');
  await next(page);
  await waitForStep(page, 'check');
  await next(page);
  assert.match(await page.getByTestId('skills-summary').innerText(), /You have 2 skills/);
  device.assertClean();
  await device.context.close();
});

/** From a fresh phone to the jobs question (no contact, the languages as pre-ticked). */
async function toJobs(page, { lang = 'en', name = 'Ana Ruiz' } = {}) {
  await page.getByTestId(`lang-${lang}`).click();
  await page.getByTestId('start').click();
  await page.locator('#name').fill(name);
  await next(page);
  await waitForStep(page, 'contact');
  await page.getByTestId('skip').click();
  await waitForStep(page, 'languages');
  await next(page);
  await waitForStep(page, 'jobs');
}

/** To a fresh job's "when" screen: English (or Spanish), a name, no contact, one listed job. */
async function toJobWhen(page, { lang = 'en', job = CNA } = {}) {
  await toJobs(page, { lang, name: 'Rosa' });
  await page.locator('#job-search').fill(job === CNA ? 'nursing assistant' : 'cashier');
  await page.getByTestId('search-results').locator(`label[data-key="${job}"]`).click();
  await page.locator('#job-search').fill('');
  await next(page);
  await waitForStep(page, 'job-when');
}

test('a job\'s dates take two taps: the start year, then "I still work there" or the end year', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await toJobWhen(page);
  // The end question appears once a start year is chosen; only years from the start on.
  assert.equal(await page.getByTestId('end').count(), 0);
  const taps = await pickWhen(page, { start: `${Y - 3}`, end: null });
  assert.equal(taps, 2, 'two taps');
  await waitForStep(page, 'job-tasks');
  let job = (await savedProfile(page)).profile.jobs[0];
  assert.equal(job.start, `${Y - 3}`, 'a year alone is saved as a year');
  assert.equal(job.end, undefined, 'still there');

  // Back: the choices are shown as chosen; an end year is two taps too.
  await page.getByTestId('back').click();
  await waitForStep(page, 'job-when');
  assert.equal(await page.locator(`#start-year-${Y - 3}`).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#still-there').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator(`#start-year-${Y - 2}`).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator(`#end-year-${Y - 4}`).count(), 0, 'no end year before the start');
  await look(page, 'en-when-chosen');
  await page.locator(`#end-year-${Y - 1}`).click();
  await waitForStep(page, 'job-tasks');
  job = (await savedProfile(page)).profile.jobs[0];
  assert.deepEqual([job.start, job.end], [`${Y - 3}`, `${Y - 1}`]);

  // The month is optional, and kept: add one to the start, the page keeps it selected.
  await page.getByTestId('back').click();
  await waitForStep(page, 'job-when');
  await page.locator('#start-add-month').click();
  await page.locator('#start-month-4').click();
  assert.equal(await page.locator('#start-month-4').getAttribute('aria-pressed'), 'true');
  job = (await savedProfile(page)).profile.jobs[0];
  assert.equal(job.start, `${Y - 3}-04`);
  await page.reload();
  await waitForStep(page, 'job-when');
  assert.equal(await page.locator('#start-month-4').getAttribute('aria-pressed'), 'true', 'a saved month opens the months');
  assert.equal(await page.locator(`#end-year-${Y - 1}`).getAttribute('aria-pressed'), 'true');
  // "I don't remember the month" takes it away again.
  await page.locator('#start-no-month').click();
  assert.equal((await savedProfile(page)).profile.jobs[0].start, `${Y - 3}`);

  // A start year after the end clears the end and says so; the end is asked again.
  await page.locator(`#start-year-${Y}`).click();
  await page.getByTestId('end-cleared').waitFor();
  job = (await savedProfile(page)).profile.jobs[0];
  assert.deepEqual([job.start, job.end], [`${Y}`, undefined]);
  assert.equal(await page.locator('#still-there').getAttribute('aria-pressed'), 'false');
  await next(page);
  await page.getByTestId('error-summary').waitFor();
  await page.locator(`#end-year-${Y}`).click();
  await waitForStep(page, 'job-tasks');

  // Old dates that are mixed up (the end before the start) are told plainly.
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('skillpass.profile'));
    saved.profile.jobs[0].start = '2021-05';
    saved.profile.jobs[0].end = '2019';
    saved.rev += 1;
    localStorage.setItem('skillpass.profile', JSON.stringify(saved));
  });
  await page.goto(`${env.origin}/?step=job-when&job=0`);
  await waitForStep(page, 'job-when');
  await page.getByTestId('dates-clash').waitFor();
  assert.match(await page.getByTestId('dates-clash').innerText(), /mixed up/);
  await page.locator('#end-year-2021').click();
  await waitForStep(page, 'job-tasks');
  assert.deepEqual((({ start, end }) => [start, end])((await savedProfile(page)).profile.jobs[0]), ['2021-05', '2021']);
  device.assertClean();
  await device.context.close();
});

test('the common jobs need no group, and opening a group keeps the tapped heading under the finger', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await toJobs(page);
  // R1's three jobs are pictures at the top: no group to open, nothing to type.
  const common = page.getByTestId('common-jobs');
  for (const soc of [CNA, CASHIER, '35-2021.00']) {
    await common.locator(`label[data-key="${soc}"]`).click();
  }
  assert.deepEqual(await page.getByTestId('your-jobs').locator('.job-chip-title').allInnerTexts(),
    ['Nursing assistant (CNA)', 'Cashier', 'Food prep worker']);
  await look(page, 'phone-en-jobs-common');

  // Open Health care, scroll down to Stores, open it: nothing above moves.
  await page.getByTestId('sector-health').click();
  const stores = page.getByTestId('sector-retail');
  await stores.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 220));
  const before = (await stores.boundingBox()).y;
  await stores.click();
  const after = (await stores.boundingBox()).y;
  assert.ok(Math.abs(after - before) <= 4, `the heading moved from ${before} to ${after}`);
  assert.equal(await page.getByTestId('sector-health').getAttribute('aria-expanded'), 'true', 'Health care stays open');
  const cashier = await page.locator(`.sector-jobs label[data-key="${CASHIER}"]`).boundingBox();
  const { height } = page.viewportSize();
  assert.ok(cashier.y >= 0 && cashier.y + cashier.height <= height, `Cashier is on screen (${cashier.y})`);
  await look(page, 'phone-en-jobs-groups');
  device.assertClean();
  await device.context.close();
});

test('the date screens and certificates read well at 360 and 320 px in English and Spanish', async () => {
  for (const [viewport, w] of [[undefined, 360], [{ width: 320, height: 640 }, 320]]) {
    for (const lang of ['en', 'es']) {
      const device = await newDevice(env, viewport ? { viewport } : {});
      const page = await device.open();
      await toJobWhen(page, { lang });
      await look(page, `when-${w}-${lang}-1-start`);
      await page.locator('#employer').fill('Valley Care Home');
      await page.locator('#start-earlier').click();
      await page.locator('#start-earlier-year').selectOption('2009');
      await page.locator('#start-add-month').click();
      await page.locator('#start-month-9').click();
      await page.locator('#end-add-month').click();
      await look(page, `when-${w}-${lang}-2-months`);
      await page.locator('#end-month-2').click();
      await page.locator(`#end-year-${Y - 1}`).click();
      await waitForStep(page, 'job-tasks');
      const job = (await savedProfile(page)).profile.jobs[0];
      assert.deepEqual([job.employer, job.start, job.end], ['Valley Care Home', '2009-09', `${Y - 1}-02`], 'month and year both ways, typed employer kept');
      await next(page);
      await waitForStep(page, 'skills');
      await next(page);
      await waitForStep(page, 'certificates');
      await look(page, `certs-${w}-${lang}-1`);
      await certDetails(page, 'cert:cna', { issuer: 'California Department of Public Health', year: `${Y - 2}` });
      await page.getByTestId('show-all-certs').click();
      await look(page, `certs-${w}-${lang}-2-details`);
      await next(page);
      await waitForStep(page, 'check');
      await next(page);
      await page.getByTestId('profile-name').waitFor();
      assert.equal(await page.getByTestId('cert-line').first().innerText(), `California Department of Public Health · ${Y - 2}`);
      const cred = (await savedProfile(page)).profile.credentials[0];
      assert.deepEqual([cred.issuer, cred.date], ['California Department of Public Health', `${Y - 2}`]);
      device.assertClean();
      await device.context.close();
    }
  }
});

test('"None of these" never drops ticks without asking, and the most central tasks come first', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await toJobs(page);
  await page.getByTestId('common-jobs').locator(`label[data-key="${CNA}"]`).click();
  await page.getByTestId('common-jobs').locator(`label[data-key="${CASHIER}"]`).click();
  // Straight to the first job's tasks (the dates are another screen's business).
  await page.goto(`${env.origin}/?step=job-tasks&job=0`);
  await waitForStep(page, 'job-tasks');
  assert.equal(await page.getByTestId('progress').innerText(), 'Job 1 of 2 — Nursing assistant (CNA)');

  // 15 shown, "Show 10 more" for the rest; a ticked one further down is never hidden.
  const boxes = page.locator('[data-testid="tasks"] input');
  assert.equal(await boxes.count(), 15);
  assert.equal(await page.getByTestId('show-more-tasks').innerText(), 'Show 10 more');
  await look(page, 'phone-en-job-tasks-first');
  await page.getByTestId('show-more-tasks').click();
  assert.equal(await boxes.count(), 25);
  assert.equal(await page.getByTestId('show-more-tasks').count(), 0);
  await boxes.nth(19).click();
  await page.reload();
  await waitForStep(page, 'job-tasks');
  assert.ok(await boxes.count() >= 20, 'the ticked 20th task is shown after a reload');
  assert.equal(await boxes.nth(19).isChecked(), true);

  // With ticks, "None of these" asks first; "No" keeps them, "Yes" clears them and stays here.
  await boxes.nth(0).click();
  await page.getByTestId('none-of-these').click();
  const ask = page.getByTestId('clear-ticks');
  await ask.waitFor();
  assert.match(await ask.innerText(), /Clear the 2 you ticked\?/);
  // Focus moves on the next frame after the question appears; wait for it, then assert it.
  await page
    .waitForFunction(() => document.activeElement?.id === 'clear-q', null, { timeout: 2000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'clear-q');
  await look(page, 'phone-en-job-tasks-clear');
  await page.getByTestId('clear-ticks-no').click();
  assert.equal(await page.locator('[data-testid="tasks"] input:checked').count(), 2);
  assert.equal(await stepOf(page), 'job-tasks');
  await page.getByTestId('none-of-these').click();
  await page.getByTestId('clear-ticks-yes').click();
  assert.equal(await page.locator('[data-testid="tasks"] input:checked').count(), 0);
  assert.equal(await stepOf(page), 'job-tasks', 'it does not jump past the page');
  assert.equal((await savedProfile(page)).profile.skills?.length ?? 0, 0);

  // With nothing ticked it simply moves on.
  await page.getByTestId('none-of-these').click();
  await waitForStep(page, 'job-when');
  assert.equal(await page.getByTestId('progress').innerText(), 'Job 2 of 2 — Cashier');
  device.assertClean();
  await device.context.close();
});
