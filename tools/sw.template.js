// SkillPass service worker (generated at build time by tools/postbuild.mjs from tools/sw.template.js).
// Precaches every built file, answers from the cache first, and drops older caches once a new
// version takes over. A new version waits until the person presses "Update" in the app.
const VERSION = '__VERSION__';
const CACHE = `skillpass-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skillpass-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is index.html (the screen is in ?step=, share links in the fragment).
  const lookup = request.mode === 'navigate' ? 'index.html' : request;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
