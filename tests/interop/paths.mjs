// Where things are, for the interop checks and the browser tests alike. No side effects: the
// browser tests import this (and schemas.mjs) without the network guard of ld.mjs.
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.SHARED ?? process.env.SKILLPASS_SHARED ?? resolve(ROOT, '..', 'shared');
export const SCHEMAS = join(SHARED, 'data', 'ler-rs-and-ob3-schemas');
export const CATALOG = join(SCHEMAS, 'catalog');
/** Where the Rust interop examples wrote their files (scripts/interop.sh). */
export const INTEROP_DIR = resolve(ROOT, process.env.INTEROP_DIR ?? join('target', 'interop'));
