import type { Page } from '@playwright/test';
import { expect, isLocal, test } from './fixtures';

// The rest of the suite blocks service workers; these tests run the app with its own.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the build and controls the page. */
async function waitForServiceWorker(page: Page) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL('./', page.url()).href);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
}

test('once loaded, the app works offline: the stepper steps, the gradient lab and the training lab run their workers', async ({
  page,
  context,
  pageLog,
}) => {
  test.setTimeout(60_000);
  await page.goto('./?cell=gru');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  // Offline for real: the server cannot be reached, only the service worker answers (and the
  // refused fetch is a console error, taken out of the log the fixture checks).
  expect(
    await page.evaluate(() =>
      fetch(`./never-cached-${Date.now()}`).then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  const refused = pageLog.errors.filter((e) => e.includes('net::ERR_FAILED'));
  expect(refused).toHaveLength(1);
  pageLog.errors.splice(0, pageLog.errors.length);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);

  // The stepper, from the URL's GRU.
  await expect(page.getByRole('combobox', { name: 'Cell' }).first()).toHaveValue('gru');
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('step 2 of 4');

  // The gradient lab's chunk and its compare workers.
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  const labPanel = page.getByRole('tabpanel', { name: 'Gradient lab' });
  await expect(labPanel.getByRole('slider', { name: 'Recurrent weight scale' })).toBeVisible();
  await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
  await expect(labPanel.getByRole('img', { name: /^Gradient norm per time step/ })).toBeVisible();

  // The training lab's chunk and its worker: one update, trained offline.
  await page.getByRole('tab', { name: 'Training lab' }).click();
  const training = page.getByRole('tabpanel', { name: 'Training lab' });
  await training.getByRole('button', { name: 'Train one step' }).click();
  await expect(training.locator('.training-figures')).toContainText(/Update 1(?!\d)/);
});

test('no request leaves the page’s origin, in any of the three views or the embed view', async ({
  page,
  pageLog,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const origin = new URL(baseURL ?? page.url()).origin;
  await page.goto('./');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Training lab' }).click();
  const training = page.getByRole('tabpanel', { name: 'Training lab' });
  await training.getByRole('button', { name: 'Train one step' }).click();
  await expect(training.locator('.training-figures')).toContainText(/Update 1(?!\d)/);
  await page.goto('./?embed=1&panels=controls,diagram,gradient,compare');
  await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeVisible();
  await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
  await page.goto('./embed-example.html');
  await expect(page.frameLocator('iframe').first().getByRole('img').first()).toBeVisible();

  // What was fetched: the page, its chunks, both workers' scripts and the service worker.
  const paths = pageLog.requests.map((url) => new URL(url).pathname);
  for (const file of [/\/sw\.js$/, /lab\.worker-.*\.js$/, /train\.worker-.*\.js$/]) {
    expect(
      paths.some((p) => file.test(p)),
      String(file),
    ).toBe(true);
  }
  expect(pageLog.requests.filter((url) => !isLocal(url, origin))).toEqual([]);
});
