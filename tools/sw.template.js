// SkillPass service worker (generated at build time by tools/postbuild.mjs from tools/sw.template.js).
// Precaches every file of the worker's app, answers from the cache first, and drops older caches
// once a new version takes over. A new version waits until the person presses "Update" in the app.
// The trainers' and caseworkers' page (tools.html) is not downloaded on every phone: its files are
// cached the first time they are fetched, and a device that has them gets the new ones on update.
// Each language but English is a file of its own (locales/<tag>.tsv): never precached (a phone
// downloads only the languages it uses), cached when the page first fetches it, and on update the
// new version of every one the device had is cached too, so it keeps all its languages offline.
const VERSION = '__VERSION__';
const CACHE = `skillpass-${VERSION}`;
const PRECACHE = __PRECACHE__;
const TOOLS = __TOOLS__;
// The install icons: kept once the browser fetches them (to offer or make the installed app).
const ICONS = __ICONS__;
const LOCALES = __LOCALES__;
// Each language file by the path it is fetched at.
const PACKS = new Map(LOCALES.map((f) => [new URL(f, self.location).pathname, f]));

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

// What a first visit's page downloaded before this worker answered (index.html's boot script puts it
// in HANDOFF): its own copy, not the network's, so nothing is downloaded twice (WebKit's worker does
// not share the page's HTTP cache). Kept only if it is this version's: the page by its version tag,
// a language file by the version in its key; a file with a hash in its name is the same bytes.
const HANDOFF = 'skillpass-handoff';
async function handed(f) {
  if (!await caches.has(HANDOFF)) return null;
  const given = await caches.open(HANDOFF);
  const key = new URL(f.endsWith('.tsv') ? `${f}?v=${VERSION}` : f, self.location).href;
  const r = await given.match(key, { ignoreVary: true });
  if (!r || (f === './' && !(await r.clone().text()).includes(`<meta name="skillpass-version" content="${VERSION}">`))) return null;
  return r;
}

// The language files this device has: those an older version cached, and with `first` those this
// very visit's page fetched before this worker answered. Each with the copy held, for when the new
// one cannot be had.
async function packsHad(except, first) {
  const had = new Map();
  for (const key of await caches.keys()) {
    if (key === except || !key.startsWith('skillpass-') || key === HANDOFF) continue;
    const old = await caches.open(key);
    for (const f of LOCALES) if (!had.has(f)) { const r = await old.match(f); if (r) had.set(f, r); }
  }
  if (first) {
    for (const f of LOCALES) {
      if (had.has(f)) continue;
      const r = await handed(f);
      if (r) { r.current = true; had.set(f, r); }
    }
  }
  return had;
}

// Caches this version of every language file the device had (`last`: the older caches are about to
// go, so a file that cannot be fetched now keeps the copy it had rather than being lost).
async function keepPacks(cache, last) {
  const had = await packsHad(CACHE, last);
  await Promise.all([...had].map(async ([f, before]) => {
    if (await cache.match(f)) return;
    const fresh = before.current ? before
      : await fetch(f, { cache: 'no-cache' }).then((r) => (r.ok ? r : null), () => null);
    const r = fresh || (last ? before : null);
    if (r) await cache.put(f, r).catch(() => {});
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // All or nothing, like cache.addAll: a file that cannot be had fails the install.
    await Promise.all(PRECACHE.map(async (f) => {
      const r = await handed(f).catch(() => null);
      if (r) await cache.put(f, r);
      else await cache.add(f);
    }));
    // Not having the tools page again (offline, or no room) must not stop the update.
    if (await usedTools(CACHE)) await keepTools(cache).catch(() => {});
    await keepPacks(cache, false).catch(() => {});
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // The tools page may have been opened since this version was installed: keep it if so.
    const cache = await caches.open(CACHE);
    if (!await cache.match(READY) && await usedTools(CACHE)) await keepTools(cache).catch(() => {});
    // So may languages have been chosen meanwhile (or fetched before this worker answered).
    await keepPacks(cache, true).catch(() => {});
    await caches.delete(HANDOFF);
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
  const lookup = request.mode === 'navigate' ? (tools ? 'tools.html' : './') : request;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(lookup, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    // Kept for next time, without holding up this answer; a full cache only means it is not kept.
    const name = request.mode === 'navigate' && tools ? 'tools.html' : file;
    if (response.ok && TOOLS.includes(name)) {
      event.waitUntil(cache.put(name, response.clone()).then(() => markIfComplete(cache)).catch(() => {}));
    } else if (response.ok && ICONS.includes(file)) {
      event.waitUntil(cache.put(file, response.clone()).catch(() => {}));
    } else if (response.ok && PACKS.has(url.pathname)) {
      event.waitUntil(cache.put(PACKS.get(url.pathname), response.clone()).catch(() => {}));
    }
    return response;
  })());
});
