// A small static file server for the built app (dist/). Used by `scripts/serve.sh`, the benches
// and the end-to-end tests. It serves only files under the given folder, with the right content
// types. With `compress`, it behaves like a real static host: brotli (else gzip) for text and wasm, ETags,
// and hashed file names cached for a year (so the service worker's precache hits the HTTP cache).
//   node tests/e2e/server.mjs DIST HOST PORT
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest', '.txt', '.tsv']);
// Trunk names a file by a 64-bit hash in hex, without leading zeros.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/** The paths in a server's `requests()` it sent a body for more than once, each with how often. */
export function fetchedTwice(log) {
  const n = new Map();
  for (const r of log) if (r.status === 200) n.set(r.path, (n.get(r.path) ?? 0) + 1);
  return [...n].filter(([, k]) => k > 1).map(([p, k]) => `${p} ×${k}`);
}

export function startServer(dist, host = '127.0.0.1', port = 0, { compress = false } = {}) {
  const root = resolve(dist);
  const brotli = new Map();
  let closedBytes = 0;
  const sockets = new Set();
  // Every answer, so a bench can tell a URL the network served twice (a 304 sends no body again).
  const log = [];
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const ext = extname(file);
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
      if (!compress) {
        headers['cache-control'] = 'no-cache';
      } else {
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        headers.etag = etag;
        headers['cache-control'] = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
        headers.vary = 'accept-encoding';
        if (req.headers['if-none-match'] === etag) {
          log.push({ path, status: 304, bytes: 0, at: Date.now() });
          res.writeHead(304, headers);
          res.end();
          return;
        }
        // Brotli where the browser takes it, else gzip (WebKitGTK's network library offers no
        // brotli; Safari does), as a real static host answers.
        const accepts = req.headers['accept-encoding'] ?? '';
        const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
        if (encoding) {
          const key = `${file}:${etag}:${encoding}`;
          if (!brotli.has(key)) {
            brotli.set(key, encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }));
          }
          body = brotli.get(key);
          headers['content-encoding'] = encoding;
        }
      }
      headers['content-length'] = body.length;
      log.push({ path, status: 200, bytes: body.length, at: Date.now() });
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(e.code === 'ENOENT' ? 'Not found' : 'Server error');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => { closedBytes += socket.bytesWritten; sockets.delete(socket); });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({
        server,
        origin: `http://${host}:${p}`,
        /** Every byte this server has put on the wire so far (headers and bodies). */
        bytesSent: () => closedBytes + [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
        /** The answers sent so far, in order: { path, status, bytes (the body, as sent), at (ms since 1970) }. */
        requests: () => log.slice(),
        close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(r); }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dist = 'dist', host = '127.0.0.1', port = '8080'] = process.argv.slice(2);
  const { origin } = await startServer(dist, host, Number(port), { compress: true });
  console.log(`serving ${resolve(dist)} at ${origin}/ (brotli)`);
}
