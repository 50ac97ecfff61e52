// Vitest global set-up: the container test needs podman, runc (podman runs with --runtime runc here) and
// debootstrap (the base image is built locally). Where one is missing, install it with apt-get, as CI's
// fresh machine (root) needs; when that cannot be done, the tests are skipped with the reason, except
// under CI=true, where it fails.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const TOOLS = { podman: 'podman', runc: 'runc', debootstrap: 'debootstrap' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why podman cannot run here, or null when it can. */
    podmanMissing: string | null;
  }
}

const missingTools = () => Object.keys(TOOLS).filter((tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});

export default function installPodman(project: TestProject): void {
  let missing: string | null = null;
  const tools = missingTools();
  if (tools.length > 0) {
    try {
      console.log(`[container-test] ${tools.join(', ')} missing: installing with apt-get`);
      const apt = (...args: string[]) =>
        execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      apt('update', '-qq');
      apt('install', '-y', '-qq', ...tools.map((tool) => TOOLS[tool as keyof typeof TOOLS]));
      const still = missingTools();
      if (still.length > 0) throw new Error(`apt-get ran, but ${still.join(', ')} is still missing`);
    } catch (error) {
      missing = `could not install ${tools.join(', ')} (apt-get install needs root): ${(error as Error).message.split('\n')[0]}`;
      if (process.env.CI === 'true') throw new Error(missing);
      console.warn(`[container-test] SKIPPED: ${missing}`);
    }
  }
  project.provide('podmanMissing', missing);
}
