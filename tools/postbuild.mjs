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
// 4. Puts the stylesheet (csso), the wasm-bindgen JS (terser) and the tab's icon into the page and
//    drops Trunk's preload links (issue 18): a first visit fetches the page, the wasm, the manifest and
//    sw.js, each once, in every engine. Trunk's own JS minifier fails on wasm-bindgen's output.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

// ---- One file to fetch, not three (issue 18) ----
// The stylesheet and the wasm-bindgen JS go into the page itself, and the preload links Trunk adds
// go: WebKit does not match its `<link rel=preload as=fetch integrity>` to wasm-bindgen's plain
// fetch and downloaded the wasm twice. The wasm is fetched by `skillpassFetch` (index.html's boot
// script), which hands the first visit's bytes to the service worker's precache (tools/sw.template.js).
const release = process.env.TRUNK_PROFILE === 'release';
const styles = [];
{
  const cssLink = /<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/;
  const m = html.match(cssLink);
  if (!m) throw new Error(`${page}: no stylesheet link from Trunk`);
  const raw = await readFile(join(stage, m[1]), 'utf8');
  const css = release ? minifyCss(raw, { restructure: false }).css : raw;
  if (css.includes('</style')) throw new Error(`${m[1]} has "</style": it cannot go inline`);
  styles.push(css);
  html = html.replace(cssLink, () => `<style>${css}</style>`);
  await rm(join(stage, m[1]));

  const loader = /<script type="module">\s*import init, \* as bindings from '\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '([^']+\.wasm)' \}\);[\s\S]*?<\/script>/;
  const l = html.match(loader);
  if (!l) throw new Error(`${page}: Trunk's loader script is not the one postbuild.mjs knows`);
  const glue = await readFile(join(stage, l[1]), 'utf8');
  const end = 'export { initSync, __wbg_init as default };';
  if (!glue.includes(end)) throw new Error(`${l[1]}: wasm-bindgen's exports are not the ones postbuild.mjs knows`);
  // Nothing outside calls the bindings' own exports (window.wasmBindings was never used).
  const body = glue.replace(end, '').replace(/^export (class|function|const|let) /gm, '$1 ');
  let code = `${body}
const exports = await __wbg_init({ module_or_path: window.skillpassWasm });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: exports } }));
`;
  if (release) code = (await minifyJs(code, { module: true, compress: { passes: 2 } })).code;
  if (!code || code.includes('</script')) throw new Error(`${page}: the inlined loader did not minify`);
  // The wasm's download starts as the page's head is read (as Trunk's preload did); the code that
  // runs it goes last in the body, so the early welcome is drawn before the browser reads 6 KB of it.
  html = html.replace(loader, () => `<script>window.skillpassWasm=(window.skillpassFetch||fetch)(${JSON.stringify(l[2])})</script>`);
  if (!html.includes('</body>')) throw new Error(`${page} has no </body>`);
  html = html.replace('</body>', () => `<script type="module">${code}</script></body>`);
  await rm(join(stage, l[1]));
  // The tab's icon (238 bytes) as a data: address: one request fewer, and nothing to precache.
  const icon = /<link rel="icon" href="\/([^"]+\.svg)"[^>]*>/;
  const i = html.match(icon);
  if (!i) throw new Error(`${page}: no icon link from Trunk`);
  const svg = (await readFile(join(stage, i[1]), 'utf8')).trim();
  html = html.replace(icon, () => `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(svg).replace(/%20/g, ' ').replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%22/g, "'")}">`);
  await rm(join(stage, i[1]));
  const before = html.length;
  html = html.replace(/<link rel="(?:modulepreload|preload)" href="\/[^"]+\.(?:js|wasm)"[^>]*>/g, '');
  if (html.length === before) throw new Error(`${page}: Trunk wrote no preload links to remove`);
}

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styles.map((c) => `'sha256-${createHash('sha256').update(c).digest('base64')}'`).join(' ')}`.trim(),
  "img-src 'self' data:",
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
const versionHex = version.digest('hex').slice(0, 16);
// The page says which version it is, so the service worker only keeps a first visit's copy of it
// (tools/sw.template.js) when it is its own version's.
const versionMeta = '<meta name="skillpass-version" content="__VERSION__">';
if (!html.includes(versionMeta)) throw new Error(`index.html lost ${versionMeta}`);
await writeFile(indexPath, html.replace(versionMeta, () => versionMeta.replace('__VERSION__', versionHex)));
const sw = (await readFile(join(here, 'sw.template.js'), 'utf8'))
  .replace('__VERSION__', versionHex)
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
