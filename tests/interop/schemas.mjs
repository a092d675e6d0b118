// JSON Schema draft 4 validation (ajv-draft-04) against the schema catalog in
// ../shared/data/ler-rs-and-ob3-schemas/catalog/, whose folders mirror the schemas' URLs.
//
// Validator settings (not changes to any schema):
//   - every schema in catalog/ is preloaded under the URL its path mirrors
//     (https://www.hropenstandards.org/…), given as its draft-4 `id` so that each file's relative
//     `$ref`s resolve against its own location (the base URI a schema fetched from that URL has);
//     without it Ajv resolves `#/definitions/…` inside a referenced file that has no `id` against
//     the referring file;
//   - unicodeRegExp: false — draft-4 `pattern`s are ECMA-262 regular expressions; some HR Open
//     patterns (e.g. `\:` in FormattedDateTimeType) are valid only without the `u` flag;
//   - strict: false — the catalog uses annotations ajv does not know (`version`, `$comment`, `$id`
//     inside draft-4 files…);
//   - ajv-formats for `format` (date-time, date, uri, email…).
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CATALOG } from './paths.mjs';

export const CATALOG_BASE = 'https://';
export const LER_RS = 'https://www.hropenstandards.org/recruiting/json/LER-RSType.json';
export const OB3_FILE = join(CATALOG, 'www.hropenstandards.org', 'recruiting', 'json', 'ler-rs', '1EdTech',
  'ob_v3p0_achievementcredential_schema_draft4.json');

const walk = (d) => readdirSync(d).sort().flatMap((f) => {
  const p = join(d, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

export const urlOf = (file) => CATALOG_BASE + relative(CATALOG, file).split(sep).join('/');

/** A fresh ajv-draft-04 with every schema of catalog/ (files with a `$schema`) preloaded. */
export function catalogAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, inlineRefs: false });
  addFormats(ajv);
  const loaded = [];
  for (const file of walk(CATALOG)) {
    if (!file.endsWith('.json')) continue;
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    // Sample instances (catalog/…/samples/) and the JSON Schema meta-schemas have no `$schema`.
    if (typeof schema.$schema !== 'string' || schema.$schema === '' || file.includes(`${sep}samples${sep}`)) continue;
    if (/^http:\/\/json-schema\.org\//.test(schema.id ?? '')) continue;
    ajv.addSchema({ ...schema, id: urlOf(file) });
    loaded.push(urlOf(file));
  }
  return { ajv, loaded };
}

/** Errors as short lines: "/path: message (params)". */
export const explain = (errors) => (errors ?? []).map((e) =>
  `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)} [${e.schemaPath}]`);

// ---------------------------------------------------------------------------------------------
// Open Badges 3.0 AchievementCredential, draft-4 copy, adapted to VC 2.0.
//
// The copy in catalog/…/1EdTech/ is the VC 1.1-era OB 3.0 schema: it requires `issuanceDate`
// (VC 1.1) and describes the 2018 VC context. Our badges are VC 2.0 (`validFrom`; the VC 2.0
// context does not define `issuanceDate`, so a document carrying it fails JSON-LD safe mode and
// every rdfc verifier). The adaptation is exactly:
//   1. `required`: "issuanceDate" → "validFrom"; and `properties.validFrom` = the rule the schema
//      has for `issuanceDate` (a string, format date-time), so the date is still checked.
//   2. `$defs.IdentityObject.properties.identityType.anyOf[0].enum` gains "name": the OB 3.0
//      IdentifierTypeEnum lists `name` (first) for a recipient identified by name, but this older
//      copy's list lacks it.
// Everything else is kept. OB3_ADAPTATION lists the changed JSON paths; badges.test.mjs asserts
// the adapted schema differs from the file at those paths only.
export const OB3_ADAPTATION = [
  '/$defs/IdentityObject/properties/identityType/anyOf/0/enum',
  '/properties/validFrom',
  `/required/${ob3Original().required.indexOf('issuanceDate')}`,
];

export function ob3Original() {
  return JSON.parse(readFileSync(OB3_FILE, 'utf8'));
}

export function ob3Adapted() {
  const s = ob3Original();
  const i = s.required.indexOf('issuanceDate');
  if (i < 0) throw new Error('the OB 3.0 schema no longer requires issuanceDate: revisit the adaptation');
  s.required[i] = 'validFrom';
  s.properties.validFrom = {
    ...structuredClone(s.properties.issuanceDate),
    description: 'VC 2.0 validFrom, checked as the VC 1.1 issuanceDate is (adaptation, see schemas.mjs).',
  };
  const types = s.$defs.IdentityObject.properties.identityType.anyOf[0].enum;
  if (!types.includes('name')) types.unshift('name');
  return s;
}

/** JSON paths where `a` and `b` differ (arrays of different lengths count as one change). */
export function diffPaths(a, b, path = '') {
  if (Object.is(a, b)) return [];
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object'
    || Array.isArray(a) !== Array.isArray(b)) return [path || '/'];
  if (Array.isArray(a) && a.length !== b.length) return [path || '/'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].sort().flatMap((k) => diffPaths(a[k], b[k], `${path}/${k}`));
}

/**
 * OB 3.0 §B.1.3 AchievementSubject: "Either id or at least one identifier MUST be supplied." The
 * schema cannot say "one of two" here (both are optional properties), so it is checked in code.
 */
export function subjectProblems(badge) {
  const subjects = [badge.credentialSubject].flat();
  return subjects.flatMap((s, n) => {
    const hasId = typeof s?.id === 'string' && s.id !== '';
    const hasIdentifier = Array.isArray(s?.identifier) && s.identifier.length > 0;
    return hasId || hasIdentifier ? [] : [`credentialSubject[${n}] has neither id nor identifier (OB 3.0 §B.1.3)`];
  });
}
