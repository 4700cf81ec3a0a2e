// The built app's chunk sizes and the first screen's JavaScript budget.
//
//   npm run build && npm run size        [-- --json] [-- --dist DIR]
//
// Reads Vite's manifest (dist/.vite/manifest.json, `build.manifest` in vite.config.ts) and
// prints every JavaScript and CSS file of the build with its raw and gzip size (node:zlib, level
// 9, as a static host would serve it). The first screen is the entry chunk and every chunk it
// imports statically, transitively: what the browser must fetch before the cell stepper runs.
// Chunks loaded by import() (the labs) and the workers are not part of it. Exits 1 when the
// first screen's JavaScript is over BUDGET_GZIP bytes gzipped.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first screen's JavaScript budget, gzipped: 200 kB. */
export const BUDGET_GZIP = 200_000;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const json = args.includes('--json');
const distArg = args.indexOf('--dist');
const dist = path.resolve(distArg >= 0 ? args[distArg + 1] : path.join(root, 'dist'));

let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (e) {
  console.error(`No Vite manifest in ${dist}/.vite (run npm run build first): ${e.message}`);
  process.exit(1);
}

/** Raw and gzip size of a file of the build, in bytes. */
function sizeOf(file) {
  const bytes = readFileSync(path.join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// The first screen: the entry chunk and its static imports (and their CSS), transitively.
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length !== 1) {
  console.error(`Expected one entry chunk in the manifest, found ${entries.length}.`);
  process.exit(1);
}
const firstScreen = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstScreen.has(chunk.file)) return;
  firstScreen.add(chunk.file);
  for (const css of chunk.css ?? []) firstScreen.add(css);
  for (const k of chunk.imports ?? []) visit(k);
};
visit(entries[0][0]);

// Every script and style sheet of the build, the workers and lazy chunks included.
const files = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => `assets/${f}`)
  .sort();
const rows = files.map((file) => ({
  file,
  ...sizeOf(file),
  firstScreen: firstScreen.has(file),
}));
const firstJs = rows.filter((r) => r.firstScreen && r.file.endsWith('.js'));
const total = {
  raw: firstJs.reduce((s, r) => s + r.raw, 0),
  gzip: firstJs.reduce((s, r) => s + r.gzip, 0),
};
const over = total.gzip > BUDGET_GZIP;

if (json) {
  console.log(JSON.stringify({ files: rows, firstScreen: { ...total, budget: BUDGET_GZIP } }));
} else {
  const kB = (n) => (n / 1000).toFixed(1).padStart(8);
  const width = Math.max(...rows.map((r) => r.file.length));
  console.log(`${'file'.padEnd(width)}  raw kB  gzip kB  first screen`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(width)} ${kB(r.raw)} ${kB(r.gzip)}  ${r.firstScreen ? 'yes' : ''}`,
    );
  }
  console.log(
    `\nFirst screen JavaScript (${firstJs.length} files): ${kB(total.raw).trim()} kB, ` +
      `${kB(total.gzip).trim()} kB gzip; budget ${BUDGET_GZIP / 1000} kB gzip${over ? ' — OVER' : ''}`,
  );
}
if (over) process.exit(1);
