// Vitest global set-up: the browser tests drive Debian's Chromium (playwright cannot download its own
// browser here). Where it is missing, install it with apt-get, as CI's fresh machine needs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export default function installChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log(`[browser-tests] ${CHROMIUM} is missing: installing Debian's chromium package with apt-get`);
  const apt = (...args: string[]) =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt('update', '-qq');
    apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
  } catch (error) {
    throw new Error(`could not install Chromium (apt-get install chromium, as root): ${(error as Error).message}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
}
