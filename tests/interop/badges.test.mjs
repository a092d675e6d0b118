// SkillPass's exported class badges, checked by other people's verifiers, offline:
//   - the Digital Credentials Consortium's @digitalcredentials/verifier-core (inside the Learner
//     Credential Wallet and VerifierPlus): checks eddsa-rdfc-2022 (and Ed25519Signature2020);
//   - Digital Bazaar's @digitalbazaar/vc with @digitalbazaar/eddsa-rdfc-2022-cryptosuite and
//     @digitalbazaar/eddsa-jcs-2022-cryptosuite.
// Every file INTEROP_DIR/badges/*.json (written by core/examples/interop_*.rs; key.json is the
// test key) must verify with both, with both proofs and with each proof alone where the verifier
// supports its suite; a change to what a reader sees (class, skill, trainer, date) or to a proof
// must fail. Every badge is also valid Open Badges 3.0 (JSON Schema, adapted to VC 2.0 — see
// schemas.mjs — plus §B.1.3 checked in code).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { blockNetwork, jsonFiles, readJson, nonEmpty, loaded } from './ld.mjs';
import { verifyDb, verifyDcc, suitesOf } from './suites.mjs';
import {
  catalogAjv, ob3Original, ob3Adapted, diffPaths, OB3_ADAPTATION, subjectProblems, explain,
} from './schemas.mjs';

const attempts = blockNetwork();
// The one request verifier-core makes on its own: its OB 3.0 schema check downloads the schema
// from 1EdTech's site. It is refused (and the check reports it could not run).
const DCC_SCHEMA_FETCH = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

const files = jsonFiles('badges', (f) => f === 'key.json');
const RDFC = 'eddsa-rdfc-2022';
const JCS = 'eddsa-jcs-2022';

test('there are exported badges to check', () => {
  nonEmpty(files, 'badges/*.json');
});

/** `badge` with `proof` replaced. */
const withProof = (badge, proof) => ({ ...structuredClone(badge), proof: structuredClone(proof) });

/** Changes one character of a string, keeping it the same length (and base58 if it was). */
function changeChar(s, at = Math.floor(s.length / 2)) {
  const c = s[at];
  let next = 'x';
  if (/[1-8]/.test(c)) next = String(Number(c) + 1);
  else if (/[09]/.test(c)) next = '1';
  else if (c === 'x') next = 'y';
  return s.slice(0, at) + next + s.slice(at + 1);
}

/** An ISO instant moved by `days` and `seconds`, in the same `…Z` form. */
function moved(instant, { days = 0, seconds = 0 }) {
  const t = new Date(instant);
  t.setUTCDate(t.getUTCDate() + days);
  t.setUTCSeconds(t.getUTCSeconds() + seconds);
  return t.toISOString().replace('.000Z', 'Z');
}

const proofIndex = (badge, suite) => [badge.proof].flat().findIndex((p) => p.cryptosuite === suite);

/** The tamperings a reader or a proof check must notice: [label, mutate(badge), whichProof]. */
function tamperings(badge) {
  const list = [
    ['the class name', (b) => { b.name = changeChar(b.name); }],
    ['the achievement name', (b) => { b.credentialSubject.achievement.name = changeChar(b.credentialSubject.achievement.name); }],
    ['the trainer (issuer) name', (b) => { b.issuer.name = changeChar(b.issuer.name); }],
    ['the class date', (b) => { b.validFrom = moved(b.validFrom, { days: 1 }); }],
  ];
  const alignment = badge.credentialSubject?.achievement?.alignment ?? [];
  alignment.forEach((a, i) => {
    if (i === 0 || i === alignment.length - 1) {
      list.push([`skill ${i + 1}'s name`, (b) => {
        const t = b.credentialSubject.achievement.alignment[i];
        t.targetName = changeChar(t.targetName);
      }]);
    }
  });
  if (badge.credentialSubject?.identifier?.[0]?.identityHash) {
    list.push(['the learner', (b) => {
      const id = b.credentialSubject.identifier[0];
      id.identityHash = changeChar(id.identityHash);
    }]);
  }
  for (const suite of [JCS, RDFC]) {
    const i = proofIndex(badge, suite);
    if (i < 0) continue;
    const at = (b) => (Array.isArray(b.proof) ? b.proof[i] : b.proof);
    list.push([`the ${suite} proofValue`, (b) => { at(b).proofValue = changeChar(at(b).proofValue); }, suite]);
    list.push([`the ${suite} created time`, (b) => { at(b).created = moved(at(b).created, { seconds: 1 }); }, suite]);
  }
  return list;
}

for (const file of files) {
  const name = basename(file);
  const badge = readJson(file);

  test(`${name}: carries eddsa-jcs-2022 and eddsa-rdfc-2022 proofs by the same did:key`, () => {
    assert.ok(Array.isArray(badge.proof), 'proof is an array');
    assert.deepEqual([...suitesOf(badge)].sort(), [JCS, RDFC]);
    const methods = new Set(badge.proof.map((p) => p.verificationMethod));
    assert.equal(methods.size, 1, 'one key signs both');
    const [method] = methods;
    assert.match(method, /^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+#z6Mk/);
    assert.equal(method.split('#')[0], badge.issuer.id, 'the issuer is the key that signed');
    for (const p of badge.proof) {
      assert.equal(p.type, 'DataIntegrityProof');
      assert.equal(p.proofPurpose, 'assertionMethod');
    }
  });

  test(`${name}: both verifiers accept it, offline`, async () => {
    const dcc = await verifyDcc(badge);
    assert.equal(dcc.signature, 'valid', `DCC verifier-core: ${JSON.stringify(dcc.result.errors ?? dcc.result.log)}`);
    const db = await verifyDb(badge);
    assert.ok(db.verified, `Digital Bazaar vc (rdfc + jcs suites): ${db.error?.message ?? JSON.stringify(db.error)}`);
    const dbRdfc = await verifyDb(badge, { suites: [RDFC] });
    assert.ok(dbRdfc.verified, 'Digital Bazaar vc with only the eddsa-rdfc-2022 suite');
    const dbJcs = await verifyDb(badge, { suites: [JCS] });
    assert.ok(dbJcs.verified, 'Digital Bazaar vc with only the eddsa-jcs-2022 suite');
  });

  test(`${name}: each proof alone verifies where its suite is supported`, async (t) => {
    const rdfc = withProof(badge, badge.proof[proofIndex(badge, RDFC)]);
    const jcs = withProof(badge, badge.proof[proofIndex(badge, JCS)]);
    assert.equal((await verifyDcc(rdfc)).signature, 'valid', 'DCC: the rdfc proof alone');
    assert.ok((await verifyDb(rdfc, { suites: [RDFC] })).verified, 'DB: the rdfc proof alone');
    assert.ok((await verifyDb(jcs, { suites: [JCS] })).verified, 'DB: the jcs proof alone');
    // verifier-core has no eddsa-jcs-2022 suite: a badge with only that proof is not accepted
    // there (this is why the rdfc proof exists).
    const dccJcs = await verifyDcc(jcs);
    assert.notEqual(dccJcs.signature, 'valid', 'DCC cannot check an eddsa-jcs-2022 proof');
    if (file === files[0]) t.diagnostic(`DCC on the jcs proof alone: ${dccJcs.signature}`);
  });

  test(`${name}: any change to what it says, or to a proof, fails`, async (t) => {
    for (const [label, mutate, proofSuite] of tamperings(badge)) {
      const bad = structuredClone(badge);
      mutate(bad);
      assert.notDeepEqual(bad, badge, `${label}: the tampering changed something`);
      const db = await verifyDb(bad);
      const dcc = await verifyDcc(bad);
      if (!proofSuite) {
        // A change to the document breaks both proofs.
        assert.equal(db.verified, false, `DB vc accepted a badge with a changed ${label}`);
        assert.deepEqual(db.proofs.map((p) => p.verified), [false, false], `DB vc: both proofs fail (${label})`);
        assert.notEqual(dcc.signature, 'valid', `DCC verifier-core accepted a badge with a changed ${label}`);
        continue;
      }
      // A change to one proof: that proof fails. (jsonld-signatures, inside both verifiers, calls
      // a document verified when any proof it can check verifies, so the other, intact proof
      // still carries the badge there; recorded below.)
      const own = await verifyDb(bad, { suites: [proofSuite] });
      assert.equal(own.verified, false, `DB vc (${proofSuite} suite) accepted a changed ${label}`);
      const i = proofIndex(badge, proofSuite);
      assert.equal(db.proofs[i]?.verified, false, `DB vc: the proof with the changed ${label} fails`);
      assert.equal(db.proofs[1 - i]?.verified, true, 'DB vc: the other proof still verifies');
      if (proofSuite === RDFC) {
        assert.notEqual(dcc.signature, 'valid', `DCC verifier-core accepted a badge with a changed ${label}`);
      }
      if (file === files[0]) {
        t.diagnostic(`changed ${label}: DB vc with both suites says verified=${db.verified}; DCC says ${dcc.signature}`);
      }
    }
  });
}

/** [path, value] of every string in `v` outside `proof`. */
function strings(v, path = []) {
  if (typeof v === 'string') return [[path, v]];
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => (path.length === 0 && k === 'proof' ? [] : strings(x, [...path, k])));
  }
  return [];
}

// Beyond the named changes: one character of every string the document holds (ids, codes, URLs,
// types, contexts…), for the room badge and a per-learner one.
const tamperedContexts = new Set();
const sampled = files.filter((f) => /forklift/.test(basename(f))).slice(0, 2);
for (const file of (sampled.length ? sampled : files.slice(0, 1))) {
  test(`${basename(file)}: a change to any string in it fails both verifiers`, async () => {
    const badge = readJson(file);
    const all = strings(badge);
    assert.ok(all.length > 10, `${all.length} strings`);
    for (const [path, value] of all) {
      const bad = structuredClone(badge);
      let at = bad;
      for (const k of path.slice(0, -1)) at = at[k];
      at[path.at(-1)] = value === '' ? 'x' : changeChar(value, value.length - 1);
      const where = path.join('.');
      // verifier-core fetches a context it does not bundle: a changed @context URL is tried (and
      // refused, see the last test).
      if (path[0] === '@context') tamperedContexts.add(at[path.at(-1)]);
      assert.equal((await verifyDb(bad)).verified, false, `DB vc accepted a change to ${where}`);
      assert.notEqual((await verifyDcc(bad)).signature, 'valid', `DCC accepted a change to ${where}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Open Badges 3.0 JSON Schema

let validateOb3;
let validateOb3Original;
test('the OB 3.0 schema adaptation is exactly the documented one', () => {
  const original = ob3Original();
  const adapted = ob3Adapted();
  assert.deepEqual(diffPaths(original, adapted), OB3_ADAPTATION);
  assert.deepEqual(original.required.filter((r) => r !== 'issuanceDate'),
    adapted.required.filter((r) => r !== 'validFrom'), 'required: only issuanceDate → validFrom');
  assert.deepEqual(adapted.properties.validFrom.type, original.properties.issuanceDate.type);
  assert.deepEqual(adapted.properties.validFrom.format, original.properties.issuanceDate.format);
  const before = original.$defs.IdentityObject.properties.identityType.anyOf[0].enum;
  const now = adapted.$defs.IdentityObject.properties.identityType.anyOf[0].enum;
  assert.deepEqual(now.filter((x) => x !== 'name'), before, 'identityType: only "name" added');
  const { ajv } = catalogAjv();
  validateOb3 = ajv.compile({ ...adapted, $id: undefined, id: 'urn:skillpass:ob3-vc2-adapted' });
  validateOb3Original = ajv.getSchema(
    'https://www.hropenstandards.org/recruiting/json/ler-rs/1EdTech/ob_v3p0_achievementcredential_schema_draft4.json');
  assert.ok(validateOb3Original);
});

const toldOriginal = new Set();
/** Which rules of the unadapted schema a badge breaks (to show the adaptation is needed). */
function originalFailures(badge) {
  validateOb3Original(badge);
  return (validateOb3Original.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`);
}

for (const file of files) {
  const name = basename(file);
  test(`${name}: valid Open Badges 3.0 (schema adapted to VC 2.0, and §B.1.3)`, (t) => {
    const badge = readJson(file);
    assert.ok(validateOb3, 'schema compiled');
    const ok = validateOb3(badge);
    assert.ok(ok, explain(validateOb3.errors).join('\n'));
    assert.deepEqual(subjectProblems(badge), []);
    const broke = originalFailures(badge);
    const said = `rules of the unadapted VC 1.1-era copy it breaks: ${broke.map((l) => l.replace(/"allowedValues":\[[^\]]*\]/, '"allowedValues":[…]')).join('; ') || 'none'}`;
    if (!toldOriginal.has(said)) t.diagnostic(said);
    toldOriginal.add(said);
    // The unadapted copy fails it only on what the adaptation covers.
    for (const line of broke) {
      assert.match(line, /^\/ required \{"missingProperty":"issuanceDate"\}|^\/credentialSubject\/identifier\/\d+\/identityType (enum|pattern|anyOf) /,
        `the unadapted schema fails it on something the adaptation does not cover: ${line}`);
    }
  });
}

test('the schema checks catch what they should (self-check)', () => {
  assert.ok(validateOb3);
  if (files.length === 0) return;
  const badge = readJson(files[0]);
  const noName = structuredClone(badge);
  delete noName.name;
  assert.equal(validateOb3(noName), false, 'a badge without a name fails');
  const noDate = structuredClone(badge);
  delete noDate.validFrom;
  assert.equal(validateOb3(noDate), false, 'a badge without validFrom fails');
  const badDate = { ...structuredClone(badge), validFrom: '1 March 2026' };
  assert.equal(validateOb3(badDate), false, 'a badge whose validFrom is not a date-time fails');
  const anon = structuredClone(badge);
  delete anon.credentialSubject.id;
  delete anon.credentialSubject.identifier;
  assert.notDeepEqual(subjectProblems(anon), [], 'a subject with neither id nor identifier fails §B.1.3');
});

test('nothing reached the network; the loader served only offline copies', (t) => {
  t.diagnostic(`documents asked of our loader (any not held offline was refused): ${[...loaded].map((u) => u.replace(/(did:key:z6Mk.{6}).*/, '$1…')).sort().join(', ')}`);
  const tally = {};
  for (const a of attempts) tally[`${a.via} ${a.target}`] = (tally[`${a.via} ${a.target}`] ?? 0) + 1;
  t.diagnostic(`network attempts (all refused): ${JSON.stringify(tally)}`);
  const expected = new Set([DCC_SCHEMA_FETCH, ...tamperedContexts]);
  const unexpected = attempts.filter((a) => !(a.via === 'fetch' && expected.has(a.target)));
  assert.deepEqual(unexpected, [], 'nothing but verifier-core\'s schema download (and tampered contexts) tried the network');
});
