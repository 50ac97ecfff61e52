// `pnpm bench`: the emulator's limits from the Emulator issue, measured on loopback.
//   start-up with 10,000 contacts; seeding 1,000,000; a 25-contact filter page at 10,000 contacts
//   against Prism on the same machine; the same page at 1,000,000 contacts.
// Each server runs pinned to core 0 and autocannon to core 1 (when taskset exists).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hasTaskset, pinned, startServer, type Started } from './processes.js';
import { load, type LoadResult } from './load.js';

const require = createRequire(import.meta.url);
// each package's main entry sits beside its CLI in dist/
const emulatorMain = join(dirname(require.resolve('@crm-contacts/emulator')), 'main.js');
const mockMain = join(dirname(require.resolve('@crm-contacts/mock')), 'main.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LARGE = Number(process.env.BENCH_LARGE_CONTACTS ?? 1_000_000);
const TOKEN = 'bench-admin-token';
const PAGE = '/api/2.0/crm/contact/filter?count=25&contactListView=Person&tags=vip';
const LISTENING = /listening on (http:\/\/\S+)/;

function measure(label: string, base: string): LoadResult {
  load(`${base}${PAGE}`, { authorization: TOKEN }, 2); // warm-up: JIT, first queries, caches
  const result = load(`${base}${PAGE}`, { authorization: TOKEN }, SECONDS);
  if (result.non2xx || result.errors) throw new Error(`${label}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  console.log(`${label.padEnd(44)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  ${result.bytesPerRequest} B/answer`);
  return result;
}

async function withServer<T>(start: Promise<Started>, body: (s: Started) => Promise<T> | T): Promise<T> {
  const server = await start;
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

// Snapshots are off unless a run asks for them: start-up figures are for a first run.
function emulator(contacts: number, extraEnv: Record<string, string> = {}): Promise<Started> {
  return startServer(pinned(0, [process.execPath, emulatorMain]), {
    PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'warn', CRM_SNAPSHOT_DIR: 'off', ...extraEnv,
  }, LISTENING);
}

async function main(): Promise<void> {
  console.log(`bench: ${SECONDS} s per run, 10 connections, ${hasTaskset ? 'server on core 0, autocannon on core 1' : 'no taskset: unpinned'}`);

  const snapshotDir = mkdtempSync(join(tmpdir(), 'crm-bench-snapshots-'));
  const small = await withServer(emulator(10_000, { CRM_SNAPSHOT_DIR: snapshotDir }), (s) => {
    console.log(`emulator start-up, 10,000 contacts, first run:   ${Math.round(s.startupMs)} ms (spawn to listening: generate, load, index)`);
    return measure('emulator, 10,000 contacts', s.url);
  });
  await withServer(emulator(10_000, { CRM_SNAPSHOT_DIR: snapshotDir }), (s) => {
    console.log(`emulator start-up, 10,000 contacts, from snapshot: ${Math.round(s.startupMs)} ms (spawn to listening)`);
  });
  rmSync(snapshotDir, { recursive: true, force: true });
  const cold = await withServer(emulator(10_000, { CRM_RESPONSE_CACHE_MB: '0' }), (s) => measure('emulator, 10,000 contacts, no answer cache', s.url));
  const prism = await withServer(
    startServer(pinned(0, [process.execPath, mockMain]), { PORT: '0' }, LISTENING),
    (s) => measure('Prism mock (same contract, same URL)', s.url),
  );
  const large = await withServer(emulator(LARGE, { CRM_SNAPSHOT_DIR: 'off' }), (s) => {
    console.log(`emulator start-up, ${LARGE.toLocaleString('en')} contacts:        ${Math.round(s.startupMs)} ms (spawn to listening, seeding included)`);
    return measure(`emulator, ${LARGE.toLocaleString('en')} contacts`, s.url);
  });

  console.log('');
  console.log(`emulator / Prism at 10,000 contacts:  ${(small.requestsPerSecond / prism.requestsPerSecond).toFixed(1)}x (limit: at least 5x)`);
  console.log(`${LARGE.toLocaleString('en')} / 10,000 contacts:          ${(large.requestsPerSecond / small.requestsPerSecond).toFixed(2)} (limit: at least 0.5)`);
  console.log(`answer cache off / on at 10,000:      ${(cold.requestsPerSecond / small.requestsPerSecond).toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
