// Trunk post-build hook: runs on the staged build (TRUNK_STAGING_DIR) before it becomes dist/.
// 1. Content-Security-Policy: writes the policy into index.html with the exact sha256 of each inline
//    script Trunk emitted, so no 'unsafe-inline' is needed.
// 2. Service worker (index.html's build only): adds the tools page, built just before into
//    target/tools-dist/ by scripts/build.sh, and writes sw.js from tools/sw.template.js with the
//    files every device precaches, the tools page's own files (cached when first opened), and a
//    version that changes whenever any file does.
// 3. Minifies the wasm-bindgen JS (terser) and the CSS (csso) of release builds, and writes their new
//    subresource-integrity hashes into index.html. Trunk's own JS minifier fails on wasm-bindgen's
//    output and its CSS minifier would drop nothing our comments don't already cost.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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
const precache = built.filter((p) => !tools.includes(p));
const version = createHash('sha256');
for (const p of built) version.update(p).update(await readFile(join(stage, p)));
const sw = (await readFile(join(here, 'sw.template.js'), 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__PRECACHE__', JSON.stringify(precache))
  .replace('__TOOLS__', JSON.stringify(tools));
await writeFile(join(stage, 'sw.js'), sw);
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); sw.js precaches ${precache.length} files; ${tools.length} more on first use of tools.html`);
