// How fast the built app loads from a local static server, in Debian's Chromium.
//
//   node scripts/bench-load.mjs [--no-build | --dist DIR [--no-mark]] [--json] [--runs N]
//                               [--cpu-throttle R] [--query '?…']
//
// Builds the app into a temporary folder (--no-build: uses dist/; --dist: that build), serves it
// with `vite preview` on a free port of 127.0.0.1, then loads the page N times (default 20), each
// cold: a fresh browser context, so nothing is cached and no service worker is installed. For
// each load it reads, in ms from the start of navigation: DOMContentLoaded, the load event, the
// first contentful paint and `gatescope:ready`, the mark the cell stepper sets once its first
// screen (diagram, formula, step table, with the trace's numbers) has been painted
// (src/views/firstScreen.ts; --no-mark for an older build without it). Reports the median and
// 95th percentile of each. --cpu-throttle R slows the page's CPU R× (Chromium's DevTools
// emulation, e.g. 4 for a mid-range phone); without it the CPU runs as it is. --query '?…'
// loads the page at that address (e.g. `?hide=gates,states` to time the stepper without them).
// Nothing is evaluated in the page until 2.5 s after its load event (see coldLoad).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, requireChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const RUNS = option('--runs', 20);
const queryArg = args.indexOf('--query');
const QUERY = queryArg >= 0 ? args[queryArg + 1] : '';
const THROTTLE = option('--cpu-throttle', 1);
const READY = 'gatescope:ready';
/** How long a load is left alone before its marks are read (ms after the load event). */
const SETTLE_MS = 2500;
const distArg = args.indexOf('--dist');
// Builds made before the mark existed can still be timed up to the load event.
const noMark = args.includes('--no-mark');
requireChromium();

// A build of its own, so a browser-test run serving dist/ at the same time is left alone.
let dist = path.resolve(distArg >= 0 ? args[distArg + 1] : path.join(root, 'dist'));
if (distArg < 0 && !args.includes('--no-build')) {
  dist = await mkdtemp(path.join(os.tmpdir(), 'gatescope-bench-'));
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', dist, '--emptyOutDir'],
    { cwd: root, stdio: json ? 'ignore' : 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** A port nobody listens on right now. */
async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const port = await freePort();
const url = `http://127.0.0.1:${port}/`;
const server = spawn(
  path.join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
  { cwd: root, stdio: 'ignore' },
);
// Wait until the server answers.
for (let k = 0; ; k++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    // not up yet
  }
  if (k > 100) throw new Error(`vite preview did not answer on ${url}`);
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });

/** One cold load: navigation timing and the app's ready mark, in ms from navigation start. */
async function coldLoad() {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  await page.goto(url + QUERY, { waitUntil: 'load' });
  // The app renders after the load event. Its marks are its own timestamps, so the page is left
  // alone until it has surely painted: Playwright's polling evaluates a script in the page on
  // every frame (compiling its helper script first), which would compete with the load it times.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await page.waitForFunction(
    ([name, mark]) =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      (!mark || performance.getEntriesByName(name).length > 0),
    [READY, !noMark],
    { polling: 100 },
  );
  const times = await page.evaluate((name) => {
    const [nav] = performance.getEntriesByType('navigation');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const ready = performance.getEntriesByName(name)[0];
    return {
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      fcp: fcp?.startTime ?? NaN,
      ready: ready?.startTime ?? NaN,
    };
  }, READY);
  await context.close();
  return times;
}

await coldLoad(); // Warms the server and the browser process, not the page: it is not counted.
const runs = [];
for (let k = 0; k < RUNS; k++) runs.push(await coldLoad());
await browser.close();
server.kill();

/** Median and 95th percentile (nearest rank) of a list, in ms. */
function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  const rank = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median_ms: Math.round(rank(0.5)), p95_ms: Math.round(rank(0.95)) };
}

const results = {
  runs: RUNS,
  cpu_throttle: THROTTLE,
  cpus: os.cpus().length,
  load_average: Number(os.loadavg()[0].toFixed(1)),
  dom_content_loaded: summary(runs.map((r) => r.dcl)),
  load_event: summary(runs.map((r) => r.load)),
  first_contentful_paint: summary(runs.map((r) => r.fcp)),
  ready: noMark ? null : summary(runs.map((r) => r.ready)),
};
if (json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    `\nCold loads of the built app from vite preview on 127.0.0.1 (Chromium headless; ` +
      `${RUNS} runs; CPU ${THROTTLE > 1 ? `throttled ${THROTTLE}×` : 'not throttled'}; ` +
      `${results.cpus} CPUs, 1-minute load average ${results.load_average})\n`,
  );
  console.table({
    'navigation → DOMContentLoaded': results.dom_content_loaded,
    'navigation → load event': results.load_event,
    'navigation → first contentful paint': results.first_contentful_paint,
    ...(results.ready && { 'navigation → stepper painted (gatescope:ready)': results.ready }),
  });
}
