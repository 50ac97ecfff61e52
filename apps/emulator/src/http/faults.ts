// Opt-in latency and error injection for consumers testing their own resilience (off by default).
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError } from './errors.js';

export interface FaultOptions {
  latencyMs: number;
  errorRate: number;
  random?: () => number;
}

export async function injectFaults({ latencyMs, errorRate, random = Math.random }: FaultOptions): Promise<void> {
  if (latencyMs > 0) await sleep(latencyMs);
  if (errorRate > 0 && random() < errorRate) {
    throw ApiError.of('ServerError', 'Injected fault (CRM_ERROR_RATE)');
  }
}
