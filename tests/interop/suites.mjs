// Other people's signers and verifiers, set up offline (see ld.mjs): Digital Bazaar's
// @digitalbazaar/vc with the eddsa-rdfc-2022 and eddsa-jcs-2022 Data Integrity cryptosuites, and
// the Digital Credentials Consortium's @digitalcredentials/verifier-core (the verifier inside the
// Learner Credential Wallet and VerifierPlus).
import * as dbVc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createSignCryptosuite, createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { documentLoader } from './ld.mjs';

/** The Ed25519 key pair of a `{publicKeyMultibase, secretKeyMultibase}` file (badges/key.json). */
export async function keyPair({ publicKeyMultibase, secretKeyMultibase }) {
  const controller = `did:key:${publicKeyMultibase}`;
  return Ed25519Multikey.from({
    publicKeyMultibase,
    secretKeyMultibase,
    controller,
    id: `${controller}#${publicKeyMultibase}`,
  });
}

const suiteFor = (cryptosuite, opts) => new DataIntegrityProof({ cryptosuite, ...opts });

/** `doc` (no proof) signed by Digital Bazaar's `eddsa-rdfc-2022` suite; `created` as given. */
export async function signRdfc(doc, pair, created) {
  const suite = suiteFor(eddsaRdfc2022, { signer: pair.signer(), date: created });
  return dbVc.issue({ credential: structuredClone(doc), suite, documentLoader });
}

/** `doc` (no proof) signed by Digital Bazaar's `eddsa-jcs-2022` suite. */
export async function signJcs(doc, pair, created) {
  const suite = suiteFor(createSignCryptosuite(), { signer: pair.signer(), date: created });
  return dbVc.issue({ credential: structuredClone(doc), suite, documentLoader });
}

/** The cryptosuites of a badge's proofs, in order. */
export const suitesOf = (badge) => [badge.proof].flat().map((p) => p?.cryptosuite ?? p?.type);

/**
 * Digital Bazaar's verifier (@digitalbazaar/vc), offline, with the given cryptosuites. A proof
 * whose suite is not among them is ignored by jsonld-signatures; at least one must match and
 * jsonld-signatures calls a document verified when ANY matching proof verifies (a good proof next
 * to a broken one passes), so `proofs` also gives each matching proof's own result, in the order
 * of the document's proofs: [{ cryptosuite, verified }]. Returns { verified, proofs, error }.
 */
export async function verifyDb(credential, { suites = ['eddsa-rdfc-2022', 'eddsa-jcs-2022'] } = {}) {
  const all = { 'eddsa-rdfc-2022': eddsaRdfc2022, 'eddsa-jcs-2022': createVerifyCryptosuite() };
  const suite = suites.map((s) => suiteFor(all[s]));
  const r = await dbVc.verifyCredential({
    credential: structuredClone(credential), suite, documentLoader,
  });
  const proofs = (r.results ?? []).map((x) => ({ cryptosuite: x.proof?.cryptosuite, verified: x.verified === true }));
  return { verified: r.verified === true, proofs, error: r.error, results: r.results };
}

let dcc;
/**
 * The DCC verifier. It builds its own document loader (@digitalcredentials/security-document-loader:
 * bundled VC 1/2, Data Integrity, OB 3.0.x contexts and an in-memory did:key resolver; remote
 * contexts fetched only for URLs it does not bundle — none in our badges). `knownDIDRegistries: []`
 * so it looks up no issuer registry. Its OB 3.0 schema check fetches the schema from the web: that
 * one fetch is refused by blockNetwork() and the check reports it could not run (we validate the
 * schema ourselves in badges.test.mjs). Returns { signature: 'valid'|'invalid'|..., result }, where
 * `signature` is only the "valid_signature" step: whether the issuer is known (registered_issuer)
 * is a separate step we do not assert on (no registry lists a trainer's own key).
 */
export async function verifyDcc(credential) {
  dcc ??= await import('@digitalcredentials/verifier-core');
  // verifier-core logs its refused schema download with console.log/console.error: kept quiet.
  const { log, error } = console;
  const said = [];
  console.log = (...a) => said.push(a);
  console.error = (...a) => said.push(a);
  let result;
  try {
    result = await dcc.verifyCredential({ credential: structuredClone(credential), knownDIDRegistries: [] });
  } finally {
    Object.assign(console, { log, error });
  }
  const step = result.log?.find((s) => s.id === 'valid_signature');
  let signature;
  if (step) signature = step.valid ? 'valid' : 'invalid';
  else signature = `error: ${(result.errors ?? []).map((e) => `${e.name}: ${e.message}`).join('; ') || 'no result'}`;
  return { signature, result, said };
}
