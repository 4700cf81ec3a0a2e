// `npm run bench:train`: training throughput (updates per second) of the built training worker
// in Debian's Chromium, for LSTM and GRU at hidden 32, sequence 30, batch 16 ("remember the
// first value", Adam). Builds dist/ unless --no-build, serves it with `vite preview` on
// 127.0.0.1, and drives the worker from a page of the app through its message protocol.
// `--json` prints a JSON array instead of a table.
/* global Worker -- measureInPage runs in the page, where Worker exists */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const port = Number(process.env.BENCH_PORT ?? 4175);
const json = process.argv.includes('--json');
/** Seconds of warm-up, then of measuring, per cell. */
const WARM_S = 3;
const MEASURE_S = 10;

const CASES = ['lstm', 'gru'].map((cell) => ({
  cell,
  config: {
    task: 'remember',
    cell,
    hiddenSize: 32,
    numLayers: 1,
    seqLen: 30,
    batchSize: 16,
    optimizer: { kind: 'adam', lr: 0.01 },
    clip: 1,
    gateBias: cell === 'lstm' ? 3 : 2,
    seed: 1,
  },
}));

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const workerFile = readdirSync(path.join(root, 'dist', 'assets')).find((f) =>
  /^train\.worker-.*\.js$/.test(f),
);
if (!workerFile) throw new Error('dist/assets has no train.worker-*.js: is the build current?');

const server = spawn(
  bin('vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
const base = `http://127.0.0.1:${port}/`;
const userDataDir = mkdtempSync(path.join(tmpdir(), 'gatescope-bench-'));

/** Waits until the preview server answers. */
async function serverUp() {
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not come up on ${base}`);
}

/**
 * In the page: starts the worker, trains for warm + measure seconds and counts the updates the
 * worker reports during the measuring window (by its own progress batches).
 */
function measureInPage({ url, config, warmS, measureS }) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { type: 'module' });
    let counted = 0;
    let t0 = 0;
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = ({ data }) => {
      if (data.type === 'error' || data.type === 'diverged')
        reject(new Error(JSON.stringify(data)));
      if (data.type === 'progress' && t0 > 0) counted += data.batch.loss.length;
    };
    worker.postMessage({ type: 'configure', run: 1, config });
    worker.postMessage({ type: 'train', run: 1 });
    setTimeout(() => {
      t0 = performance.now();
      setTimeout(() => {
        const seconds = (performance.now() - t0) / 1000;
        worker.terminate();
        resolve({ updates: counted, seconds });
      }, measureS * 1000);
    }, warmS * 1000);
  });
}

let browser;
try {
  await serverUp();
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(base);
  const rows = [];
  for (const { cell, config } of CASES) {
    const url = `${base}assets/${workerFile}`;
    const r = await page.evaluate(measureInPage, {
      url,
      config,
      warmS: WARM_S,
      measureS: MEASURE_S,
    });
    rows.push({
      where: 'chromium worker',
      cell,
      hidden: 32,
      seq: 30,
      batch: 16,
      updates_per_s: +(r.updates / r.seconds).toFixed(1),
      ms_per_update: +((1000 * r.seconds) / r.updates).toFixed(2),
    });
  }
  const version = browser.browser()?.version() ?? 'unknown';
  if (json) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(
      `Chromium ${version}, module worker, ${MEASURE_S} s per cell after ${WARM_S} s warm-up ` +
        `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)\n`,
    );
    for (const r of rows) {
      console.log(
        `${r.cell.padEnd(5)} H ${r.hidden}, T ${r.seq}, B ${r.batch}: ${r.updates_per_s} updates/s (${r.ms_per_update} ms/update)`,
      );
    }
  }
} finally {
  await browser?.close();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
