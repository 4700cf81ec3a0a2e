// Frame budget of the cell stepper's sub-step transitions, in Debian's Chromium.
//
//   node scripts/bench-frames.mjs [--no-build] [--json] [--steps N]
//
// Builds the app into a temporary folder (--no-build: uses dist/), serves it on 127.0.0.1, sets the model up through the
// page's own controls ("Hidden size", "Sequence length"), then presses → to step sub-step by
// sub-step while recording requestAnimationFrame timestamps, at two paces: `paced` lets each
// entrance animation finish (one step per 800 ms), `rapid` steps every 100 ms so animations are
// cut short. Reports mean fps, the fps of the 95th-percentile frame and the frames over 25 ms.
/* global window, requestAnimationFrame -- used only inside page.evaluate, in the browser */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const json = args.includes('--json');
const stepsArg = args.indexOf('--steps');
const STEPS = stepsArg >= 0 ? Number(args[stepsArg + 1]) : 24;
const CONFIGS = [
  { hidden: 4, seqLen: 12 },
  { hidden: 32, seqLen: 100 },
  { hidden: 64, seqLen: 100 },
];
const PACES = { paced: 800, rapid: 100 };

// A build of its own, so a browser-test run serving dist/ at the same time is left alone.
let dist = path.join(root, 'dist');
if (!args.includes('--no-build')) {
  dist = await mkdtemp(path.join(os.tmpdir(), 'gatescope-bench-'));
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', dist, '--emptyOutDir'],
    { cwd: root, stdio: json ? 'ignore' : 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer(async (req, res) => {
  const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.join(dist, rel.endsWith('/') ? `${rel}index.html` : rel);
  if (!file.startsWith(dist)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: CHROMIUM_ARGS,
});

/** Frame statistics of a list of rAF intervals (ms). */
function stats(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
  return {
    frames: deltas.length,
    mean_fps: Number((1000 / mean).toFixed(1)),
    p95_ms: Number(p95.toFixed(1)),
    p95_fps: Number((1000 / p95).toFixed(1)),
    over_25ms: deltas.filter((d) => d > 25).length,
  };
}

async function setNumber(page, name, value) {
  const box = page.getByRole('spinbutton', { name });
  await box.fill(String(value));
  await box.press('Tab');
}

const results = [];
for (const { hidden, seqLen } of CONFIGS) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await setNumber(page, 'Hidden size', hidden);
  await setNumber(page, 'Sequence length', seqLen);
  const info = `${seqLen} time steps · ${hidden} hidden units`;
  await page.getByText(info).waitFor();
  await page.locator('.cell-diagram').scrollIntoViewIfNeeded();
  for (const [pace, gap] of Object.entries(PACES)) {
    await page.locator('body').click({ position: { x: 2, y: 2 } }); // focus on no control
    // The recorder lives in this benchmark only: the app has no hooks for it.
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__frames = [];
      w.__recording = true;
      const tick = (t) => {
        w.__frames.push(t);
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    for (let k = 0; k < STEPS; k++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(gap);
    }
    const frames = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__recording = false;
      return w.__frames;
    });
    const deltas = frames.slice(1).map((t, k) => t - frames[k]);
    results.push({ hidden, seqLen, pace, steps: STEPS, ...stats(deltas) });
  }
  await page.close();
}
await browser.close();
server.close();

// Frame times are wall-clock: on a machine busy with other work they say more about it than
// about the app, so the load is reported with them.
const load = os.loadavg()[0].toFixed(1);
if (json) console.log(JSON.stringify({ cpus: os.cpus().length, load, results }, null, 2));
else {
  console.log(`\nSub-step transitions, rAF frame times (Chromium headless, software rendering;`);
  console.log(`${os.cpus().length} CPUs, 1-minute load average ${load})\n`);
  console.table(results);
}
