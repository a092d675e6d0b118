// Sharing up front and the printed résumé (issue 14, items 9 and 10 and "a résumé worth handing
// over"). The reference profiles are seeded as the flow would have stored them
// (tests/e2e/fixtures/reference.json, written by core/tests/resume_fixtures.rs), not built
// through the flow. The résumé is printed to PDF (Letter and A4, English and Spanish), its pages
// counted, its text compared line by line with the core's `resume::lines`, and its first page
// drawn at 150 dpi by pdf.js and decoded with a real QR decoder (jsQR), whose link must open the
// same profile; the printed code's size is measured on that drawing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import {
  setUp, newDevice, shot, assertAccessible, assertNoSideways, waitForStep, readQr,
  ROOT, SHOTS, PROFILE_KEY, PHONE, DESKTOP,
} from './helpers.mjs';

const FIXTURES = JSON.parse(await readFile(join(ROOT, 'tests/e2e/fixtures/reference.json'), 'utf8'));
const NARROW = { width: 320, height: 568 };

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** A device that already holds reference profile `name` (as saved by the flow), in `lang`, on the profile page. */
async function openSeeded(name, lang, viewport = PHONE) {
  const saved = FIXTURES[name].saved;
  const device = await newDevice(env, { viewport, locale: lang === 'es' ? 'es-MX' : 'en-US' });
  await device.context.addInitScript(([key, text, l]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, text);
    if (!localStorage.getItem('skillpass.lang')) localStorage.setItem('skillpass.lang', l);
  }, [PROFILE_KEY, saved, lang]);
  const page = await device.open();
  await page.getByTestId('profile-name').waitFor();
  return { device, page };
}

const inView = (box, vp) => box && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height + 0.5 && box.x + box.width <= vp.width + 0.5;

test('the profile page offers sharing on its first screen, in both languages, down to 320 px', async () => {
  for (const lang of ['en', 'es']) {
    for (const vp of [PHONE, NARROW]) {
      const { device, page } = await openSeeded('R1-typical', lang, vp);
      const share = page.getByTestId('share');
      assert.equal(await share.innerText(), lang === 'en' ? 'Share my skills' : 'Compartir mis habilidades');
      const box = await share.boundingBox();
      assert.ok(inView(box, vp), `${lang} ${vp.width}: "Share my skills" is on the first screen (${JSON.stringify(box)})`);
      if (vp === PHONE) assert.ok(box.y + box.height <= vp.height / 2, `${lang}: and in its top half`);
      assert.ok(box.height >= 48, 'a big button');
      await assertNoSideways(page, `profile ${lang} ${vp.width}`);
      await page.screenshot({ path: join(SHOTS, `resume-profile-top-${lang}-${vp.width}.png`) });
      await share.click();
      await waitForStep(page, 'share');
      device.assertClean();
      await device.context.close();
    }
  }
});

test('the share screen shows the code first; the choices below it change it at once', async () => {
  for (const lang of ['en', 'es']) {
    for (const vp of [PHONE, NARROW]) {
      const { device, page } = await openSeeded('R1-typical', lang, vp);
      await page.getByTestId('share').click();
      await waitForStep(page, 'share');
      const qr = page.getByTestId('qr');
      const qrBox = await qr.boundingBox();
      assert.ok(inView(qrBox, vp), `${lang} ${vp.width}: the whole code is on the first screen (${JSON.stringify(qrBox)})`);
      assert.ok(qrBox.width >= vp.width * (vp.height >= 700 ? 0.85 : 0.7), `and nearly as wide as the screen (${qrBox.width})`);
      const fieldset = await page.locator('fieldset').first().boundingBox();
      assert.ok(fieldset.y >= qrBox.y + qrBox.height, 'the choices are below the code');
      const showBig = await page.getByTestId('show-big').boundingBox();
      assert.ok(showBig.y >= qrBox.y + qrBox.height && showBig.y < fieldset.y, '"Show the code big" sits right under the code');
      const link = await page.getByTestId('share-link').inputValue();
      assert.equal(await readQr(qr), link, 'the code is the link');
      await page.screenshot({ path: join(SHOTS, `resume-share-${lang}-${vp.width}.png`) });
      await assertNoSideways(page, `share ${lang} ${vp.width}`);

      // Leaving out a job changes the code there and then, and ticking it again brings it back.
      await page.locator('label[for="share-job-2"]').click();
      const fewer = await page.getByTestId('share-link').inputValue();
      assert.ok(fewer.length < link.length);
      assert.equal(await readQr(qr), fewer, 'the code follows the choice');
      await page.locator('label[for="share-job-2"]').click();
      assert.equal(await readQr(qr), link);
      device.assertClean();
      await device.context.close();
    }
  }
});

test('"Show the code big" fills the screen, in portrait and landscape, and a decoder reads it', async () => {
  const sizes = [PHONE, NARROW, { width: 740, height: 360 }, { width: 568, height: 320 }, DESKTOP];
  for (const lang of ['en', 'es']) {
    const { device, page } = await openSeeded('R1-typical', lang, PHONE);
    await page.getByTestId('share').click();
    await waitForStep(page, 'share');
    const link = await page.getByTestId('share-link').inputValue();
    await page.getByTestId('show-big').click();
    const full = page.getByTestId('qr-full');
    await full.waitFor();
    assert.ok(await page.getByTestId('close-big').evaluate((b) => b === document.activeElement), 'Close has the focus');
    for (const vp of sizes) {
      await page.setViewportSize(vp);
      const code = await full.locator('.qr svg').boundingBox();
      const side = Math.min(vp.width, vp.height);
      assert.ok(code.width >= 0.9 * side && code.height >= 0.9 * side,
        `${lang} ${vp.width}×${vp.height}: the code (quiet zone included) is ${code.width.toFixed(0)} px, at least 90% of ${side}`);
      assert.ok(inView(code, vp), `${lang} ${vp.width}×${vp.height}: the whole code is on screen`);
      const close = await page.getByTestId('close-big').boundingBox();
      assert.ok(inView(close, vp) && close.height >= 48, `${lang} ${vp.width}×${vp.height}: Close is on screen and big`);
      assert.ok(close.y >= code.y + code.height || close.x >= code.x + code.width, 'Close is beside or below the code, never on it');
      await assertNoSideways(page, `big code ${vp.width}×${vp.height}`);
      assert.equal(await readQr(full.locator('.qr')), link, `${vp.width}×${vp.height}: the big code reads`);
      if (vp === PHONE || vp === NARROW || vp.width === 740) {
        await page.screenshot({ path: join(SHOTS, `resume-big-${lang}-${vp.width}x${vp.height}.png`) });
      }
    }
    await page.setViewportSize(PHONE);
    await page.getByTestId('close-big').click();
    assert.equal(await full.count(), 0);
    assert.ok(await page.getByTestId('show-big').evaluate((b) => b === document.activeElement), 'the focus goes back');
    // Escape closes it too.
    await page.getByTestId('show-big').click();
    await full.waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await full.count(), 0);
    device.assertClean();
    await device.context.close();
  }
});

test('the profile and share screens have no accessibility problems at 360 and 1280 px, in both languages', async () => {
  for (const lang of ['en', 'es']) {
    for (const vp of [PHONE, DESKTOP]) {
      const { device, page } = await openSeeded('R1-typical', lang, vp);
      await assertAccessible(page, `profile ${lang} ${vp.width}`);
      await page.getByTestId('share').click();
      await waitForStep(page, 'share');
      await page.getByTestId('qr').waitFor();
      await assertAccessible(page, `share ${lang} ${vp.width}`);
      await page.getByTestId('show-big').click();
      await assertAccessible(page, `big code ${lang} ${vp.width}`);
      device.assertClean();
      await device.context.close();
    }
  }
});

test('plain words: "Added by you" on my profile, a résumé file for job websites, no JSON', async () => {
  for (const lang of ['en', 'es']) {
    const { device, page } = await openSeeded('R1-typical', lang);
    const words = await page.locator('main').innerText();
    assert.match(words, lang === 'en' ? /Added by you/ : /Lo añadiste tú/);
    assert.doesNotMatch(words, /Self-reported|JSON|Lo escribió la persona/);
    await page.getByTestId('share').click();
    await waitForStep(page, 'share');
    const share = await page.locator('main').innerText();
    assert.equal(await page.getByTestId('save-resume').innerText(),
      lang === 'en' ? 'Save a résumé file for job websites' : 'Guardar un archivo de currículum para sitios de empleo');
    // What they will see is written for them, not for me.
    assert.match(share, lang === 'en' ? /They added this themselves/ : /Lo añadió la persona/);
    assert.doesNotMatch(share, /Self-reported|JSON|Added by you|Lo añadiste tú/);
    device.assertClean();
    await device.context.close();
  }
});

// ---- The printed résumé ----

// pdf.js wants Promise.withResolvers, which Node 20 lacks.
Promise.withResolvers ??= () => {
  let resolve; let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};
// …and ArrayBuffer's transferToFixedLength, without which it skips drawing parts of the page.
ArrayBuffer.prototype.transferToFixedLength ??= function transferToFixedLength(length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { createCanvas } = await import('@napi-rs/canvas');

const squash = (s) => s.normalize('NFC').replace(/\s+/g, '');

/** The PDF's text (all pages) and its first page drawn at `dpi`, as RGBA pixels. */
async function readPdf(bytes, dpi) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    text += (await (await doc.getPage(i)).getTextContent()).items.map((x) => x.str).join(' ') + '\n';
  }
  const first = await doc.getPage(1);
  const viewport = first.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await first.render({ canvasContext: ctx, canvas, viewport }).promise;
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { pages: doc.numPages, text, image, png: await canvas.encode('png') };
}

/** Decodes the QR code in a drawn page and measures it: its side with the quiet zone, in mm. */
function decodePrinted(image, dpi) {
  const found = jsQR(image.data, image.width, image.height);
  assert.ok(found, 'a real decoder reads the printed code at 150 dpi');
  const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c } = found.location;
  const modules = found.version * 4 + 17;
  const codePx = Math.max(Math.hypot(b.x - a.x, b.y - a.y), Math.hypot(c.x - a.x, c.y - a.y));
  const module = codePx / modules;
  // The quiet zone (4 modules all round) is really white on paper.
  const light = (x, y) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return image.data[i] > 200 && image.data[i + 1] > 200 && image.data[i + 2] > 200;
  };
  for (let t = 0; t <= 1; t += 0.02) {
    for (const d of [0.5, 2, 3.5]) {
      const x = a.x + t * (b.x - a.x);
      const y = a.y + t * (c.y - a.y);
      assert.ok(light(x, a.y - d * module) && light(x, c.y + d * module), 'white above and below the code');
      assert.ok(light(a.x - d * module, y) && light(b.x + d * module, y), 'white left and right of the code');
    }
  }
  const mm = ((codePx + 8 * module) / dpi) * 25.4;
  return { link: found.data, mm, pxPerModule: module };
}

for (const name of ['R1-typical', 'R3-large']) {
  test(`${name}'s printed résumé: pages, every line in order, no app text, a code that reads`, async () => {
    const maxPages = name === 'R1-typical' ? 1 : 2;
    for (const lang of ['en', 'es']) {
      const { device, page } = await openSeeded(name, lang);
      await page.getByTestId('share').click();
      await waitForStep(page, 'share');
      const link = await page.getByTestId('share-link').inputValue();
      const hasCode = (await page.getByTestId('qr').count()) === 1;
      if (name === 'R1-typical') assert.ok(hasCode, 'R1 fits in one code');
      await page.emulateMedia({ media: 'print' });
      // On paper the code is at least 38 mm (1.5 in) wide, its quiet zone included.
      if (hasCode) {
        const px = await page.locator('.print-qr svg').evaluate((e) => e.getBoundingClientRect().width);
        assert.ok((px / 96) * 25.4 >= 38, `the printed code is ${(px / 96 * 25.4).toFixed(1)} mm`);
      }
      await page.screenshot({ path: join(SHOTS, `resume-print-${name}-${lang}.png`), fullPage: true });
      for (const format of ['Letter', 'A4']) {
        const pdf = await page.pdf({ format, printBackground: true });
        const dpi = 150;
        const { pages, text, image, png } = await readPdf(pdf, dpi);
        const label = `${name} ${lang} ${format}`;
        assert.ok(pages <= maxPages, `${label}: ${pages} pages, at most ${maxPages}`);
        // Every line of the résumé, in order (the core's résumé rules, resume::lines).
        const flat = squash(text);
        let at = 0;
        for (const line of FIXTURES[name].lines[lang]) {
          const i = flat.indexOf(squash(line), at);
          assert.ok(i >= 0, `${label}: "${line}" is on the résumé, after the line before it`);
          at = i + squash(line).length;
        }
        // Nothing of the app: no buttons, headings of screens, counts or "added by".
        for (const bad of [/SkillPass/, /JSON/, /employers look for|buscan los empleadores/, /Added by|Lo añadi/,
          /They added|Lo añadió/, /Copy the link|Copiar el enlace/, /Share your skills|Comparte tus habilidades/,
          /What they will see|Lo que verán/, /Read aloud|Leer en voz alta/, /My jobs|Mis trabajos/, /Show the code|Mostrar el código/]) {
          assert.doesNotMatch(text, bad, `${label}: no app text on paper`);
        }
        if (format === 'Letter') await writeFile(join(SHOTS, `resume-pdf-${name}-${lang}.png`), png);
        if (hasCode) {
          const printed = decodePrinted(image, dpi);
          assert.equal(printed.link, link, `${label}: the printed code is the on-screen link`);
          assert.ok(printed.mm >= 38, `${label}: the printed code is ${printed.mm.toFixed(1)} mm with its quiet zone`);
        }
      }
      device.assertClean();
      await device.context.close();
      // The printed link opens the same profile on another phone.
      if (hasCode && lang === 'en') {
        const other = await newDevice(env);
        const viewer = await other.context.newPage();
        await viewer.goto(link);
        await viewer.getByTestId('open-title').waitFor();
        assert.equal(await viewer.getByTestId('view-name').innerText(), FIXTURES[name].lines.en[0]);
        const seen = squash(await viewer.getByTestId('profile-view').innerText());
        for (const line of FIXTURES[name].lines.en.filter((l) => !/history|Other skills|Certificates and/.test(l))) {
          assert.ok(seen.includes(squash(line)), `the opened link shows "${line}"`);
        }
        other.assertClean();
        await other.context.close();
      }
    }
  });
}
