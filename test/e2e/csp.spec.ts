import { expect, test } from './fixtures';

// Every browser test runs the built app under its Content-Security-Policy, and the shared
// fixture fails a test on any console error, so a blocked script, style, worker or frame
// anywhere in the suite shows up. These tests check the policy itself.

test('the built page ships a strict Content-Security-Policy: own scripts only, no eval', async ({
  page,
  pageLog,
}) => {
  await page.goto('./');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  // WebAssembly may compile (the engine's SIMD mat-vec); strings may not become code.
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // The page may not turn strings into code. (Code run by page.evaluate itself is exempt, so
  // the string goes through a timer, compiled later by the page.)
  await page.evaluate(() => {
    const later = setTimeout as unknown as (code: string, ms: number) => number;
    later('window.__evaluated = true', 0);
  });
  await expect.poll(() => pageLog.errors.some((e) => e.includes('unsafe-eval'))).toBe(true);
  expect(await page.evaluate(() => 'window' in globalThis && '__evaluated' in window)).toBe(false);
  pageLog.errors.splice(0, pageLog.errors.length);
  // The smallest module (its header alone) compiles under the policy.
  const compiles = await page.evaluate(() => {
    try {
      return (
        new WebAssembly.Module(Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0)) instanceof
        WebAssembly.Module
      );
    } catch {
      return false;
    }
  });
  expect(compiles).toBe(true);
  // And it still works: the stepper steps, a lab worker answers, the training worker trains.
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('step 2 of 6');
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
});

test('an inline script injected at run time does not run', async ({ page, pageLog }) => {
  await page.goto('./');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.head.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeFalsy();
  // The refusal is a console error: take it out of the log the fixture checks.
  const refused = pageLog.errors.filter((e) => e.includes('Content Security Policy'));
  expect(refused.length).toBeGreaterThan(0);
  pageLog.errors.splice(
    0,
    pageLog.errors.length,
    ...pageLog.errors.filter((e) => !refused.includes(e)),
  );
});
