/**
 * A portal's service worker, scoped to `/p/<portal>/`. What it keeps, and only that: the build's
 * static files (`/_next/static/`, immutable by name), the portal's icons, and an offline page fetched
 * signed out (no cookies, so it holds nothing of the person). Pages, their data (RSC payloads), the
 * API and documents always go to the network and are never stored, so a signed-out or offline
 * device cannot show the last client's invoices. A new deployment's worker replaces the old cache.
 */
export function serviceWorkerScript(portal: string, version: string) {
  const config = JSON.stringify({
    scope: `/p/${portal}/`,
    cache: `portico-${portal}-${version}`,
    prefix: `portico-${portal}-`,
    offline: `/p/${portal}/offline`,
  });
  return `// Portico: the service worker of /p/${portal}/ (lib/branding/service-worker-script.ts)
const CONFIG = ${config};
const MAX_ENTRIES = 200;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CONFIG.cache);
      const offline = await fetch(CONFIG.offline, { credentials: 'omit', cache: 'no-store' });
      if (offline.ok) await cache.put(CONFIG.offline, offline);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith(CONFIG.prefix) && key !== CONFIG.cache) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function keep(cache, request, response) {
  if (!response.ok || response.type !== 'basic') return;
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(old);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // a page: always the network; with none, the offline page (never a stored page)
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(CONFIG.offline)) || Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CONFIG.cache);
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        await keep(cache, request, response.clone());
        return response;
      })(),
    );
    return;
  }
  if (url.pathname.startsWith('/api/branding/')) {
    // the portal's icons and logo: fresh when online, the last copy offline
    event.respondWith(
      (async () => {
        const cache = await caches.open(CONFIG.cache);
        try {
          const response = await fetch(request);
          await keep(cache, request, response.clone());
          return response;
        } catch {
          return (await cache.match(request)) || Response.error();
        }
      })(),
    );
  }
  // anything else (pages' data, documents, the rest of the API): the network only, never stored
});
`;
}
