import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { injectFaults } from '../../src/http/faults.js';

afterEach(() => vi.useRealTimers());

describe('injectFaults', () => {
  it('waits the configured latency before answering', async () => {
    vi.useFakeTimers();
    let done = false;
    const pending = injectFaults({ latencyMs: 250, errorRate: 0 }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
  });

  it('fails the given fraction of calls', async () => {
    const draws = [0.05, 0.5, 0.09, 0.95];
    const outcomes = await Promise.all(
      draws.map((d) => injectFaults({ latencyMs: 0, errorRate: 0.1, random: () => d }).then(() => 'ok', (e) => (e instanceof ApiError ? e.statusCode : e))),
    );
    expect(outcomes).toEqual([500, 'ok', 500, 'ok']);
  });
});
