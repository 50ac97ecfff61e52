// The PostgreSQL connection that LISTENs for other replicas' scenario changes, kept open: when it drops
// (a restart, a network blip, pg_terminate_backend) it reconnects with back-off, and once listening
// again reports that notifications may have been missed, so the replica re-reads the versions.
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

export interface ScenarioListener {
  /** Whether the connection is up and listening (false while it reconnects). */
  following(): boolean;
  close(): Promise<void>;
}

export interface ListenOptions {
  channel: string;
  onNotification(payload: string | undefined): void;
  /** After a reconnect, before `following` is true again; a failure counts as a failed attempt. */
  onMissed(): Promise<void>;
}

// 100 ms, doubling up to 5 s, with jitter so that replicas do not knock together
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 5000;
const delayOf = (attempt: number) => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt) * (0.75 + Math.random() / 2);

/** Connects and listens; the first attempt's failure is thrown (start-up fails as before), later ones retried. */
export async function listenForScenarios(pgModule: typeof pg, connection: pg.ClientConfig, options: ListenOptions): Promise<ScenarioListener> {
  let current: pg.Client | undefined;
  let closed = false;

  // one attempt: the listening client, or a throw; `lost` is called when it drops later
  const attempt = async (catchUp: boolean, lost: () => void): Promise<pg.Client> => {
    const client = new pgModule.Client(connection);
    let ended = false;
    client.on('error', () => undefined); // followed by 'end', handled there
    client.on('end', () => {
      ended = true;
      if (current === client) lost();
    });
    client.on('notification', ({ payload }) => options.onNotification(payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${options.channel}`);
      if (catchUp) await options.onMissed();
      if (ended) throw new Error('the listening connection ended while catching up');
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  };

  const reconnect = async (): Promise<void> => {
    for (let tries = 0; !closed; tries++) {
      // unref'd: a replica being shut down does not wait for its next attempt
      await sleep(delayOf(tries), undefined, { ref: false });
      if (closed) return;
      try {
        const client = await attempt(true, onLost);
        if (closed) return void (await client.end().catch(() => undefined));
        current = client;
        return;
      } catch {
        // the database is still away: wait longer
      }
    }
  };
  const onLost = () => {
    current = undefined;
    if (!closed) void reconnect();
  };

  current = await attempt(false, onLost);
  return {
    following: () => current !== undefined,
    async close() {
      closed = true;
      const client = current;
      current = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
