// Trainer links end to end: a trainer signs a class on one device, its QR code (read off the screen
// by a real decoder) opens on a learner's phone, the learner adds it, shares their profile, and a
// third device sees who signed it. A changed link never shows "signed". The Open Badges file the
// learner saves opens again as a signed training.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setUp, newDevice, shot, savedProfile, assertAccessible, assertNoSideways, quickProfile, readQr } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });


/** Fills the trainer page for a six-skill forklift class and signs it. */
async function makeClass(page, roster = '') {
  await page.getByTestId('lang-en').click();
  await page.getByTestId('trainer').click();
  // The trainer's page is the tools bundle (workers never download it).
  await page.waitForURL(/\/tools\.html\?step=trainer$/);
  await page.locator('#t-provider').fill('Valley Training Center');
  await page.locator('#t-class').fill('Forklift Safety');
  await page.locator('#t-day').fill('2026-11-20');
  await page.locator('#t-hours').fill('8');
  await page.locator('#t-description').fill('Safe driving, loading and daily checks of a forklift.');
  // Nothing picked yet: the page says what is missing and signs nothing.
  await page.getByTestId('make-class').click();
  await page.getByTestId('error-summary').filter({ hasText: 'at least one skill' }).waitFor();
  assert.equal(await page.getByTestId('class-output').count(), 0);
  // One from a job's list, as in the worker flow; the rest by searching.
  await page.selectOption('#t-job', '53-7051.00');
  await page.getByTestId('job-skill-results').locator('label[data-key="4.A.3.a.2.I22.D10"]').click();
  await page.getByTestId('class-skills-picked').locator('label[data-key="4.A.3.a.2.I22.D10"]').waitFor();
  await page.selectOption('#t-job', '');
  for (const [word, key] of [
    ['forklift', '4.A.3.a.3.I08.D01'], ['shift', '4.A.3.a.1.I06.D09'],
    ['stock was left', '4.A.4.c.3.I07.D04'], ['safety rules', 'sp:safety-rules'], ['team', 'sp:teamwork'],
  ]) {
    await page.getByTestId('skill-search').fill(word);
    await page.getByTestId('skill-results').locator(`label[data-key="${key}"]`).click();
    await page.getByTestId('class-skills-picked').locator(`label[data-key="${key}"]`).waitFor();
  }
  await page.getByTestId('skill-search').fill('');
  if (roster) await page.locator('#t-roster').fill(roster);
  await page.getByTestId('make-class').click();
  await page.getByTestId('class-output').waitFor();
}

test('a class signed by a trainer reaches a learner and, through her profile, a third reader', async () => {
  const trainer = await newDevice(env);
  const tp = await trainer.open();
  await makeClass(tp, 'María H.\nJosé P.');
  const fp = await tp.getByTestId('key-fingerprint').innerText();
  assert.match(fp, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  const link = await tp.getByTestId('class-link').inputValue();
  assert.match(link, new RegExp(`^${env.origin}/#\\d+$`));
  const scanned = await readQr(tp.getByTestId('class-qr'));
  assert.equal(scanned, link, 'the code on screen is the class link');
  const sheet = tp.getByTestId('learner-qr');
  assert.equal(await sheet.count(), 2, 'one code per learner on the roster');
  assert.equal(await sheet.nth(0).locator('figcaption').innerText(), 'María H.');
  const mariaLink = await readQr(sheet.nth(0).locator('.qr'));
  assert.equal(mariaLink, await sheet.nth(0).getAttribute('data-link'));
  await assertNoSideways(tp, 'trainer');
  await assertAccessible(tp, 'trainer');
  await shot(tp, 'phone-en-trainer');
  // The form survives a reload (nothing typed is lost), and the key stays the same.
  await tp.reload();
  await tp.getByTestId('make-class').waitFor();
  assert.equal(await tp.locator('#t-class').inputValue(), 'Forklift Safety');
  assert.equal(await tp.getByTestId('key-fingerprint').innerText(), fp);

  // The learner scans her own code on a fresh phone.
  const learner = await newDevice(env);
  const lp = await learner.context.newPage();
  await lp.goto(env.origin + '/');
  await quickProfile(lp, { name: 'María Hernández' });
  await lp.goto(mariaLink);
  await lp.getByTestId('class-offer').waitFor();
  assert.equal(await lp.getByTestId('class-question').innerText(),
    'Add Forklift Safety from Valley Training Center to your skills?');
  assert.equal(await lp.getByTestId('trust').innerText(),
    `Signed by "Valley Training Center" for María H. — key ${fp}`);
  assert.equal(await lp.getByTestId('class-skills').locator('li').count(), 6);
  assert.match(await lp.getByTestId('class-skills').innerText(), /Set forklift forks/);
  await assertAccessible(lp, 'class offer');
  await shot(lp, 'phone-en-class-offer');
  await lp.getByTestId('add-class').click();
  await lp.getByTestId('profile-name').waitFor();
  assert.match(await lp.getByTestId('flash').innerText(), /class is now in your profile/);
  const saved = (await savedProfile(lp)).profile;
  assert.equal(saved.credentials.length, 1);
  assert.equal(saved.credentials[0].name, 'Forklift Safety');
  assert.ok(saved.credentials[0].signature.startsWith('sp1:'), 'the signature is kept');
  assert.equal(saved.skills.filter((s) => s.source === 'training').length, 6);
  const trust = lp.getByTestId('cert').getByTestId('trust');
  assert.equal(await trust.getAttribute('data-trust'), 'signed');
  await shot(lp, 'phone-en-profile-signed');

  // A tampered backup that adds a certificate to the signed class never keeps the "signed" label,
  // and the skills it lists are no longer "learned in a class".
  const untouched = await lp.evaluate(() => localStorage.getItem('skillpass.profile'));
  await lp.evaluate(() => {
    const env = JSON.parse(localStorage.getItem('skillpass.profile'));
    env.profile.credentials[0].cert = 'cert:cna';
    localStorage.setItem('skillpass.profile', JSON.stringify(env));
  });
  await lp.reload();
  await lp.getByTestId('profile-name').waitFor();
  const tampered = lp.getByTestId('cert').getByTestId('trust');
  assert.equal(await tampered.getAttribute('data-trust'), 'broken');
  assert.doesNotMatch(await lp.getByTestId('cert').innerText(), /Signed by/);
  assert.doesNotMatch(await lp.locator('main').innerText(), /learned in a class/i);
  await lp.evaluate((v) => localStorage.setItem('skillpass.profile', v), untouched);
  await lp.reload();
  await lp.getByTestId('profile-name').waitFor();
  assert.equal(await lp.getByTestId('cert').getByTestId('trust').getAttribute('data-trust'), 'signed');

  // Opening the same code again: no duplicate.
  await lp.goto(mariaLink);
  await lp.getByTestId('already-added').waitFor();
  assert.equal(await lp.getByTestId('add-class').count(), 0);
  await lp.getByTestId('leave').click();
  assert.equal((await savedProfile(lp)).profile.credentials.length, 1);

  // The learner's Open Badges file verifies and opens again as a signed training.
  await lp.getByTestId('profile-name').waitFor();
  assert.match(await lp.getByTestId('badge-hint').innerText(), /Digital wallets can check who signed it/);
  const [download] = await Promise.all([
    lp.waitForEvent('download'),
    lp.getByTestId('save-badge').click(),
  ]);
  const badge = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(badge.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.deepEqual(badge.proof.map((p) => p.cryptosuite), ['eddsa-jcs-2022', 'eddsa-rdfc-2022']);
  assert.match(badge.issuer.id, /^did:key:z6Mk/);
  assert.equal(badge.credentialSubject.achievement.alignment.length, 6);
  // The very file the app saved is accepted by the wallets' verifiers (offline, in node).
  const badgeFile = await download.path();
  const verdict = JSON.parse(await new Promise((done, fail) => execFile(process.execPath,
    [fileURLToPath(new URL('../interop/verify-file.mjs', import.meta.url)), badgeFile],
    (err, out) => (err ? fail(err) : done(out)))));
  assert.deepEqual({ dcc: verdict.dcc, db: verdict.db }, { dcc: 'valid', db: true });

  // She shares her profile; a third device sees who signed the class.
  await lp.getByTestId('share').click();
  const profileLink = await lp.getByTestId('share-link').inputValue();
  const reader = await newDevice(env);
  const rp = await reader.context.newPage();
  await rp.goto(profileLink);
  await rp.getByTestId('open-title').waitFor();
  assert.equal(await rp.getByTestId('trust').innerText(),
    `Signed by "Valley Training Center" for María H. — key ${fp}`);
  await shot(rp, 'phone-en-open-signed');

  // The badge file opened on the reader's device is offered as the same signed class.
  await rp.goto(env.origin + '/');
  await quickProfile(rp, { name: 'Rosa' });
  await rp.getByTestId('share').click();
  await rp.getByTestId('open-file').setInputFiles({
    name: 'open-badge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badge)),
  });
  await rp.getByTestId('class-offer').waitFor();
  assert.match(await rp.getByTestId('trust').innerText(), /Signed by "Valley Training Center" for María H\..*not the name on this profile/);
  // Edited by hand, it is refused.
  badge.credentialSubject.achievement.name = 'Crane Safety';
  await rp.goto(env.origin + '/?step=share');
  await rp.getByTestId('open-file').setInputFiles({
    name: 'open-badge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badge)),
  });
  await rp.getByTestId('problem-message').filter({ hasText: 'does not match its signature' }).waitFor();

  trainer.assertClean();
  learner.assertClean();
  reader.assertClean();
  await trainer.context.close();
  await learner.context.close();
  await reader.context.close();
});

test('a trainer backs up the signing key and restores it on another computer', async () => {
  const first = await newDevice(env);
  const page = await first.open();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('trainer').click();
  // The key exists from the first visit, so its number can go on handouts before any class.
  const fp = await page.getByTestId('key-fingerprint').innerText();
  assert.match(fp, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-key').click()]);
  const backup = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(backup).format, 'skillpass-trainer-key');

  const second = await newDevice(env);
  const other = await second.open();
  await other.getByTestId('lang-en').click();
  await other.getByTestId('trainer').click();
  assert.notEqual(await other.getByTestId('key-fingerprint').innerText(), fp, 'a new computer has its own key');
  // A file that is not a key is refused, and the key stays as it was.
  const own = await other.getByTestId('key-fingerprint').innerText();
  await other.getByTestId('open-key').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await other.getByTestId('key-note').filter({ hasText: 'not a SkillPass key' }).waitFor();
  assert.equal(await other.getByTestId('key-fingerprint').innerText(), own);
  await other.getByTestId('open-key').setInputFiles({ name: 'key.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await other.getByTestId('key-note').filter({ hasText: 'Your key is back' }).waitFor();
  assert.equal(await other.getByTestId('key-fingerprint').innerText(), fp);
  await other.reload();
  await other.getByTestId('key-fingerprint').waitFor();
  assert.equal(await other.getByTestId('key-fingerprint').innerText(), fp, 'kept after a reload');
  first.assertClean();
  second.assertClean();
  await first.context.close();
  await second.context.close();
});

test('a class link with one changed digit never shows "signed"', async () => {
  const trainer = await newDevice(env);
  const tp = await trainer.open();
  await makeClass(tp);
  const link = await tp.getByTestId('class-link').inputValue();
  const [base, digits] = link.split('#');
  const device = await newDevice(env);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await quickProfile(page, { name: 'Ana' });
  const before = await savedProfile(page);
  // Several places: the class name, the skills, the key and the signature.
  for (const at of [12, Math.floor(digits.length / 3), digits.length - 200, digits.length - 40]) {
    const changed = digits.slice(0, at) + String((Number(digits[at]) + 1) % 10) + digits.slice(at + 1);
    await page.goto(`${base}#${changed}`);
    await page.getByTestId('link-problem').waitFor();
    assert.match(await page.getByTestId('problem-message').innerText(), /incomplete|does not match/);
    assert.equal(await page.getByTestId('add-class').count(), 0);
    assert.doesNotMatch(await page.locator('main').innerText(), /Signed by/);
  }
  assert.deepEqual(await savedProfile(page), before, 'nothing changed');
  device.assertClean();
  await trainer.context.close();
  await device.context.close();
});

test('badge files from other signers: one by Digital Bazaar\'s rdfc suite reads as signed, one SkillPass cannot check reads as "not checked"', async () => {
  const fixture = (name) => readFile(new URL(`../../core/tests/fixtures/${name}`, import.meta.url));
  const device = await newDevice(env);
  const page = await device.context.newPage();
  await page.goto(env.origin + '/');
  await quickProfile(page, { name: 'Ana' });

  // Only an eddsa-rdfc-2022 proof, made in node: the app checks it offline.
  await page.goto(env.origin + '/?step=share');
  await page.getByTestId('open-file').setInputFiles({
    name: 'open-badge.json', mimeType: 'application/json', buffer: await fixture('badge_rdfc_node.json'),
  });
  await page.getByTestId('class-offer').waitFor();
  assert.equal(await page.getByTestId('trust').getAttribute('data-trust'), 'signed');
  assert.match(await page.getByTestId('trust').innerText(), /signed by "Valley Training Center"/i);

  // Only an ecdsa-rdfc-2019 proof: kept, in plain words, never "signed".
  await page.goto(env.origin + '/?step=share');
  await page.getByTestId('open-file').setInputFiles({
    name: 'open-badge.json', mimeType: 'application/json', buffer: await fixture('badge_unsupported_node.json'),
  });
  await page.getByTestId('class-offer').waitFor();
  const offer = page.getByTestId('trust');
  assert.equal(await offer.getAttribute('data-trust'), 'not-checked');
  assert.equal(await offer.innerText(),
    'Says it is from "Valley Training Center". Not checked: SkillPass cannot check this kind of signature.');
  await assertAccessible(page);
  await shot(page, 'phone-en-offer-not-checked');
  await page.setViewportSize({ width: 320, height: 740 });
  await assertNoSideways(page, 'not-checked offer at 320 px');
  await shot(page, 'phone-en-offer-not-checked-320');
  await page.getByTestId('add-class').click();
  await page.getByTestId('profile-name').waitFor();
  const cert = page.getByTestId('cert').getByTestId('trust');
  assert.equal(await cert.getAttribute('data-trust'), 'not-checked');
  assert.doesNotMatch(await page.locator('main').innerText(), /Signed by|learned in a class/i);
  assert.equal(await page.getByTestId('save-badge').count(), 0, 'only a signed class is offered as a badge file');
  device.assertClean();
  await device.context.close();
});
