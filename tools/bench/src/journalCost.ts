// `pnpm --filter @crm-contacts/bench bench:journal`: what the emulator's request journal costs on the
// distinct-query stream at 10,000 contacts (SQLite), the same server started twice in one run: with the
// journal as shipped (CRM_JOURNAL_SIZE unset) and switched off (0), alternating A/B/A/B so that load from
// the rest of the machine falls on both alike. BENCH_SECONDS per run (default 8), BENCH_ROUNDS (default 2).
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bannerTokens } from './bannerTokens.js';
import { harvest } from './harvest.js';
import { load, type LoadResult } from './load.js';
import { pinned, startServer } from './processes.js';
import { queryStream } from './queryStream.js';

const require = createRequire(import.meta.url);
const emulatorMain = join(dirname(require.resolve('@crm-contacts/emulator')), 'main.js');
const ADMIN_TOKEN = 'bench-admin';
const CONTACTS = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;
const streamFile = join(mkdtempSync(join(tmpdir(), 'crm-bench-journal-')), 'stream.json');
const SETTINGS = { 'journal on (as shipped)': '', 'journal off': '0' } as const;

console.log(`journal cost: ${CONTACTS} contacts, SQLite, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const results: Record<string, LoadResult[]> = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, size] of Object.entries(SETTINGS)) {
    const server = await startServer(pinned(0, [process.execPath, emulatorMain]), {
      PORT: '0', CRM_CONTACTS: String(CONTACTS), CRM_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', CRM_JOURNAL_SIZE: size,
    }, /listening on (http:\/\/\S+)/, 600_000);
    try {
      const stream = queryStream(await harvest(server.url, ADMIN_TOKEN), bannerTokens(server.output(), ADMIN_TOKEN), 40_000, 11 + round);
      load(server.url, stream.slice(0, 5_000), streamFile, 2, CONNECTIONS); // warm-up
      const r = load(server.url, stream.slice(5_000), streamFile, SECONDS, CONNECTIONS);
      results[label].push(r);
      console.log(`round ${round + 1}, ${label.padEnd(26)} ${r.requestsPerSecond} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ${r.bytesPerRequest} B  ${r.non2xx} non-2xx  (distinct ${r.distinct} of ${r.sent}); load average ${loadavg()[0].toFixed(2)}`);
    } finally {
      await server.close();
    }
  }
}
const mean = (rs: LoadResult[]) => Math.round(rs.reduce((sum, r) => sum + r.requestsPerSecond, 0) / rs.length);
const [on, off] = Object.values(results).map(mean);
console.log(`mean: journal on ${on} req/s, off ${off} req/s: the journal costs ${(((off - on) / off) * 100).toFixed(1)}% of throughput`);
