// SkillPass's JSON Resume export, rendered by published themes as a person would see it.
// Every INTEROP_DIR/jsonresume/<name>.json (the export of one reference profile) must validate
// against @jsonresume/schema and render with jsonresume-theme-even and
// jsonresume-theme-stackoverflow (and jsonresume-theme-elegant when it renders at all), and the
// page's visible text must show what <name>.expect.json lists — the name, each job's position,
// employer and start/end year, each skill in words, each certificate, each language by name — and
// none of its `codes` (O*NET ids, ESCO URLs, ISO language codes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { decodeHTML } from 'entities';
import { blockNetwork, jsonFiles, readJson, nonEmpty, ROOT } from './ld.mjs';

const attempts = blockNetwork();
const require = createRequire(import.meta.url);
const files = jsonFiles('jsonresume', (f) => f.endsWith('.expect.json'));

const THEMES = {
  even: async (r) => (await import('jsonresume-theme-even')).render(r),
  stackoverflow: async (r) => require('jsonresume-theme-stackoverflow').render(r),
  elegant: async (r) => require('jsonresume-theme-elegant').render(r),
};
/** Themes that must render every export; the others are tried and reported. */
const REQUIRED = ['even', 'stackoverflow'];

/** What a reader sees of an HTML page: no head, scripts, styles, comments or tags; entities decoded. */
export function visibleText(html) {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<head[\s>][\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style|template|noscript)[\s>][\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeHTML(body).replace(/[\s\u00a0]+/g, ' ').trim();
}

const norm = (s) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `needle` in `text` as a whole word or phrase (not inside a longer word), case as written. */
const hasWord = (text, needle) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(norm(needle))}(?![\\p{L}\\p{N}])`, 'u').test(text);
const year = (d) => (typeof d === 'string' ? d.slice(0, 4) : null);

/**
 * The résumé's own words: every string in it except machine fields (`x-…` keys, `meta`) and
 * strings that are or hold a code. A code counts as visible only where it shows outside these
 * (a short language code such as "en" is also a Spanish word: "cuidarse en casa"), so an ISO code
 * is caught where it stands on its own (a language entry, a keyword, a tag), not inside a sentence.
 */
function prose(resume, codes) {
  const out = [];
  const walk = (v, key) => {
    if (typeof key === 'string' && (key.startsWith('x-') || key === 'meta')) return;
    if (typeof v === 'string') {
      // Kept out of the résumé's words: a string that is a code, or holds a long code (an O*NET
      // id, an ESCO URL). A short code (an ISO language code) inside a sentence is a word.
      if (!codes.some((c) => norm(v) === norm(c) || (c.length > 3 && hasWord(norm(v), c)))) out.push(norm(v));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? null : k);
    }
  };
  walk(resume, null);
  return out.filter((x) => x.length > 0).sort((a, b) => b.length - a.length);
}

/** `text` without the résumé's own words (see `prose`). */
function withoutProse(text, words) {
  let rest = text;
  for (const w of words) rest = rest.split(w).join(' ');
  return rest;
}

/** Everything `expect` says must be seen, as a list of problems (`resume`: what was rendered). */
function missing(text, expect, resume = {}) {
  const problems = [];
  const need = (what, s) => { if (!text.includes(norm(s))) problems.push(`${what} ${JSON.stringify(s)} not shown`); };
  need('name', expect.name);
  for (const job of expect.jobs ?? []) {
    need('position', job.position);
    if (job.employer) need(`employer of ${job.position}`, job.employer);
    for (const d of [job.start, job.end]) {
      if (year(d) && !hasWord(text, year(d))) problems.push(`year ${year(d)} of ${job.position} not shown`);
    }
  }
  for (const skill of expect.skills ?? []) {
    for (const w of norm(skill).split(' ')) {
      if (!text.includes(w)) problems.push(`word ${JSON.stringify(w)} of skill ${JSON.stringify(skill)} not shown`);
    }
  }
  for (const c of expect.certificates ?? []) {
    need('certificate', c.name);
    if (c.issuer) need(`issuer of ${c.name}`, c.issuer);
  }
  for (const l of expect.languages ?? []) need('language', l);
  const codes = expect.codes ?? [];
  const chrome = withoutProse(text, prose(resume, codes));
  for (const code of codes) {
    if (hasWord(chrome, code)) problems.push(`code ${JSON.stringify(code)} is visible`);
  }
  return problems;
}

let validateResume;
test('the JSON Resume schema (@jsonresume/schema) compiles', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@jsonresume', 'schema', 'schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validateResume = ajv.compile(schema);
});

test('there are JSON Resume exports to check', () => {
  nonEmpty(files, 'jsonresume/*.json');
  for (const f of files) {
    assert.ok(existsSync(f.replace(/\.json$/, '.expect.json')), `${basename(f)} has its .expect.json`);
  }
});

for (const file of files) {
  const name = basename(file, '.json');
  test(`${name}: valid JSON Resume, and themes show it all in words`, async (t) => {
    const resume = readJson(file);
    const expect = readJson(file.replace(/\.json$/, '.expect.json'));
    assert.ok(validateResume(resume), `@jsonresume/schema: ${JSON.stringify(validateResume.errors?.slice(0, 5))}`);
    assert.ok(expect.name && Array.isArray(expect.codes), 'the expectation names the person and the codes');
    let rendered = 0;
    for (const [theme, render] of Object.entries(THEMES)) {
      let html;
      try {
        html = await render(structuredClone(resume));
      } catch (e) {
        assert.ok(!REQUIRED.includes(theme), `${theme} threw: ${e.stack}`);
        t.diagnostic(`${theme} did not render: ${e.message}`);
        continue;
      }
      assert.equal(typeof html, 'string', `${theme} returned HTML`);
      const text = visibleText(html);
      assert.deepEqual(missing(text, expect, resume), [], `${theme}: what the page shows`);
      rendered += 1;
      t.diagnostic(`${theme}: ${text.length} characters of visible text, all expected words there`);
    }
    assert.ok(rendered >= 2, 'at least two themes rendered it');
  });
}

test('the checks catch codes and missing words (self-check)', () => {
  const text = visibleText('<html><head><title>4.A.1</title></head><body><h1>Ana &amp; Bo</h1><p>Cook rice es</p>'
    + '<script>var x = "hidden";</script><!-- 1999 --></body></html>');
  assert.equal(text, 'Ana & Bo Cook rice es');
  assert.deepEqual(missing(text, { name: 'Ana & Bo', skills: ['Cook rice'], codes: ['4.A.1'] }), []);
  assert.equal(missing(text, { name: 'Ana', skills: [], codes: ['es'] }).length, 1, 'a language code seen as a word');
  assert.equal(missing(text, { name: 'Ana', skills: [], codes: ['Co'] }).length, 0, 'but not inside a word');
  const es = visibleText('<p>Ana</p><p>Cuidé a pacientes en casa</p><p>es</p>');
  const resume = { basics: { name: 'Ana' }, skills: [{ name: 'Cuidé a pacientes en casa' }],
    languages: [{ language: 'es', 'x-skillpass': { code: 'es' } }] };
  assert.deepEqual(missing(es, { name: 'Ana', skills: [], codes: ['en', 'es'] }, resume), ['code "es" is visible'],
    'a language code shown as such is caught, the same letters as a word of the résumé are not');
  const leaked = { ...resume, skills: [{ name: 'Cuidé a pacientes en casa', keywords: ['4.A.1'] }] };
  assert.equal(missing(visibleText('<p>Ana</p><p>Cuidé a pacientes en casa</p><p>4.A.1</p>'), { name: 'Ana', codes: ['4.A.1'] }, leaked).length, 1,
    'a code in keywords is caught');
  assert.equal(missing(text, { name: 'Ana', jobs: [{ position: 'Cook', employer: null, start: '1999-04', end: null }], codes: [] }).length, 1,
    'a year only in a comment is not shown');
});

test('no network was tried', () => {
  assert.deepEqual(attempts, []);
});
