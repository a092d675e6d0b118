// SkillPass's LER-RS export ("Save for job applications") against HR Open's LER-RS JSON Schema
// (draft 4, ../shared/data/ler-rs-and-ob3-schemas/catalog/…/recruiting/json/LER-RSType.json, every
// `$ref` resolved inside catalog/: see schemas.mjs). Every file INTEROP_DIR/ler-rs/*.json is the
// export of one reference profile. The four official samples in samples/ go through the same
// validator, for the record only (they are VC-wrapped 4.5 documents; see the diagnostics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { readdirSync } from 'node:fs';
import { blockNetwork, jsonFiles, readJson, nonEmpty, SCHEMAS } from './ld.mjs';
import { catalogAjv, explain, LER_RS } from './schemas.mjs';
import { verifyDb, verifyDcc } from './suites.mjs';

const attempts = blockNetwork();
const TYPE_44 = 'http://schema.hropenstandards.org/4.4/recruiting/json/ler-rs/LER-RSType.json';
const files = jsonFiles('ler-rs');

let validate;
test('the LER-RS schema compiles with every $ref inside catalog/', () => {
  const { ajv, loaded } = catalogAjv();
  assert.ok(loaded.length > 250, `${loaded.length} schemas preloaded`);
  validate = ajv.getSchema(LER_RS);
  assert.ok(validate, 'LER-RSType.json compiled');
  assert.deepEqual(validate.schema.properties.type.enum, [TYPE_44], 'the schema allows only the 4.4 type URL');
});

test('there are LER-RS exports to check', () => {
  nonEmpty(files, 'ler-rs/*.json');
});

for (const file of files) {
  test(`${basename(file)}: valid LER-RS 4.4`, () => {
    const doc = readJson(file);
    assert.equal(doc.type, TYPE_44);
    const ok = validate(doc);
    assert.ok(ok, explain(validate.errors).slice(0, 20).join('\n'));
  });
}

test('the intake summary as LER-RS carries her answers under their PIRL names, and validates', () => {
  const file = files.find((f) => basename(f) === 'R1-typical.intake.json');
  assert.ok(file, 'the intake export was written');
  const jc = readJson(file)['x-skillpass']?.jobCentre;
  assert.equal(jc?.pirl?.['PIRL 400 Employment Status at Program Entry'], '0');
  assert.equal(jc?.pirl?.['PIRL 402 Long-Term Unemployed at Program Entry'], '1');
  assert.equal(jc?.pirl?.['PIRL 408 Highest Educational Level Completed at Program Entry'], '2');
  assert.equal(jc?.pirl?.['PIRL 300 Veteran Status'], '9');
  assert.equal(jc?.pirl?.['PIRL 803 English Language Learner at Program Entry'], '1');
  assert.match(jc?.pirl?.['PIRL 403 Occupational Code of Most Recent Employment Prior to Participation'] ?? '', /^\d{8}$/);
});

/** Every embedded signed credential (an object with @context and proof), with where it is. */
function credentials(v, path = '') {
  if (!v || typeof v !== 'object') return [];
  if (!Array.isArray(v) && v['@context'] && v.proof) return [[path || '/', v]];
  return Object.entries(v).flatMap(([k, x]) => credentials(x, `${path}/${k}`));
}

for (const file of files) {
  test(`${basename(file)}: the class badges inside it verify with both verifiers`, async (t) => {
    const found = credentials(readJson(file));
    t.diagnostic(`${found.length} embedded signed credentials${found.length ? ` (at ${found.map(([p]) => p).join(', ')})` : ''}`);
    for (const [where, vc] of found) {
      assert.equal((await verifyDcc(vc)).signature, 'valid', `DCC verifier-core: ${where}`);
      assert.ok((await verifyDb(vc)).verified, `Digital Bazaar vc: ${where}`);
    }
  });
}

test('the validator rejects what it should (self-check)', () => {
  if (files.length === 0) return;
  const doc = readJson(files[0]);
  assert.equal(validate({ ...doc, type: TYPE_44.replace('4.4', '4.5') }), false, 'another type URL fails');
  assert.equal(validate({ ...doc, skills: [] }), false, 'an empty skills list fails (minItems 1)');
  assert.equal(validate({ ...doc, person: 'Ana' }), false, 'a person that is not an object fails');
});

// The official samples, for the record: whole, and their credentialSubject (the LER-RS inside
// the VC wrapper), as they are and with only `type` set to the 4.4 URL this schema allows.
const SAMPLES = join(SCHEMAS, 'samples');
for (const f of readdirSync(SAMPLES).filter((x) => x.endsWith('.json')).sort()) {
  test(`official sample ${f} (reported, not asserted)`, (t) => {
    const doc = readJson(join(SAMPLES, f));
    const summary = (v) => {
      if (validate(v)) return 'passes';
      const top = new Map();
      for (const e of validate.errors) {
        const key = `${e.instancePath.split('/').slice(0, 3).join('/') || '/'} ${e.keyword}`;
        top.set(key, (top.get(key) ?? 0) + 1);
      }
      return `fails: ${[...top].slice(0, 12).map(([k, n]) => `${k}×${n}`).join('; ')}`;
    };
    t.diagnostic(`whole document (type ${JSON.stringify(doc.type)}): ${summary(doc)}`);
    const subject = doc.credentialSubject;
    if (subject && typeof subject === 'object') {
      t.diagnostic(`credentialSubject (type ${JSON.stringify(subject.type)}): ${summary(subject)}`);
      t.diagnostic(`credentialSubject with type set to 4.4: ${summary({ ...subject, type: TYPE_44 })}`);
    }
  });
}

test('no network was tried (but verifier-core\'s refused schema download)', () => {
  const schema = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
  assert.deepEqual(attempts.filter((a) => a.target !== schema), []);
});
