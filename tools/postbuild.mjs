// Trunk post-build hook: runs on the staged build (TRUNK_STAGING_DIR) before it becomes dist/.
// 1. Content-Security-Policy: writes the policy into index.html with the exact sha256 of each inline
//    script Trunk emitted, so no 'unsafe-inline' is needed.
// 2. Service worker (index.html's build only): adds the tools page, built just before into
//    target/tools-dist/ by scripts/build.sh, and writes sw.js from tools/sw.template.js with the
//    files every device precaches, the tools page's own files (cached when first opened), and a
//    version that changes whenever any file does.
// 3. Languages (issue 15): copies every language's file but English (compiled into the wasm) from
//    core/locales/<tag>.tsv to locales/<tag>.tsv, fetched by the app when chosen; writes every
//    language's words into <noscript>; and for index.html's early welcome, the English of each
//    [data-msg] element and the other languages' words as BOOT_TEXTS in its inline script (minified).
// 4. Minifies the wasm-bindgen JS (terser) and the CSS (csso) of release builds, and writes their new
//    subresource-integrity hashes into index.html. Trunk's own JS minifier fails on wasm-bindgen's
//    output and its CSS minifier would drop nothing our comments don't already cost.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const here = dirname(fileURLToPath(import.meta.url));

const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const indexPath = join(stage, page);
let html = await readFile(indexPath, 'utf8');

// ---- Languages ----
// The app's languages in the order it lists them (core/src/locale/mod.rs TABLE).
const LANGS = ['en', 'es', 'zh-Hans', 'vi', 'ar', 'ht', 'tl'];
const localeDir = join(here, '..', 'core', 'locales');
/** A locale file's words by key, read as the app does (catalog.rs): `key<TAB>[hash<TAB>]text`,
 *  `#` comments, empty words skipped (English is shown for them); null if there is no file. */
function words(tag) {
  const path = join(localeDir, `${tag}.tsv`);
  if (!existsSync(path)) return null;
  const out = new Map();
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!cells[0] || cells.length < 2 || cells.length > 3) {
      console.warn(`postbuild: core/locales/${tag}.tsv line ${i + 1} is not key<TAB>[hash<TAB>]text: the app refuses the file`);
      return;
    }
    const text = cells[cells.length - 1];
    if (text.trim() && !out.has(cells[0])) out.set(cells[0], text);
  });
  return out;
}
const english = words('en');
if (!english) throw new Error('core/locales/en.tsv is missing');
const packs = new Map();
for (const tag of LANGS.slice(1)) {
  const w = words(tag);
  if (!w) { console.warn(`postbuild: core/locales/${tag}.tsv is missing: ${tag} is left out`); continue; }
  await mkdir(join(stage, 'locales'), { recursive: true });
  // What the phone downloads is `key<TAB>text` only: the hashes (for the stale-string test) and the
  // comments are for translators, and random hex does not compress (about 7 KB a language).
  await writeFile(join(stage, 'locales', `${tag}.tsv`), [...w].map(([k, t]) => `${k}\t${t}\n`).join(''));
  // The app refuses a file with far fewer words than English (locale/mod.rs install): so does the early welcome.
  if (w.size < english.size / 2) console.warn(`postbuild: core/locales/${tag}.tsv has ${w.size} of ${english.size} words: the app refuses it`);
  else packs.set(tag, w);
}
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const msg = (key) => {
  const t = english.get(`msg.${key}`);
  if (t === undefined) throw new Error(`${page}: data-msg="${key}" is not in core/locales/en.tsv`);
  return t;
};
// <noscript>: the sentence in every language.
html = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, () => '<noscript>' + LANGS
  .map((tag) => [tag, tag === 'en' ? english : packs.get(tag)]).filter(([, w]) => w?.get('msg.NoScript'))
  .map(([tag, w]) => `<span lang="${tag}"${tag === 'ar' ? ' dir="rtl"' : ''}>${esc(w.get('msg.NoScript'))}</span>`)
  .join(' / ') + '</noscript>');
const BOOT = '{/*BOOT_TEXTS*/}';
if (html.includes(BOOT)) {
  // Each [data-msg] element's last child is the text of its message; [data-msg-label] is its aria-label.
  const keys = new Set();
  let out = '';
  let at = 0;
  for (const m of html.matchAll(/<([a-z0-9]+)\b[^>]*\bdata-msg="(\w+)"[^>]*>/g)) {
    const [open, tagName, key] = m;
    const start = m.index + open.length;
    const tags = new RegExp(`<(/?)${tagName}\\b[^>]*>`, 'g');
    tags.lastIndex = start;
    let depth = 1, close;
    while (depth && (close = tags.exec(html))) depth += close[1] ? -1 : 1;
    if (depth) throw new Error(`${page}: data-msg="${key}" has no closing </${tagName}>`);
    const lastTag = html.lastIndexOf('>', close.index - 1);
    const textAt = Math.max(lastTag + 1, start);
    out += html.slice(at, textAt) + esc(msg(key));
    at = close.index;
    keys.add(key);
  }
  html = out + html.slice(at);
  html = html.replace(/<[^>]*\bdata-msg-label="(\w+)"[^>]*>/g, (tag, key) => {
    keys.add(key);
    if (!/\baria-label="[^"]*"/.test(tag)) throw new Error(`${page}: data-msg-label="${key}" needs an aria-label`);
    return tag.replace(/\baria-label="[^"]*"/, () => `aria-label="${esc(msg(key))}"`);
  });
  const boot = {};
  for (const [tag, w] of packs) {
    boot[tag] = {};
    for (const key of keys) if (w.has(`msg.${key}`)) boot[tag][key] = w.get(`msg.${key}`);
  }
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  // The script around BOOT_TEXTS, filled in and minified (its hash is taken below, from the final text).
  const from = html.lastIndexOf('<script>', html.indexOf(BOOT)) + '<script>'.length;
  const to = html.indexOf('</script>', from);
  if (from < '<script>'.length || html.slice(from, to).includes('<script')) throw new Error(`${page}: ${BOOT} is not in a plain <script>`);
  const code = (await minifyJs(html.slice(from, to).replace(BOOT, () => json), { compress: { passes: 2 } })).code;
  if (!code || code.includes('</script') || code.includes('BOOT_TEXTS')) throw new Error(`${page}: the boot script did not minify`);
  html = html.slice(0, from) + code + html.slice(to);
  const { brotliCompressSync } = await import('node:zlib');
  console.log(`postbuild: ${page}: early welcome in ${packs.size + 1} languages (${[...keys].join(', ')}); ` +
    `their words ${Buffer.byteLength(json)} bytes, ${brotliCompressSync(json).length} brotli; script ${Buffer.byteLength(code)} bytes`);
}

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of await readdir(stage)) {
    const path = join(stage, name);
    let out;
    if (name.endsWith('.js')) {
      out = (await minifyJs(await readFile(path, 'utf8'), { module: true, compress: { passes: 2 } })).code;
    } else if (name.endsWith('.css')) {
      out = minifyCss(await readFile(path, 'utf8'), { restructure: false }).css;
    } else continue;
    await writeFile(path, out);
    // Trunk wrote an integrity hash for the original bytes; the browser would refuse the new ones.
    const link = new RegExp(`(href="?/${name.replace(/[.]/g, '[.]')}"?[^>]*integrity="?)sha384-[A-Za-z0-9+/=]+`);
    if (!link.test(html)) throw new Error(`${page} has no integrity hash for ${name}`);
    html = html.replace(link, `$1sha384-${createHash('sha384').update(out).digest('base64')}`);
  }
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const placeholder = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
if (!placeholder.test(html)) throw new Error(`${page} lost its Content-Security-Policy meta tag`);
html = html.replace(placeholder, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
// The comments are for whoever edits index.html; a phone on prepaid data need not download them.
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
await writeFile(indexPath, html);

if (page !== 'index.html') {
  console.log(`postbuild: ${page}: CSP with ${hashes.length} inline script hash(es)`);
  process.exit(0);
}

// The tools page's files that the worker's page does not share (its html, JS and wasm).
const toolsDist = join(here, '..', 'target', 'tools-dist');
if (!existsSync(join(toolsDist, 'tools.html'))) {
  throw new Error('target/tools-dist/tools.html is missing: build with scripts/build.sh (it builds tools.html first)');
}
const tools = [];
for (const name of (await readdir(toolsDist)).sort()) {
  if (name === 'sw.js' || name.startsWith('.') || existsSync(join(stage, name))) continue;
  if (statSync(join(toolsDist, name)).isDirectory()) continue;
  await copyFile(join(toolsDist, name), join(stage, name));
  tools.push(name);
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path));
    else out.push(path);
  }
  return out;
}
const built = (await files(stage)).map((p) => relative(stage, p).split('\\').join('/'))
  .filter((p) => p !== 'sw.js').sort();
// Language files are fetched when chosen, and kept by the worker from then on (not precached).
const locales = built.filter((p) => p.startsWith('locales/'));
// The page is precached as `./`, the address the first visit loaded it at: the browser then only
// revalidates what it just fetched instead of downloading index.html a second time.
// The install icons (PNG, for the home screen) are only fetched by the browser when it offers or
// makes the installed app: cached then, never on every first visit (5.8 KB of a worker's data).
const icons = built.filter((p) => p.endsWith('.png'));
const precache = built.filter((p) => !tools.includes(p) && !locales.includes(p) && !icons.includes(p))
  .map((p) => (p === 'index.html' ? './' : p));
const version = createHash('sha256');
for (const p of built) version.update(p).update(await readFile(join(stage, p)));
const sw = (await readFile(join(here, 'sw.template.js'), 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__PRECACHE__', JSON.stringify(precache))
  .replace('__TOOLS__', JSON.stringify(tools))
  .replace('__LOCALES__', JSON.stringify(locales))
  .replace('__ICONS__', JSON.stringify(icons));
if (/__[A-Z]+__/.test(sw)) throw new Error('tools/sw.template.js has a placeholder postbuild.mjs does not fill');
// Its comments are for whoever reads the template; a phone need not download them.
// Only white space and comments go: its names and constants stay as written (tests read them).
const swOut = process.env.TRUNK_PROFILE === 'release'
  ? (await minifyJs(sw, { compress: false, mangle: false })).code
  : sw;
await writeFile(join(stage, 'sw.js'), swOut);
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); sw.js precaches ${precache.length} files; ${tools.length} more on first use of tools.html; ${icons.length} install icons when the browser asks; ${locales.length} language files when chosen`);
