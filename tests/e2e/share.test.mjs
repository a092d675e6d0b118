// Sharing without a server, end to end: build R1 through the UI, share it, read the QR code off
// the screen with a real decoder, open the link on a fresh device in the other language, save
// it, and compare. Bad links change nothing. Printing gives a one-page résumé; files round-trip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { catalogAjv, explain, LER_RS } from '../interop/schemas.mjs';
import { SHARED } from '../interop/paths.mjs';
import {
  setUp, newDevice, shot, savedProfile, assertAccessible, waitForStep, tick, next, quickProfile,
  ROOT, PROFILE_KEY, R1, buildR1, readQr, withoutIds,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });


const linkOf = (page) => page.getByTestId('share-link').inputValue();

test('a profile built on one phone opens, in Spanish, on another, and saves exactly', async () => {
  const a = await newDevice(env);
  const page = await a.open();
  await buildR1(page);
  const original = (await savedProfile(page)).profile;
  assert.deepEqual(original.skills.map((s) => s.id).sort(), [...R1.skills_onet_dwa].sort(), 'all 20 skills entered');
  // Entered by year alone (the common case): a year alone rides the link and comes back as one.
  assert.deepEqual(original.jobs.map((j) => [j.start, j.end ?? null]), [['2022', null], ['2020', '2022'], ['2018', '2019']]);
  assert.deepEqual(original.credentials.map((c) => [c.issuer, c.date]), R1.certificates.map((c) => [c.issuer, c.date.slice(0, 4)]));

  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  const link = await linkOf(page);
  assert.match(link, new RegExp(`^${env.origin}/#\\d+$`), 'the profile rides in the fragment, as digits');
  assert.equal(await readQr(page.getByTestId('qr')), link, 'the code on screen is the link');
  await shot(page, 'phone-en-share');
  await assertAccessible(page, 'share');

  // Leaving out contact details changes the link and the preview.
  await page.locator('label[for="share-contact"]').click();
  const withoutContact = await linkOf(page);
  assert.ok(withoutContact.length < link.length);
  assert.equal(await page.getByTestId('view-contact').count(), 0);
  assert.equal(await readQr(page.getByTestId('qr')), withoutContact);
  await page.locator('label[for="share-contact"]').click();
  assert.equal(await linkOf(page), link);

  // Copying puts the link on the clipboard and says so.
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await page.getByTestId('copy-link').click();
  await page.getByTestId('copied').filter({ hasText: 'The link is copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // Full screen, to show to a scanner; Escape closes it.
  await page.getByTestId('show-big').click();
  assert.equal(await readQr(page.getByTestId('qr-full').locator('.qr')), link);
  await shot(page, 'phone-en-share-big');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('qr-full').count(), 0);

  // A fresh device, in Spanish: read-only, in the viewer's language, saved on request.
  const b = await newDevice(env, { locale: 'es-MX' });
  const other = await b.context.newPage();
  await other.goto(link);
  await other.getByTestId('open-title').waitFor();
  assert.equal(await other.evaluate(() => localStorage.getItem('skillpass.profile')), null, 'nothing saved yet');
  assert.match(await other.getByTestId('open-note').innerText(), /se muestra en español/);
  const seen = await other.locator('main').innerText();
  assert.match(seen, /María Guadalupe Hernández/);
  assert.match(seen, /Cajero\/a/);
  assert.match(seen, /20 habilidades que buscan los empleadores/);
  await shot(other, 'phone-es-open-link');
  await assertAccessible(other, 'open link');
  await other.getByTestId('save-to-phone').click();
  await other.getByTestId('profile-name').waitFor();
  assert.match(await other.getByTestId('flash').innerText(), /Guardado/);
  assert.equal(new URL(other.url()).hash, '', 'the link is dropped once saved');
  assert.deepEqual(withoutIds((await savedProfile(other)).profile), withoutIds(original), 'the same profile, exactly (a link carries no ids)');
  a.assertClean();
  await a.context.close();
  await b.context.close();
});

test('a worker with a profile chooses to add to it or replace it, with a confirmation', async () => {
  const sender = await newDevice(env);
  const s = await sender.open();
  await quickProfile(s, { name: 'Bo', skills: ['sp:teamwork', 'sp:on-time'] });
  await s.getByTestId('share').click();
  await waitForStep(s, 'share');
  const link = await linkOf(s);

  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana', skills: ['sp:cash-register'] });
  const mine = (await savedProfile(page)).profile;

  await page.goto(link);
  await page.getByTestId('save-to-phone').click();
  await page.getByTestId('add-to-mine').waitFor();
  await shot(page, 'phone-en-open-choose');
  await assertAccessible(page, 'add or replace');
  await page.getByTestId('add-to-mine').click();
  await page.getByTestId('profile-name').waitFor();
  let saved = (await savedProfile(page)).profile;
  assert.equal(saved.name, 'Ana', 'adding keeps my name');
  assert.deepEqual(saved.skills.map((k) => k.id), ['sp:cash-register', 'sp:teamwork', 'sp:on-time']);

  await page.goto(link);
  await page.getByTestId('save-to-phone').click();
  await page.getByTestId('replace-mine').click();
  await page.getByTestId('confirm-replace').waitFor();
  // Cancelling changes nothing.
  await page.getByTestId('cancel').click();
  await page.getByTestId('cancel').click();
  assert.equal((await savedProfile(page)).profile.name, 'Ana');
  await page.getByTestId('save-to-phone').click();
  await page.getByTestId('replace-mine').click();
  await page.getByTestId('confirm-replace').click();
  await page.getByTestId('profile-name').waitFor();
  saved = (await savedProfile(page)).profile;
  assert.equal(saved.name, 'Bo');
  assert.notDeepEqual(saved, mine);
  device.assertClean();
  await device.context.close();
  await sender.context.close();
});

test('a profile too big for a comfortable code offers to leave things out, never an unreadable code', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana' });
  // A long working life, typed in full: far beyond a phone-sized QR code.
  await page.evaluate((key) => {
    const env = JSON.parse(localStorage.getItem(key));
    env.profile.contact = { phone: '+1 559 555 0142', email: 'ana.lucia.perez.gonzalez@example.com', city: 'Fresno, California' };
    env.profile.jobs = Array.from({ length: 40 }, (_, i) => ({
      title: `Assistant manager of evening operations, store number ${1000 + i}`,
      employer: `Very Long Regional Company Name Number ${i} Incorporated`,
      start: `${1990 + (i % 30)}-0${1 + (i % 9)}`,
    }));
    env.rev += 1;
    localStorage.setItem(key, JSON.stringify(env));
  }, PROFILE_KEY);
  await page.reload();
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  await page.getByTestId('too-big').waitFor();
  assert.equal(await page.getByTestId('qr').count(), 0, 'no unreadable code is shown');
  await shot(page, 'phone-en-share-too-big');
  // Leaving out older jobs brings it back within reach.
  for (let i = 5; i < 40; i++) await page.locator(`label[for="share-job-${i}"]`).click();
  await page.getByTestId('qr').waitFor();
  assert.equal(await page.getByTestId('too-big').count(), 0);
  device.assertClean();
  await device.context.close();
});

test('damaged, cut, changed, newer, huge and random links show a friendly page and change nothing', async () => {
  const sender = await newDevice(env);
  const s = await sender.open();
  await quickProfile(s, { name: 'Bo Lindqvist-Okafor', skills: ['sp:teamwork', 'sp:cash-register'] });
  await s.getByTestId('share').click();
  const link = await linkOf(s);
  const digits = link.split('#')[1];
  // Long enough that the cut keeps the first 7 bytes (the header) as they were.
  assert.ok(digits.length >= 34);
  const flip = (d, i) => d.slice(0, i) + ((Number(d[i]) + 1) % 10) + d.slice(i + 1);
  const cases = {
    truncated: digits.slice(0, digits.length - 17),
    flipped: flip(digits, 20),
    // First byte 0x31: format 3, which only a newer SkillPass writes.
    newer: (BigInt('0x31') * 2n ** 48n + 12345n).toString().padStart(17, '0') + digits.slice(17),
    huge: '1'.repeat(100_000),
    // Digits, but not from any SkillPass (text such as `#top` is a place on the page: ignored).
    random: '31415926535897932384626433832795028841971693993751',
    'full stop after it': `${digits}.`,
  };
  const device = await newDevice(env);
  const page = await device.open();
  await quickProfile(page, { name: 'Ana' });
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  for (const [name, fragment] of Object.entries(cases)) {
    await page.goto(`${env.origin}/#${fragment}`);
    await page.getByTestId('link-problem').waitFor();
    const message = await page.getByTestId('problem-message').innerText();
    if (name === 'newer') assert.match(message, /newer SkillPass/, name);
    else if (name === 'huge') assert.match(message, /too long/, name);
    else assert.match(message, /incomplete\. Ask the person to share it again/, name);
    if (name === 'truncated') {
      await shot(page, 'phone-en-bad-link');
      await assertAccessible(page, 'bad link');
    }
    const now = await page.evaluate(() => JSON.stringify(localStorage));
    assert.equal(JSON.parse(now)[PROFILE_KEY], JSON.parse(before)[PROFILE_KEY], `${name}: stored profile unchanged`);
  }
  await page.getByTestId('leave').click();
  await page.getByTestId('profile-name').waitFor();
  device.assertClean();
  await device.context.close();
  await sender.context.close();
});

test('the printed résumé is one page of real text with the QR code', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await buildR1(page);
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'print-r1');
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  // pdf.js wants Promise.withResolvers, which Node 20 lacks.
  Promise.withResolvers ??= () => {
    let resolve; let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  assert.equal(doc.numPages, 1, 'one page');
  const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => i.str).join(' ');
  if (process.env.SHOW_PDF_TEXT) console.log(text);
  for (const expected of ['María Guadalupe Hernández', 'Nursing assistant', 'Valley Care Home', 'Certified Nursing Assistant', 'Scan to see my skills']) {
    assert.ok(text.includes(expected), `the PDF text has "${expected}"`);
  }
  assert.ok(!text.includes('Copy the link'), 'no buttons on paper');
  device.assertClean();
  await device.context.close();
});

test('JSON Resume, LER-RS and backup files validate, and open back to the same profile', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await buildR1(page);
  const original = (await savedProfile(page)).profile;
  await page.getByTestId('share').click();
  await waitForStep(page, 'share');

  const download = async (testid) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return { name: d.suggestedFilename(), path: await d.path() };
  };
  const resume = await download('save-resume');
  assert.equal(resume.name, 'my-skills.json');
  const doc = JSON.parse(await readFile(resume.path, 'utf8'));
  const schema = JSON.parse(await readFile(join(ROOT, 'node_modules/@jsonresume/schema/schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const valid = ajv.validate(schema, doc);
  assert.ok(valid, `JSON Resume schema: ${ajv.errorsText()}`);
  assert.ok(doc.skills.some((s) => s['x-skillpass'].id === '4.A.3.a.1.I03.D07'), 'DWA ids beside each skill');
  assert.ok(doc.skills.every((s) => s.keywords.length === 0), 'no codes where themes show tags');
  const backup = await download('save-backup');
  assert.equal(backup.name, 'skillpass-backup.json');
  // Each file says what it is for, right under its button (and as the button's description).
  assert.match(await page.getByTestId('save-backup-hint').innerText(), /Open it in SkillPass on a new phone/);
  assert.match(await page.getByTestId('save-resume-hint').innerText(), /Job websites and résumé makers can read it/);
  for (const id of ['save-backup', 'save-resume', 'save-ler-rs']) {
    assert.equal(await page.getByTestId(id).getAttribute('aria-describedby'), `${id}-hint`);
  }
  // The LER-RS record for job applications: what it is for is said next to it; the file
  // validates against HR Open's LER-RSType.json (4.4) and carries the skills' O*NET ids.
  assert.match(await page.getByTestId('save-ler-rs-hint').innerText(), /job centers and hiring systems/);
  const ler = await download('save-ler-rs');
  assert.equal(ler.name, 'my-record-ler-rs.json');
  const record = JSON.parse(await readFile(ler.path, 'utf8'));
  const { ajv: catalog } = catalogAjv();
  const lerValid = catalog.validate(LER_RS, record);
  assert.ok(lerValid, `LER-RS schema: ${explain(catalog.errors).join('\n')}`);
  assert.equal(record.person.name.formattedName, R1.name);
  assert.ok(record.skills.some((s) => s.schemeReference?.reference === 'urn:onet:dwa:4.A.3.a.1.I03.D07'), 'DWA ids as references');
  assert.equal(record.employmentHistories.length, R1.jobs.length);

  // Each file opens to a preview; replacing gives back the very same profile.
  for (const file of [resume.path, ler.path, backup.path]) {
    await page.getByTestId('open-file').setInputFiles(file);
    await page.getByTestId('open-title').waitFor();
    await page.getByTestId('save-to-phone').click();
    await page.getByTestId('replace-mine').click();
    await page.getByTestId('confirm-replace').click();
    await page.getByTestId('profile-name').waitFor();
    // The backup keeps everything, ids included; a résumé carries no ids.
    const saved = (await savedProfile(page)).profile;
    if (file === backup.path) assert.deepEqual(saved, original, file);
    else assert.deepEqual(withoutIds(saved), withoutIds(original), file);
    await page.getByTestId('share').click();
    await waitForStep(page, 'share');
  }

  // A résumé made by another tool opens as far as it maps, and says what did not.
  await page.getByTestId('open-file').setInputFiles(join(ROOT, 'node_modules/@jsonresume/schema/sample.resume.json'));
  await page.getByTestId('open-title').waitFor();
  assert.equal(await page.getByTestId('view-name').innerText(), 'Richard Hendriks');
  await page.getByTestId('unmatched').waitFor();
  await shot(page, 'phone-en-open-file');
  await page.getByTestId('leave').click();
  await page.getByTestId('profile-name').waitFor();
  assert.deepEqual((await savedProfile(page)).profile, original, 'leaving saved nothing');

  // An official LER-RS sample opens as far as it maps, and says in words what it left out.
  await page.getByTestId('share').click();
  await page.getByTestId('open-file').setInputFiles(join(SHARED, 'data/ler-rs-and-ob3-schemas/samples/LER-RS_V2_UC008_portability.json'));
  await page.getByTestId('open-title').waitFor();
  assert.equal(await page.getByTestId('view-name').innerText(), 'Jennifer Jones');
  const notKept = await page.getByTestId('not-kept').innerText();
  for (const words of ['School and degrees', 'Attached files', 'Web links', 'A signature we cannot check']) {
    assert.ok(notKept.includes(words), `"${words}" in ${notKept}`);
  }
  await shot(page, 'phone-en-open-ler-rs');
  await page.getByTestId('leave').click();
  await page.getByTestId('profile-name').waitFor();
  assert.deepEqual((await savedProfile(page)).profile, original, 'leaving saved nothing');

  // A file that is neither is refused in plain words.
  await page.getByTestId('share').click();
  await page.getByTestId('open-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByTestId('link-problem').waitFor();
  assert.match(await page.getByTestId('problem-message').innerText(), /not a SkillPass backup or a résumé file/);
  device.assertClean();
  await device.context.close();
});
