// Debian's Chromium for the browser benchmarks: where it is, and the flags that keep a headless
// run from stalling on network look-ups (playwright.config.ts uses the same for the tests).
import { accessSync, constants } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Exits with a one-line message when there is no Chromium to run. */
export function requireChromium() {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    console.error(
      `No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
