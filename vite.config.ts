import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: scripts, workers, frames and connections from its own
 * origin only, no inline script and no eval. WebAssembly may compile ('wasm-unsafe-eval' allows
 * that and nothing else): the engine's SIMD mat-vec is a module it writes itself
 * (src/engine/simdMatVec.ts). Inline style attributes stay allowed (charts set
 * them, and exported SVG files carry them); images may be data: and blob: URLs (the favicon,
 * chart exports).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the policy into the built index.html (the dev server's hot reload needs inline script). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'gatescope-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

/**
 * Writes dist/sw.js (src/serviceWorker.ts) once the build is on disk, so that it lists every
 * file: hashed chunks, worker scripts, CSS, index.html and what public/ copied. The cache name
 * carries a hash of all their contents, so each build has a cache of its own. Vite's manifest
 * (dist/.vite/) is left out: the app never fetches it.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'gatescope-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { serviceWorkerSource } = await import('./src/serviceWorker.ts');
      const files = filesUnder(outDir).filter((f) => !f.startsWith('.vite/') && f !== 'sw.js');
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(path.join(outDir, f)));
      const cacheName = `gatescope-${hash.digest('hex').slice(0, 12)}`;
      // './' too: the page's own address (a folder), which the browser asks for, not index.html.
      writeFileSync(path.join(outDir, 'sw.js'), serviceWorkerSource(cacheName, ['./', ...files]));
    },
  };
}

const defaultExclude = ['**/node_modules/**', '**/.git/**'];

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder or sub-path (and from file-less embeds).
  base: './',
  // dist/.vite/manifest.json: which chunk imports which (scripts/bundle-size.mjs reads it).
  build: { manifest: true },
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          // The engine is plain TypeScript with no DOM: its tests (and the CLI's) run in Node.
          include: ['test/engine/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...defaultExclude, 'test/engine/**', 'test/scripts/**', 'test/e2e/**'],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
          // Rendering the whole stepper (diagram, formula, table, timeline, …) in jsdom takes a
          // few seconds on a busy two-core machine: the 5 s default made those tests flaky.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
