import { test as base, expect, type Page } from '@playwright/test';

/** What a page did during a test that a test may want to check. */
export interface PageLog {
  /** Every request URL the browser context made, in order. */
  readonly requests: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

/** True for URLs the app may load: its own server, data: and blob: URLs. */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * `test` whose every page records its requests and errors. After each test it asserts that no
 * request left the preview server on 127.0.0.1 (such requests are also aborted) and that the
 * page logged no errors.
 */
export const test = base.extend<{ pageLog: PageLog }>({
  pageLog: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const log: PageLog = { requests: [], errors: [] };
      context.on('request', (request) => log.requests.push(request.url()));
      const watch = (page: Page) => {
        page.on('pageerror', (error) => log.errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') log.errors.push(message.text());
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await context.route(
        (url) => !isLocal(url.href, origin),
        (route) => route.abort('blockedbyclient'),
      );
      await use(log);
      expect(
        log.requests.filter((url) => !isLocal(url, origin)),
        'requests outside 127.0.0.1',
      ).toEqual([]);
      expect(log.errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
