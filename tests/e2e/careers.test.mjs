// Career pathways end to end: R1 (a nursing assistant, cashier and food prep worker) built through
// the guided flow sees care jobs first; a job's page shows what she has, what to learn, the path
// and the training; the same in Spanish; an empty start gets a helpful word, not guesses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, newDevice, shot, assertAccessible, assertNoSideways, buildR1, quickProfile } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const CARE = ['31-', '29-'];

test('R1 sees care jobs first, and a job page shows what she has, what to learn and the path', async () => {
  const device = await newDevice(env);
  const page = await device.open();
  await buildR1(page);
  await page.getByTestId('careers').click();
  const cards = page.getByTestId('career-card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 6);
  const socs = await cards.evaluateAll((els) => els.map((e) => e.dataset.soc));
  assert.ok(CARE.some((p) => socs[0].startsWith(p)), `first match ${socs[0]} is not a care job`);
  assert.ok(socs.slice(0, 3).filter((s) => CARE.some((p) => s.startsWith(p))).length >= 2, socs.join(' '));
  assert.ok(!socs.includes('31-1131.00'), 'her own job is not suggested back to her');
  assert.match(await cards.first().innerText(), /You have \d+ of 10/);
  await assertNoSideways(page, 'careers');
  await assertAccessible(page, 'careers');
  await shot(page, 'phone-en-careers');
  await page.getByTestId('more-careers').click();
  assert.equal(await cards.count(), 12);

  // Medical assistant: the way in is from her own CNA job.
  await page.goto(`${env.origin}/?step=career&occupation=6`);
  await page.getByTestId('career-title').waitFor();
  assert.equal(await page.getByTestId('career-title').innerText(), 'Medical assistant (MA)');
  assert.match(await page.getByTestId('career-summary').innerText(),
    /^You already do \d+ of the 10 main things a Medical assistant \(MA\) does\.$/);
  assert.ok(await page.getByTestId('career-missing').locator('li').count() > 0, 'something to learn');
  assert.ok(await page.getByTestId('career-have').locator('li').count() > 0, 'something she has');
  assert.match(await page.getByTestId('way-in').innerText(), /medical assistant program/);
  const steps = await page.getByTestId('path-steps').innerText();
  assert.match(steps, /Nursing assistant \(CNA\) → Medical assistant \(MA\)/);
  assert.match(steps, /Medical assistant/);
  assert.equal(await page.getByTestId('career-path').locator('circle').count(), 2);
  assert.equal(await page.getByTestId('career-path').locator('circle.path-target').count(), 1);
  await assertNoSideways(page, 'career');
  await assertAccessible(page, 'career');
  await shot(page, 'phone-en-career');

  // LPN: a longer ladder, starting from her own job.
  await page.goto(`${env.origin}/?step=career&occupation=9`);
  await page.getByTestId('career-title').waitFor();
  assert.match(await page.getByTestId('path-steps').innerText(), /NCLEX-PN/);
  assert.match(await page.getByTestId('career-path').innerText(), /Nursing assistant \(CNA\)\s*Your job/);

  // The same page in Spanish.
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('career-title').filter({ hasText: 'Enfermero/a' }).waitFor();
  assert.match(await page.getByTestId('career-summary').innerText(), /^Ya haces \d+ de las 10 tareas principales/);
  await shot(page, 'phone-es-career');
  await page.getByTestId('back').click();
  await page.getByTestId('career-card').first().waitFor();
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
