import AxeBuilder from '@axe-core/playwright';
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

/** Runs axe over the page (or the part `include` selects) and expects no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Sets the viewport width and expects the page to fit it without sideways scrolling once the
 * charts have followed the resize (they measure their width with a ResizeObserver, so the first
 * frame after a resize may still be laid out for the old width).
 */
export async function expectFitsWidth(page: Page, width: number, height = 740) {
  await page.setViewportSize({ width, height });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth), {
      message: `page wider than ${width} px`,
    })
    .toBeLessThanOrEqual(0);
}

/**
 * A screenshot of the whole page. Panels below the fold skip rendering while off screen
 * (`content-visibility: auto`), and a plain full-page screenshot would show them blank: so the
 * viewport is first made as tall as the page, and restored afterwards.
 */
export async function screenshotWholePage(page: Page, path: string) {
  const viewport = page.viewportSize() ?? { width: 1200, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16_000) });
  // Two frames: the panels that come on screen lay out, then their charts follow their width.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
}
