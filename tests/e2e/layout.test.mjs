// Layout and navigation. Long or unbroken text (a 40-letter email address, a 60-letter name,
// 120-letter employers and certificates, markup-like and right-to-left-override names) never makes
// a screen scroll sideways or pushes a link or button off a 360 or 320 px wide phone, on every
// screen the worker (and the trainer, the shared computer, the caseworker) can reach. And only a
// real share link opens the link page: `#top` or a form's error links never replace a form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, newDevice, shot, quickProfile, waitForStep, stepOf, PROFILE_KEY } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const WIDTHS = [360, 320];
const email = 'maria.guadalupe.hernandezlop@example.com';
assert.equal(email.length, 40);
// The longest unbroken words the app lets a person type: 60 letters for a name, 120 for the rest.
const word = (n, letter = 'W') => letter.repeat(n);
const MARKUP = '"><img src=x onerror=alert(1)><b>x</b>';
const RTL = '\u202Eexe.live\u202C Training';

/** The profile a worker could really have typed, at every length limit. */
function hostile(name) {
  return {
    name,
    short_name: name,
    contact: { phone: '+1 (559) 555-0142 ext. 1234', email, city: word(120, 'm') },
    // Languages in every script the list has, right-to-left among them.
    languages: ['en', 'es', 'ar', 'am', 'zh', 'my', 'ml', 'ht', 'ase', 'fa'],
    jobs: [
      { title: 'Nursing assistant', employer: word(120), occupation: '31-1131.00', start: '2019-03' },
      { title: word(120), employer: RTL, start: '2015-01', end: '2018-12' },
      { title: MARKUP, employer: MARKUP, start: '2012', end: '2014-02' },
    ],
    skills: [
      { id: 'sp:cash-register', source: 'chosen', added: '2025-05-01' },
      { id: 'sp:teamwork', source: 'chosen', added: '2025-05-01' },
    ],
    credentials: [
      { kind: 'certificate', name: word(120), issuer: word(120, 'w'), date: '2023' },
      { kind: 'training', name: MARKUP, issuer: RTL, date: '2024-01' },
      { kind: 'certificate', cert: 'cert:cna', name: 'Certified Nursing Assistant (CNA)', issuer: word(120), date: '2021-09' },
    ],
    // Every job-centre question answered with its longest answer: the answers page and the
    // caseworker's columns show them all.
    goal: '29-2061.00',
    job_centre: {
      working: 'not-looking', since_last_job: 'never', school: 'equivalency', veteran: 'rather-not',
      english_help: 'rather-not', next_job: 'chosen',
    },
  };
}
const PROFILES = {
  long: hostile(word(60)),
  markup: hostile(`\u202E${MARKUP}`.slice(0, 60)),
};

/** Replaces the saved profile (wherever this mode keeps it) with `profile`, as a later save would. */
async function seed(page, profile) {
  await page.evaluate((p) => {
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) {
        if (!/^skillpass\.(client\.[^.]+\.)?profile$/.test(key)) continue;
        const saved = JSON.parse(store.getItem(key));
        saved.profile = p;
        saved.rev += 1;
        store.setItem(key, JSON.stringify(saved));
      }
    }
  }, profile);
  await page.reload();
  await page.locator('main h1').waitFor();
}

/** What sticks out of a `width` px wide screen: the page itself, or any visible control or text. */
async function sticksOut(page) {
  return page.evaluate(() => {
    const w = window.innerWidth;
    const out = [];
    const page = document.documentElement.scrollWidth;
    if (page > w) out.push(`the page is ${page}px wide`);
    const selector = 'a, button, input, select, textarea, label, summary, h1, h2, h3, p, li, dt, dd, figcaption, legend';
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('.visually-hidden') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`
        + ` "${(el.innerText || el.value || '').slice(0, 24)}"`;
      if (r.right > w + 0.5 || r.left < -0.5) out.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
      // Text spilling out of its own box (cut off by a parent, or drawn over its neighbour).
      const inline = getComputedStyle(el).display === 'inline';
      if (!inline && !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name} holds ${el.scrollWidth}px of text in ${el.clientWidth}px`);
      }
    }
    // The app's own short words (its name, Back, Change, Remove) are never cut in two.
    for (const el of document.querySelectorAll('.brand, .lang-switch, .back-link, .summary-action, .remove')) {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t; t = walk.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(t);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (t.textContent.trim() && !/\s/.test(t.textContent.trim()) && lines.size > 1) {
          out.push(`"${t.textContent.trim()}" is cut over ${lines.size} lines`);
        }
      }
    }
    // Markup-like names are shown as text, never run as markup.
    if (document.querySelector('img[src="x"], main b')) out.push('a name was read as markup');
    return out;
  });
}

/** Changes the address's fragment in the open page, as a tapped in-page link would, and lets the
 * app's own hashchange listener (registered first, so it runs first) finish. */
async function setHash(page, fragment) {
  await page.evaluate((f) => new Promise((done) => {
    addEventListener('hashchange', () => requestAnimationFrame(() => done()), { once: true });
    location.hash = f;
  }), fragment);
}

async function check(page, label, width, shotName) {
  const problems = await sticksOut(page);
  if (shotName) await shot(page, `layout-${width}-${shotName}`);
  assert.deepEqual(problems, [], `${label} at ${width}px`);
}

/** Every screen a worker with a profile reaches on her own phone, by its address. */
const WORKER_STEPS = [
  'welcome', 'name', 'contact', 'languages', 'jobs', 'job-when&job=0', 'job-tasks&job=0', 'job-when&job=1',
  'job-when&job=2', 'skills', 'certificates', 'check', 'profile', 'about', 'share', 'device', 'pin', 'careers',
  'job-centre',
];
const SHOTS = new Set(['profile', 'check', 'share', 'contact', 'job-when&job=0']);

for (const [kind, profile] of Object.entries(PROFILES)) {
  test(`${kind} text fits every worker screen at 360 and 320 px`, async () => {
    const device = await newDevice(env);
    const page = await device.open();
    await quickProfile(page, { name: 'Ana' });
    await seed(page, profile);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      for (const step of WORKER_STEPS) {
        await page.goto(`${env.origin}/?step=${step}`);
        await waitForStep(page, step.split('&')[0]);
        await check(page, step, width, kind === 'long' && SHOTS.has(step) ? step.replace(/&job=/, '-') : null);
      }
      // A job's page among the careers, as the worker taps it.
      await page.goto(`${env.origin}/?step=careers`);
      await page.getByTestId('career-card').first().click();
      await waitForStep(page, 'career');
      await check(page, 'career', width, kind === 'long' ? 'career' : null);
      // The same profile arriving by its share link on another phone.
      await page.goto(`${env.origin}/?step=share`);
      const link = await page.getByTestId('share-link').inputValue();
      const other = await newDevice(env, { viewport: { width, height: 740 } });
      const op = await other.open();
      await op.goto(link);
      await op.getByTestId('open-title').waitFor();
      await check(op, 'open (a shared link)', width, kind === 'long' ? 'open' : null);
      other.assertClean();
      await other.context.close();
    }
    // Locked with a PIN: the unlock page, before and after a wrong PIN.
    await page.goto(`${env.origin}/?step=pin`);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('pin-backup').click()]);
    await page.locator('#pin-new').fill('4821');
    await page.locator('#pin-again').fill('4821');
    await page.getByTestId('pin-save').click();
    await page.getByTestId('profile-name').waitFor();
    await page.reload();
    await page.locator('#unlock-pin').fill('0000');
    await page.getByTestId('unlock').click();
    await page.getByTestId('pin-wrong').waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      await check(page, 'unlock', width, null);
    }
    device.assertClean();
    await device.context.close();
  });
}

test('long text fits the shared computer and the caseworker screens at 360 and 320 px', async () => {
  const shared = await newDevice(env, { mode: 'shared' });
  const page = await shared.open();
  await quickProfile(page, { name: 'Ana' });
  await seed(page, PROFILES.long);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    for (const step of ['profile', 'handoff', 'device', 'check']) {
      await page.goto(`${env.origin}/?step=${step}`);
      await waitForStep(page, step);
      await check(page, `shared: ${step}`, width, step === 'handoff' ? 'shared-handoff' : null);
    }
  }
  shared.assertClean();
  await shared.context.close();

  const agency = await newDevice(env, { mode: null });
  const ap = await agency.open();
  await ap.getByTestId('lang-en').click();
  await ap.getByTestId('start').click();
  await ap.getByTestId('device-caseworker').click();
  await ap.getByTestId('new-intake').click();
  await ap.getByTestId('start').waitFor();
  await ap.goto(`${env.origin}/?step=language`);
  await quickProfile(ap, { name: 'Ana' });
  await seed(ap, PROFILES.long);
  for (const width of WIDTHS) {
    await ap.setViewportSize({ width, height: 740 });
    for (const step of ['clients', 'scan', 'intake', 'profile']) {
      await ap.goto(`${env.origin}/?step=${step}`);
      await ap.waitForFunction((s) => new URL(location.href).searchParams.get('step') === s, step);
      await ap.locator('main h1').waitFor();
      await check(ap, `caseworker: ${step}`, width, step === 'intake' ? 'caseworker-intake' : null);
    }
  }
  agency.assertClean();
  await agency.context.close();
});

test('the trainer page holds long names and its signed codes at 360 and 320 px', async () => {
  const trainer = await newDevice(env);
  const page = await trainer.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('trainer').click();
  await page.waitForURL(/\/tools\.html\?step=trainer$/);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    await page.getByTestId('make-class').click();
    await page.getByTestId('error-summary').waitFor();
    await check(page, 'trainer: errors', width, null);
  }
  await page.locator('#t-provider').fill(word(80));
  await page.locator('#t-class').fill(word(80, 'm'));
  await page.locator('#t-day').fill('2026-11-20');
  await page.locator('#t-description').fill(word(200));
  await page.locator('#t-assessed').fill(RTL);
  await page.getByTestId('skill-search').fill('team');
  await page.getByTestId('skill-results').locator('label[data-key="sp:teamwork"]').click();
  await page.getByTestId('class-skills-picked').locator('label[data-key="sp:teamwork"]').waitFor();
  await page.getByTestId('skill-search').fill('');
  await page.locator('#t-roster').fill(`${word(40)}\n${MARKUP}`);
  await page.getByTestId('make-class').click();
  await page.getByTestId('class-output').waitFor();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    await check(page, 'trainer: signed', width, 'trainer');
  }
  trainer.assertClean();
  await trainer.context.close();
});

test('an error summary link moves focus to its field and leaves the address and the form alone', async () => {
  const trainer = await newDevice(env);
  const page = await trainer.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('trainer').click();
  await page.waitForURL(/\/tools\.html\?step=trainer$/);
  await page.getByTestId('make-class').click();
  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  const url = page.url();
  const links = summary.locator('a');
  assert.ok(await links.count() >= 3, 'name, class, day and skills are missing');
  for (const [i, id] of [[0, 't-provider'], [1, 't-class'], [2, 't-day']]) {
    await links.nth(i).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, `focus on ${id}`);
    assert.equal(page.url(), url, 'the address (and its fragment) is unchanged');
    assert.equal(await page.getByTestId('link-problem').count(), 0, 'no link page');
    await page.locator('#t-provider').waitFor();
  }
  // Signed codes on screen survive an in-page fragment (a "back to top" link, an old error link).
  await page.locator('#t-provider').fill('Valley Training Center');
  await page.locator('#t-class').fill('Forklift Safety');
  await page.locator('#t-day').fill('2026-11-20');
  await page.getByTestId('skill-search').fill('team');
  await page.getByTestId('skill-results').locator('label[data-key="sp:teamwork"]').click();
  await page.getByTestId('make-class').click();
  await page.getByTestId('class-output').waitFor();
  for (const fragment of ['#t-provider', '#top', '#main-content', '#']) {
    await setHash(page, fragment);
    assert.equal(await page.getByTestId('link-problem').count(), 0, `${fragment}: no link page`);
    assert.equal(await page.getByTestId('class-output').count(), 1, `${fragment}: the signed codes are still there`);
    assert.equal(await stepOf(page), 'trainer');
  }
  trainer.assertClean();
  await trainer.context.close();
});

test('an address with #top or a field id opens the app, not the link page', async () => {
  const fresh = await newDevice(env);
  const first = await fresh.open();
  await first.goto(`${env.origin}/#top`);
  await first.getByTestId('lang-en').waitFor();
  assert.equal(await first.getByTestId('link-problem').count(), 0, 'a first visit sees the start');
  await fresh.context.close();

  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana' });
  const saved = () => page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
  const before = await saved();
  for (const fragment of ['#top', '#main-content', '#name', '#hello%20there']) {
    await page.goto(`${env.origin}/${fragment}`);
    await page.getByTestId('profile-name').waitFor();
    assert.equal(await page.getByTestId('link-problem').count(), 0, `${fragment}: no link page`);
  }
  // And typed into the address bar of the open app.
  await setHash(page, '#top');
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('link-problem').count(), 0, 'hash change: no link page');
  assert.equal(await saved(), before, 'the saved profile is unchanged');
  device.assertClean();
  await device.context.close();
});
