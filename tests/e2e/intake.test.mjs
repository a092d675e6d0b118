// Intake in seconds, end to end: a worker answers the "For a job centre" questions on her phone and
// shows her code with them ticked; a caseworker's computer reads that code through a camera (Chromium's
// fake capture device playing a video made here from the code on her screen, so the app decodes real
// frames), adds her as a new client, sees her answers and saves the intake files under the WIOA PIRL
// names. A second worker who did not tick her answers becomes a second client with none of them.
// A refused camera and no camera leave the paste field and the file picker; bad text stores nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  setUp, newDevice, shot, assertAccessible, waitForStep, stepOf, next, startFlow, pickWhen, quickProfile,
  savedProfile, readQr, ROOT,
} from './helpers.mjs';
import { launchCaseworker, launchWithCamera, y4mFromQr, writeY4m, blankPicture, scratch, closeAll } from './camera.mjs';

let env;
let box;
before(async () => { env = await setUp(); box = await scratch(); });
after(async () => { await closeAll(); await env?.tearDown(); await box?.clean(); });

// The WIOA PIRL data elements the intake files name (README, "For a job centre").
const PIRL = {
  300: 'PIRL 300 Veteran Status',
  400: 'PIRL 400 Employment Status at Program Entry',
  402: 'PIRL 402 Long-Term Unemployed at Program Entry',
  403: 'PIRL 403 Occupational Code of Most Recent Employment Prior to Participation',
  408: 'PIRL 408 Highest Educational Level Completed at Program Entry',
  803: 'PIRL 803 English Language Learner at Program Entry',
};

/**
 * A worker's profile through the screens, with one listed job (so her most recent job's O*NET-SOC
 * code is known) and all its tasks. Ends on the profile page.
 */
async function profileWithJob(page, { name, soc, employer, start = '2020', end = '2022' }) {
  await startFlow(page);
  await page.locator('#name').fill(name);
  await next(page);
  await waitForStep(page, 'contact');
  await page.getByTestId('skip').click();
  await waitForStep(page, 'languages');
  await next(page);
  await waitForStep(page, 'jobs');
  await page.getByTestId('common-jobs').locator(`label[data-key="${soc}"]`).click();
  await next(page);
  await waitForStep(page, 'job-when');
  await page.locator('#employer').fill(employer);
  await pickWhen(page, { start, end });
  await waitForStep(page, 'job-tasks');
  await page.getByTestId('all-of-these').click();
  await next(page);
  await waitForStep(page, 'skills');
  await next(page);
  await waitForStep(page, 'certificates');
  await next(page);
  await waitForStep(page, 'check');
  await next(page);
  await page.getByTestId('profile-name').waitFor();
}

const questionOf = (page) => page.getByTestId('jc-question').getAttribute('data-question');

/**
 * Answers the job-centre questions from where they stand until `until` (a question key, not
 * answered) or the end: `picks` maps each question to the answer's testid ('jc-chosen' picks the
 * first job offered). Each question must be new (nothing is asked twice). With `shots`, each page
 * is photographed (phone-en-jc-<question>). Returns the questions asked and their captions.
 */
async function answer(page, picks, { until, shots = false } = {}) {
  const asked = [];
  const captions = [];
  for (let i = 0; ; i++) {
    assert.ok(i <= Object.keys(picks).length, 'more questions than answers');
    await page.locator('[data-testid="jc-question"], [data-testid="jc-done"]').first().waitFor();
    if (await page.getByTestId('jc-done').count()) break;
    const key = await questionOf(page);
    if (key === until) break;
    assert.ok(!asked.includes(key), `"${key}" was asked again`);
    assert.ok(key in picks, `an unexpected question: ${key}`);
    asked.push(key);
    captions.push((await page.locator('main').innerText()).match(/Question \d+ of \d+/)?.[0]);
    if (shots) await shot(page, `phone-en-jc-${key.replaceAll('_', '-')}`);
    const button = page.getByTestId('jc-question').getByTestId(picks[key]).first();
    await button.click();
    await page.waitForFunction(
      (k) => document.querySelector('[data-testid="jc-question"]')?.dataset.question !== k, key,
    );
  }
  return { asked, captions };
}

/** The answers a page shows in `jc-answers`, as [question, answer] pairs. */
async function shownAnswers(page) {
  return page.getByTestId('jc-answers').locator('dt').evaluateAll((dts) => dts.map((dt) => {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
    return [dt.innerText.trim(), dd?.innerText.trim()];
  }));
}

/**
 * From the profile page to the share page; ticks her job-centre answers when `jobCentre` (and her
 * goal, the job she wants next, when `goal`). Returns the link.
 */
async function shareLink(page, { jobCentre, goal = false }) {
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  await page.getByTestId('qr').waitFor();
  const box = page.getByTestId('share-job-centre');
  if (jobCentre || await box.count()) assert.equal(await box.isChecked(), false, 'her job-centre answers are not ticked for her');
  assert.equal(await page.getByTestId('jc-link-note').count(), 0, 'no job-centre note while they are not ticked');
  const without = await page.getByTestId('share-link').inputValue();
  if (!jobCentre) return without;
  await page.locator('label[for="share-job-centre"]').click();
  await page.getByTestId('jc-link-note').waitFor();
  const link = await page.getByTestId('share-link').inputValue();
  assert.notEqual(link, without, 'ticking her answers changes the link');
  if (goal) await page.locator('label[for="share-goal"]').click();
  const final = await page.getByTestId('share-link').inputValue();
  assert.equal(await readQr(page.getByTestId('qr')), final, 'the code on screen is the new link');
  return final;
}

/** The clients this browser keeps, each as its saved profile: { id: profile }. */
async function storedClients(page) {
  return page.evaluate(() => {
    const out = {};
    for (const key of Object.keys(localStorage)) {
      const m = key.match(/^skillpass\.client\.(.+)\.profile$/);
      if (m) out[m[1]] = JSON.parse(localStorage.getItem(key)).profile;
    }
    return out;
  });
}

/** Every value in this browser's storage, to search for a name. */
const everything = (page) => page.evaluate(() => [localStorage, sessionStorage]
  .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n'));

/** Records each `data-reader` the scanner's frame shows, from now until the page is reloaded. */
async function watchReader(page) {
  await page.evaluate(() => {
    window.__readers = [];
    const note = (records) => {
      for (const r of records) {
        const kind = r.type === 'attributes' ? r.target.getAttribute('data-reader')
          : document.querySelector('[data-testid="scan-frame"]')?.dataset.reader;
        if (kind && window.__readers.at(-1) !== kind) window.__readers.push(kind);
      }
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-reader'] });
  });
}

/** From the client list, "Scan a client's code" until the code read opens its preview. */
async function scanToOpen(page) {
  await watchReader(page);
  await page.getByTestId('scan-client').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === 'open', null, { timeout: 20_000 })
    .catch(async (e) => {
      const status = page.getByTestId('scan-status');
      throw new Error(`the code was not read: scan-status ${await status.getAttribute('data-state').catch(() => '?')}, ` +
        `reader ${await page.getByTestId('scan-frame').getAttribute('data-reader').catch(() => '?')} (${e.message})`);
    });
  await page.getByTestId('open-title').waitFor();
  return page.evaluate(() => window.__readers);
}

/** Downloads one of the intake files (testid intake-json / intake-csv / intake-ler-rs): { name, text }. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** A CSV file's rows (RFC 4180: quoted fields may hold commas and doubled quotes). */
function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function clientNames(page) {
  return (await page.getByTestId('client').locator('.career-title').allInnerTexts()).sort();
}

test('a caseworker scans a worker\'s code through the camera, adds her as a new client with her job-centre answers and exports them under PIRL names; a second worker who did not tick hers adds a second client with none', { timeout: 240_000 }, async () => {
  // ── Ana, on her phone: a profile with a job, then the job-centre questions, one a screen.
  const ana = await newDevice(env);
  const phone = await ana.open();
  await profileWithJob(phone, { name: 'Ana Ruiz', soc: '41-2011.00', employer: 'FreshMart' });
  await phone.getByTestId('jc-card').waitFor();
  await phone.getByTestId('jc-open').click();
  await waitForStep(phone, 'job-centre');
  await phone.getByTestId('jc-intro').waitFor();
  await assertAccessible(phone, 'job-centre question');
  const picks = {
    working: 'jc-looking', since_last_job: 'jc-over-6-months', school: 'jc-high-school',
    veteran: 'jc-no', english_help: 'jc-yes', next_job: 'jc-chosen',
  };
  // Two answers, then "Stop for now" (jc-later): back on her profile; what she gave is kept, and the rest
  // starts where she stopped (nothing is asked again).
  const first = await answer(phone, picks, { until: 'school', shots: true });
  assert.deepEqual(first.asked, ['working', 'since_last_job']);
  assert.deepEqual(first.captions, ['Question 1 of 6', 'Question 2 of 6']);
  assert.equal(await phone.getByTestId('jc-intro').count(), 0, 'the introduction is on the first question only');
  await phone.getByTestId('jc-later').click();
  await waitForStep(phone, 'profile');
  assert.deepEqual((await savedProfile(phone)).profile.job_centre, { working: 'looking', since_last_job: 'over-6-months' });
  await phone.getByTestId('jc-open').click();
  await waitForStep(phone, 'job-centre');
  const rest = await answer(phone, picks, { shots: true });
  assert.deepEqual(rest.asked, ['school', 'veteran', 'english_help', 'next_job']);
  assert.deepEqual(rest.captions, ['Question 3 of 6', 'Question 4 of 6', 'Question 5 of 6', 'Question 6 of 6']);
  await phone.getByTestId('jc-done').waitFor();
  await assertAccessible(phone, 'job-centre answers');
  await shot(phone, 'phone-en-jc-done');
  const saved = (await savedProfile(phone)).profile;
  assert.deepEqual(saved.job_centre, {
    working: 'looking', since_last_job: 'over-6-months', school: 'high-school', veteran: 'no', english_help: 'yes', next_job: 'chosen',
  });
  // Picking the job she wants next also made it her goal.
  assert.match(saved.goal ?? '', /^\d\d-\d{4}\.\d\d$/, 'the job she picked is her goal');
  const onPhone = await shownAnswers(phone);
  assert.equal(onPhone.length, 6);
  assert.deepEqual(onPhone.slice(0, 5).map(([, a]) => a), [
    'No, and I am looking for work', 'More than 6 months', 'High school', 'No', 'Yes',
  ]);
  // Answered: opening the section again shows her answers, not the questions.
  await phone.getByTestId('jc-see-profile').click();
  await waitForStep(phone, 'profile');
  await phone.getByTestId('jc-open').click();
  await phone.getByTestId('jc-done').waitFor();
  assert.equal(await phone.getByTestId('jc-question').count(), 0);
  await phone.getByTestId('jc-see-profile').click();
  await waitForStep(phone, 'profile');

  // She shows her code with the answers ticked; the page says what the link now carries, on the
  // same screen as the code (seen before she turns the phone round).
  const link = await shareLink(phone, { jobCentre: true });
  assert.match(await phone.getByTestId('jc-link-note').innerText(), /answers for a job centre/);
  await phone.evaluate(() => window.scrollTo(0, 0));
  const noteBox = await phone.getByTestId('jc-link-note').boundingBox();
  const qrBox = await phone.getByTestId('qr').boundingBox();
  assert.ok(qrBox.y >= 0 && noteBox.y + noteBox.height <= 740, `the note and the code on one screen (note ends at ${noteBox.y + noteBox.height}px)`);
  await assertAccessible(phone, 'share with job-centre answers');
  await shot(phone, 'phone-en-share-job-centre');
  const anaVideo = await y4mFromQr(phone.getByTestId('qr'), join(box.dir, 'ana.y4m'), { lead: 10 });
  assert.equal(anaVideo.text, link, 'the video shows her code');
  ana.assertClean();
  await ana.context.close();

  // ── The caseworker's computer. First a camera that sees no code: it keeps looking, stores nothing.
  const cwDir = join(box.dir, 'caseworker');
  const wall = await writeY4m(join(box.dir, 'wall.y4m'), blankPicture());
  let agency = await launchWithCamera(wall, { origin: env.origin, userDataDir: cwDir });
  let page = await agency.open('/tools.html?step=clients');
  assert.equal(await page.getByTestId('client').count(), 0);
  await page.getByTestId('scan-client').click();
  await waitForStep(page, 'scan');
  await page.locator('[data-testid="scan-status"][data-state="looking"]').waitFor();
  assert.equal(await page.getByTestId('scan-frame').getAttribute('data-reader'), 'wasm', 'Chromium on Linux has no BarcodeDetector');
  await page.waitForFunction(() => document.querySelector('[data-testid="scan-frame"] video')?.videoWidth === 960);
  assert.ok(await page.getByTestId('scan-frame').isVisible(), 'the camera picture is shown');
  await assertAccessible(page, 'scan');
  await shot(page, 'desktop-en-scan');
  assert.equal(await stepOf(page), 'scan', 'still looking');
  assert.deepEqual(await storedClients(page), {});
  agency.assertClean();
  await agency.close();

  // Ana's code before the camera: read, previewed, nothing stored until the caseworker chooses.
  agency = await launchWithCamera(anaVideo.path, { origin: env.origin, userDataDir: cwDir });
  page = await agency.open('/tools.html?step=clients');
  const readers = await scanToOpen(page);
  assert.deepEqual(readers, ['wasm'], 'the frames were read by the tools bundle\'s own decoder');
  assert.match(await page.locator('main').innerText(), /Ana Ruiz/);
  assert.deepEqual(await storedClients(page), {}, 'nothing stored before the caseworker chooses');
  // Her answers as she gave them; the job she picked next went with her goal, which she did not
  // tick (the test after this one ticks it).
  assert.deepEqual(await shownAnswers(page), onPhone.slice(0, 5), 'her answers as she gave them');
  assert.equal(await page.getByTestId('add-to-client').count(), 0, 'no client open: only "Add as a new client"');
  const addNew = page.getByTestId('add-new-client');
  assert.match(await addNew.getAttribute('class'), /\bprimary\b/, '"Add as a new client" is the default');
  await assertAccessible(page, 'scanned preview');
  await shot(page, 'desktop-en-scan-open');
  await addNew.click();
  await waitForStep(page, 'profile');
  await page.getByTestId('profile-name').filter({ hasText: 'Ana' }).waitFor();
  assert.equal(await page.getByTestId('current-client').innerText(), 'Ana Ruiz');
  assert.match(await page.getByTestId('flash').innerText(), /New client added\./);
  let clients = await storedClients(page);
  assert.equal(Object.keys(clients).length, 1);
  const anaClient = Object.values(clients)[0];
  const { next_job: _, ...sharedAnswers } = saved.job_centre;
  assert.deepEqual(anaClient.job_centre, sharedAnswers, 'her answers are kept with her');
  await page.getByTestId('clients').click();
  await waitForStep(page, 'clients');
  assert.deepEqual(await clientNames(page), ['Ana Ruiz']);

  // Her intake: her answers, ticked (she gave them for this), under the PIRL names.
  await page.getByTestId('open-client').click();
  await waitForStep(page, 'profile');
  await page.getByTestId('intake').click();
  await waitForStep(page, 'intake');
  assert.equal(await page.getByTestId('share-job-centre').isChecked(), true, 'the answers she brought are in the summary');
  await assertAccessible(page, 'intake with job-centre answers');
  // Her answers in a second language beside the caseworker's: the same answers, in Spanish too.
  await page.getByTestId('second-lang').selectOption('es');
  await page.getByTestId('side-by-side').waitFor();
  const columns = await page.locator('[data-testid="side-by-side"] [data-testid="jc-answers"]').allInnerTexts();
  assert.equal(columns.length, 2, 'her answers in both columns');
  assert.match(columns[0], /No, and I am looking for work/);
  assert.doesNotMatch(columns[1], /looking for work/, 'the second column is in Spanish');
  assert.equal(columns[1].split('\n').length, columns[0].split('\n').length);
  await shot(page, 'desktop-en-intake-job-centre');
  const csv = await download(page, 'intake-csv');
  assert.equal(csv.name, 'intake-summary.csv');
  const rows = csvRows(csv.text);
  assert.deepEqual(rows[0], ['section', 'item', 'code', 'detail']);
  assert.deepEqual(rows[1], ['name', 'Ana Ruiz', '', '']);
  const pirlRows = rows.filter((r) => r[0] === 'pirl');
  assert.deepEqual(pirlRows, [
    ['pirl', PIRL[300], '0', 'No'],
    ['pirl', PIRL[400], '0', 'No, and I am looking for work'],
    ['pirl', PIRL[402], '1', 'More than 6 months'],
    ['pirl', PIRL[403], '41201100', 'Cashier'],
    ['pirl', PIRL[408], '1', 'High school'],
    ['pirl', PIRL[803], '1', 'Yes'],
  ]);
  assert.ok(csv.text.includes(`pirl,${PIRL[400]},0,"No, and I am looking for work"\r\n`), 'a comma in an answer is quoted');
  // Each answer as asked and said.
  const jcRows = rows.filter((r) => r[0] === 'job-centre');
  assert.deepEqual(jcRows.map((r) => [r[1], r[3]]), onPhone.slice(0, 5));
  assert.deepEqual(jcRows.map((r) => r[2]), ['looking', 'over-6-months', 'high-school', 'no', 'yes']);
  assert.ok(rows.some((r) => r[0] === 'job' && r[2] === '41-2011.00'), 'her job is in the summary');

  const json = await download(page, 'intake-json');
  assert.equal(json.name, 'intake-summary.json');
  const doc = JSON.parse(json.text);
  assert.match(JSON.stringify(doc), /Ana Ruiz/);
  assert.deepEqual(doc.jobCentre.pirl, {
    [PIRL[300]]: '0', [PIRL[400]]: '0', [PIRL[402]]: '1', [PIRL[403]]: '41201100', [PIRL[408]]: '1', [PIRL[803]]: '1',
  });
  assert.deepEqual(doc.jobCentre.answers.map((a) => [a.question, a.answer]), Object.entries(sharedAnswers)
    .sort(([a], [b]) => Object.keys(picks).indexOf(a) - Object.keys(picks).indexOf(b)));
  assert.equal(doc.jobCentre.nextJobOnetSoc ?? null, null, 'her goal was not shared');
  assert.deepEqual(doc.jobCentre.answers.find((a) => a.question === 'working'),
    { question: 'working', answer: 'looking', asked: onPhone[0][0], said: onPhone[0][1], pirlElement: '400', pirlCode: '0' });
  const ler = await download(page, 'intake-ler-rs');
  assert.equal(ler.name, 'intake-summary-ler-rs.json');
  assert.deepEqual(JSON.parse(ler.text)['x-skillpass']?.jobCentre?.pirl, doc.jobCentre.pirl, 'the LER-RS file carries them too');

  // She may take them out of the summary: unticked, no PIRL or job-centre rows.
  await page.locator('label[for="intake-job-centre"]').click();
  assert.equal(await page.getByTestId('share-job-centre').isChecked(), false);
  const csvWithout = csvRows((await download(page, 'intake-csv')).text);
  assert.deepEqual(csvWithout.filter((r) => r[0] === 'pirl' || r[0] === 'job-centre'), []);
  assert.equal(JSON.parse((await download(page, 'intake-json')).text).jobCentre, null);
  agency.assertClean();
  await agency.close();

  // ── Bea answers too, but shows her code without ticking them.
  const bea = await newDevice(env);
  const bp = await bea.open();
  await profileWithJob(bp, { name: 'Bea Kim', soc: '35-2021.00', employer: 'Taco Fiesta', start: '2019', end: '2023' });
  await bp.getByTestId('jc-open').click();
  await waitForStep(bp, 'job-centre');
  const beaAsked = await answer(bp, {
    working: 'jc-employed', school: 'jc-bachelor', veteran: 'jc-yes', english_help: 'jc-no', next_job: 'jc-not-sure',
  });
  // Working now: "how long since your last job" is not asked, and the count says so from then on.
  assert.deepEqual(beaAsked.asked, ['working', 'school', 'veteran', 'english_help', 'next_job']);
  assert.deepEqual(beaAsked.captions, ['Question 1 of 6', 'Question 2 of 5', 'Question 3 of 5', 'Question 4 of 5', 'Question 5 of 5']);
  await bp.getByTestId('jc-see-profile').click();
  await waitForStep(bp, 'profile');
  await shareLink(bp, { jobCentre: false });
  const beaVideo = await y4mFromQr(bp.getByTestId('qr'), join(box.dir, 'bea.y4m'), { lead: 10 });
  assert.equal(beaVideo.text, await bp.getByTestId('share-link').inputValue());
  bea.assertClean();
  await bea.context.close();

  // The same computer, Ana still open: Bea's code shows none of her answers.
  agency = await launchWithCamera(beaVideo.path, { origin: env.origin, userDataDir: cwDir });
  page = await agency.open('/tools.html?step=clients');
  assert.deepEqual(await clientNames(page), ['Ana Ruiz'], 'the clients stay from one day to the next');
  assert.equal(await page.getByTestId('current-client').innerText(), 'Ana Ruiz');
  assert.deepEqual(await scanToOpen(page), ['wasm']);
  assert.match(await page.locator('main').innerText(), /Bea Kim/);
  assert.equal(await page.getByTestId('jc-answers').count(), 0, 'no answers she did not tick');
  assert.doesNotMatch(await page.locator('main').innerText(), /job centre/i);
  assert.equal(await page.getByTestId('add-to-client').innerText(), 'Add to Ana Ruiz', 'or into the open client');
  assert.match(await page.getByTestId('add-new-client').getAttribute('class'), /\bprimary\b/);
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  await page.getByTestId('profile-name').filter({ hasText: 'Bea' }).waitFor();
  assert.equal(await page.getByTestId('current-client').innerText(), 'Bea Kim');
  clients = await storedClients(page);
  assert.equal(Object.keys(clients).length, 2);
  const beaClient = Object.values(clients).find((p) => p.name === 'Bea Kim');
  assert.deepEqual(beaClient.job_centre ?? {}, {}, 'none of her answers was stored');
  assert.deepEqual(Object.values(clients).find((p) => p.name === 'Ana Ruiz'), anaClient, 'Ana is as she was');
  assert.doesNotMatch(await everything(page), /"english_help":"no"|bachelor/, 'Bea\'s answers are nowhere on this computer');
  await page.getByTestId('clients').click();
  await waitForStep(page, 'clients');
  assert.deepEqual(await clientNames(page), ['Ana Ruiz', 'Bea Kim']);
  await shot(page, 'desktop-en-clients-scanned');
  // Her intake has no job-centre part at all.
  await page.getByTestId('client').filter({ hasText: 'Bea Kim' }).getByTestId('open-client').click();
  await page.getByTestId('profile-name').filter({ hasText: 'Bea' }).waitFor();
  await page.getByTestId('intake').click();
  await waitForStep(page, 'intake');
  assert.equal(await page.getByTestId('share-job-centre').count(), 0);
  const beaCsv = csvRows((await download(page, 'intake-csv')).text);
  assert.deepEqual(beaCsv[1], ['name', 'Bea Kim', '', '']);
  assert.deepEqual(beaCsv.filter((r) => r[0] === 'pirl' || r[0] === 'job-centre'), []);
  const beaJson = JSON.parse((await download(page, 'intake-json')).text);
  assert.equal(beaJson.jobCentre, null);
  assert.doesNotMatch(JSON.stringify(beaJson), /PIRL/);
  agency.assertClean();
  await agency.close();
});

test('the job a worker picked next reaches the caseworker by name when she shares her answers and her goal', { timeout: 240_000 }, async () => {
  const worker = await newDevice(env);
  const phone = await worker.open();
  await quickProfile(phone, { name: 'Dana Cole', skills: ['sp:cash-register', 'sp:teamwork'] });
  await phone.getByTestId('jc-open').click();
  await waitForStep(phone, 'job-centre');
  await answer(phone, {
    working: 'jc-not-looking', since_last_job: 'jc-under-6-months', school: 'jc-some-college',
    veteran: 'jc-rather-not', english_help: 'jc-rather-not', next_job: 'jc-chosen',
  });
  const onPhone = await shownAnswers(phone);
  const { goal } = (await savedProfile(phone)).profile;
  assert.ok(goal, 'the job she picked is her goal');
  await phone.getByTestId('jc-see-profile').click();
  await waitForStep(phone, 'profile');
  const link = await shareLink(phone, { jobCentre: true, goal: true });
  worker.assertClean();
  await worker.context.close();

  const agency = await launchCaseworker({ origin: env.origin, userDataDir: join(box.dir, 'dana'), camera: 'none' });
  const page = await agency.open('/tools.html?step=scan');
  await page.locator('#paste-link').fill(link);
  await page.getByTestId('open-pasted').click();
  await waitForStep(page, 'open');
  // What she saw on her phone is what the caseworker sees, the job by its name.
  assert.deepEqual(await shownAnswers(page), onPhone);
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  await page.getByTestId('intake').click();
  await waitForStep(page, 'intake');
  // The summary has it with her goal: she brought it, so it is ticked (and she may untick it).
  assert.equal(await page.locator('#intake-goal').isChecked(), true, 'a goal she shared starts ticked');
  const row = csvRows((await download(page, 'intake-csv')).text).filter((r) => r[0] === 'job-centre').at(-1);
  assert.deepEqual(row, ['job-centre', onPhone[5][0], goal, onPhone[5][1]], 'by its O*NET-SOC code and title');
  assert.equal(JSON.parse((await download(page, 'intake-json')).text).jobCentre.nextJobOnetSoc, goal);
  agency.assertClean();
  await agency.close();
});

test('camera refused: the page says so and offers the paste field and a file; bad text stores nothing, her link opens the preview', { timeout: 240_000 }, async () => {
  // A worker who would rather not say anything, and shares that.
  const worker = await newDevice(env);
  const phone = await worker.open();
  await quickProfile(phone, { name: 'Chen Wei', skills: ['sp:teamwork'] });
  await phone.getByTestId('jc-open').click();
  await waitForStep(phone, 'job-centre');
  const { asked } = await answer(phone, {
    working: 'jc-rather-not', since_last_job: 'jc-rather-not', school: 'jc-rather-not',
    veteran: 'jc-rather-not', english_help: 'jc-rather-not', next_job: 'jc-rather-not',
  });
  assert.equal(asked.length, 6, '"I\'d rather not say" is offered on every question');
  await phone.getByTestId('jc-see-profile').click();
  await waitForStep(phone, 'profile');
  const link = await shareLink(phone, { jobCentre: true });
  // She can erase them: gone from her phone, and from what she can share.
  await phone.goto(`${env.origin}/?step=job-centre`);
  await phone.getByTestId('jc-erase').click();
  await phone.getByTestId('jc-erase-now').click();
  await waitForStep(phone, 'profile');
  assert.deepEqual((await savedProfile(phone)).profile.job_centre ?? {}, {});
  await phone.getByTestId('share').click();
  await waitForStep(phone, 'share');
  assert.equal(await phone.getByTestId('share-job-centre').count(), 0, 'nothing left to tick');
  await phone.goto(`${env.origin}/?step=job-centre`);
  assert.equal(await questionOf(phone), 'working', 'erased: the questions can be answered again');
  worker.assertClean();
  await worker.context.close();

  // A camera is there, but the permission is refused.
  const agency = await launchCaseworker({ origin: env.origin, userDataDir: join(box.dir, 'refused'), camera: 'refused' });
  const page = await agency.open('/tools.html?step=clients');
  const why = await page.evaluate(async () => {
    try { (await navigator.mediaDevices.getUserMedia({ video: true })).getTracks().forEach((t) => t.stop()); return 'allowed'; } catch (e) { return e.name; }
  });
  assert.equal(why, 'NotAllowedError', 'this browser refuses the camera');
  await page.getByTestId('scan-client').click();
  await waitForStep(page, 'scan');
  const status = page.locator('[data-testid="scan-status"][data-state="blocked"]');
  await status.waitFor();
  assert.match(await status.innerText(), /camera is blocked/i);
  assert.equal(await page.getByTestId('scan-frame').isVisible(), false, 'no empty camera picture');
  await page.locator('#paste-link').waitFor();
  assert.ok(await page.locator('label[for="paste-link"]').isVisible());
  assert.ok(await page.locator('label[for="scan-open-file"]').isVisible(), 'a file can be opened instead');
  assert.equal(await page.getByTestId('scan-open-file').getAttribute('type'), 'file');
  await assertAccessible(page, 'scan, camera blocked');
  await shot(page, 'desktop-en-scan-blocked');

  // Text that is not a SkillPass link: said plainly, nothing stored, still on the scan page.
  const before = await everything(page);
  for (const bad of ['hello', 'https://example.org/jobs', `${env.origin}/#`, 'WIFI:S:office;T:WPA;P:secret;;']) {
    await page.locator('#paste-link').fill(bad);
    await page.getByTestId('open-pasted').click();
    await page.getByTestId('paste-wrong').waitFor();
    assert.equal(await stepOf(page), 'scan', `"${bad}" opens nothing`);
  }
  await assertAccessible(page, 'scan, pasted text not ours');
  // Typing again clears the message.
  await page.locator('#paste-link').fill('');
  assert.equal(await page.getByTestId('paste-wrong').count(), 0);
  assert.equal(await everything(page), before, 'nothing stored');
  // A damaged link (digits, but not a profile): the friendly problem page, nothing stored.
  await page.locator('#paste-link').fill(`${env.origin}/#${'9'.repeat(40)}`);
  await page.getByTestId('open-pasted').click();
  await page.getByTestId('link-problem').waitFor();
  assert.equal(await everything(page), before, 'nothing stored');
  await page.getByTestId('leave').click();

  // Her link, pasted (broken over two lines, as an e-mail may): the preview, with her answers.
  await page.goto(`${env.origin}/tools.html?step=scan`);
  await page.locator('[data-testid="scan-status"][data-state="blocked"]').waitFor();
  await page.locator('#paste-link').fill(`${link.slice(0, 40)}\n${link.slice(40)}`);
  await page.getByTestId('open-pasted').click();
  await waitForStep(page, 'open');
  assert.match(await page.locator('main').innerText(), /Chen Wei/);
  const seen = await shownAnswers(page);
  assert.equal(seen.length, 6);
  assert.ok(seen.every(([, a]) => a === 'I\'d rather not say'), 'each answer as she gave it');
  assert.deepEqual(await storedClients(page), {}, 'nothing stored before the caseworker chooses');
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  assert.equal(await page.getByTestId('current-client').innerText(), 'Chen Wei');
  // Saying nothing fills no PIRL element, except veteran status's "not known".
  await page.getByTestId('intake').click();
  await waitForStep(page, 'intake');
  const rows = csvRows((await download(page, 'intake-csv')).text);
  assert.deepEqual(rows.filter((r) => r[0] === 'pirl'), [['pirl', PIRL[300], '9', 'I\'d rather not say']]);
  const said = rows.filter((r) => r[0] === 'job-centre');
  assert.deepEqual(said.map((r) => r[3]), Array(6).fill('I\'d rather not say'));
  assert.deepEqual(said.slice(0, 5).map((r) => r[2]), Array(5).fill('rather-not'));
  const doc = JSON.parse((await download(page, 'intake-json')).text);
  assert.deepEqual(doc.jobCentre.answers.map((a) => a.answer), Array(6).fill('rather-not'));
  assert.deepEqual(doc.jobCentre.pirl, { [PIRL[300]]: '9' });
  agency.assertClean();
  await agency.close();
});

test('no camera: the page says so and offers the paste field and a file', { timeout: 240_000 }, async () => {
  const agency = await launchCaseworker({ origin: env.origin, userDataDir: join(box.dir, 'none'), camera: 'none' });
  const page = await agency.open('/tools.html?step=clients');
  const why = await page.evaluate(async () => {
    try { (await navigator.mediaDevices.getUserMedia({ video: true })).getTracks().forEach((t) => t.stop()); return 'found'; } catch (e) { return e.name; }
  });
  assert.equal(why, 'NotFoundError', 'this browser has no camera');
  await page.getByTestId('scan-client').click();
  await waitForStep(page, 'scan');
  const status = page.locator('[data-testid="scan-status"][data-state="no-camera"]');
  await status.waitFor();
  assert.match(await status.innerText(), /no camera/i);
  assert.equal(await page.getByTestId('scan-frame').isVisible(), false, 'no empty camera picture');
  assert.ok(await page.locator('#paste-link').isVisible());
  assert.ok(await page.locator('label[for="scan-open-file"]').isVisible());
  await assertAccessible(page, 'scan, no camera');
  await shot(page, 'desktop-en-scan-no-camera');
  // A file she saved (a résumé from another tool here) opens the same preview, "Add as a new client" first.
  await page.getByTestId('scan-open-file').setInputFiles(join(ROOT, 'node_modules/@jsonresume/schema/sample.resume.json'));
  await waitForStep(page, 'open');
  assert.equal(await page.getByTestId('view-name').innerText(), 'Richard Hendriks');
  assert.deepEqual(await storedClients(page), {}, 'nothing stored before the caseworker chooses');
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  assert.equal(await page.getByTestId('current-client').innerText(), 'Richard Hendriks');
  assert.equal(Object.keys(await storedClients(page)).length, 1);
  agency.assertClean();
  await agency.close();
});

test('where the browser has a BarcodeDetector, it reads the camera\'s frames instead', { timeout: 240_000 }, async () => {
  const worker = await newDevice(env);
  const phone = await worker.open();
  await quickProfile(phone, { name: 'Eva Sola', skills: ['sp:teamwork'] });
  const link = await shareLink(phone, { jobCentre: false });
  const video = await y4mFromQr(phone.getByTestId('qr'), join(box.dir, 'eva.y4m'), { lead: 10 });
  assert.equal(video.text, link);
  worker.assertClean();
  await worker.context.close();

  // A stand-in for the browser's detector: each frame drawn on a canvas and read by jsQR.
  const jsqr = await readFile(join(ROOT, 'node_modules/jsqr/dist/jsQR.js'), 'utf8');
  const detector = `${jsqr}
    window.__detector = { made: [], frames: 0 };
    window.BarcodeDetector = class {
      constructor(options) { window.__detector.made.push(options); }
      static async getSupportedFormats() { return ['qr_code']; }
      async detect(source) {
        window.__detector.frames += 1;
        const c = document.createElement('canvas');
        c.width = source.videoWidth; c.height = source.videoHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(source, 0, 0);
        const img = ctx.getImageData(0, 0, c.width, c.height);
        const found = jsQR(img.data, img.width, img.height);
        return found ? [{ rawValue: found.data, format: 'qr_code' }] : [];
      }
    };`;
  const agency = await launchWithCamera(video.path, { origin: env.origin, userDataDir: join(box.dir, 'detector'), initScript: { content: detector } });
  const page = await agency.open('/tools.html?step=clients');
  assert.deepEqual(await scanToOpen(page), ['browser']);
  const used = await page.evaluate(() => window.__detector);
  assert.deepEqual(used.made, [{ formats: ['qr_code'] }]);
  assert.ok(used.frames >= 1, 'the detector read the camera\'s frames');
  assert.match(await page.locator('main').innerText(), /Eva Sola/);
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  assert.equal(await page.getByTestId('current-client').innerText(), 'Eva Sola');
  agency.assertClean();
  await agency.close();
});

test('a trainer\'s class code scanned on a caseworker\'s computer offers to add the class to the open client', { timeout: 240_000 }, async () => {
  // The client, first (pasted: this browser has no camera).
  const worker = await newDevice(env);
  const phone = await worker.open();
  await quickProfile(phone, { name: 'Femi Ade', skills: ['sp:teamwork'] });
  const link = await shareLink(phone, { jobCentre: false });
  worker.assertClean();
  await worker.context.close();
  const dir = join(box.dir, 'class');
  let agency = await launchCaseworker({ origin: env.origin, userDataDir: dir, camera: 'none' });
  let page = await agency.open('/tools.html?step=scan');
  await page.locator('#paste-link').fill(link);
  await page.getByTestId('open-pasted').click();
  await waitForStep(page, 'open');
  await page.getByTestId('add-new-client').click();
  await waitForStep(page, 'profile');
  agency.assertClean();
  await agency.close();

  // A trainer signs a one-skill class and shows its code.
  const trainer = await newDevice(env);
  const tp = await trainer.open();
  await tp.getByTestId('lang-en').click();
  await tp.getByTestId('trainer').click();
  await tp.waitForURL(/\/tools\.html\?step=trainer$/);
  await tp.locator('#t-provider').fill('Valley Training Center');
  await tp.locator('#t-class').fill('Teamwork at Work');
  await tp.locator('#t-day').fill('2026-11-20');
  await tp.locator('#t-hours').fill('4');
  await tp.locator('#t-description').fill('Working well with others on a shift.');
  await tp.getByTestId('skill-search').fill('team');
  await tp.getByTestId('skill-results').locator('label[data-key="sp:teamwork"]').click();
  await tp.getByTestId('class-skills-picked').locator('label[data-key="sp:teamwork"]').waitFor();
  await tp.getByTestId('make-class').click();
  await tp.getByTestId('class-output').waitFor();
  const classVideo = await y4mFromQr(tp.getByTestId('class-qr'), join(box.dir, 'class.y4m'), { lead: 10 });
  assert.equal(classVideo.text, await tp.getByTestId('class-link').inputValue());
  trainer.assertClean();
  await trainer.context.close();

  agency = await launchWithCamera(classVideo.path, { origin: env.origin, userDataDir: dir });
  page = await agency.open('/tools.html?step=clients');
  assert.deepEqual(await clientNames(page), ['Femi Ade']);
  await watchReader(page);
  await page.getByTestId('scan-client').click();
  await page.getByTestId('class-offer').waitFor({ timeout: 20_000 });
  assert.equal(await page.getByTestId('add-class').innerText(), 'Add to Femi Ade');
  assert.deepEqual(await page.evaluate(() => window.__readers), ['wasm']);
  const [before] = Object.values(await storedClients(page));
  assert.equal(before.credentials?.length ?? 0, 0, 'nothing stored before the caseworker chooses');
  await shot(page, 'desktop-en-scan-class');
  await page.getByTestId('add-class').click();
  await waitForStep(page, 'profile');
  const [after] = Object.values(await storedClients(page));
  assert.equal(after.name, 'Femi Ade');
  assert.deepEqual(after.credentials.map((c) => c.name), ['Teamwork at Work']);
  agency.assertClean();
  await agency.close();
});
