/**
 * GateScope's service worker, which makes the app work offline once it has been loaded. The
 * build (the `gatescope-service-worker` plugin in vite.config.ts) writes dist/sw.js as
 * `serviceWorkerSource(cacheName, files)`: this function's own text, called with the build's
 * cache name (it includes a hash of every file) and the list of every file of the build.
 *
 * - install: fetches every file into the build's cache (a failed fetch fails the install, so a
 *   half-filled cache is never used);
 * - activate: deletes the caches of older builds and takes control of open pages;
 * - fetch: same-origin GETs are served from the cache first, then the network; a page's address
 *   matches the cached page whatever its query (`?cell=gru&t=3` is index.html).
 *
 * A new build waits until every page of the old one is closed (no skipWaiting): an open page
 * keeps the cache whose chunks it was built with.
 *
 * The function must stay self-contained (no imports, no closure over module values): it is sent
 * as text.
 */
export function serviceWorker(sw: ServiceWorkerScope, cacheName: string, files: readonly string[]) {
  sw.addEventListener('install', (event) => {
    event.waitUntil(sw.caches.open(cacheName).then((cache) => cache.addAll(files)));
  });
  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      sw.caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys
              .filter((key) => key.startsWith('gatescope-') && key !== cacheName)
              .map((key) => sw.caches.delete(key)),
          ),
        )
        .then(() => sw.clients.claim()),
    );
  });
  sw.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
    event.respondWith(
      sw.caches
        .open(cacheName)
        // ignoreVary: servers send `Vary: Origin`, and a module script's request carries an
        // Origin header that the precaching request did not.
        .then((cache) =>
          cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }),
        )
        .then((hit) => hit ?? sw.fetch(request)),
    );
  });
}

/** The text of dist/sw.js. */
export function serviceWorkerSource(cacheName: string, files: readonly string[]): string {
  return `// GateScope's service worker, written by the build (see src/serviceWorker.ts).
(${serviceWorker.toString()})(self, ${JSON.stringify(cacheName)}, ${JSON.stringify(files)});
`;
}

/** What the worker uses of its global scope (typed here, as the app's TS has no WebWorker lib). */
export interface ServiceWorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', f: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', f: (event: FetchEvent) => void): void;
}

interface ExtendableEvent {
  waitUntil(p: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
