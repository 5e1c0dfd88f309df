/**
 * A portal's service worker, scoped to `/p/<portal>/`. What it keeps, and only that: the build's
 * static files (`/_next/static/`, immutable by name), the portal's icons, and an offline page fetched
 * signed out (no cookies, so it holds nothing of the person). Pages, their data (RSC payloads), the
 * API and documents always go to the network and are never stored, so a signed-out or offline
 * device cannot show the last client's invoices. A new deployment's worker replaces the old cache.
 * It also shows the portal's push notifications and opens their page when one is tapped.
 */
export function serviceWorkerScript(portal: string, version: string, icon: string) {
  const config = JSON.stringify({
    icon,
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

// Web Push (lib/messaging/push-transport.ts): the business's name and one sentence; a click opens
// its page in the portal (after sign-in when the session has ended), never a page outside it
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const url = typeof data.url === 'string' && data.url.startsWith(CONFIG.scope) ? data.url : CONFIG.scope + 'dashboard';
  event.waitUntil(
    self.registration.showNotification(typeof data.title === 'string' ? data.title : '', {
      body: typeof data.body === 'string' ? data.body : '',
      icon: CONFIG.icon,
      data: { url },
      tag: url,
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || CONFIG.scope;
  event.waitUntil(
    (async () => {
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
        if (new URL(client.url).pathname.startsWith(CONFIG.scope) && 'navigate' in client) {
          await client.navigate(url);
          return client.focus();
        }
      return self.clients.openWindow(url);
    })(),
  );
});
`;
}
