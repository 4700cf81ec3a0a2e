// The gradient lab's drag benchmark: builds the app, serves dist/ with `vite preview`, drags the
// "Recurrent weight scale" slider in Debian's Chromium and reports, per input event, the time
// until the frame with the new plots on screen is painted (rAF, then a message that runs after
// the paint).
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
 * first plots ("first": the gradient plot, drawn at once) and to the paint after every plot on
 * screen has caught up ("shown": the deferred plots, and the compare view's runs). Plots off
 * screen catch up once the drag pauses; `settleAll` waits for that.
 */
function instrument() {
  const b = { first: [], shown: [], cost: [], longTasks: [], last: 0, waiting: [], all: [] };
  window.__bench = b;
  /**
   * Calls done(ms since t0) once the next frame has been painted: a task queued from its
   * requestAnimationFrame callback runs after the frame's style, layout and paint. It is queued
   * with the scheduler's top priority, so the page's own tasks queued meanwhile (the plots it
   * draws after the paint) do not run first and count as part of the frame.
   */
  const afterPaint = (t0, done) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const measure = () => done(performance.now() - t0, frame);
      if (window.scheduler?.postTask)
        window.scheduler.postTask(measure, { priority: 'user-blocking' });
      else {
        const ch = new MessageChannel();
        ch.port1.onmessage = measure;
        ch.port2.postMessage(0);
      }
    });
  const lab = document.querySelector('.lab');
  const onScreen = (e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  };
  /**
   * Every plot (on screen, with `shown`) shows the newest run — the gradient plot's, drawn at
   * once — and none is computing.
   */
  /** The newest run's number: the highest any plot shows (runs are numbered in order). */
  const newestRun = (plots) => String(Math.max(...plots.map((e) => Number(e.dataset.run))));
  const settled = (shown) => {
    const plots = [...lab.querySelectorAll('[data-run]')];
    const newest = newestRun(plots);
    const seen = (e) => !shown || onScreen(e);
    return (
      plots.every((e) => e.dataset.run === newest || !seen(e)) &&
      [...lab.querySelectorAll('[aria-busy="true"]')].every((e) => !seen(e))
    );
  };
  /** Resolves once the last input's plots on screen have landed (without polling the page). */
  b.settle = () => new Promise((resolve) => (b.last ? b.waiting.push(resolve) : resolve()));
  /** Resolves once every plot, off screen too, shows the newest run. */
  b.settleAll = () => new Promise((resolve) => (settled(false) ? resolve() : b.all.push(resolve)));
  /** What is not settled yet, for a message. */
  b.unsettled = () =>
    [...lab.querySelectorAll('[data-run], [aria-busy="true"]')]
      .filter(
        (e) =>
          e.dataset.run !== newestRun([...lab.querySelectorAll('[data-run]')]) ||
          e.ariaBusy === 'true',
      )
      .map((e) => `${e.tagName}.${e.className} run ${e.dataset.run} busy ${e.ariaBusy}`);
  const check = () => {
    if (b.all.length && settled(false)) for (const resolve of b.all.splice(0)) resolve();
    if (!b.last || !settled(true)) return;
    const t0 = b.last;
    b.last = 0;
    afterPaint(t0, (ms) => {
      b.shown.push(ms);
      for (const resolve of b.waiting.splice(0)) resolve();
    });
  };
  document.addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'range') return;
      const t0 = e.timeStamp;
      const handled = { start: performance.now(), end: NaN };
      b.handling = handled;
      b.last = t0;
      afterPaint(t0, (ms, frame) => {
        b.first.push(ms);
        // The main thread's own time for the input: its handlers (the runs, React's render and
        // commit), then the frame's rendering from its animation callbacks to its paint. Not
        // counted: any wait between the two for the frame to begin (a key press's, up to
        // 16.7 ms; a pointer's events come at the start of a frame).
        b.cost.push(handled.end - handled.start + (performance.now() - frame));
      });
      // A render caused by this event has run by the time its handlers are done.
      setTimeout(check, 0);
    },
    true,
  );
  // Last in the event's path (the page's handlers, React's among them, have run).
  window.addEventListener('input', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'range' && b.handling)
      b.handling.end = performance.now();
  });
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

/** Lets the last input's plots on screen land before the next one (without polling the page). */
const settle = (page) =>
  Promise.race([
    page.evaluate(() => window.__bench.settle()),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);

/** Whether every plot, off screen too, shows the newest run within `ms`. */
const allSettled = (page, ms) =>
  Promise.race([
    page.evaluate(() => window.__bench.settleAll()).then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/**
 * Waits for the plots off screen to catch up: small runs do once a drag pauses, bigger ones
 * when scrolled to, so then scrolls through the page as a reader would (their catch-up's long
 * tasks count too), and back. Names what has not caught up after that.
 */
async function settleAll(page) {
  if (await allSettled(page, 2000)) return;
  const y0 = await page.evaluate(() => window.scrollY);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.waitForTimeout(150);
  }
  if (!(await allSettled(page, 10_000)))
    console.error('not settled:', await page.evaluate(() => window.__bench.unsettled()));
  await page.evaluate((to) => window.scrollTo(0, to), y0);
}

/**
 * Drags the slider named `name` `moves` times over its track and back, one input's work at a
 * time; then waits for the plots off screen to catch up (long tasks there count too).
 */
async function drag(page, name, moves) {
  const box = await page.getByRole('slider', { name, exact: true }).boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + 8;
  const x1 = box.x + box.width - 8;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let k = 1; k <= moves; k++) {
    const u = (k % 40) / 40;
    await page.mouse.move(x0 + (x1 - x0) * (u < 0.5 ? 2 * u : 2 - 2 * u), y);
    await settle(page);
  }
  await page.mouse.up();
  await settleAll(page);
}

/**
 * The same by keyboard: 20 presses of → then 20 of ← on the focused slider, and so on. A key
 * press is a discrete event, handled at once; its frame then waits for the display's next
 * refresh (up to 16.7 ms, about 5–8 ms here), which the pointer's events, delivered at the
 * start of a frame, do not.
 */
async function keys(page, name, moves) {
  const slider = await page.getByRole('slider', { name, exact: true }).elementHandle();
  await slider.evaluate((e) => e.focus({ preventScroll: true }));
  for (let k = 1; k <= moves; k++) {
    await page.keyboard.press(k % 40 < 20 ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
  }
  await settleAll(page);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
};

/** One scenario: a fresh page, settings by the controls, a warm-up drag, the measured drag. */
async function scenario(label, setUp, move = drag) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  // The lab is a chunk of its own, loaded when its tab is first shown.
  await page.locator('.lab').waitFor();
  await page.evaluate(instrument);
  await setUp(page);
  await page.locator('.lab-controls[aria-busy="false"]').waitFor();
  await move(page, 'Recurrent weight scale', 20);
  await page.evaluate(() =>
    Object.assign(window.__bench, { first: [], shown: [], cost: [], longTasks: [] }),
  );
  await move(page, 'Recurrent weight scale', MOVES);
  const b = await page.evaluate(() => window.__bench);
  await page.close();
  return {
    scenario: label,
    first: stats(b.first),
    cost: stats(b.cost),
    shown: stats(b.shown),
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
    async (page) => {
      await page.getByRole('checkbox', { name: 'Compare RNN, LSTM and GRU' }).uncheck();
      // Unchecking scrolled the box into view: back to the top, where the other scenarios drag.
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  ],
  [
    'LSTM, hidden 64, 50 steps, compare on',
    (page) => page.getByRole('combobox', { name: 'Cell' }).selectOption('LSTM'),
  ],
  [
    'RNN, hidden 64, 50 steps, compare view on screen',
    // The compare chart at the top of the screen; the controls stay beside it (sticky).
    (page) =>
      page
        .locator('.lab-compare')
        .first()
        .evaluate((e) => e.scrollIntoView()),
  ],
  [
    'RNN, hidden 64, 50 steps, compare view on screen (keys)',
    (page) =>
      page
        .locator('.lab-compare')
        .first()
        .evaluate((e) => e.scrollIntoView()),
    keys,
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
  for (const [label, setUp, move] of SCENARIOS)
    if (label.includes(only)) results.push(await scenario(label, setUp, move));
} finally {
  await browser.close();
  server.kill();
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (v) => (Number.isFinite(v) ? v.toFixed(1).padStart(7) : '      –');
  console.log('Input event → painted plots, ms. first: the frame with the gradient plot redrawn;');
  console.log('shown: every plot on screen redrawn, the compare view’s runs included (plots off');
  console.log(
    'screen catch up once the drag pauses). long: main-thread tasks over 50 ms, off-screen',
  );
  console.log('catch-up included, and the longest. cost: the main thread’s time for the input:');
  console.log('its handlers, then its frame from start to paint (not the wait between them).\n');
  console.log(
    `${'scenario'.padEnd(56)}   n first p50  p95   max │ shown p50 p95   max │ ` +
      '   cost p50  p95 │ long  max',
  );
  for (const r of results) {
    console.log(
      `${r.scenario.padEnd(56)} ${String(r.first.n).padStart(3)} ${f(r.first.p50)}${f(r.first.p95)}${f(r.first.max)} │` +
        `${f(r.shown.p50)}${f(r.shown.p95)}${f(r.shown.max)} │    ${f(r.cost.p50)}${f(r.cost.p95)} │ ` +
        `${String(r.longTasks).padStart(4)}${f(r.longestTask)}`,
    );
  }
}
