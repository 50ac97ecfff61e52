// One emulator and one mock for the whole package's run (vitest's globalSetup), shared by every test file:
// the checks only read (GET, and sign-in), so starting a pair per file bought nothing but start-up time.
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import type { Target } from '@crm-contacts/contract-test';
import { startEmulatorTarget, startMockTarget } from '../src/targets/startTarget.js';

type SharedKind = 'emulator' | 'mock';
/** A target as it crosses from the global setup to the test files: everything but `close`. */
type TargetInfo = Omit<Target, 'close'>;

declare module 'vitest' {
  export interface ProvidedContext {
    sharedTargets: Record<SharedKind, TargetInfo>;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = await Promise.all([startEmulatorTarget(), startMockTarget()]);
  const [emulator, mock] = started;
  const info = ({ close: _close, ...rest }: Target): TargetInfo => rest;
  project.provide('sharedTargets', { emulator: info(emulator), mock: info(mock) });
  return async () => {
    await Promise.all(started.map((target) => target.close()));
  };
}

/** The run's shared target of this kind; its `close` does nothing (the global setup's teardown closes it). */
export function sharedTarget(kind: SharedKind): Target {
  return { ...inject('sharedTargets')[kind], close: async () => {} };
}
