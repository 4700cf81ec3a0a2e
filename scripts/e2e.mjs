// Builds the app and runs the Playwright browser tests against the built dist/ in Debian's
// Chromium. Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- -g stepper`).
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(
    `No Chromium found at ${chromium}: install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

/** Runs a binary from node_modules/.bin, inheriting stdio; exits with its code when it fails. */
function run(bin, args) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.error) {
    console.error(`Could not run ${bin}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('vite', ['build']);
run('playwright', ['test', '--config', 'playwright.config.ts', ...process.argv.slice(2)]);
