// Shutdown with a deadline, on the built command: SIGTERM stops accepting connections and lets an
// in-flight request finish; a request outliving CRM_SHUTDOWN_TIMEOUT_MS does not keep the process; a
// second signal exits at once. The in-flight request is held by CRM_LATENCY_MS.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const MAIN = join(import.meta.dirname, '../dist/main.js');
const ADMIN = 'shutdown-admin';

interface Running { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }

async function startCommand(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', CRM_CONTACTS: '100', CRM_ADMIN_TOKEN: ADMIN, CRM_SNAPSHOT_DIR: 'off', LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await vi.waitFor(() => expect(output).toContain('stop with Ctrl-C'), { timeout: 20_000, interval: 50 });
  return { child, url: /listening on (http:\/\/\S+)/.exec(output)![1], output: () => output, exited };
}

/** A filter request on its own connection, held by the latency; resolves with its status, or the error. */
function inFlight(url: string): { sent: Promise<void>; answered: Promise<number | Error> } {
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const answered = new Promise<number | Error>((resolve) => {
    const call = request(`${url}/api/2.0/crm/contact/filter?count=1`, { headers: { authorization: ADMIN }, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    });
    call.on('error', resolve);
    call.on('finish', sent);
    call.end();
  });
  return { sent: written, answered };
}

/** The request is in the server's hands once a later request on another connection has been answered. */
async function heldBy(running: Running): Promise<{ answered: Promise<number | Error> }> {
  const call = inFlight(running.url);
  await call.sent;
  expect((await fetch(`${running.url}/health`)).status).toBe(200);
  // wrapped: an async function returning the promise itself would wait for the answer
  return { answered: call.answered };
}

describe('shutdown', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, and exits 0', async () => {
    const running = await startCommand({ CRM_LATENCY_MS: '1500', CRM_SHUTDOWN_TIMEOUT_MS: '20000' });
    const { answered } = await heldBy(running);
    running.child.kill('SIGTERM');
    // a new connection is refused (or, on a kept-alive one, answered 503) while the old request finishes
    await vi.waitFor(async () => {
      const status = await fetch(`${running.url}/health`).then((r) => r.status, () => 'refused');
      expect(['refused', 503]).toContain(status);
    }, { timeout: 5_000, interval: 20 });
    expect(await answered).toBe(200);
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('SIGTERM: shutting down');
  });

  it('exits 1 when a request outlives the deadline, saying so', async () => {
    const running = await startCommand({ CRM_LATENCY_MS: '60000', CRM_SHUTDOWN_TIMEOUT_MS: '300' });
    const { answered } = await heldBy(running);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain('shutdown took longer than 300 ms');
    expect(await answered).toBeInstanceOf(Error);
  });

  it('exits at once on a second signal', async () => {
    const running = await startCommand({ CRM_LATENCY_MS: '60000', CRM_SHUTDOWN_TIMEOUT_MS: '600000' });
    const { answered } = await heldBy(running);
    running.child.kill('SIGTERM');
    await vi.waitFor(() => expect(running.output()).toContain('SIGTERM: shutting down'), { timeout: 5_000, interval: 20 });
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain('SIGINT again: exiting now');
    expect(await answered).toBeInstanceOf(Error);
  });
});
