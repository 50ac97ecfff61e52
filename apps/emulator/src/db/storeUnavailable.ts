// The store of record cannot be reached (PostgreSQL stopped, restarting or cut off). Requests answered
// from memory go on; what needs the store (the control API's writes, a scenario not built yet) gets a 503.
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The store of record (PostgreSQL) cannot be reached: ${(cause as Error).message || String(cause)}; try again when it is back`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

// Connection failures by Node's code, and PostgreSQL's classes 08 (connection exception) and 57P
// (operator intervention: shutting down, cannot connect now).
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isConnectionFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  if (NODE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')) return true;
  // pg's own words when a connection ends under a query or the pool cannot get one
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test((error as Error).message ?? '');
}

/** Runs `work`, turning a connection failure into a StoreUnavailableError. */
export async function unlessUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isConnectionFailure(error) ? new StoreUnavailableError(error) : error;
  }
}
