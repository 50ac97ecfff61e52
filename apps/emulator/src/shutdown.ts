// Shutdown on SIGTERM/SIGINT with a deadline: the first signal stops accepting connections and lets
// in-flight requests finish (Fastify's close); past the deadline, or on a second signal, the process
// exits at once, so a stuck request or a hung database cannot keep a CI job or a container waiting.
export interface ShutdownOptions {
  /** Stops accepting, waits for in-flight requests, closes the store. */
  close(): Promise<void>;
  /** How long the first signal waits for close() before exiting anyway. */
  timeoutMs: number;
  log(line: string): void;
  exit(code: number): void;
  /** The process to listen on (a test may pass an emitter). */
  signals?: Pick<NodeJS.Process, 'on'>;
}

export const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function shutdownOnSignals({ close, timeoutMs, log, exit, signals = process }: ShutdownOptions): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      return exit(1);
    }
    stopping = true;
    log(`${signal}: shutting down (in-flight requests may finish for ${timeoutMs} ms; send it again to exit now)`);
    // unref: a timer of its own must not keep the process alive once everything else has closed
    const deadline = setTimeout(() => {
      log(`shutdown took longer than ${timeoutMs} ms (CRM_SHUTDOWN_TIMEOUT_MS): exiting with requests unfinished`);
      exit(1);
    }, timeoutMs);
    deadline.unref();
    close().then(() => exit(0), (error: unknown) => {
      log(`shutdown failed: ${(error as Error).message}`);
      exit(1);
    }).finally(() => clearTimeout(deadline));
  };
  for (const signal of SHUTDOWN_SIGNALS) signals.on(signal, () => onSignal(signal));
}
