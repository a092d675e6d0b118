// Shared pieces of the interop checks (tests/interop/*.test.mjs): where the files under test are,
// an OFFLINE JSON-LD document loader, and a guard that fails any attempt to reach the network.
//
// The loader knows only:
//   - the JSON-LD contexts in ../shared/data/ler-rs-and-ob3-schemas/contexts/ (1EdTech's validator
//     bundles the same files so it never fetches), each under the URL it is published at;
//   - did:key URLs of Ed25519 keys (did:key:z6Mk…, with or without #fragment), resolved in memory
//     by Digital Bazaar's did-method-key driver with Ed25519Multikey (the verifiers read the key
//     document as plain JSON: no other context is asked for).
// Any other URL throws, so nothing is ever fetched.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import net from 'node:net';
import dns from 'node:dns';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

import { ROOT, SHARED, SCHEMAS, CATALOG, INTEROP_DIR } from './paths.mjs';

export { ROOT, SHARED, SCHEMAS, CATALOG, INTEROP_DIR };

if (!existsSync(SCHEMAS)) {
  throw new Error(`the shared conformance data is missing: ${SCHEMAS} (set SHARED to the shared/ folder)`);
}

/** Published URL → file in ../shared/data/ler-rs-and-ob3-schemas/contexts/. */
export const CONTEXT_FILES = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': '2018-credentials-v1.jsonld',
  'https://www.w3.org/2018/credentials/examples/v1': '2018-credentials-examples-v1.jsonld',
  // The shared file is the Data Integrity *v1* context: it equals the one
  // @digitalbazaar/data-integrity-context publishes for this URL (v2 differs).
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob-v3p0-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob-v3p0-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'ob-v3p0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob-v3p0-extensions.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-v2p0-2.0.1.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json': 'clr-v2p0.json',
  'https://w3id.org/security/v1': 'security-v1.jsonld',
  'https://w3id.org/security/v2': 'security-v2.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'suites-ed25519-2020.jsonld',
  'https://w3id.org/security/suites/ed25519-2018/v1': 'suites-ed25519-2018.jsonld',
  'https://www.w3.org/ns/odrl.jsonld': 'odrl.jsonld',
};

const contexts = new Map();
for (const [url, file] of Object.entries(CONTEXT_FILES)) {
  contexts.set(url, JSON.parse(readFileSync(join(SCHEMAS, 'contexts', file), 'utf8')));
}

export function context(url) {
  const c = contexts.get(url);
  if (!c) throw new Error(`no offline copy of ${url}`);
  return structuredClone(c);
}

const didKeyDriver = didKey.driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

/** Every URL the loader was asked for, served or refused (for reports). */
export const loaded = new Set();

/** jsonld.js / jsonld-signatures document loader: offline contexts and Ed25519 did:key only. */
export async function documentLoader(url) {
  loaded.add(url);
  if (contexts.has(url)) {
    return { contextUrl: null, documentUrl: url, document: context(url) };
  }
  if (url.startsWith('did:key:z6Mk')) {
    const document = await didKeyDriver.get({ url });
    return { contextUrl: null, documentUrl: url, document };
  }
  throw new Error(`offline document loader: refusing to load ${url}`);
}

// ---------------------------------------------------------------------------------------------
// No network. Every way a library here could open a connection is stubbed to throw and recorded:
// globalThis.fetch (node's built-in fetch / undici, used by ky, ajv loaders and the DCC registry
// client), net.Socket#connect (node's http/https/tls and anything else on sockets) and DNS look-ups.

/** Every attempt to reach the network: { via, target }. */
export const networkAttempts = [];

export function blockNetwork() {
  if (globalThis.__interopNetworkBlocked) return networkAttempts;
  globalThis.__interopNetworkBlocked = true;
  const refuse = (via, target) => {
    networkAttempts.push({ via, target: String(target) });
    const e = new Error(`network blocked in interop tests (${via} ${target})`);
    e.name = 'NetworkBlocked';
    return e;
  };
  globalThis.fetch = async (input) => {
    throw refuse('fetch', typeof input === 'string' ? input : (input?.url ?? input));
  };
  net.Socket.prototype.connect = function connect(...args) {
    const o = args[0];
    const target = typeof o === 'object' && o ? `${o.host ?? o.path ?? ''}:${o.port ?? ''}` : String(o);
    throw refuse('socket', target);
  };
  const lookup = (host, ...rest) => {
    const cb = rest.pop();
    const e = refuse('dns', host);
    if (typeof cb === 'function') process.nextTick(cb, e);
    else throw e;
  };
  dns.lookup = lookup;
  dns.promises.lookup = async (host) => { throw refuse('dns', host); };
  return networkAttempts;
}

// ---------------------------------------------------------------------------------------------
// Reading the files under test.

/** The `*.json` files directly in INTEROP_DIR/<sub> (sorted), excluding names in `skip`. */
export function jsonFiles(sub, skip = () => false) {
  const dir = join(INTEROP_DIR, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !skip(f))
    .sort()
    .map((f) => join(dir, f));
}

export const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** Fails with a clear message when a folder the Rust examples should have filled is empty. */
export function nonEmpty(list, what) {
  if (list.length === 0) {
    throw new Error(`no ${what} in ${INTEROP_DIR} — run scripts/interop.sh (or set INTEROP_DIR)`);
  }
  return list;
}

// Importing this module (every test here does, first) already shuts the network.
blockNetwork();
