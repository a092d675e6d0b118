// A first visit in WebKit and Firefox (the engines' drivers from tests/engines), counted at the
// server: the bytes it sends until the service worker controls the page and has precached the
// worker's app, and every path it served more than once with a body.
import { startServer, fetchedTwice } from '../tests/e2e/server.mjs';

export { fetchedTwice };
import { launch } from '../tests/engines/driver.mjs';

// Each run launches its engine afresh (a fresh profile), and each launch listens for this process's exit.
process.setMaxListeners(100);

/** Waits in the page until the service worker controls it and its precache holds the wasm. */
const PRECACHED = () => (async () => {
  if (!navigator.serviceWorker?.controller) return false;
  for (const name of await caches.keys()) {
    const c = await caches.open(name);
    if ((await c.keys()).some((r) => r.url.endsWith('.wasm'))) return true;
  }
  return false;
})();

/** One first visit in `engine` ('webkit' or 'firefox'), on a fresh device and a fresh server. */
export async function engineVisit(engine, dist) {
  const srv = await startServer(dist, '127.0.0.1', 0, { compress: true });
  const e = await launch(engine, { origin: srv.origin });
  try {
    const d = await e.newDevice('bench');
    try {
      const before = srv.bytesSent();
      await d.navigate(srv.origin + '/');
      const end = Date.now() + 60_000;
      while (!(await d.evaluate(PRECACHED))) {
        if (Date.now() > end) throw new Error(`${engine}: the service worker did not precache in 60 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 500));
      const log = srv.requests();
      return { transfer: srv.bytesSent() - before, twice: fetchedTwice(log), log };
    } finally {
      await d.close();
    }
  } finally {
    await e.close();
    await srv.close();
  }
}

if (process.argv[1]?.endsWith('engines.mjs')) {
  const dist = process.argv[3] ?? 'dist';
  const r = await engineVisit(process.argv[2] ?? 'webkit', dist);
  console.log(r.transfer, r.twice);
  for (const l of r.log) console.log(l.status, l.bytes, l.path);
}
