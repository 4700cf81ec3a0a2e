import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const defaultExclude = ['**/node_modules/**', '**/.git/**'];

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder or sub-path (and from file-less embeds).
  base: './',
  plugins: [react()],
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
