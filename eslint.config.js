// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of the app around the engine; the engine may import none of them. */
const appFolders = ['store', 'panels', 'charts', 'workers', 'lessons', 'i18n', 'styles'];

export default defineConfig(
  globalIgnores(['dist', 'node_modules', 'test/fixtures', 'playwright-report', 'test-results']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', '*.config.ts', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ignores: ['src/engine/**', 'test/engine/**', 'test/e2e/**'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // The engine is a leaf: pure TypeScript maths, no UI library, no app code, no DOM or timers.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/engine is pure maths: no UI or state libraries.',
            },
            {
              group: ['d3', 'd3-*', 'd3/*'],
              message: 'src/engine is pure maths: D3 belongs to src/charts.',
            },
            {
              group: appFolders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `**/${f}.*`]),
              message: 'src/engine is a leaf: it may not import the app around it.',
            },
            {
              group: ['**/App', '**/App.*', '**/main', '**/main.*'],
              message: 'src/engine is a leaf: it may not import the app around it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'setTimeout', 'setInterval'].map(
          (name) => ({ name, message: 'src/engine has no DOM and no timers.' }),
        ),
        { name: 'requestAnimationFrame', message: 'src/engine has no DOM and no timers.' },
      ],
    },
  },
);
