// The HR Open LER-RS 4.4 schema (JSON Schema draft 4) from ../shared, ready for ajv-draft-04, with
// every `$ref` resolved inside the catalog folder (never fetched). Used by the e2e test of the
// share screen; run alone to check files: `node tests/ler_rs_schema.mjs FILE.json…`.
//
// What the catalog needs to load in ajv: each file is registered under its path (the folder
// mirrors the schema URLs); a local `#/…` ref is made absolute so it resolves in its own file even
// when reached from another; schema checks are off (the 1EdTech draft-4 copies have `required: []`)
// and regular expressions are not compiled in unicode mode (one HR Open pattern escapes `\:`).
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.SHARED ?? process.env.SKILLPASS_SHARED ?? join(here, '..', '..', 'shared');
export const CATALOG = join(SHARED, 'data', 'ler-rs-and-ob3-schemas', 'catalog');
const BASE = 'http://';
export const LER_RS_ID = `${BASE}www.hropenstandards.org/recruiting/json/LER-RSType.json`;
export const OB3_ID = `${BASE}www.hropenstandards.org/recruiting/json/ler-rs/1EdTech/ob_v3p0_achievementcredential_schema_draft4.json`;

const walk = (d) => readdirSync(d).flatMap((f) => {
  const p = join(d, f);
  return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
});

/** An ajv instance holding the whole catalog; `getSchema(LER_RS_ID)` validates an LER-RS document. */
export function catalog() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, inlineRefs: false, validateSchema: false });
  addFormats(ajv);
  for (const p of walk(CATALOG)) {
    if (p.includes(`${join('common', 'json', 'samples')}`)) continue; // instances, not schemas
    let s;
    try { s = JSON.parse(readFileSync(p, 'utf8')); } catch { continue; }
    const id = BASE + relative(CATALOG, p).split('\\').join('/');
    delete s.id;
    delete s.$id;
    const fix = (v) => {
      if (Array.isArray(v)) v.forEach(fix);
      else if (v && typeof v === 'object') {
        if (typeof v.$ref === 'string' && v.$ref.startsWith('#')) v.$ref = id + v.$ref;
        Object.values(v).forEach(fix);
      }
    };
    fix(s);
    ajv.addSchema(s, id);
  }
  return ajv;
}

/** Validates `doc` against LER-RSType.json: [ok, errors as text]. */
export function validateLerRs(doc, ajv = catalog()) {
  const validate = ajv.getSchema(LER_RS_ID);
  const ok = validate(doc);
  return [ok, ok ? '' : ajv.errorsText(validate.errors, { separator: '\n' })];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ajv = catalog();
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    const [ok, errors] = validateLerRs(JSON.parse(readFileSync(f, 'utf8')), ajv);
    console.log(`${ok ? 'ok ' : 'BAD'} ${f}${ok ? '' : `\n${errors}`}`);
    bad += ok ? 0 : 1;
  }
  process.exit(bad ? 1 : 0);
}
