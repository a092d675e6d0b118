// Taps bench (not a test): how much work the guided flow costs a person. It drives a release build
// in Chromium on a 360×740 phone and builds the reference profiles (shared/fixtures/profiles) through
// the UI the way a person would, then prints what that took and the time by issue 14's model.
//
//   node bench/taps.mjs [--dist DIR] [--profiles R1,R2,R3 | a.json,b.json] [--json] [--trace]
//   scripts/bench.sh taps          (builds first, then runs only this bench)
//
// How the person works: the language and "my own phone" (if asked), Start; the full name typed (an
// optional short name is left empty); phone, e-mail and city typed when the profile has them, else
// "Skip"; the profile's languages ticked if a languages screen exists (one not shown is searched
// for); each job picked from the pictures where it is on screen, else from its sector group
// (opened if closed), else by search (its title typed); per job: employer typed, then the dates —
// year buttons if the screen has them (year only; months only in the "with months" row), else the
// month and year drop-downs — and "still there"; on each job's tasks screen the profile's tasks of
// that job ticked ("Show more" tapped when one of them is not shown); certificates picked from the
// list (issuer typed and year picked only where the screen offers them); "Finish" on the check page.
// Nothing is typed beyond name, contact, employers, certificate issuers and searches (and, only if
// the list lacks it, a certificate's name); a search's characters are counted as typed (shown apart
// as "(n search)"); a new search replaces the text of the last one at no extra cost. Where the UI
// refuses a fixture value (today: a phone with "ext. 12") the person's fix is counted and noted
// under the table, and the saved profile is checked for the fixed value.
//
// What is counted (every count comes from the one `tap`/`type` path below, never from listeners):
//   taps         every press of a button, link, checkbox/radio/label, option or year button; a native
//                <select> counts 2 (open + choose).
//   field taps   one tap into a text field before typing in it (reported apart).
//   typed        characters typed (Unicode code points: "María" is 5).
//   screens      screens entered, from the first one to the profile page the flow ends on (included):
//                every change of address (?step=…&job=N) is one, so each job's screens count once per
//                job; a screen returned to counts again.
//   list items   choice items shown before each decision: on each screen visit, every choice tile
//                (`SEL.item`: job pictures, search results, tasks, skills, certificates, languages) that
//                is displayed (has a layout box — scrolled into view or not) at any moment of the visit;
//                the page is sampled on entering and after every tap and typing; an item is counted
//                once per visit by (its list, its key), so opening a group shows its jobs once, and
//                tasks behind "Show more" count only if it was tapped. Sector headings, device and
//                language-of-the-app buttons are not list items.
//   time         the issue's model: 4 s a tap (taps + field taps), 1.5 s a typed character, 2 s a list
//                item; "w/o field taps" leaves the field taps out.
//
// At the end of each profile the saved profile (localStorage `skillpass.profile`) must hold the
// fixture's name, contact, jobs (occupation codes, employers, start and end years), every skill
// (`skills_onet_dwa`) and certificates (and languages, issuers, certificate years where the UI asked);
// anything missing or extra fails the bench with exit code 1, so a broken UI can't show a small count.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setUp, ROOT, PROFILE_KEY } from '../tests/e2e/helpers.mjs';

// ════════════════════════════════════════════════════════════════════════════════════════════════
// SELECTORS — every way the bench finds a control is here. "today" = in the current main; "NEW" = a
// guess for issue 14's new screens (COMMON.md "Shared UX decisions"): fix these when the UI lands.
// Each screen function tries the NEW control first where both could exist and falls back to today's.
// ════════════════════════════════════════════════════════════════════════════════════════════════
const SEL = {
  // every choice tile counted as a list item (today: widgets/choice.rs renders label.choice[data-key])
  item: 'label[data-key]', // today; NEW lists should reuse the choice widget or be added here
  itemKey: 'data-key',
  langButton: (code) => `[data-testid="lang-${code}"]`, // today (language screen) and NEW (welcome)
  start: '[data-testid="start"]', // today
  deviceOwn: '[data-testid="device-own"]', // today
  continue: '[data-testid="continue"]', // today
  skip: '[data-testid="skip"]', // today (contact)
  name: '#name', // today
  phone: '#phone', // today
  email: '#email', // today
  city: '#city', // today
  // languages screen (NEW): a tile per language, "any other by search"
  languageTile: (code) => `label[data-key="language-${code}"]`, // new UI (screens/languages.rs)
  languageSearch: '#language-search', // new UI
  // jobs
  jobTile: (soc) => `label[data-key="${soc}"]`, // today (groups, search) and NEW (pictures)
  taskTile: (id) => `label[data-key="${id}"]`, // today (job tasks and other skills)
  sector: (key) => `[data-testid="sector-${key}"]`, // today
  jobSearch: '#job-search', // today
  searchResults: '[data-testid="search-results"]', // today
  addTypedJob: '[data-testid="add-typed-job"]', // today
  // one job's "when" screen
  employer: '#employer', // today
  yearButton: (which, y) => `#${which}-year-${y}`, // new UI (widgets/year_pick.rs; which: start | end)
  anyYearButton: (which) => `[id^="${which}-year-"]`, // new UI: "this screen is year-first"
  earlier: (which) => `#${which}-earlier`, // new UI ("Earlier" years)
  stillThereButton: '#still-there', // new UI ("I still work there")
  addMonth: (which) => `#${which}-add-month`, // new UI ("Add the month")
  monthButton: (which, m) => `#${which}-month-${m}`, // new UI
  monthSelect: (which) => `#${which}-month`, // today (and NEW if "Add the month" opens a select)
  yearSelect: (which) => `#${which}-year, #${which}-earlier-year`, // today; new UI: "Earlier" opens a select
  stillYes: 'label[for="still-yes"]', // today
  stillNo: 'label[for="still-no"]', // today
  // tasks
  showMore: '[data-testid="show-more-tasks"]', // new UI
  // certificates
  certTile: (id) => `label[data-key="${id}"]`, // today
  moreCerts: '[data-testid="show-all-certs"]', // new UI
  otherCert: '#other-cert', // today (a certificate not in the list, typed)
  addCert: '[data-testid="add-cert"]', // today
  // NEW guesses: a picked certificate's optional details, looked for inside its list item first,
  // then on the page (`n` = its data-key with ':' → '-').
  certIssuer: (n) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] input[type=text]`, // new UI, inside the certificate's item
  certYearButton: (n, y) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] [id$="-year-${y}"]`,
  certEarlier: (n) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] [id$="-earlier"]`,
  certYearSelect: (n) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] select`,
  certAddMonth: (n) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] [id$="-add-month"]`,
  certMonthButton: (n, m) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] [id$="-month-${m}"]`,
  certMonthSelect: (n) => `li:has(> label[data-key="${n}"]) [data-testid="cert-details"] select.month`,
};
// Which ?step= keys each screen function handles (today's keys; NEW guesses marked).
const STEPS = {
  welcome: ['language', 'welcome'], // today: a language screen, then the welcome; NEW: one welcome
  device: ['device'],
  name: ['name'],
  contact: ['contact'],
  languages: ['languages'], // NEW guess
  jobs: ['jobs'],
  jobWhen: ['job-when'],
  jobTasks: ['job-tasks'],
  otherSkills: ['skills'],
  certificates: ['certificates'],
  check: ['check'],
};
const DONE = 'profile'; // the flow ends on the profile page
// A screen that moves on by itself (NEW: choosing the end of a job) may do it after a short pause:
// how long the bench waits for that before it taps Continue itself.
const AUTO_ADVANCE_MS = 800;
// What a person types to find a language not shown (NEW languages screen), in its own name.
const LANGUAGE_SEARCH = { yo: 'Yor', tl: 'Tag', vi: 'Tiế', zh: '中文', ar: 'عرب', hi: 'हिन्', fr: 'Fra', pt: 'Port' };
// ════════════════════════════════════════════════════════════════════════════════════════════════

const MODEL = { tap: 4, char: 1.5, item: 2 }; // seconds
const PHONE = { width: 360, height: 740 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

// ── command line ─────────────────────────────────────────────────────────────────────────────────
function parseArgs(argv) {
  const o = { dist: join(ROOT, 'dist'), profiles: 'R1,R2,R3', json: false, trace: false, months: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--dist') o.dist = resolve(val());
    else if (a === '--profiles') o.profiles = val();
    else if (a === '--json') o.json = true;
    else if (a === '--trace') o.trace = true;
    else if (a === '--no-months-row') o.months = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  return o;
}
function usage(err) {
  if (err) console.error(err);
  console.error('usage: node bench/taps.mjs [--dist DIR] [--profiles R1,R2,R3|file.json,…] [--json] [--trace] [--no-months-row]');
  process.exit(err ? 2 : 0);
}
const FIXTURES = join(ROOT, '..', 'shared', 'fixtures', 'profiles');
async function loadFixture(spec) {
  let file = spec;
  if (!spec.endsWith('.json')) {
    const { readdir } = await import('node:fs/promises');
    const hit = (await readdir(FIXTURES)).find((f) => f.startsWith(`${spec}-`) || f === `${spec}.json`);
    if (!hit) throw new Error(`no fixture ${spec} in ${FIXTURES}`);
    file = join(FIXTURES, hit);
  }
  const fx = JSON.parse(await readFile(file, 'utf8'));
  return { label: spec.endsWith('.json') ? basename(spec, '.json') : spec, fx };
}

// ── what the person knows: which group a job is in, which tasks belong to it, certificate names ─
// Read from the taxonomy the app is built from (by column name, so new columns don't break it).
async function tsv(name) {
  const [head, ...rows] = (await readFile(join(ROOT, 'core', 'data', name), 'utf8')).trim().split('\n');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}
// The words are in the English locale file (core/locales/en.tsv: key<TAB>text).
const EN = new Map((await readFile(join(ROOT, 'core', 'locales', 'en.tsv'), 'utf8')).split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')));
const TAX = await (async () => {
  const skills = await tsv('skills.tsv');
  const byNum = new Map(skills.map((s) => [s.num, s.id]));
  const occupations = new Map((await tsv('occupations.tsv')).map((o) => [o.soc, {
    sector: o.sector, title: EN.get(`occ.${o.soc}`), activities: (o.activities ?? '').split(' ').filter(Boolean).map((n) => byNum.get(n)),
  }]));
  const certificates = (await tsv('certificates.tsv')).map((k) => ({ ...k, en: EN.get(`cert.${k.id}`) }));
  return { occupations, certificates };
})();

// The common certificate a fixture name refers to: core/src/reference.rs `listed_certificate`, ported.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
function listedCertificate(name) {
  const words = (s) => ` ${s.split(/\s+/).filter(Boolean).join(' ')} `;
  const n = words(fold(name).replace(/[(),/-]/g, ' '));
  const generic = ['certificate', 'certification', 'card', 'license'];
  let best = null;
  let bestLen = 0;
  for (const k of TAX.certificates) {
    const en = fold(k.en);
    const cut = en.indexOf('(');
    const main = (cut < 0 ? en : en.slice(0, cut)).split(/\s+/).filter((w) => w && !generic.includes(w)).join(' ');
    const abbr = cut < 0 ? '' : en.slice(cut + 1).replace(/\)+$/, '');
    for (const key of [main, abbr]) {
      if (key.length < 3) continue;
      const kk = words(key.replaceAll('/', ' '));
      if (n.includes(kk) && kk.length >= bestLen) { best = k; bestLen = kk.length; }
    }
  }
  return best;
}

// ── the counter: every press goes through `tap`, every text through `type` ───────────────────────
class Run {
  constructor(page, fx, { months, trace }) {
    Object.assign(this, { page, fx, months, trace });
    this.visits = [];
    this.asked = { languages: false, issuer: false, certYear: false, jobMonths: false };
    this.searchChars = 0;
    this.notes = []; // what the person had to work around, printed under the table
    this.expect = {}; // fixture values the UI made the person change (verified instead)
  }
  get visit() { return this.visits.at(-1); }
  log(...a) { if (this.trace) console.error('  ', ...a); }

  async settle() {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  /** Starts a visit if the address changed since the last one. */
  async enter() {
    const href = this.page.url();
    if (this.visit?.href === href) return false;
    const step = new URL(href).searchParams.get('step') ?? 'welcome';
    this.visits.push({ step, href, taps: 0, fieldTaps: 0, typed: 0, items: new Set() });
    this.log(`— ${step} ${new URL(href).search}`);
    await this.sample();
    return true;
  }
  /** Adds the choice items now displayed to this visit's set. */
  async sample() {
    const keys = await this.page.evaluate(({ item, attr }) => [...document.querySelectorAll(item)]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => {
        const list = e.closest('ul, ol, [role="list"], fieldset, section');
        const where = list ? (list.dataset.testid || list.id || list.className || list.tagName) : '';
        return `${where}|${e.getAttribute(attr) ?? e.textContent.trim()}`;
      }), { item: SEL.item, attr: SEL.itemKey });
    for (const k of keys) this.visit.items.add(k);
  }
  /**
   * The one way the bench presses anything. kind: 'tap' (1), 'field' (1 field tap),
   * 'select' (2: open + choose; `value` is the option's value).
   */
  async tap(locator, kind = 'tap', value) {
    await this.enter();
    const v = this.visit;
    const what = this.trace ? await describe(locator) : '';
    if (kind === 'select') {
      await locator.selectOption(String(value));
      v.taps += 2;
    } else {
      await locator.click();
      if (kind === 'field') v.fieldTaps += 1; else v.taps += 1;
    }
    this.log(`${kind}${value !== undefined ? `=${value}` : ''} ${what}`);
    await this.settle();
    if (!(await this.enter())) await this.sample();
  }
  /** A tap into the field, then the text typed. */
  async type(locator, text, { search = false } = {}) {
    await this.tap(locator, 'field');
    await locator.fill(text);
    const n = [...text].length;
    this.visit.typed += n;
    if (search) this.searchChars += n;
    this.log(`typed ${n}: ${text}`);
    await this.settle();
    await this.sample();
  }
  /** Taps what should move to the next screen and waits until the address changes. */
  async moveOn(locator) {
    const before = this.page.url();
    await this.tap(locator);
    await this.waitChange(before);
  }
  async waitChange(before) {
    try {
      await this.page.waitForFunction((b) => location.href !== b, before, { timeout: 10_000 });
    } catch {
      const err = await this.page.locator('[data-testid="error-summary"]').textContent().catch(() => null);
      throw new Error(`${this.visit?.step}: did not move on${err ? ` (page says: ${err.trim()})` : ''}`);
    }
    await this.page.locator('main h1').first().waitFor();
    await this.settle();
    if (!(await this.enter())) await this.sample();
  }
  /** Whether the screen moved on by itself (waiting up to `wait` ms for it). */
  async moved(before, wait = 0) {
    await this.settle();
    if (wait && this.page.url() === before) {
      await this.page.waitForFunction((b) => location.href !== b, before, { timeout: wait }).catch(() => {});
    }
    if (this.page.url() === before) return false;
    await this.waitChange(before);
    return true;
  }
  async next() { await this.moveOn(this.page.locator(SEL.continue)); }
}

async function describe(locator) {
  return locator.evaluate((e) => {
    const id = e.dataset.testid ?? e.dataset.key ?? e.id ?? '';
    return `${e.tagName.toLowerCase()}${id ? `[${id}]` : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
  }).catch(() => '?');
}
/** The first visible match of any of the selectors (comma lists allowed), or null. */
async function visible(scope, selector) {
  const all = scope.locator(selector);
  const n = await all.count();
  for (let i = 0; i < n; i++) if (await all.nth(i).isVisible()) return all.nth(i);
  return null;
}
const checked = async (label) => label.locator('input').first().isChecked().catch(() => false);

// ── one function per screen ──────────────────────────────────────────────────────────────────────
// Each does what the person does there and ends by moving on (or returns if the screen moved on
// by itself). `r` is the Run; `r.fx` the fixture.

async function welcome(r) {
  const { page } = r;
  // Today: a language screen of its own. NEW: language buttons at the top of the welcome. Tap
  // English only if the page is not in English already.
  const en = await visible(page, SEL.langButton('en'));
  const inEnglish = await page.evaluate(() => document.documentElement.lang.startsWith('en'));
  const onlyLanguage = !(await visible(page, SEL.start)); // today's "which language?" screen
  if (en && (onlyLanguage || !inEnglish)) {
    const before = page.url();
    await r.tap(en);
    if (await r.moved(before)) return;
  }
  await r.moveOn(page.locator(SEL.start));
}

async function device(r) {
  await r.moveOn(r.page.locator(SEL.deviceOwn));
}

async function name(r) {
  await r.type(r.page.locator(SEL.name), r.fx.name); // the optional short name is left empty
  await r.next();
}

async function contact(r) {
  const { page, fx } = r;
  const given = [['phone', fx.phone], ['email', fx.email], ['city', fx.city]].filter(([, v]) => v);
  if (given.length === 0 && (await visible(page, SEL.skip))) return r.moveOn(page.locator(SEL.skip));
  for (const [field, text] of given) await r.type(page.locator(SEL[field]), text);
  const before = page.url();
  await r.tap(page.locator(SEL.continue));
  if (await r.moved(before, AUTO_ADVANCE_MS)) return;
  // Refused (today: a phone with "ext. 12"): the person deletes the extension and tries again. The
  // fix costs a field tap, one typed key per deleted character and Continue; the bench says so.
  const phone = page.locator(SEL.phone);
  const fixed = fx.phone?.replace(/[\s,;]*(ext\.?|x|extension)\s*\d+\s*$/i, '');
  if ((await phone.getAttribute('aria-invalid')) === 'true' && fixed && fixed !== fx.phone) {
    await r.tap(phone, 'field');
    await phone.press('End');
    for (let i = 0; i < [...fx.phone].length - [...fixed].length; i++) await phone.press('Backspace');
    r.visit.typed += [...fx.phone].length - [...fixed].length;
    r.expect.phone = fixed;
    r.notes.push(`phone “${fx.phone}” refused; the extension deleted (${[...fx.phone].length - [...fixed].length} keys) and Continue again`);
  }
  await r.next();
}

async function languages(r) {
  const { page, fx } = r;
  r.asked.languages = true;
  for (const code of fx.languages ?? []) {
    let tile = await visible(page, SEL.languageTile(code));
    if (!tile) {
      const search = await visible(page, SEL.languageSearch);
      if (!search) throw new Error(`languages: ${code} is not shown and there is no search (${SEL.languageSearch})`);
      await r.type(search, LANGUAGE_SEARCH[code] ?? code, { search: true });
      tile = await visible(page, SEL.languageTile(code));
      if (!tile) throw new Error(`languages: searching “${LANGUAGE_SEARCH[code] ?? code}” did not show ${code}`);
    }
    if (!(await checked(tile))) await r.tap(tile);
  }
  await r.next();
}

async function jobs(r) {
  const { page, fx } = r;
  // Jobs of the same group together (the order within a group kept), so a group is opened once.
  const order = [];
  for (const j of fx.jobs) {
    const sector = TAX.occupations.get(j.onet_soc)?.sector;
    const at = order.findLastIndex((o) => TAX.occupations.get(o.onet_soc)?.sector === sector);
    order.splice(at < 0 ? order.length : at + 1, 0, j);
  }
  for (const job of order) {
    // 1. on screen already (NEW: the common-job pictures; or the group that is open)
    let tile = await visible(page, SEL.jobTile(job.onet_soc));
    // 2. its sector group, opened if closed
    const sector = TAX.occupations.get(job.onet_soc)?.sector;
    if (!tile && sector && (await visible(page, SEL.sector(sector)))) {
      const button = page.locator(SEL.sector(sector));
      if ((await button.getAttribute('aria-expanded')) !== 'true') await r.tap(button);
      tile = await visible(page, SEL.jobTile(job.onet_soc));
    }
    // 3. search by the title the person knows it by
    if (!tile) {
      await r.type(page.locator(SEL.jobSearch), job.title, { search: true });
      tile = await visible(page.locator(SEL.searchResults), SEL.jobTile(job.onet_soc));
      if (!tile) {
        await r.tap(page.locator(SEL.addTypedJob));
        continue;
      }
    }
    if (!(await checked(tile))) await r.tap(tile);
  }
  await r.next();
}

/** The fixture job this "when"/"tasks" screen is about: by the saved job at ?job=N. */
async function jobHere(r) {
  const i = Number(new URL(r.page.url()).searchParams.get('job'));
  const saved = (await savedProfile(r.page))?.jobs?.[i];
  const job = r.fx.jobs.find((j) => j.onet_soc === saved?.occupation) ?? r.fx.jobs.find((j) => j.title === saved?.title);
  if (!job) throw new Error(`job ${i}: no fixture job for the saved ${JSON.stringify(saved)}`);
  return job;
}

/** Picks a year: NEW year buttons (tapping "Earlier" until it shows), else today's drop-down. */
async function pickYear(r, sel, year) {
  const { page } = r;
  for (let i = 0; i < 5; i++) {
    const button = await visible(page, sel.button(year));
    if (button) return r.tap(button);
    const earlier = sel.earlier && (await visible(page, sel.earlier));
    if (!earlier) break;
    await r.tap(earlier);
  }
  const select = await visible(page, sel.select);
  if (!select) throw new Error(`${r.visit.step}: no way to pick the year ${year}`);
  await r.tap(select, 'select', year);
}
/** Picks a month: NEW month buttons or drop-down (after "Add the month" if there is one). */
async function pickMonth(r, sel, month) {
  const { page } = r;
  if (sel.add) {
    const add = await visible(page, sel.add);
    if (add) await r.tap(add);
  }
  const button = await visible(page, sel.button(month));
  if (button) return r.tap(button);
  const select = await visible(page, sel.select);
  if (!select) throw new Error(`${r.visit.step}: no way to pick the month ${month}`);
  await r.tap(select, 'select', month);
}
const yearFirst = async (page, which) => Boolean(
  (await visible(page, SEL.anyYearButton(which))) || (await visible(page, SEL.earlier(which))),
);
const jobDate = (which) => ({
  button: (y) => SEL.yearButton(which, y), earlier: SEL.earlier(which), select: SEL.yearSelect(which),
});
const jobMonth = (which) => ({
  add: SEL.addMonth(which), button: (m) => SEL.monthButton(which, m), select: SEL.monthSelect(which),
});

async function jobWhen(r) {
  const { page } = r;
  const job = await jobHere(r);
  const before = page.url();
  if (job.employer) await r.type(page.locator(SEL.employer), job.employer);
  // Start: year first where the screen offers it (month only in the "with months" row); today's
  // month and year drop-downs both (the month is required there).
  const [sy, sm] = job.start.split('-').map(Number);
  if (await yearFirst(page, 'start')) {
    await pickYear(r, jobDate('start'), sy);
    if (r.months) { r.asked.jobMonths = true; await pickMonth(r, jobMonth('start'), sm); }
  } else {
    r.asked.jobMonths = true;
    r.asked.monthsRequired = true; // today's form: a date is a month and a year
    await pickMonth(r, jobMonth('start'), sm);
    await pickYear(r, jobDate('start'), sy);
  }
  if (await r.moved(before)) return;
  // End: "I still work there", or an end year (which may move on by itself).
  if (!job.end) {
    const still = (await visible(page, SEL.stillThereButton)) ?? (await visible(page, SEL.stillYes));
    if (!still) throw new Error('job-when: no “I still work there”');
    await r.tap(still);
  } else {
    const no = await visible(page, SEL.stillNo);
    if (no) await r.tap(no);
    const [ey, em] = job.end.split('-').map(Number);
    if (await yearFirst(page, 'end')) {
      // the month first if it can be added before the year (choosing the year may move on)
      const monthFirst = r.months && (await visible(page, SEL.addMonth('end')));
      if (monthFirst) await pickMonth(r, jobMonth('end'), em);
      await pickYear(r, jobDate('end'), ey);
      if (await r.moved(before, AUTO_ADVANCE_MS)) return;
      if (r.months && !monthFirst && (await visible(page, SEL.addMonth('end')))) await pickMonth(r, jobMonth('end'), em);
    } else {
      await pickMonth(r, jobMonth('end'), em);
      await pickYear(r, jobDate('end'), ey);
    }
  }
  if (await r.moved(before, AUTO_ADVANCE_MS)) return;
  await r.next();
}

async function jobTasks(r) {
  const { page, fx } = r;
  const job = await jobHere(r);
  const mine = new Set(TAX.occupations.get(job.onet_soc)?.activities ?? []);
  const wanted = fx.skills_onet_dwa.filter((id) => mine.size === 0 || mine.has(id));
  for (let round = 0; round < 10; round++) {
    const have = new Set((await savedProfile(page))?.skills?.map((s) => s.id) ?? []);
    let hidden = 0;
    for (const id of wanted) {
      if (have.has(id)) continue;
      const tile = await visible(page, SEL.taskTile(id));
      if (!tile) { hidden += 1; continue; }
      if (!(await checked(tile))) await r.tap(tile);
    }
    const more = hidden > 0 && (await visible(page, SEL.showMore));
    if (!more) break;
    await r.tap(more);
  }
  await r.next();
}

async function otherSkills(r) {
  const { page, fx } = r;
  const have = new Set((await savedProfile(page))?.skills?.map((s) => s.id) ?? []);
  for (const id of fx.skills_onet_dwa) {
    if (have.has(id)) continue;
    const tile = await visible(page, SEL.taskTile(id));
    if (tile && !(await checked(tile))) await r.tap(tile);
  }
  await r.next();
}

async function certificates(r) {
  const { page, fx } = r;
  for (const c of fx.certificates) {
    const listed = listedCertificate(c.name);
    let tile = listed && (await visible(page, SEL.certTile(listed.id)));
    if (listed && !tile) {
      const more = await visible(page, SEL.moreCerts);
      if (more) { await r.tap(more); tile = await visible(page, SEL.certTile(listed.id)); }
    }
    if (!tile) {
      await r.type(page.locator(SEL.otherCert), c.name);
      await r.tap(page.locator(SEL.addCert));
      continue;
    }
    if (!(await checked(tile))) await r.tap(tile);
    // NEW: its optional issuer and date, where the screen offers them (in its item, else the page).
    const n = listed.id; // its data-key: the details are found inside its own list item
    const scope = page; // the selectors name the item themselves (li:has(label[data-key]))
    const issuer = (await visible(scope, SEL.certIssuer(n))) ?? (await visible(page, SEL.certIssuer(n)));
    if (issuer && c.issuer) { r.asked.issuer = true; await r.type(issuer, c.issuer); }
    if (c.date) {
      const [y, m] = c.date.split('-').map(Number);
      const sel = { button: (yy) => SEL.certYearButton(n, yy), earlier: SEL.certEarlier(n), select: SEL.certYearSelect(n) };
      const offered = (await visible(scope, `${sel.button(y)}, ${sel.earlier}, ${sel.select}`));
      if (offered) {
        r.asked.certYear = true;
        await pickYear(r, sel, y);
        if (r.months) {
          const month = { add: SEL.certAddMonth(n), button: (mm) => SEL.certMonthButton(n, mm), select: SEL.certMonthSelect(n) };
          if (await visible(page, `${month.add}, ${month.select}`)) await pickMonth(r, month, m);
        }
      }
    }
  }
  await r.next();
}

async function check(r) {
  await r.next(); // "Finish"
}

/** Which function runs on which ?step= (from STEPS at the top). */
const FUNCTIONS = { welcome, device, name, contact, languages, jobs, jobWhen, jobTasks, otherSkills, certificates, check };
const SCREENS = Object.fromEntries(Object.entries(STEPS).flatMap(([f, keys]) => keys.map((k) => [k, FUNCTIONS[f]])));

// ── running one profile ──────────────────────────────────────────────────────────────────────────
async function savedProfile(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);
  if (!raw) return null;
  const v = JSON.parse(raw);
  return v.profile ?? v;
}

async function build(env, label, fx, { months, trace }) {
  const context = await env.browser.newContext({
    viewport: PHONE, locale: 'en-US', isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: PHONE_UA,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const r = new Run(page, fx, { months, trace });
  try {
    await page.goto(env.origin + '/');
    await page.locator('.topbar').waitFor();
    await page.locator('main h1').first().waitFor();
    // The app puts the first screen's ?step= in the address once it has started: wait for it, so
    // the start is never counted as two screens (a UI that keeps a bare address goes on after 3 s).
    await page.waitForFunction(() => new URL(location.href).searchParams.has('step'), null, { timeout: 3000 }).catch(() => {});
    await r.settle();
    await r.enter();
    for (let guard = 0; guard < 200; guard++) {
      const step = r.visit.step;
      if (step === DONE) break;
      const screen = SCREENS[step];
      if (!screen) throw new Error(`no bench function for the screen ?step=${step} (add its key to STEPS in bench/taps.mjs)`);
      const href = page.url();
      await screen(r);
      if (page.url() === href) {
        throw new Error(`${step}: its function ended without moving on`);
      }
    }
    if (r.visit.step !== DONE) throw new Error('the flow never reached the profile page');
    const problems = verify(await savedProfile(page), { ...fx, ...r.expect }, r.asked);
    if (errors.length) problems.push(...errors.map((e) => `page error: ${e}`));
    if (problems.length) throw new Error(`the saved profile is not ${label}:\n    ${problems.join('\n    ')}`);
    return summarize(label, r);
  } catch (e) {
    const shot = `/tmp/taps-bench-${label.replace(/\W+/g, '_')}-failure.png`;
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    e.message = `${label}: ${e.message}\n  (screen ${page.url()}; screenshot ${shot})`;
    throw e;
  } finally {
    await context.close();
  }
}

/** What must be in the saved profile. Returns a list of problems (empty = all there). */
function verify(p, fx, asked) {
  if (!p) return [`nothing saved under ${PROFILE_KEY}`];
  const out = [];
  const same = (what, got, want) => { if ((got ?? null) !== (want ?? null)) out.push(`${what}: saved ${JSON.stringify(got)}, fixture ${JSON.stringify(want)}`); };
  same('name', p.name, fx.name);
  for (const f of ['phone', 'email', 'city']) same(f, p.contact?.[f], fx[f]);
  const jobs = p.jobs ?? [];
  same('number of jobs', jobs.length, fx.jobs.length);
  const year = (d) => (d == null ? null : String(d).slice(0, 4));
  for (const j of fx.jobs) {
    const s = jobs.find((x) => x.occupation === j.onet_soc);
    if (!s) { out.push(`job ${j.onet_soc} (${j.title}) missing`); continue; }
    same(`${j.title}: employer`, s.employer, j.employer);
    same(`${j.title}: start year`, year(s.start), year(j.start));
    same(`${j.title}: end year`, year(s.end), year(j.end));
    if (asked.jobMonths && s.start && String(s.start).length > 4) same(`${j.title}: start`, s.start, j.start);
    if (asked.jobMonths && j.end && s.end && String(s.end).length > 4) same(`${j.title}: end`, s.end, j.end);
  }
  const skills = new Set((p.skills ?? []).map((s) => s.id));
  const missing = fx.skills_onet_dwa.filter((id) => !skills.has(id));
  const extra = [...skills].filter((id) => !fx.skills_onet_dwa.includes(id));
  if (missing.length) out.push(`skills missing: ${missing.join(' ')}`);
  if (extra.length) out.push(`skills not in the fixture: ${extra.join(' ')}`);
  const creds = p.credentials ?? [];
  same('number of certificates', creds.length, fx.certificates.length);
  for (const c of fx.certificates) {
    const listed = listedCertificate(c.name);
    const s = creds.find((x) => (listed ? x.cert === listed.id : x.name === c.name));
    if (!s) { out.push(`certificate ${listed?.id ?? c.name} missing`); continue; }
    if (asked.issuer) same(`${c.name}: issuer`, s.issuer, c.issuer);
    if (asked.certYear) same(`${c.name}: year`, year(s.date), year(c.date));
  }
  if (asked.languages) {
    const langs = new Set(p.languages ?? []);
    for (const l of fx.languages ?? []) if (!langs.has(l)) out.push(`language ${l} missing`);
  }
  return out;
}

function summarize(label, r) {
  const sum = (f) => r.visits.filter((v) => v.step !== DONE).reduce((n, v) => n + f(v), 0);
  const taps = sum((v) => v.taps);
  const fieldTaps = sum((v) => v.fieldTaps);
  const typed = sum((v) => v.typed);
  const items = sum((v) => v.items.size);
  const screens = r.visits.length; // the profile page the flow ends on included
  const seconds = MODEL.tap * (taps + fieldTaps) + MODEL.char * typed + MODEL.item * items;
  return {
    profile: label, taps, fieldTaps, allTaps: taps + fieldTaps, typed, searchTyped: r.searchChars, screens, items,
    seconds, secondsWithoutFieldTaps: seconds - MODEL.tap * fieldTaps,
    asked: r.asked, notes: r.notes,
    visits: r.visits.map((v) => ({
      step: v.step, query: new URL(v.href).search, taps: v.taps, fieldTaps: v.fieldTaps, typed: v.typed, items: v.items.size,
    })),
  };
}

const mmss = (s) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
function table(rows, dist) {
  const lines = [
    `Taps bench — ${dist} — Chromium 360×740 — model: 4 s/tap (taps + field taps), 1.5 s/typed char, 2 s/list item`,
    '',
    '| profile | taps | field taps | taps + field | typed chars | screens | list items | time (min:s) | time w/o field taps |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((x) => `| ${x.profile} | ${x.taps} | ${x.fieldTaps} | ${x.allTaps} | ${x.typed}${x.searchTyped ? ` (${x.searchTyped} search)` : ''} | ${x.screens} | ${x.items} | ${mmss(x.seconds)} (${(x.seconds / 60).toFixed(1)} min) | ${mmss(x.secondsWithoutFieldTaps)} (${(x.secondsWithoutFieldTaps / 60).toFixed(1)} min) |`),
  ];
  for (const x of rows) for (const n of x.notes) lines.push('', `${x.profile}: ${n}`);
  const r1 = rows.find((x) => x.profile === 'R1');
  if (r1) {
    lines.push('', `R1 targets (issue 14): ≤ 45 taps — ${r1.allTaps} taps + field taps (${r1.taps} without) ${r1.allTaps <= 45 ? 'OK' : 'OVER'}; ≤ 8 min — ${(r1.seconds / 60).toFixed(1)} min ${r1.seconds <= 480 ? 'OK' : 'OVER'}`);
  }
  return lines.join('\n');
}
function perScreen(x) {
  return [`${x.profile}:`, ...x.visits.map((v) => `  ${v.step.padEnd(13)} ${v.query.padEnd(28)} taps ${v.taps}  field ${v.fieldTaps}  typed ${v.typed}  items ${v.items}`)].join('\n');
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────
const opts = parseArgs(process.argv.slice(2));
if (!existsSync(join(opts.dist, 'index.html'))) {
  console.error(`${opts.dist}/index.html is missing: build first (scripts/build.sh) or pass --dist`);
  process.exit(1);
}
const env = await setUp({ dist: opts.dist });
const rows = [];
let failed = false;
try {
  for (const spec of opts.profiles.split(',').map((s) => s.trim()).filter(Boolean)) {
    const { label, fx } = await loadFixture(spec);
    // Year only where the UI allows it (the common case); R1 again with months, for honesty.
    rows.push(await build(env, label, fx, { months: false, trace: opts.trace }));
    if (opts.months && label === 'R1') {
      const withMonths = await build(env, label, fx, { months: true, trace: opts.trace });
      if (withMonths.asked.monthsRequired) {
        withMonths.notes = [...withMonths.notes, 'this UI asks a month with every date, so this row is the same as R1'];
      }
      rows.push({ ...withMonths, profile: 'R1 with months' });
    }
  }
} catch (e) {
  console.error(`TAPS BENCH FAILED — ${e.message}`);
  failed = true;
} finally {
  await env.tearDown();
}
if (failed) process.exit(1);
if (opts.json) {
  console.log(JSON.stringify({ dist: opts.dist, model: MODEL, viewport: PHONE, rows }, null, 2));
} else {
  console.log(table(rows, opts.dist));
  if (opts.trace) console.log(`\n${rows.map(perScreen).join('\n')}`);
}
