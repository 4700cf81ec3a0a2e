// The gradient lab's drag benchmark: builds the app, serves dist/ with `vite preview`, drags the
// "Recurrent weight scale" slider in Debian's Chromium and reports, per input event, the time
// until the frame with the new plots is painted (rAF, then a message that runs after the paint).
//   npm run bench:lab            a table
//   npm run bench:lab -- --json  JSON
//   npm run bench:lab -- --no-build  reuse dist/
//   npm run bench:lab -- --only LSTM  only the scenarios whose label has LSTM
/* global document, window, requestAnimationFrame, MutationObserver, HTMLInputElement */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, requireChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = Number(process.env.BENCH_PORT ?? 4180);
const json = process.argv.includes('--json');
const MOVES = 100;

requireChromium();

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
if (!process.argv.includes('--no-build')) {
  const built = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(
  bin('vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes(String(port)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

/**
 * Installed in the page: times every slider input event to the paint of the frame with its
 * first plots ("first": the gradient plot, drawn at once) and to the paint after every plot has
 * caught up ("all": the deferred plots, and the compare view's runs from the workers).
 */
function instrument() {
  const b = { first: [], all: [], handler: [], longTasks: [], last: 0, waiting: [] };
  window.__bench = b;
  /**
   * Calls done(ms since t0) once the next frame has been painted: a task queued from its
   * requestAnimationFrame callback runs after the frame's style, layout and paint. It is queued
   * with the scheduler's top priority, so the page's own tasks queued meanwhile (the plots it
   * draws after the paint) do not run first and count as part of the frame.
   */
  const afterPaint = (t0, done) =>
    requestAnimationFrame(() => {
      const measure = () => done(performance.now() - t0);
      if (window.scheduler?.postTask)
        window.scheduler.postTask(measure, { priority: 'user-blocking' });
      else {
        const ch = new MessageChannel();
        ch.port1.onmessage = measure;
        ch.port2.postMessage(0);
      }
    });
  /** Resolves once the last input's plots have all landed (without polling the page). */
  b.settle = () => new Promise((resolve) => (b.last ? b.waiting.push(resolve) : resolve()));
  const lab = document.querySelector('.lab');
  /** Every plot shows the newest run, and nothing is left to compute. */
  const settled = () => {
    const runs = new Set([...lab.querySelectorAll('[data-run]')].map((e) => e.dataset.run));
    const busy = lab.querySelector('[aria-busy="true"]');
    return runs.size === 1 && !busy;
  };
  const check = () => {
    if (!b.last || !settled()) return;
    const t0 = b.last;
    b.last = 0;
    afterPaint(t0, (ms) => {
      b.all.push(ms);
      for (const resolve of b.waiting.splice(0)) resolve();
    });
  };
  document.addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'range') return;
      const t0 = e.timeStamp;
      const start = performance.now();
      b.last = t0;
      afterPaint(t0, (ms) => b.first.push(ms));
      // The same, timed from when the page got to handle the event (no queueing before it).
      afterPaint(start, (ms) => b.handler.push(ms));
      // A render caused by this event has run by the time its handlers are done.
      setTimeout(check, 0);
    },
    true,
  );
  new MutationObserver(check).observe(lab, {
    attributes: true,
    subtree: true,
    attributeFilter: ['aria-busy', 'data-run'],
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: CHROMIUM_ARGS,
});

/** Drags the slider named `name` MOVES times over its track and back, one frame's work at a time. */
async function drag(page, name, moves) {
  const box = await page.getByRole('slider', { name, exact: true }).boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + 8;
  const x1 = box.x + box.width - 8;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let k = 1; k <= moves; k++) {
    const u = (k % 40) / 40;
    const x = x0 + (x1 - x0) * (u < 0.5 ? 2 * u : 2 - 2 * u);
    await page.mouse.move(x, y);
    // Let this input's plots (and the workers' compare runs) land before the next move. The
    // page is not polled meanwhile: Playwright's polling runs a script in every frame.
    await Promise.race([
      page.evaluate(() => window.__bench.settle()),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
  }
  await page.mouse.up();
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
};

/** One scenario: a fresh page, settings by the controls, a warm-up drag, the measured drag. */
async function scenario(label, setUp) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  // The lab is a chunk of its own, loaded when its tab is first shown.
  await page.locator('.lab').waitFor();
  await page.evaluate(instrument);
  await setUp(page);
  await page.locator('.lab-controls[aria-busy="false"]').waitFor();
  await drag(page, 'Recurrent weight scale', 20);
  await page.evaluate(() =>
    Object.assign(window.__bench, { first: [], all: [], handler: [], longTasks: [] }),
  );
  await drag(page, 'Recurrent weight scale', MOVES);
  const b = await page.evaluate(() => window.__bench);
  await page.close();
  return {
    scenario: label,
    first: stats(b.first),
    handler: stats(b.handler),
    all: stats(b.all),
    longTasks: b.longTasks.length,
    longestTask: b.longTasks.length ? Math.max(...b.longTasks) : 0,
  };
}

const key = (page, name, k) => page.getByRole('slider', { name, exact: true }).press(k);
/** The scenarios, each a label and what sets it up; `--only TEXT` runs those whose label has it. */
const SCENARIOS = [
  ['RNN, hidden 64, 50 steps, compare on', async () => {}],
  [
    'RNN, hidden 64, 50 steps, compare off',
    (page) => page.getByRole('checkbox', { name: 'Compare RNN, LSTM and GRU' }).uncheck(),
  ],
  [
    'LSTM, hidden 64, 50 steps, compare on',
    (page) => page.getByRole('combobox', { name: 'Cell' }).selectOption('LSTM'),
  ],
  [
    'RNN, hidden 128, 500 steps, compare on (workers)',
    async (page) => {
      await key(page, 'Hidden size', 'End');
      await key(page, 'Sequence length', 'End');
    },
  ],
];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : '';
const results = [];
try {
  for (const [label, setUp] of SCENARIOS)
    if (label.includes(only)) results.push(await scenario(label, setUp));
} finally {
  await browser.close();
  server.kill();
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (v) => (Number.isFinite(v) ? v.toFixed(1).padStart(7) : '      –');
  console.log('Input event → painted plots, ms. first: the frame with the gradient plot redrawn;');
  console.log(
    'all: every plot redrawn, the compare view’s worker runs included. long: main-thread',
  );
  console.log('tasks over 50 ms and the longest. handler: "first" timed from the start of the');
  console.log('page’s input handler rather than the event’s time stamp.\n');
  console.log(
    `${'scenario'.padEnd(52)}   n first p50  p95   max │ all p50  p95   max │ ` +
      'handler p50  p95 │ long  max',
  );
  for (const r of results) {
    console.log(
      `${r.scenario.padEnd(52)} ${String(r.first.n).padStart(3)} ${f(r.first.p50)}${f(r.first.p95)}${f(r.first.max)} │` +
        `${f(r.all.p50)}${f(r.all.p95)}${f(r.all.max)} │    ${f(r.handler.p50)}${f(r.handler.p95)} │ ` +
        `${String(r.longTasks).padStart(4)}${f(r.longestTask)}`,
    );
  }
}
