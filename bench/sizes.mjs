// Where the worker's wasm bytes go (a bench, not a test): runs wasm-bindgen on the release build's
// wasm (target/wasm32-unknown-unknown/release/skillpass.wasm, which scripts/build.sh leaves as the
// worker's build) and `twiggy top` on it, and prints the code by crate and by screen. The sizes are
// before wasm-opt (which removes about a tenth) and before brotli; the shipped file's own sizes are
// printed first. twiggy: `cargo install twiggy --version 0.8.0 --locked` (scripts/bench.sh installs it).
//   node bench/sizes.mjs [path/to/skillpass.wasm]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(ROOT, 'target/wasm32-unknown-unknown/release/skillpass.wasm');
const tmp = mkdtempSync(join(tmpdir(), 'skillpass-sizes-'));
try {
  const shipped = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('_bg.wasm'))
    .map((f) => readFileSync(join(ROOT, 'dist', f)));
  const worker = shipped.sort((a, b) => a.length - b.length)[0];
  if (worker) {
    const br = brotliCompressSync(worker, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`worker's wasm as shipped (dist/): ${worker.length} bytes, ${br} brotli`);
  }
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, input]);
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', join(tmp, 'skillpass_bg.wasm')],
    { maxBuffer: 256 * 1024 * 1024 }).toString();
  const rows = csv.trim().split('\n').slice(1).map((line) => {
    const m = line.match(/^"?(.*?)"?,(\d+),/);
    return m ? { name: m[1].replace(/""/g, '"').replace(/\[[0-9a-f]{16}\]/g, ''), size: Number(m[2]) } : null;
  }).filter(Boolean);
  const code = rows.filter((r) => !/function names|^data segment|^custom section|^type\[|^elem|^table|^memory|^global|^export|^import/.test(r.name));
  const total = rows.filter((r) => !/function names/.test(r.name)).reduce((n, r) => n + r.size, 0);
  const data = rows.filter((r) => /^data segment/.test(r.name)).reduce((n, r) => n + r.size, 0);
  /** The crate a function's code belongs to: a trait impl counts for its implementing type's crate. */
  const crate = (n) => {
    const impl = n.match(/^<(?:&(?:mut )?)?(?:\[)?([a-z_][a-z0-9_]*)::/);
    if (impl && impl[1] !== 'T' && impl[1] !== 'F') return impl[1];
    const as = n.match(/^<[^>]* as ([a-z_][a-z0-9_]*)::/);
    if (as) return as[1];
    const m = n.match(/^([a-z_][a-z0-9_]*)::/);
    return m ? m[1] : 'other (glue, shims)';
  };
  const group = (key) => {
    const by = new Map();
    for (const r of code) { const k = key(r.name); if (k) by.set(k, (by.get(k) ?? 0) + r.size); }
    return [...by].sort((a, b) => b[1] - a[1]);
  };
  const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
  const table = (title, list, limit) => {
    console.log(`\n${title}`);
    console.log(`${'where'.padEnd(36)} ${'bytes'.padStart(9)} ${'share'.padStart(7)}`);
    for (const [k, n] of list.slice(0, limit)) console.log(`${k.padEnd(36)} ${String(n).padStart(9)} ${pct(n).padStart(7)}`);
    const rest = list.slice(limit).reduce((s, [, n]) => s + n, 0);
    if (rest) console.log(`${`(${list.length - limit} more)`.padEnd(36)} ${String(rest).padStart(9)} ${pct(rest).padStart(7)}`);
  };
  console.log(`before wasm-opt: ${total} bytes, of which data (words, tables, text) ${data} (${pct(data)})`);
  table('code by crate', group(crate), 16);
  // The shell's code by screen or widget (its module under src/screens/ or src/widgets/).
  table('the shell (crate skillpass) by module', group((n) => {
    const m = n.match(/skillpass::((?:screens|widgets|platform)::[a-z_]+|[a-z_]+)/);
    return crate(n) === 'skillpass' && m ? m[1] : null;
  }), 20);
  table('the core (crate skillpass_core) by module', group((n) => {
    const m = n.match(/skillpass_core::([a-z_]+)/);
    return crate(n) === 'skillpass_core' && m ? m[1] : null;
  }), 16);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
