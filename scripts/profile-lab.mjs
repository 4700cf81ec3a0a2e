// Where the main thread's time goes while the gradient lab's slider drags: serves dist/ (build
// it first, `npx vite build --minify false` for readable names), drags "Recurrent weight scale"
// in Debian's Chromium with a performance trace and a sampling CPU profile running, and prints
// per input event the handler's time, the frame's style / layout / paint, and the functions that
// took the most time.
//   node scripts/profile-lab.mjs [lstm] [big] [compare] [--moves N]   (big: hidden 128, 500
//   steps; compare: the compare view scrolled into view, the slider moved by keys)   (PROFILE_PORT, default 4194)
//   PROFILE_SAVE=FILE keeps the CPU profile in FILE and the trace in FILE.trace.json.
import { spawn } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, requireChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = Number(process.env.PROFILE_PORT ?? 4194);
const cell = process.argv.includes('lstm') ? 'LSTM' : 'RNN';
const movesAt = process.argv.indexOf('--moves');
const MOVES = movesAt > 0 ? Number(process.argv[movesAt + 1]) : 40;

requireChromium();
const server = spawn(
  path.join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes(String(port)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const tracePath = path.join(os.tmpdir(), `lab-trace-${process.pid}.json`);
let profile;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await page.locator('.lab').waitFor();
  if (cell === 'LSTM') await page.getByRole('combobox', { name: 'Cell' }).selectOption('LSTM');
  if (process.argv.includes('big'))
    for (const name of ['Hidden size', 'Sequence length'])
      await page.getByRole('slider', { name, exact: true }).press('End');
  await page.locator('.lab-controls[aria-busy="false"]').waitFor();
  const slider = page.getByRole('slider', { name: 'Recurrent weight scale', exact: true });
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + 8;
  const x1 = box.x + box.width - 8;
  /** Presses → and ← on the focused slider with the compare view scrolled into view. */
  const keys = async (moves) => {
    await page
      .locator('.lab-compare')
      .first()
      .evaluate((e) => e.scrollIntoView());
    await (await slider.elementHandle()).evaluate((e) => e.focus({ preventScroll: true }));
    for (let k = 1; k <= moves; k++) {
      await page.keyboard.press(k % 40 < 20 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(120);
    }
  };
  /** Drags like bench:lab, with a pause between moves. */
  const drag = async (moves) => {
    await page.mouse.move(x0, y);
    await page.mouse.down();
    for (let k = 1; k <= moves; k++) {
      const u = (k % 40) / 40;
      await page.mouse.move(x0 + (x1 - x0) * (u < 0.5 ? 2 * u : 2 - 2 * u), y);
      // A pause long enough for the plots on screen to land, shorter than the one after which
      // those off screen catch up (SETTLE_MS); the page is not polled meanwhile.
      await page.waitForTimeout(120);
    }
    await page.mouse.up();
  };
  const move = process.argv.includes('compare') ? keys : drag;
  await move(20);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, {
    path: tracePath,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await cdp.send('Profiler.start');
  await move(MOVES);
  ({ profile } = await cdp.send('Profiler.stop'));
  // PROFILE_SAVE=FILE keeps the CPU profile (e.g. to open in DevTools).
  if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
  await browser.stopTracing();
} finally {
  await browser.close();
  server.kill();
}

// --- the trace: per input event, the handler and the frame after it -------------------------
const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
if (process.env.PROFILE_SAVE)
  writeFileSync(process.env.PROFILE_SAVE + '.trace.json', readFileSync(tracePath));
unlinkSync(tracePath);
const names = new Map();
for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const inputs = events.filter(
  (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input' && e.dur,
);
const main = inputs.length ? `${inputs[0].pid}:${inputs[0].tid}` : '';
const onMain = events
  .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
  .sort((a, b) => a.ts - b.ts);
const FRAME = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
const rows = inputs.map((ev, k) => {
  const end = ev.ts + ev.dur;
  const next = inputs[k + 1]?.ts ?? Infinity;
  const row = { handler: ev.dur / 1000 };
  for (const n of FRAME) row[n] = 0;
  // The frame that shows this input: rendering work after the handler, up to its first Commit.
  for (const e of onMain) {
    if (e.ts < end || e.ts >= next) continue;
    if (FRAME.includes(e.name)) row[e.name] += e.dur / 1000;
    if (e.name === 'Commit') break;
  }
  // Every main-thread task until the next input (the deferred plots, the workers' results).
  row.tasksAfter = onMain
    .filter((e) => e.name === 'RunTask' && e.ts >= end && e.ts < Math.min(next, end + 400_000))
    .reduce((s, e) => s + e.dur / 1000, 0);
  return row;
});
if (process.env.PROFILE_LAYOUT) {
  // What the frames after the inputs laid out and painted (Chromium's own counts).
  const shown = new Map();
  for (const ev of inputs.slice(0, 12)) {
    const after = onMain.filter((e) => e.ts >= ev.ts && e.ts < ev.ts + 60_000);
    for (const e of after) {
      if (e.name === 'Layout' && e.args?.beginData)
        console.log(
          '  Layout',
          (e.dur / 1000).toFixed(2),
          JSON.stringify(e.args.beginData),
          JSON.stringify(e.args.endData?.root?.length),
        );
      if (e.name === 'Paint') {
        const k = e.args?.data?.nodeId;
        shown.set(k, (shown.get(k) ?? 0) + e.dur / 1000);
      }
    }
    console.log('  --');
  }
  console.log('  paint by node', JSON.stringify([...shown]));
}
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
};
const longTasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
console.log(
  `long tasks (> 50 ms): ${longTasks.length}, longest ${Math.max(0, ...longTasks.map((e) => e.dur / 1000)).toFixed(1)} ms`,
);
console.log(`${cell}, ${inputs.length} input events on ${names.get(main)}; load ${os.loadavg()}`);
for (const key of ['handler', ...FRAME, 'tasksAfter'])
  console.log(
    `  ${key.padEnd(17)} p50 ${med(rows.map((r) => r[key]))
      .toFixed(2)
      .padStart(7)} ms` +
      `  p95 ${p95(rows.map((r) => r[key]))
        .toFixed(2)
        .padStart(7)} ms`,
  );

// --- the CPU profile: self and total time per function --------------------------------------
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = new Map();
const label = (n) => {
  const f = n.callFrame;
  const file = f.url.split('/').pop();
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
};
const dts = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (dts[i + 1] ?? 0) / 1000;
  let id = profile.samples[i];
  const n = byId.get(id);
  if (['(idle)', '(program)'].includes(n.callFrame.functionName)) continue;
  self.set(label(n), (self.get(label(n)) ?? 0) + dt);
  const seen = new Set();
  while (id !== undefined) {
    const l = label(byId.get(id));
    if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + dt);
    seen.add(l);
    id = parent.get(id);
  }
}
const per = inputs.length || 1;
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([l, ms]) => `  ${(ms / per).toFixed(2).padStart(7)} ms/input  ${l}`)
    .join('\n');
console.log('\nself time, per input event:\n' + top(self, 30));
console.log('\ntotal time, per input event:\n' + top(total, 60));

// --- top-down under the input handler: where its time goes ----------------------------------
const under = process.env.PROFILE_ROOT ?? 'dispatchDiscreteEvent';
const nodeTotal = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (dts[i + 1] ?? 0) / 1000;
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id))
    nodeTotal.set(id, (nodeTotal.get(id) ?? 0) + dt);
}
const minMs = Number(process.env.PROFILE_MIN ?? 0.25) * per;
/** Merges children by label so the tree reads per function, not per call site. */
const CHAINS =
  /^(commitPassiveMountOnFiber|recursivelyTraverse\w+|commitMutationEffectsOnFiber|commitLayoutEffectOnFiber|commitReconciliationEffects) /;
const printTree = (ids, depth) => {
  const groups = new Map();
  for (const id of ids) {
    const l = label(byId.get(id));
    const g = groups.get(l) ?? { ms: 0, kids: [] };
    g.ms += nodeTotal.get(id) ?? 0;
    g.kids.push(...(byId.get(id).children ?? []));
    groups.set(l, g);
  }
  for (const [l, g] of [...groups].sort((a, b) => b[1].ms - a[1].ms)) {
    if (g.ms < minMs || depth > 40) continue;
    // React's recursive fiber walks are one line each, not one per level.
    if (CHAINS.test(l) && depth > 0) {
      printTree(g.kids, depth);
      continue;
    }
    console.log(`${'  '.repeat(depth)}${(g.ms / per).toFixed(2)} ${l}`);
    printTree(g.kids, depth + 1);
  }
};
const roots = profile.nodes.filter(
  (n) =>
    n.callFrame.functionName === under &&
    !(() => {
      for (let p = parent.get(n.id); p !== undefined; p = parent.get(p))
        if (byId.get(p).callFrame.functionName === under) return true;
      return false;
    })(),
);
console.log(`\ntop-down under ${under}, ms per input event:`);
printTree(
  roots.map((n) => n.id),
  0,
);

// --- React: each component's own render (the functions renderWithHooks calls) -----------------
const renders = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (dts[i + 1] ?? 0) / 1000;
  let child;
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id);
    if (n.callFrame.functionName === 'renderWithHooks' && child !== undefined) {
      const l = label(byId.get(child));
      renders.set(l, (renders.get(l) ?? 0) + dt);
      break;
    }
    child = id;
  }
}
console.log('\ncomponents, render time per input event:\n' + top(renders, 30));
