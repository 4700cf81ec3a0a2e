import { describe, expect, it } from 'vitest';
import { serviceWorker, serviceWorkerSource, type ServiceWorkerScope } from '../src/serviceWorker';

const ORIGIN = 'https://example.org';
const BASE = `${ORIGIN}/gatescope/`;

/** A request as the worker reads it. */
const request = (url: string, method = 'GET', mode = 'cors') =>
  ({ url: new URL(url, BASE).href, method, mode }) as unknown as Request;

/** A worker scope with in-memory caches and a network that answers every URL with its name. */
function fakeScope() {
  const stores = new Map<string, Map<string, string>>();
  const handlers = new Map<string, (event: unknown) => void>();
  const network: string[] = [];
  let claimed = false;
  const strip = (url: string) => url.replace(/\?.*$/, '');
  const cacheOf = (name: string) => {
    const store = stores.get(name) ?? new Map<string, string>();
    stores.set(name, store);
    return {
      addAll: async (urls: string[]) => {
        for (const u of urls) store.set(new URL(u, BASE).href, `cached ${u}`);
      },
      match: async (req: Request, options?: CacheQueryOptions) => {
        const key = options?.ignoreSearch ? strip(req.url) : req.url;
        return store.get(key) as unknown as Response | undefined;
      },
    };
  };
  const scope = {
    location: { origin: ORIGIN },
    caches: {
      open: async (name: string) => cacheOf(name),
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
    clients: {
      claim: async () => {
        claimed = true;
      },
    },
    fetch: async (req: Request) => {
      network.push(req.url);
      return `network ${req.url}` as unknown as Response;
    },
    addEventListener: (type: string, f: (event: unknown) => void) => handlers.set(type, f),
  } as unknown as ServiceWorkerScope;

  /** Dispatches an extendable event and waits for what it waits on. */
  async function dispatch(type: 'install' | 'activate') {
    const waits: Promise<unknown>[] = [];
    handlers.get(type)?.({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  }
  /** Dispatches a fetch: what the worker answered with, or null when it let the browser fetch. */
  async function fetchThrough(req: Request): Promise<unknown> {
    let answer: Promise<unknown> | null = null;
    handlers.get('fetch')?.({
      request: req,
      respondWith: (p: Promise<unknown>) => (answer = p),
      waitUntil: () => undefined,
    });
    return answer === null ? null : await answer;
  }
  return { scope, stores, network, dispatch, fetchThrough, claimed: () => claimed };
}

const FILES = ['./', 'index.html', 'assets/index-abc.js', 'assets/lab.worker-def.js'];

describe('serviceWorker', () => {
  it('caches every file of the build on install, under the build’s cache name', async () => {
    const sw = fakeScope();
    serviceWorker(sw.scope, 'gatescope-1', FILES);
    await sw.dispatch('install');
    expect([...(sw.stores.get('gatescope-1')?.keys() ?? [])]).toEqual([
      BASE,
      `${BASE}index.html`,
      `${BASE}assets/index-abc.js`,
      `${BASE}assets/lab.worker-def.js`,
    ]);
  });

  it('deletes older builds’ caches on activate, leaves other caches alone, and takes control', async () => {
    const sw = fakeScope();
    await sw.scope.caches.open('gatescope-0');
    await sw.scope.caches.open('someone-else');
    serviceWorker(sw.scope, 'gatescope-1', FILES);
    await sw.dispatch('install');
    expect(sw.claimed()).toBe(false);
    await sw.dispatch('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['gatescope-1', 'someone-else']);
    expect(sw.claimed()).toBe(true);
  });

  it('serves same-origin GETs from the cache first, then the network', async () => {
    const sw = fakeScope();
    serviceWorker(sw.scope, 'gatescope-1', FILES);
    await sw.dispatch('install');
    expect(await sw.fetchThrough(request('assets/index-abc.js'))).toBe(
      'cached assets/index-abc.js',
    );
    expect(await sw.fetchThrough(request('assets/missing.js'))).toBe(
      `network ${BASE}assets/missing.js`,
    );
    expect(sw.network).toEqual([`${BASE}assets/missing.js`]);
  });

  it('answers a page address with any query from the cached page', async () => {
    const sw = fakeScope();
    serviceWorker(sw.scope, 'gatescope-1', FILES);
    await sw.dispatch('install');
    expect(await sw.fetchThrough(request('./?cell=gru&t=3', 'GET', 'navigate'))).toBe('cached ./');
    // Only navigations ignore the query: a script with one is another file.
    expect(await sw.fetchThrough(request('assets/index-abc.js?v=2'))).toBe(
      `network ${BASE}assets/index-abc.js?v=2`,
    );
  });

  it('leaves other origins and other methods to the browser', async () => {
    const sw = fakeScope();
    serviceWorker(sw.scope, 'gatescope-1', FILES);
    await sw.dispatch('install');
    expect(await sw.fetchThrough(request('https://elsewhere.example/x.js'))).toBeNull();
    expect(await sw.fetchThrough(request('index.html', 'POST'))).toBeNull();
  });
});

describe('serviceWorkerSource', () => {
  it('is a self-contained script that installs the same worker on `self`', async () => {
    const sw = fakeScope();
    const source = serviceWorkerSource('gatescope-abc', FILES);
    new Function('self', source)(sw.scope);
    await sw.dispatch('install');
    expect(sw.stores.get('gatescope-abc')?.size).toBe(FILES.length);
    expect(await sw.fetchThrough(request('index.html'))).toBe('cached index.html');
  });
});
