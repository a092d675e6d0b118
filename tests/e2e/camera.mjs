// A real camera for the caseworker's scanner: the worker's QR code, as drawn on her phone's screen,
// is turned into a video file that Chromium's fake capture device plays as the computer's camera,
// so the app decodes real camera frames (not a string). Also the browsers a scanner test needs: a
// camera that is allowed, one that is refused, and none at all, each keeping its storage in one
// user-data folder so that a second launch (with another worker's video) sees the same clients.
import { chromium } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { CHROMIUM_ARGS, DESKTOP } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FRAME = { width: 960, height: 720 };
/** The smallest module the video may show: what a cheap webcam at arm's length gives at best. */
export const MIN_MODULE_PX = 4;

/** A folder for one test's files (videos, the caseworker's browser profile); `clean()` removes it. */
export async function scratch(prefix = 'skillpass-camera-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  // (Retried: a closing Chromium may still be writing its profile for a moment.)
  return { dir, clean: () => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }) };
}

/**
 * The QR code on screen: a real screenshot (PNG) of `[data-testid=qr] svg`, checked to read back
 * with jsQR. `modules` is the SVG's viewBox width: the code's width plus a 4-module quiet zone on
 * each side. Returns { png, modules, text }.
 */
export async function qrFromScreen(locator) {
  const svg = locator.locator('svg');
  const modules = Number((await svg.getAttribute('viewBox')).split(/\s+/)[2]);
  assert.ok(modules > 8, 'the QR code has a viewBox in modules');
  const png = await svg.screenshot();
  const img = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  assert.ok(found, 'the QR code on screen could not be read');
  return { png, modules, text: found.data };
}

/** A screenshot of a code (filling the picture, `modules` wide) as a grid: dark(x, y), sampled at each module's centre. */
export function gridOf(png, modules) {
  const img = PNG.sync.read(png);
  const dark = (x, y) => {
    const px = Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / modules));
    const py = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / modules));
    const i = (py * img.width + px) * 4;
    return img.data[i] + img.data[i + 1] + img.data[i + 2] < 384;
  };
  return { modules, dark };
}

/**
 * A camera picture (RGB, `FRAME` sized) of the code centred on white, as a phone held up to a
 * webcam shows it: the code about 60% of the picture's height, each module a whole number of
 * pixels, and never under `MIN_MODULE_PX` (the test fails if the code is too dense for that).
 * Returns { rgb, width, height, module }.
 */
export function framePicture(qr, { width = FRAME.width, height = FRAME.height } = {}) {
  const fits = Math.floor(Math.min(width, height) / qr.modules);
  const module = Math.min(fits, Math.max(MIN_MODULE_PX, Math.floor((0.6 * Math.min(width, height)) / qr.modules)));
  assert.ok(module >= MIN_MODULE_PX, `the code has ${qr.modules} modules: ${module} px each is too small for the camera`);
  const side = module * qr.modules;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const rgb = Buffer.alloc(width * height * 3, 255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (qr.dark(Math.floor(x / module), Math.floor(y / module))) {
        rgb.fill(0, ((top + y) * width + left + x) * 3, ((top + y) * width + left + x) * 3 + 3);
      }
    }
  }
  return { rgb, width, height, module };
}

/** A camera picture with no code in it: a white wall. */
export function blankPicture({ width = FRAME.width, height = FRAME.height } = {}) {
  return { rgb: Buffer.alloc(width * height * 3, 255), width, height, module: 0 };
}

/** RGB → Y'CbCr 4:2:0 (BT.601, studio range), the layout of one y4m frame: Y plane, then U, then V. */
export function yuv420(rgb, width, height) {
  const y = Buffer.alloc(width * height);
  const cw = width / 2;
  const ch = height / 2;
  const u = Buffer.alloc(cw * ch);
  const v = Buffer.alloc(cw * ch);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const k = (j * width + i) * 3;
      y[j * width + i] = Math.round(16 + 0.257 * rgb[k] + 0.504 * rgb[k + 1] + 0.098 * rgb[k + 2]);
    }
  }
  for (let j = 0; j < ch; j++) {
    for (let i = 0; i < cw; i++) {
      let r = 0; let g = 0; let b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const k = ((2 * j + dy) * width + 2 * i + dx) * 3;
        r += rgb[k]; g += rgb[k + 1]; b += rgb[k + 2];
      }
      r /= 4; g /= 4; b /= 4;
      u[j * cw + i] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      v[j * cw + i] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  }
  return Buffer.concat([y, u, v]);
}

/**
 * A y4m video at 10 frames a second (Chromium's fake camera loops it): `lead` frames of a white
 * wall (the phone not yet held up: the scanner has read empty frames before it sees the code),
 * then `frames` frames of `picture`.
 */
export async function writeY4m(path, picture, { frames = 5, lead = 0 } = {}) {
  const { rgb, width, height } = picture;
  const frame = (p) => Buffer.concat([Buffer.from('FRAME\n'), yuv420(p.rgb, width, height)]);
  const shown = frame(picture);
  const wall = lead ? frame(blankPicture({ width, height })) : null;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array(lead).fill(wall), ...Array(frames).fill(shown)]));
  return path;
}

/** A camera video (y4m at `path`) of a screenshot of a code, `modules` wide with its quiet zone (`lead`: see `writeY4m`). */
export async function y4mFromPng(png, modules, path, { lead = 0 } = {}) {
  const picture = framePicture(gridOf(png, modules));
  await writeY4m(path, picture, { frames: lead ? 10 : 5, lead });
  return { path, module: picture.module };
}

/**
 * From the code on screen to a camera video of it (`lead`: white frames first, see `writeY4m`). Returns { path, text, modules, module }: the
 * text the code holds, its width in modules and the pixels a module gets in the video.
 */
export async function y4mFromQr(locator, path, { lead = 0 } = {}) {
  const { png, modules, text } = await qrFromScreen(locator);
  const { module } = await y4mFromPng(png, modules, path, { lead });
  return { path, text, modules, module };
}

const running = new Set();

/** Closes every caseworker browser still open (for a test's `after`, should a test fail midway). */
export async function closeAll() {
  await Promise.all([...running].map((c) => c.close().catch(() => {})));
}

/**
 * The caseworker's browser: Chromium with its own user-data folder (clients kept from one launch to
 * the next), in caseworker mode, with a camera as asked:
 *   camera: 'video' — the fake device playing `video` (a y4m file), allowed without asking;
 *           'refused' — a fake device, but the camera permission is never granted;
 *           'none' — no fake device at all (headless Chromium has no camera).
 * Records requests that leave `origin` and page errors, like helpers' newDevice.
 */
export async function launchCaseworker({ origin, userDataDir, camera = 'video', video, viewport = DESKTOP, initScript } = {}) {
  const args = [...CHROMIUM_ARGS];
  if (camera === 'video') {
    assert.ok(video, 'a camera needs a video');
    args.push('--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`);
  } else if (camera === 'refused') {
    args.push('--use-fake-device-for-media-stream');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, args, viewport, locale: 'en-US', acceptDownloads: true,
  });
  running.add(context);
  context.on('close', () => running.delete(context));
  if (camera === 'refused') await context.clearPermissions();
  await context.addInitScript(() => {
    if (!localStorage.getItem('skillpass.device')) localStorage.setItem('skillpass.device', 'caseworker');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  if (initScript) await context.addInitScript(initScript);
  const foreign = [];
  const errors = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith(`blob:${origin}/`)) foreign.push(url);
  });
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    /** The one tab, at `path` on the app's origin (e.g. '/tools.html?step=clients'). */
    async open(path) {
      const page = context.pages()[0] ?? await context.newPage();
      await page.goto(origin + path);
      await page.locator('.topbar').waitFor();
      return page;
    },
    assertClean() {
      assert.deepEqual(foreign, [], 'requests left the app origin');
      assert.deepEqual(errors, [], 'page errors');
    },
    close: () => context.close(),
  };
}

/** `launchCaseworker` with the fake camera playing `y4mPath`. */
export function launchWithCamera(y4mPath, options) {
  return launchCaseworker({ ...options, camera: 'video', video: y4mPath });
}
