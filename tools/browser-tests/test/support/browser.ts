// Headless Chromium with the flags that keep it from calling home, and a page that records what the
// reference page must not do: log errors, throw, or send a request off this machine.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './installChromium.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Screenshots, kept as the test's artifacts (turbo caches them with the test task). */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts');

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

export interface GuardedPage {
  page: Page;
  /** Console messages of type error, and uncaught exceptions. */
  errors: string[];
  /** Every request for a host other than 127.0.0.1 (each one is aborted). */
  outside: string[];
  /** Every request the page made, in order. */
  requests: string[];
  screenshot(name: string): Promise<string>;
}

export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const guarded: GuardedPage = {
    page,
    errors: [],
    outside: [],
    requests: [],
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `${name}.png`);
      // let running transitions end, so the picture shows the settled page
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
      await page.screenshot({ path });
      return path;
    },
  };
  page.on('console', (message) => { if (message.type() === 'error') guarded.errors.push(message.text()); });
  page.on('pageerror', (error) => guarded.errors.push(`uncaught: ${error.message}`));
  // The context sees every request of the page and its workers, before it leaves the browser.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    guarded.requests.push(url);
    if (new URL(url).hostname !== '127.0.0.1') {
      guarded.outside.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return guarded;
}
