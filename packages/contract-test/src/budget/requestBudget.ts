// At most N requests, spaced to a rate: what keeps the verifier harmless against a live portal. A counter
// and a spacing delay; a throttling library would still need the counter, so both are written here.
import { setTimeout as delay } from 'node:timers/promises';

export class BudgetSpent extends Error {
  constructor(max: number) {
    super(`the request budget (${max} requests) is spent`);
  }
}

export class RequestBudget {
  #left: number;
  #spacingMs: number;
  #nextAt = 0;

  /** `ratePerSecond` 0: no spacing. */
  constructor(readonly max: number, ratePerSecond = 0) {
    this.#left = max;
    this.#spacingMs = ratePerSecond > 0 ? 1000 / ratePerSecond : 0;
  }

  get left(): number {
    return this.#left;
  }

  get used(): number {
    return this.max - this.#left;
  }

  /** Takes one request from the budget and waits for its turn at the rate; false when none is left. */
  async take(): Promise<boolean> {
    if (this.#left <= 0) return false;
    this.#left -= 1;
    const now = performance.now();
    const at = Math.max(now, this.#nextAt);
    this.#nextAt = at + this.#spacingMs;
    if (at > now) await delay(at - now);
    return true;
  }

  /** fetch, counted and spaced; throws BudgetSpent when no request is left. */
  readonly fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (!(await this.take())) throw new BudgetSpent(this.max);
    return fetch(url, init);
  };
}
