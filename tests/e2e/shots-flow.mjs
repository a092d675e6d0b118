// Screenshots of the issue-14 flow screens at 360 and 320, English and Spanish (not a test):
// `node tests/e2e/shots-flow.mjs /tmp/flowshots` after `scripts/build.sh`.
import { setUp, newDevice, next, waitForStep } from './helpers.mjs';
const env = await setUp();
const out = process.argv[2] ?? '/tmp/flowshots';
for (const width of [360, 320]) {
  for (const lang of ['en', 'es']) {
    const tag = `${width}-${lang}`;
    const snap = async (page, name, full = false) => page.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: full });
    const d = await newDevice(env, { mode: null, viewport: { width, height: 740 }, touch: true });
    const page = await d.open();
    await page.getByTestId(`lang-${lang}`).click();
    await page.waitForTimeout(200);
    await snap(page, '1-welcome');
    await page.getByTestId('not-your-phone').click();
    await waitForStep(page, 'device');
    await snap(page, '2-device');
    await page.getByTestId('device-own').click();
    await waitForStep(page, 'name');
    await snap(page, '3-name');
    await page.locator('#name').fill('María Guadalupe Hernández');
    await next(page);
    await waitForStep(page, 'contact');
    await page.getByTestId('skip').click();
    await waitForStep(page, 'languages');
    await snap(page, '4-languages');
    await snap(page, '4-languages-full', true);
    await page.locator('#language-search').fill(lang === 'en' ? 'viet' : 'vietnam');
    await snap(page, '4b-languages-search', true);
    await page.locator('#language-search').fill('');
    await next(page);
    await waitForStep(page, 'jobs');
    await snap(page, '5-jobs');
    await page.getByTestId('common-jobs').locator('label[data-key="41-2011.00"]').click();
    await page.getByTestId('sector-retail').click();
    await snap(page, '5-jobs-full', true);
    await next(page);
    await waitForStep(page, 'job-when');
    await page.goto(`${env.origin}/?step=job-tasks&job=0`);
    await waitForStep(page, 'job-tasks');
    await snap(page, '6-tasks');
    await page.locator('[data-testid="tasks"] input').first().click();
    await page.getByTestId('none-of-these').click();
    await snap(page, '6-tasks-clear');
    await snap(page, '6-tasks-full', true);
    await d.context.close();
  }
}
await env.tearDown();
