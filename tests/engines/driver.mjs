// One small driver API over two engines, so the same journeys run in both:
//   WebKit  — Debian's WebKitWebDriver + MiniBrowser (WebKitGTK, the engine family of Safari),
//             driven by selenium-webdriver over classic WebDriver, under an Xvfb display this
//             process starts (MiniBrowser has no headless mode). One driver process per device.
//   Firefox — Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi. One browser,
//             one browser context (its own storage) per device.
// Nothing is downloaded: both browsers come from apt (scripts/setup.sh test).
//
// Classic WebDriver gives no console, so every page gets a probe (injected with each script the
// harness runs; before the first page script in Firefox) that records errors, unhandled
// rejections, Content-Security-Policy violations, console.error and any resource fetched from
// another origin. It keeps them in sessionStorage so a reload or a navigation does not lose them.
// In WebKit the probe goes in after the page's load event, so errors and CSP violations before
// then are not seen there (a fetch from another origin still is: resource timing is buffered).
import { spawn } from 'node:child_process';
import { createServer as netServer } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { startServer } from '../e2e/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const SHOTS = join(here, 'screenshots');
/** The built app to test: ./dist unless SKILLPASS_DIST points elsewhere. */
export const DIST = process.env.SKILLPASS_DIST ?? join(ROOT, 'dist');

// Debian puts MiniBrowser (from libwebkit2gtk-4.1-0) under the architecture's library folder.
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? ['x86_64-linux-gnu', 'aarch64-linux-gnu']
  .map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Generous: a shared 2-core machine, and PBKDF2 at 600,000 rounds in a slower engine. */
export const TIMEOUT = 20_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on right now. */
async function freePort() {
  return new Promise((ok, fail) => {
    const s = netServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/**
 * The built app on loopback. `stop()` takes the server down (the network is gone, as far as the
 * app can tell) and `start()` brings it back on the same origin, so storage and the service
 * worker stay the same.
 */
export async function startSite(dist = DIST) {
  assert.ok(existsSync(join(dist, 'index.html')), `${dist} has no index.html: build the app first (scripts/build.sh)`);
  let srv = await startServer(dist);
  const origin = srv.origin;
  const port = Number(new URL(origin).port);
  return {
    origin,
    async stop() { if (srv) { await srv.close(); srv = null; } },
    async start() { if (!srv) srv = await startServer(dist, '127.0.0.1', port); },
    /** What the server has answered so far (a restart begins a new list). */
    requests() { return srv ? srv.requests() : []; },
    async close() { await this.stop(); },
  };
}

// ---------------------------------------------------------------------------------------------
// The probe, as page source. Installs once per document.
const PROBE = `(function () {
  if (window.__skProbe) return;
  window.__skProbe = true;
  var KEY = '__engines.problems', FOREIGN = '__engines.foreign';
  function add(key, line) {
    try {
      var a = JSON.parse(sessionStorage.getItem(key) || '[]');
      if (a.length < 50) { a.push(String(line).slice(0, 600)); sessionStorage.setItem(key, JSON.stringify(a)); }
    } catch (e) {}
  }
  addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.tagName) add(KEY, 'could not load ' + t.tagName.toLowerCase() + ' ' + (t.src || t.href || ''));
    else add(KEY, 'error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  }, true);
  addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    add(KEY, 'unhandled rejection: ' + (r && r.message ? r.message + (r.stack ? ' | ' + r.stack : '') : r));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    add(KEY, 'CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code'));
  });
  var orig = console.error;
  console.error = function () {
    add(KEY, 'console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return orig.apply(this, arguments);
  };
  var origin = location.origin;
  function seen(name) {
    if (name.indexOf(origin + '/') !== 0 && name.indexOf('data:') !== 0 && name.indexOf('blob:' + origin + '/') !== 0) add(FOREIGN, name);
  }
  try {
    new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { seen(e.name); }); })
      .observe({ type: 'resource', buffered: true });
  } catch (e) {}
})();`;

const READ_PROBE = () => {
  const get = (k) => JSON.parse(sessionStorage.getItem(k) || '[]');
  return { problems: get('__engines.problems'), foreign: get('__engines.foreign') };
};

// Page-side helpers, run through `evaluate` (so they are plain functions of JSON arguments).
const PAGE = {
  /** The app (not the early plain-HTML screen) is on the page. */
  ready: () => !document.getElementById('boot') && !!document.querySelector('.topbar'),
  find: (sel, text, gone) => {
    const vis = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const re = text ? new RegExp(text.source, text.flags) : null;
    const hit = [...document.querySelectorAll(sel)].some((e) => vis(e) && (!re || re.test(e.innerText ?? e.textContent)));
    return gone ? !hit : hit;
  },
  text: (sel) => {
    const e = document.querySelector(sel);
    return e ? e.innerText : null;
  },
  texts: (sel) => [...document.querySelectorAll(sel)].map((e) => e.innerText),
  value: (sel) => document.querySelector(sel)?.value ?? null,
  attr: (sel, name) => document.querySelector(sel)?.getAttribute(name) ?? null,
  count: (sel) => document.querySelectorAll(sel).length,
  focus: (sel) => { const e = document.querySelector(sel); e.scrollIntoView({ block: 'center' }); e.focus(); },
  clear: (sel) => {
    const e = document.querySelector(sel);
    e.focus();
    e.select?.();
  },
};

const serialiseRe = (re) => (re ? { source: re.source, flags: re.flags } : null);

/**
 * The shared part of a device: everything is built on `evaluate`, `clickOn`, `typeInto`,
 * `pickOption`, `navigate`, `refresh`, `currentUrl`, `screenshot` and `quit` from the engine.
 */
class Device {
  constructor(engine, label) {
    this.engine = engine;
    this.label = label;
  }

  async waitUntil(fn, args = [], { timeout = TIMEOUT, message } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation in flight destroys the page's context: try again.
        last = e;
      }
      if (Date.now() > end) {
        throw new Error(`${this.engine.name}/${this.label}: timed out after ${timeout} ms waiting for ${message ?? fn.toString()}` +
          (last instanceof Error ? ` (last error: ${last.message})` : ''));
      }
      await sleep(100);
    }
  }

  /** Waits until `sel` is shown (and, with `text`, says it); `gone` waits for it to go. */
  async waitFor(sel, { text, gone = false, timeout = TIMEOUT } = {}) {
    await this.waitUntil(PAGE.find, [sel, serialiseRe(text), gone], {
      timeout, message: `${sel}${text ? ` saying ${text}` : ''}${gone ? ' to go' : ''}`,
    });
  }

  async ready(timeout = TIMEOUT) {
    await this.waitUntil(PAGE.ready, [], { timeout, message: 'the app to replace the early screen' });
  }

  async goto(url, { ready = true } = {}) {
    await this.navigate(url);
    if (ready) await this.ready();
  }

  async reload({ ready = true } = {}) {
    await this.refresh();
    if (ready) await this.ready();
  }

  /** A real click (the engine's own input events) on what `sel` shows. If the app redraws the
   *  element between finding and clicking it, tries again (a few times) on the new one. */
  async click(sel) {
    for (let attempt = 1; ; attempt++) {
      await this.waitFor(sel);
      try {
        return await this.clickOn(sel);
      } catch (e) {
        if (attempt >= 3 || !/stale|intercept|not interactable|detached|null/i.test(`${e.name} ${e.message}`)) throw e;
        await sleep(200);
      }
    }
  }

  async fill(sel, text) {
    await this.waitFor(sel);
    await this.evaluate(PAGE.clear, sel);
    await this.typeInto(sel, text);
    const now = await this.value(sel);
    assert.equal(now, text, `${this.engine.name}: ${sel} holds what was typed`);
  }

  /** A date field, typed as a person types it in this engine. `iso` is YYYY-MM-DD. */
  async fillDate(sel, iso) {
    await this.waitFor(sel);
    const [y, m, d] = iso.split('-');
    await this.evaluate(PAGE.focus, sel);
    await this.typeDate(sel, y, m, d);
    assert.equal(await this.value(sel), iso, `${this.engine.name}: the date field ${sel} took the typed date`);
  }

  async select(sel, value) {
    await this.waitFor(sel);
    await this.pickOption(sel, value);
    assert.equal(await this.value(sel), value, `${this.engine.name}: ${sel} shows the chosen option`);
  }

  text(sel) { return this.evaluate(PAGE.text, sel); }
  texts(sel) { return this.evaluate(PAGE.texts, sel); }
  value(sel) { return this.evaluate(PAGE.value, sel); }
  attr(sel, name) { return this.evaluate(PAGE.attr, sel, name); }
  count(sel) { return this.evaluate(PAGE.count, sel); }
  stored(key) { return this.evaluate((k) => localStorage.getItem(k), key); }
  async url() { return this.currentUrl(); }

  async shot(name) {
    await mkdir(SHOTS, { recursive: true });
    const path = join(SHOTS, `${this.engine.name}-${name}.png`);
    await writeFile(path, await this.screenshot());
    return path;
  }

  /** What the probe saw on this device so far (this tab's session). */
  async problems() {
    try { return await this.evaluate(READ_PROBE); } catch { return { problems: ['(the page could not be read)'], foreign: [] }; }
  }

  /** Nothing left the origin, nothing failed, no CSP violation, no console error. */
  async assertClean() {
    const seen = await this.problems();
    const extra = this.extraProblems?.() ?? { problems: [], foreign: [] };
    assert.deepEqual([...seen.foreign, ...extra.foreign], [], `${this.engine.name}/${this.label}: requests left the app origin`);
    assert.deepEqual([...seen.problems, ...extra.problems], [], `${this.engine.name}/${this.label}: page errors`);
  }
}

// ---------------------------------------------------------------------------------------------
// WebKit

function waitForExit(child, ms) {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    const t = setTimeout(() => { child.kill('SIGKILL'); ok(); }, ms);
    child.once('exit', () => { clearTimeout(t); ok(); });
  });
}

/** Starts Xvfb on a free display (it picks one itself and tells us on a pipe). */
async function startXvfb() {
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let err = '';
  x.stderr.on('data', (d) => { err += d; });
  const display = await new Promise((ok, fail) => {
    let out = '';
    const t = setTimeout(() => fail(new Error(`Xvfb did not start: ${err}`)), 10_000);
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) { clearTimeout(t); ok(`:${out.trim()}`); }
    });
    x.once('exit', (code) => { clearTimeout(t); fail(new Error(`Xvfb exited (${code}): ${err}`)); });
  });
  return { display, process: x };
}

class WebKitDevice extends Device {
  async init({ width = 450, height = 800 } = {}) {
    const { Builder } = await import('selenium-webdriver');
    this.port = await freePort();
    this.proc = spawn('WebKitWebDriver', [`--port=${this.port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: this.engine.display },
    });
    this.engine.children.add(this.proc);
    let err = '';
    this.proc.stderr.on('data', (d) => { err = (err + d).slice(-2000); });
    const server = `http://127.0.0.1:${this.port}`;
    const end = Date.now() + 10_000;
    for (;;) {
      try { if ((await fetch(`${server}/status`)).ok) break; } catch {}
      if (Date.now() > end) throw new Error(`WebKitWebDriver did not start: ${err}`);
      await sleep(100);
    }
    this.driver = await new Builder().usingServer(server).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
    // MiniBrowser will not go below about 447 px wide.
    await this.driver.manage().window().setRect({ width, height });
    const { By, Key } = await import('selenium-webdriver');
    this.By = By;
    this.Key = Key;
    return this;
  }

  async evaluate(fn, ...args) {
    return this.driver.executeScript(`${PROBE}\nreturn (${fn}).apply(null, arguments);`, ...args);
  }

  async el(sel) { return this.driver.findElement(this.By.css(sel)); }
  async clickOn(sel) { await (await this.el(sel)).click(); }
  async typeInto(sel, text) {
    const e = await this.el(sel);
    await e.clear();
    await e.sendKeys(text);
  }

  // WebKit's date field takes the digits of MM/DD/YYYY (en-US) as keystrokes.
  async typeDate(sel, y, m, d) { await (await this.el(sel)).sendKeys(`${m}/${d}/${y}`); }
  async pickOption(sel, value) { await (await this.el(`${sel} option[value="${value}"]`)).click(); }
  navigate(url) { return this.driver.get(url); }
  refresh() { return this.driver.navigate().refresh(); }
  currentUrl() { return this.driver.getCurrentUrl(); }
  async screenshot() { return Buffer.from(await this.driver.takeScreenshot(), 'base64'); }

  async close() {
    try { await this.driver?.quit(); } catch {}
    this.proc.kill('SIGTERM');
    await waitForExit(this.proc, 5_000);
    this.engine.children.delete(this.proc);
  }
}

async function launchWebKit() {
  const x = await startXvfb();
  const engine = {
    name: 'webkit',
    display: x.display,
    children: new Set([x.process]),
    async newDevice(label, opts) {
      const d = new WebKitDevice(engine, label);
      try {
        return await d.init(opts);
      } catch (e) {
        await d.close();
        throw e;
      }
    },
    async close() {
      for (const c of [...engine.children].reverse()) { c.kill('SIGTERM'); await waitForExit(c, 5_000); }
      engine.children.clear();
    },
  };
  killOnExit(engine);
  return engine;
}

// ---------------------------------------------------------------------------------------------
// Firefox

class FirefoxDevice extends Device {
  async init({ width = 360, height = 740 } = {}) {
    this.context = await this.engine.browser.createBrowserContext();
    this.page = await this.context.newPage();
    this.errors = [];
    this.foreign = [];
    this.page.on('pageerror', (e) => this.errors.push(`page error: ${e?.message ?? e}`));
    this.page.on('console', (m) => { if (m.type() === 'error') this.errors.push(`console: ${m.text()}`); });
    this.page.on('request', (r) => {
      const url = r.url();
      const origin = this.engine.origin;
      if (origin && !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith(`blob:${origin}/`)) {
        this.foreign.push(url);
      }
    });
    await this.page.evaluateOnNewDocument(PROBE);
    await this.page.setViewport({ width, height });
    return this;
  }

  extraProblems() {
    // The probe already reports console.error; keep the engine's own errors that it cannot see.
    return { problems: this.errors.filter((e) => !e.startsWith('console:')), foreign: this.foreign };
  }

  evaluate(fn, ...args) { return this.page.evaluate(fn, ...args); }
  async clickOn(sel) {
    const h = await this.page.$(sel);
    if (!h) throw new Error(`${sel} detached before the click`);
    await h.click();
    await h.dispose();
  }

  async typeInto(sel, text) {
    await this.page.evaluate((s) => {
      const e = document.querySelector(s);
      e.focus();
      e.select?.();
    }, sel);
    if (text === '') await this.page.keyboard.press('Backspace');
    else await this.page.keyboard.type(text);
  }

  // Focused from script, a date field starts at its first part (the month in en-US); typing the
  // digits moves on by itself. (A click in its middle would land in the year.)
  async typeDate(sel, y, m, d) { await this.page.keyboard.type(`${m}${d}${y}`); }
  async pickOption(sel, value) { await this.page.select(sel, value); }
  navigate(url) { return this.page.goto(url); }
  refresh() { return this.page.reload(); }
  async currentUrl() { return this.page.url(); }
  async screenshot() { return Buffer.from(await this.page.screenshot({ fullPage: true })); }
  async close() { try { await this.context?.close(); } catch {} }
}

async function launchFirefox(origin) {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'skillpass-firefox-'));
  const downloads = join(profile, 'downloads');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Downloads (the backup before a PIN) land in a folder of ours, with no question asked.
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': true,
    },
  });
  const engine = {
    name: 'firefox',
    browser,
    origin,
    children: new Set([browser.process()].filter(Boolean)),
    async newDevice(label, opts) { return new FirefoxDevice(engine, label).init(opts); },
    async close() {
      try { await browser.close(); } catch {}
      await rm(profile, { recursive: true, force: true });
      engine.children.clear();
    },
  };
  killOnExit(engine);
  return engine;
}

/** If the test process dies, take our browsers and displays with it. */
function killOnExit(engine) {
  process.once('exit', () => { for (const c of engine.children) { try { c.kill('SIGKILL'); } catch {} } });
}

/** Starts an engine; `origin` is the site's, to tell its requests from any others. */
export async function launch(name, { origin } = {}) {
  if (name === 'webkit') return launchWebKit();
  if (name === 'firefox') return launchFirefox(origin);
  throw new Error(`unknown engine ${name}`);
}
