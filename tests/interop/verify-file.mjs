// Checks badge files with the DCC's verifier and Digital Bazaar's, offline, and prints one JSON
// line per file: { file, suites, dcc: 'valid'|…, db: true|false }. The browser tests use it on the
// badge a learner's app really downloaded: node tests/interop/verify-file.mjs FILE…
import { readFileSync } from 'node:fs';
import { verifyDb, verifyDcc, suitesOf } from './suites.mjs';

for (const file of process.argv.slice(2)) {
  const badge = JSON.parse(readFileSync(file, 'utf8'));
  const dcc = await verifyDcc(badge);
  const db = await verifyDb(badge);
  console.log(JSON.stringify({ file, suites: suitesOf(badge), dcc: dcc.signature, db: db.verified && db.proofs.every((p) => p.verified) }));
}
