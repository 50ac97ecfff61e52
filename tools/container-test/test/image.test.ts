// Issue 20: the image of the emulator and the mock, built from container/Containerfile with podman and run
// for real: the typed client lists contacts from outside, the environment variables set the data, SIGTERM
// and SIGINT end it cleanly, it holds the packed packages only and runs as a user other than root.
import { createCrmClient } from '@crm-contacts/client';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildImage, type BuiltImage } from '../src/buildImage.js';
import { freePort } from '@crm-contacts/processes';
import { findPostgresBin, startThrowawayPostgres } from '@crm-contacts/throwaway-postgres';
import { podman, podmanOk } from '../src/podman.js';

const missing = inject('podmanMissing');
const TOKEN = 'container-token';
let built: BuiltImage;
const started: string[] = [];

/**
 * A container of the image on a free loopback port (published, or on the host's network to reach a database
 * on the host's loopback); resolves once /health answers, with the time it took.
 */
async function startContainer(env: Record<string, string>, command: string[] = [], hostNetwork = false) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const network = hostNetwork ? ['--network', 'host', '-e', `PORT=${port}`, '-e', 'HOST=127.0.0.1'] : ['-p', `127.0.0.1:${port}:8080`];
  const id = await podmanOk(['run', '-d', ...network, ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), built.image, ...command]);
  started.push(id);
  await vi.waitFor(async () => {
    const health = await fetch(`${url}/health`);
    if (!health.ok) throw new Error(`/health answered ${health.status}`);
  }, { timeout: 60_000, interval: 50 });
  return { id, url, firstAnswerMillis: performance.now() - t0 };
}

/** Sends the signal and waits for the container to end: its exit code and its output. */
async function stopWith(id: string, signal: 'SIGTERM' | 'SIGINT') {
  const t0 = performance.now();
  await podmanOk(['kill', '--signal', signal, id]);
  const exitCode = Number(await podmanOk(['wait', id]));
  console.log(`[container-test] ${signal} to the container's end (podman wait returned): ${(performance.now() - t0).toFixed(0)} ms`);
  return { exitCode, logs: (await podman(['logs', id])).output };
}

describe.skipIf(missing !== null)(`the container image (podman)${missing ? `: skipped, ${missing}` : ''}`, () => {
  beforeAll(async () => {
    built = await buildImage();
    console.log(`[container-test] ${built.baseNote}; ${built.image} built in ${(built.buildMillis / 1000).toFixed(1)} s, ${(built.sizeBytes / 1e6).toFixed(0)} MB`);
  });
  afterAll(async () => {
    for (const id of started) await podman(['rm', '-f', id]);
  });

  it('runs the emulator: the typed client lists contacts from outside, the data set by the environment, and SIGTERM ends it cleanly', async () => {
    const emulator = await startContainer({ CRM_ADMIN_TOKEN: TOKEN, CRM_CONTACTS: '300', CRM_SEED: '7' });
    console.log(`[container-test] emulator: podman run to the first answer of /health in ${emulator.firstAnswerMillis.toFixed(0)} ms`);
    const crm = createCrmClient({ baseUrl: emulator.url, token: TOKEN });
    const page = await crm.contacts.filter({ count: 5 });
    expect(page.response).toHaveLength(5);
    expect(page.total).toBe(300);
    const health = await podman(['healthcheck', 'run', emulator.id]);
    expect(health.exitCode, health.output).toBe(0);
    const stopped = await stopWith(emulator.id, 'SIGTERM');
    expect(stopped.exitCode, stopped.logs).toBe(0);
    expect(stopped.logs).toContain('SIGTERM: shutting down');
  });

  // The compose file's topology without compose (no PostgreSQL image can be pulled here): the tests' own
  // PostgreSQL on the host, two replicas of the image started one after the other on one database, and the
  // image's crm-contract-test run once against the second.
  it.skipIf(!findPostgresBin('initdb') && process.env.CI !== 'true')('runs two replicas on one PostgreSQL and crm-contract-test from the image against them, as compose.yaml does', async () => {
    const postgres = await startThrowawayPostgres();
    try {
      const env = { DATABASE_URL: await postgres.createDatabase('crm'), CRM_ADMIN_TOKEN: TOKEN, CRM_CONTACTS: '400' };
      const first = await startContainer(env, [], true);
      const second = await startContainer(env, [], true);
      const pages = await Promise.all([first, second].map((replica) => createCrmClient({ baseUrl: replica.url, token: TOKEN }).contacts.filter({ count: 25 })));
      expect(pages[0].total).toBe(400);
      expect(pages[1]).toEqual(pages[0]);
      const verifier = await podman(['run', '--rm', '--network', 'host', built.image, 'crm-contract-test', '--base-url', second.url, '--token', TOKEN, '--rate', '0', '--max-requests', '200']);
      expect(verifier.exitCode, verifier.output).toBe(0);
      expect(verifier.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/m);
      for (const replica of [first, second]) expect((await stopWith(replica.id, 'SIGTERM')).exitCode).toBe(0);
    } finally {
      postgres.stop();
    }
  });

  it('ends on Ctrl-C (SIGINT) as well', async () => {
    const emulator = await startContainer({ CRM_CONTACTS: '50' });
    const stopped = await stopWith(emulator.id, 'SIGINT');
    expect(stopped.exitCode, stopped.logs).toBe(0);
    expect(stopped.logs).toContain('SIGINT: shutting down');
  });

  it('runs the mock with the crm-mock command, which SIGTERM ends cleanly', async () => {
    const mock = await startContainer({}, ['crm-mock']);
    console.log(`[container-test] mock: podman run to the first answer of /health in ${mock.firstAnswerMillis.toFixed(0)} ms`);
    const crm = createCrmClient({ baseUrl: mock.url, token: 'any-token' });
    expect((await crm.contacts.filter({ count: 1 })).response.length).toBeGreaterThan(0);
    const stopped = await stopWith(mock.id, 'SIGTERM');
    expect(stopped.exitCode, stopped.logs).toBe(0);
  });

  it('runs as a user other than root, listens on every interface, and checks its health on /health', async () => {
    const config = JSON.parse(await podmanOk(['image', 'inspect', '--format', '{{json .Config}}', built.image])) as { User: string; Env: string[] };
    expect(config.User).toBe('crm');
    expect(config.Env).toContain('HOST=0.0.0.0');
    const healthcheck = JSON.parse(await podmanOk(['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', built.image])) as { Test: string[] };
    expect(healthcheck.Test.join(' ')).toContain('/health');
    expect(await podmanOk(['run', '--rm', built.image, 'id', '-u'])).not.toBe('0');
  });

  it('holds the packed packages only: no sources, no dev dependencies', async () => {
    const listing = await podmanOk(['run', '--rm', built.image, 'sh', '-c', 'cd /opt/crm-contacts/node_modules && ls -d @crm-contacts/*/* && ls']);
    const entries = listing.split('\n');
    expect(entries).toContain('@crm-contacts/emulator/dist');
    expect(entries.filter((entry) => /^@crm-contacts\/[^/]+\/(src|test)$/.test(entry))).toEqual([]);
    // the workspace's own dev dependencies (some @types come with production dependencies, so not all of @types)
    for (const devOnly of ['typescript', 'vitest', 'tsx', 'esbuild']) expect(entries).not.toContain(devOnly);
    expect(await podmanOk(['run', '--rm', built.image, 'sh', '-c', 'ls /opt/crm-contacts/node_modules/@types'])).not.toMatch(/better-sqlite3|^pg$/m);
  });
});
