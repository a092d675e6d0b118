// SkillPass service worker (generated at build time by tools/postbuild.mjs from tools/sw.template.js).
// Precaches every file of the worker's app, answers from the cache first, and drops older caches
// once a new version takes over. A new version waits until the person presses "Update" in the app.
// The trainers' and caseworkers' page (tools.html) is not downloaded on every phone: its files are
// cached the first time they are fetched, and a device that has them gets the new ones on update.
const VERSION = '__VERSION__';
const CACHE = `skillpass-${VERSION}`;
const PRECACHE = __PRECACHE__;
const TOOLS = __TOOLS__;

// Marks a cache whose tools page is complete (html, JS and wasm of this version): only then does
// the worker's page send people there offline (platform/offline.rs).
const READY = 'tools-ready';

async function markIfComplete(cache) {
  const hits = await Promise.all(TOOLS.map((f) => cache.match(f)));
  if (hits.every(Boolean)) await cache.put(READY, new Response('1'));
}

async function usedTools(except) {
  for (const key of await caches.keys()) {
    if (key !== except && key.startsWith('skillpass-') && await (await caches.open(key)).match(READY)) return true;
  }
  return false;
}

async function keepTools(cache) {
  await cache.addAll(TOOLS);
  await cache.put(READY, new Response('1'));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE);
    // Not having the tools page again (offline, or no room) must not stop the update.
    if (await usedTools(CACHE)) await keepTools(cache).catch(() => {});
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // The tools page may have been opened since this version was installed: keep it if so.
    const cache = await caches.open(CACHE);
    if (!await cache.match(READY) && await usedTools(CACHE)) await keepTools(cache).catch(() => {});
    const old = (await caches.keys()).filter((k) => k.startsWith('skillpass-') && k !== CACHE);
    await Promise.all(old.map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  // Every page of the app is index.html or tools.html (the screen is in ?step=, share links in
  // the fragment). A host that drops `.html` serves the tools page at `tools`.
  const tools = file === 'tools.html' || file === 'tools';
  const lookup = request.mode === 'navigate' ? (tools ? 'tools.html' : 'index.html') : request;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(lookup, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    // Kept for next time, without holding up this answer; a full cache only means it is not kept.
    const name = request.mode === 'navigate' && tools ? 'tools.html' : file;
    if (response.ok && TOOLS.includes(name)) {
      event.waitUntil(cache.put(name, response.clone()).then(() => markIfComplete(cache)).catch(() => {}));
    }
    return response;
  })());
});
