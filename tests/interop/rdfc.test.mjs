// SkillPass's own RDF Dataset Canonicalization (RDFC-1.0) of class documents, compared byte for
// byte with the reference JavaScript implementation (jsonld.js + rdf-canonize, the one Digital
// Bazaar's eddsa-rdfc-2022 suite uses), offline.
// Every file INTEROP_DIR/canon/*.json is an array of { input, nquads }: `input` a JSON-LD object
// with its @context (a badge without proof, or an rdfc-2022 proof configuration with the
// document's @context), `nquads` the canonical N-Quads SkillPass produced for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import jsonld from 'jsonld';
import { blockNetwork, documentLoader, jsonFiles, readJson, nonEmpty } from './ld.mjs';

const attempts = blockNetwork();
const files = jsonFiles('canon');

test('there are canonicalization cases to check', () => {
  nonEmpty(files, 'canon/*.json');
  const total = files.reduce((n, f) => n + readJson(f).length, 0);
  assert.ok(total > 0, 'the canon files hold cases');
});

/** Where two texts first differ, as a short report. */
function firstDifference(ours, theirs) {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1} of ${a.length} (ours) / ${b.length} (jsonld.js):\n  ours:      ${JSON.stringify(a[i])}\n  jsonld.js: ${JSON.stringify(b[i])}`;
    }
  }
  return 'the texts are equal';
}

const canonize = (input) => jsonld.canonize(structuredClone(input), {
  algorithm: 'RDFC-1.0',
  format: 'application/n-quads',
  documentLoader,
  safe: true,
});

for (const file of files) {
  const cases = readJson(file);
  test(`${basename(file)}: ${cases.length} documents canonicalize exactly as jsonld.js does`, async () => {
    assert.ok(Array.isArray(cases) && cases.length > 0, 'an array of cases');
    const wrong = [];
    for (const [i, { input, nquads }] of cases.entries()) {
      assert.equal(typeof nquads, 'string', `case ${i}: nquads is a string`);
      assert.ok(input && typeof input === 'object' && input['@context'], `case ${i}: input has an @context`);
      let theirs;
      try {
        theirs = await canonize(input);
      } catch (e) {
        wrong.push(`case ${i} (${input.type ?? input.name ?? ''}): jsonld.js refused it in safe mode: ${e.message}`);
        continue;
      }
      assert.ok(theirs.length > 0, `case ${i}: jsonld.js produced quads`);
      if (theirs !== nquads) {
        wrong.push(`case ${i} (${JSON.stringify(input.name ?? input.cryptosuite ?? '')}): ${firstDifference(nquads, theirs)}`);
      }
    }
    assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${cases.length} differ`);
  });
}

test('the comparison catches a difference (self-check)', async () => {
  if (files.length === 0) return;
  const [{ input, nquads }] = readJson(files[0]);
  const changed = structuredClone(input);
  changed['@context'] = input['@context'];
  if (typeof changed.name === 'string') changed.name += '!';
  else changed.created = '2000-01-01T00:00:00Z';
  assert.notEqual(await canonize(changed), nquads);
});

test('no network was tried', () => {
  assert.deepEqual(attempts, []);
});
