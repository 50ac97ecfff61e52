// Vitest global set-up: the browser tests drive Debian's Chromium (playwright cannot download its own
// browser here). Where it is missing, install it with apt-get, as CI's fresh machine (root) needs. When
// that cannot be done, the tests are skipped with the reason, except under CI=true, where it fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why Chromium is not there, or null when it is. */
    chromiumMissing: string | null;
  }
}

function install(): void {
  console.log(`[browser-tests] ${CHROMIUM} is missing: installing Debian's chromium package with apt-get`);
  const apt = (...args: string[]) =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
}

export default function installChromium(project: TestProject): void {
  let missing: string | null = null;
  if (!existsSync(CHROMIUM)) {
    try {
      install();
    } catch (error) {
      missing = `could not install Chromium (apt-get install chromium needs root): ${(error as Error).message.split('\n')[0]}`;
      if (process.env.CI === 'true') throw new Error(missing);
      console.warn(`[browser-tests] SKIPPED: ${missing}`);
    }
  }
  project.provide('chromiumMissing', missing);
}
