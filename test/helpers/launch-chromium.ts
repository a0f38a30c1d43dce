import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium, which .ci/run installs (`apt-get install chromium`); playwright-core downloads no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless Chromium for a test, with everything that reaches the network at start turned off
 * (FIELD-NOTES, "Browsers for tests"). Playwright gives each launch a fresh profile of its own and
 * removes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
