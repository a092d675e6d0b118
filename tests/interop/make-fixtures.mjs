// Writes two committed fixtures for the Rust importer's tests, signed by Digital Bazaar's real
// cryptosuites (run by hand; the tests never run it):
//
//   core/tests/fixtures/badge_rdfc_node.json
//     one of our exported badges with its proofs removed, then signed by
//     @digitalbazaar/eddsa-rdfc-2022-cryptosuite with the same Ed25519 test key and the same
//     `created`; `proof` is a single object (as other issuers write it).
//   core/tests/fixtures/badge_unsupported_node.json
//     the same document with only a proof SkillPass cannot check: a DataIntegrityProof with
//     cryptosuite `ecdsa-rdfc-2019`, made by @digitalbazaar/ecdsa-rdfc-2019-cryptosuite with a
//     fresh P-256 key (did:key:zDn…). It is a real, valid signature over the document (checked
//     below), but its key is not the issuer's, so a full verifier would also refuse the issuer
//     binding; to SkillPass it is simply a proof of a suite it does not support.
//
// Regenerate (after the Rust examples have written target/interop, see scripts/interop.sh):
//   node tests/interop/make-fixtures.mjs [badges/key.json] [badges/<one badge>.json]
// (FIXTURES_DIR overrides where they are written.) Defaults: $INTEROP_DIR/badges/key.json (INTEROP_DIR defaults to target/interop) and the first
// per-learner badge there (else the first badge). badge_rdfc_node.json is the same on every run
// (Ed25519 signatures are deterministic); badge_unsupported_node.json changes (new P-256 key,
// ECDSA signatures are randomized).
import { writeFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as dbVc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { ROOT, INTEROP_DIR, readJson, documentLoader, blockNetwork } from './ld.mjs';
import { keyPair, signRdfc, verifyDb, verifyDcc } from './suites.mjs';

blockNetwork();
const badgesDir = join(INTEROP_DIR, 'badges');
const keyFile = process.argv[2] ?? join(badgesDir, 'key.json');
let badgeFile = process.argv[3];
if (!badgeFile) {
  const all = readdirSync(badgesDir).filter((f) => f.endsWith('.json') && f !== 'key.json').sort();
  const perLearner = all.find((f) => readJson(join(badgesDir, f)).credentialSubject?.identifier?.some((i) => i.identityType === 'name'));
  badgeFile = join(badgesDir, perLearner ?? all[0]);
}
const key = readJson(keyFile);
const badge = readJson(badgeFile);
const doc = structuredClone(badge);
delete doc.proof;
const ours = [badge.proof].flat();
const created = (ours.find((p) => p.cryptosuite === 'eddsa-rdfc-2022') ?? ours[0]).created;

// 1. eddsa-rdfc-2022 by Digital Bazaar, same key, single proof object.
const pair = await keyPair(key);
const rdfc = await signRdfc(doc, pair, created);
if (Array.isArray(rdfc.proof)) throw new Error('expected a single proof');
const okDb = await verifyDb(rdfc, { suites: ['eddsa-rdfc-2022'] });
const okDcc = await verifyDcc(rdfc);
if (!okDb.verified || okDcc.signature !== 'valid') throw new Error('the DB-signed badge does not verify');
const sameAsOurs = ours.some((p) => p.cryptosuite === 'eddsa-rdfc-2022' && p.proofValue === rdfc.proof.proofValue);

// 2. ecdsa-rdfc-2019 by Digital Bazaar, a fresh P-256 key.
const p256 = await EcdsaMultikey.generate({ curve: 'P-256' });
const did = `did:key:${p256.publicKeyMultibase}`;
p256.controller = did;
p256.id = `${did}#${p256.publicKeyMultibase}`;
const ecdsaSuite = new DataIntegrityProof({ signer: p256.signer(), cryptosuite: ecdsaRdfc2019, date: created });
const unsupported = await dbVc.issue({ credential: structuredClone(doc), suite: ecdsaSuite, documentLoader });
// Check the signature itself (not the issuer binding, which this key cannot satisfy).
const vmDoc = await p256.export({ publicKey: true, includeContext: true });
const check = await jsigs.verify(unsupported, {
  suite: new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
  purpose: new jsigs.purposes.AssertionProofPurpose({
    controller: { '@context': 'https://www.w3.org/ns/did/v1', id: did, assertionMethod: [vmDoc.id] },
  }),
  documentLoader: async (url) => (url === vmDoc.id
    ? { contextUrl: null, documentUrl: url, document: vmDoc }
    : documentLoader(url)),
});
if (!check.verified) throw new Error(`the ecdsa-rdfc-2019 proof does not verify: ${check.error}`);

const out = process.env.FIXTURES_DIR ?? join(ROOT, 'core', 'tests', 'fixtures');
writeFileSync(join(out, 'badge_rdfc_node.json'), `${JSON.stringify(rdfc, null, 2)}\n`);
writeFileSync(join(out, 'badge_unsupported_node.json'), `${JSON.stringify(unsupported, null, 2)}\n`);
console.log(`from ${basename(badgeFile)} (created ${created}):`);
console.log(`  badge_rdfc_node.json: eddsa-rdfc-2022 by Digital Bazaar, verifies with DB vc and DCC verifier-core; `
  + `proofValue ${sameAsOurs ? 'identical to' : 'differs from'} our eddsa-rdfc-2022 proof`);
console.log(`  badge_unsupported_node.json: ecdsa-rdfc-2019 by ${did.slice(0, 20)}…, signature verified`);
