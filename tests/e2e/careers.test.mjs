// Career pathways end to end. The reference worker R1 (a nursing assistant, cashier and food prep
// worker) is seeded straight into the saved profile (independent of the guided flow): her cards
// say whether each job is a step up, a similar job or an easier start, with her usual next steps
// first and how close the work is in words; a job's page lists what to learn in the present
// ("Write down…"), says the training once, saves the job as her goal (kept, shown on the profile,
// removable) and makes a one-page note for the job centre. English and Spanish, 360 and 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  setUp, newDevice, shot, assertAccessible, assertNoSideways, quickProfile, savedProfile, R1, ROOT, PROFILE_KEY,
  switchLang,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const CNA = '31-1131.00';
const LPN = '29-2061.00';
const MA = '31-9092.00';
const PHLEB = '31-9097.00';
const tsv = async (name) => (await readFile(join(ROOT, 'core', 'data', name), 'utf8'))
  .trim().split('\n').slice(1).map((l) => l.split('\t'));
const OCCUPATIONS = await tsv('occupations.tsv');
const SKILLS = await tsv('skills.tsv');
const occNum = (soc) => Number(OCCUPATIONS.find((r) => r[1] === soc)[0]);
/** The ten main activities of a job (their DWA ids), most central first. */
const mainOf = (soc) => OCCUPATIONS.find((r) => r[1] === soc)[5].split(' ').slice(0, 10)
  .map((n) => SKILLS.find((s) => s[0] === n)[1]);

/** R1 as the app saves her (saved form v3), optionally with other skills or a goal. */
function r1Saved({ skills = R1.skills_onet_dwa, goal } = {}) {
  const profile = {
    name: R1.name,
    contact: { phone: R1.phone, email: R1.email, city: R1.city },
    languages: R1.languages,
    jobs: R1.jobs.map((j, i) => ({
      id: `j${i + 1}`, title: j.title, employer: j.employer, occupation: j.onet_soc, start: j.start,
      ...(j.end ? { end: j.end } : {}),
    })),
    skills: skills.map((id) => ({ id, source: 'job', added: '2026-11-01' })),
    ...(goal ? { goal } : {}),
  };
  return JSON.stringify({ format: 'skillpass-profile', version: 3, rev: 1, saved_at: '2026-11-29T09:00:00Z', writer: 'seed', profile });
}

async function seeded(opts = {}, deviceOpts = {}) {
  const device = await newDevice(env, deviceOpts);
  const page = await device.open();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROFILE_KEY, r1Saved(opts)]);
  return { device, page };
}

async function openCareers(page) {
  await page.goto(`${env.origin}/?step=careers`);
  await page.getByTestId('career-card').first().waitFor();
}

async function openCareer(page, soc) {
  await page.goto(`${env.origin}/?step=career&occupation=${occNum(soc)}`);
  await page.getByTestId('career-title').waitFor();
}

test('R1 sees her usual next steps first, each card labelled, with how close the work is', async () => {
  const { device, page } = await seeded();
  await openCareers(page);
  const cards = page.getByTestId('career-card');
  assert.equal(await cards.count(), 6);
  const socs = await cards.evaluateAll((els) => els.map((e) => e.dataset.soc));
  const levels = await cards.evaluateAll((els) => els.map((e) => e.dataset.level));
  assert.deepEqual(new Set(socs.slice(0, 3)), new Set([LPN, MA, PHLEB]), socs.join(' '));
  assert.ok(!socs.includes(CNA), 'her own job is not suggested back to her');
  // Step-ups first: no easier start above a step up.
  assert.ok(levels.lastIndexOf('step-up') < (levels.indexOf('easier') === -1 ? 99 : levels.indexOf('easier')), levels.join(' '));
  for (const soc of [LPN, MA, PHLEB]) {
    const card = page.locator(`[data-soc="${soc}"]`);
    assert.equal(await card.getByTestId('career-level').innerText(), 'A step up');
    assert.equal(await card.getByTestId('career-next').innerText(), 'A common next step');
  }
  // LPN: none of its 10 main tasks in her profile, but the work is close — never hopeless.
  const lpn = page.locator(`[data-soc="${LPN}"]`);
  assert.equal(await lpn.getByTestId('career-have-count').innerText(), 'None of the 10 main tasks of this job are in your profile yet.');
  assert.equal(await lpn.getByTestId('career-close').innerText(), 'The work is close to your past job: Nursing assistant (CNA).');
  const ma = page.locator(`[data-soc="${MA}"]`);
  assert.match(await ma.getByTestId('career-have-count').innerText(), /^You already do \d of the 10 main tasks of this job\.$/);
  // Easier starts say so.
  assert.ok(levels.includes('easier'), levels.join(' '));
  assert.equal(await page.locator('[data-level="easier"]').first().getByTestId('career-level').innerText(), 'An easier start');
  await assertNoSideways(page, 'careers');
  await assertAccessible(page, 'careers');
  await shot(page, 'phone-en-careers');
  await page.getByTestId('more-careers').click();
  assert.equal(await cards.count(), 12);
  // Line cook follows her food prep job, but is easier than her CNA job: labelled as such, and
  // its page names the job it follows.
  const cook = page.locator('[data-soc="35-2014.00"]');
  if (await cook.count()) {
    assert.equal(await cook.getAttribute('data-level'), 'easier');
    assert.equal(await cook.getByTestId('career-next').count(), 0);
  }

  await switchLang(page);
  await page.getByText('Un paso adelante').first().waitFor();
  assert.match(await page.locator(`[data-soc="${MA}"]`).getByTestId('career-have-count').innerText(),
    /^Ya haces \d de las 10 tareas principales de este trabajo\.$/);
  assert.match(await page.locator(`[data-soc="${LPN}"]`).getByTestId('career-close').innerText(), /^El trabajo se parece mucho a lo que hacías como /);
  await assertAccessible(page, 'careers es');
  await shot(page, 'phone-es-careers');
  await page.setViewportSize({ width: 320, height: 740 });
  await assertNoSideways(page, 'careers es 320');
  await shot(page, 'narrow-es-careers');
  await switchLang(page);
  await page.getByText('A step up').first().waitFor();
  await assertNoSideways(page, 'careers en 320');
  await shot(page, 'narrow-en-careers');
  device.assertClean();
  await device.context.close();
});

test('a job page lists what to learn in the present, and says the training once, at the end', async () => {
  const { device, page } = await seeded();
  await openCareer(page, MA);
  assert.equal(await page.getByTestId('career-title').innerText(), 'Medical assistant (MA)');
  assert.match(await page.getByTestId('career-summary').innerText(), /^You already do \d of the 10 main tasks of this job\.$/);
  assert.equal(await page.getByTestId('career-close').innerText(), 'The work is close to your past job: Nursing assistant (CNA).');
  assert.equal(await page.getByTestId('career-level').innerText(), 'A step up');
  assert.equal(await page.getByTestId('career-next').innerText(), 'A common next step after Nursing assistant (CNA)');
  const learn = await page.getByTestId('career-missing').locator('li').allInnerTexts();
  assert.ok(learn.length > 0, 'something to learn');
  const past = /^(Wrote|Checked|Took|Gave|Made|Kept|Helped|Used|Cleaned|Set up|Put|Told|Watched|Answered|Explained|Got|Did)\b/;
  for (const l of learn) assert.doesNotMatch(l, /^\w+ed\b/, l);
  for (const l of learn) assert.ok(!past.test(l) || /^(Set|Put)\b/.test(l), l);
  assert.ok(await page.getByTestId('career-have').locator('li').count() > 0, 'something she has');
  // The training: once on the page, under "What to do next", the page's last part.
  const main = await page.locator('main').innerText();
  assert.equal(main.split('medical assistant program').length - 1, 1, 'the training is said once');
  assert.match(await page.getByTestId('way-in').innerText(), /^The training: .*medical assistant program/);
  const lastSection = await page.locator('section.career > :last-child').getAttribute('data-testid');
  assert.equal(lastSection, 'what-next');
  assert.match(await page.getByTestId('path-steps').innerText(), /Nursing assistant \(CNA\) → Medical assistant \(MA\)/);
  await assertNoSideways(page, 'career');
  await assertAccessible(page, 'career');
  await shot(page, 'phone-en-career');

  // The same page in Spanish: to learn in the infinitive ("Armar…", "Tomar…"), never "Tomé…".
  await switchLang(page);
  await page.getByTestId('career-title').filter({ hasText: 'Asistente médico' }).waitFor();
  assert.match(await page.getByTestId('career-summary').innerText(), /^Ya haces \d de las 10 tareas principales de este trabajo\.$/);
  for (const l of await page.getByTestId('career-missing').locator('li').allInnerTexts()) {
    const first = l.split(/[ ,]/)[0];
    assert.match(first, /(ar|er|ir|ír)(se|le|les|lo|la|los|las)*$/, l);
    assert.doesNotMatch(first, /[éó]$/, l);
  }
  await assertAccessible(page, 'career es');
  await shot(page, 'phone-es-career');
  await page.setViewportSize({ width: 320, height: 740 });
  await assertNoSideways(page, 'career es 320');
  await shot(page, 'narrow-es-career');
  await switchLang(page);
  await page.getByTestId('career-title').filter({ hasText: 'Medical assistant' }).waitFor();
  await assertNoSideways(page, 'career en 320');
  await shot(page, 'narrow-en-career');
  await page.getByTestId('back').click();
  await page.getByTestId('career-card').first().waitFor();
  await openCareer(page, '35-2014.00');
  assert.equal(await page.getByTestId('career-level').innerText(), 'An easier start');
  assert.equal(await page.getByTestId('career-next').innerText(), 'A common next step after Food prep worker');
  device.assertClean();
  await device.context.close();
});

test('"Save this as my goal" keeps the goal across a reload, shows it on the profile, and it can be removed', async () => {
  const { device, page } = await seeded();
  await openCareer(page, LPN);
  await page.getByTestId('save-goal').click();
  await page.getByTestId('goal-saved').waitFor();
  assert.equal((await savedProfile(page)).profile.goal, LPN);
  await page.reload();
  await page.getByTestId('goal-saved').waitFor();
  assert.equal(await page.getByTestId('save-goal').count(), 0);
  await assertAccessible(page, 'career with goal');

  await page.goto(`${env.origin}/?step=profile`);
  await page.getByTestId('goal-line').waitFor();
  assert.match(await page.getByTestId('goal-line').innerText(), /Your goal: Licensed practical nurse \(LPN\)/);
  await assertAccessible(page, 'profile with goal');
  await assertNoSideways(page, 'profile with goal');
  await shot(page, 'phone-en-profile-goal');
  await switchLang(page);
  await page.getByTestId('goal-line').filter({ hasText: 'Tu meta' }).waitFor();
  await switchLang(page);
  await page.getByTestId('goal-line').filter({ hasText: 'Your goal' }).waitFor();
  await page.getByTestId('goal-open').click();
  await page.getByTestId('career-title').filter({ hasText: 'Licensed practical nurse' }).waitFor();

  await page.goto(`${env.origin}/?step=profile`);
  await page.getByTestId('goal-remove').click();
  await page.getByTestId('goal-line').waitFor({ state: 'detached' });
  assert.equal((await savedProfile(page)).profile.goal, undefined);
  // And from the career page too.
  await openCareer(page, MA);
  await page.getByTestId('save-goal').click();
  await page.getByTestId('remove-goal').click();
  await page.getByTestId('save-goal').waitFor();
  assert.equal((await savedProfile(page)).profile.goal, undefined);
  device.assertClean();
  await device.context.close();
});

test('her goal is shared only when she ticks it, and then the reader and the résumé see it', async () => {
  const { device, page } = await seeded({ goal: LPN });
  await page.goto(`${env.origin}/?step=share`);
  const box = page.getByTestId('share-goal');
  await box.waitFor();
  assert.equal(await box.isChecked(), false, 'never ticked for her');
  const linkOf = () => page.getByTestId('share-link').inputValue();
  const without = await linkOf();
  assert.equal(await page.getByTestId('view-goal').count(), 0, 'not in the preview until ticked');
  await page.locator('label[for="share-goal"]').click();
  await page.getByTestId('view-goal').waitFor();
  assert.match(await page.getByTestId('view-goal').innerText(), /Job I am working toward: Licensed practical nurse \(LPN\)/);
  const withGoal = await linkOf();
  assert.notEqual(withGoal, without, 'the code changes at once');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('view-goal').isVisible(), 'printed on the résumé');
  await page.emulateMedia({ media: 'screen' });
  await assertAccessible(page, 'share with goal');
  // The reader on another phone sees it; without the tick, a reader does not.
  for (const [link, shown] of [[withGoal, true], [without, false]]) {
    const reader = await newDevice(env);
    const other = await reader.open();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, env.origin));
    await other.getByTestId('open-title').waitFor();
    assert.equal(await other.getByTestId('view-goal').count(), shown ? 1 : 0, `goal shown: ${shown}`);
    reader.assertClean();
    await reader.context.close();
  }
  device.assertClean();
  await device.context.close();
});

test('a saved goal the app does not know is not shown', async () => {
  const { device, page } = await seeded({ goal: '99-9999.99' });
  await page.goto(`${env.origin}/?step=profile`);
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.getByTestId('goal-line').count(), 0);
  device.assertClean();
  await device.context.close();
});

test('"Ask your job centre" makes a short note that prints on one page', async () => {
  const { device, page } = await seeded();
  await device.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await openCareer(page, LPN);
  assert.equal(await page.getByTestId('job-note').isVisible(), false);
  await page.getByTestId('ask-job-centre').click();
  const note = page.getByTestId('job-note');
  await note.waitFor();
  const text = await note.innerText();
  assert.match(text, /Training I want to ask about/);
  assert.match(text, /María Guadalupe Hernández/);
  assert.match(text, /Licensed practical nurse \(LPN\)/);
  assert.match(text, /NCLEX-PN/);
  assert.ok(await page.getByTestId('note-learn').locator('li').count() > 0);
  await assertAccessible(page, 'job-centre note');
  await assertNoSideways(page, 'job-centre note');
  await shot(page, 'phone-en-career-note');
  await page.getByTestId('note-copy').click();
  await page.getByTestId('note-copied').filter({ hasText: 'The note is copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Training I want to ask about\n/);
  assert.match(copied, /My goal: Licensed practical nurse \(LPN\)/);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('career-path').isVisible(), false, 'only the note prints');
  assert.equal(await page.getByTestId('note-print').isVisible(), false, 'no buttons on paper');
  assert.equal(await note.isVisible(), true);
  await shot(page, 'print-en-career-note');
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'the note fits one page');
  await page.emulateMedia({ media: 'screen' });

  await switchLang(page);
  await page.getByTestId('ask-job-centre').filter({ hasText: 'centro de empleo' }).click();
  await page.getByTestId('job-note').filter({ hasText: 'La capacitación que quiero pedir' }).waitFor();
  await page.setViewportSize({ width: 320, height: 740 });
  await assertNoSideways(page, 'job-centre note es 320');
  await assertAccessible(page, 'job-centre note es');
  await shot(page, 'narrow-es-career-note');
  device.assertClean();
  await device.context.close();
});

test('a job whose main tasks she all does lists nothing to learn', async () => {
  const { device, page } = await seeded({ skills: [...R1.skills_onet_dwa, ...mainOf(LPN)] });
  await openCareers(page);
  const lpn = page.locator(`[data-soc="${LPN}"]`);
  assert.equal(await lpn.getByTestId('career-have-count').innerText(), 'You already do all 10 main tasks of this job.');
  await openCareer(page, LPN);
  assert.equal(await page.getByTestId('career-summary').innerText(), 'You already do all 10 main tasks of this job.');
  assert.match(await page.getByTestId('nothing-to-learn').innerText(), /You already do all the main tasks/);
  assert.equal(await page.getByTestId('career-missing').count(), 0);
  device.assertClean();
  await device.context.close();
});

test('a profile with nothing to go on gets a helpful word, not guesses', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana', skills: [] });
  await page.getByTestId('careers').click();
  await page.getByTestId('careers-empty').waitFor();
  assert.match(await page.getByTestId('careers-empty').innerText(), /Add a job or a few skills first/);
  assert.equal(await page.getByTestId('career-card').count(), 0);
  device.assertClean();
  await device.context.close();
});
