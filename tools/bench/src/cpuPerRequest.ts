// `pnpm --filter @crm-contacts/bench bench:perreq <main.js> <main.js>`: the emulator's CPU time per request
// (user+sys of the server process over the requests it answered) for two builds, alternating A/B A/B, on the
// distinct stream at 10,000 contacts (SQLite, 10 connections). Each run sends the same fixed requests once
// (a warm-up, a settling pass, then BENCH_MEASURED measured ones), so that cache warmth does not differ with
// throughput: CPU time per request is robust to the machine's load, req/s is not. BENCH_ROUNDS (default 3).
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bannerTokens } from './bannerTokens.js';
import { harvest } from './harvest.js';
import { load } from './load.js';
import { pinned, startServer } from './processes.js';
import { cpuMs } from './processUsage.js';
import { queryStream } from './queryStream.js';

const ADMIN_TOKEN = 'bench-admin';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MEASURED = Number(process.env.BENCH_MEASURED ?? 12_000);
const CONNECTIONS = 10;
const builds = process.argv.slice(2);
if (builds.length === 0) throw new Error('usage: cpuPerRequest.ts <emulator main.js> [<another main.js> ...]');
const streamFile = join(mkdtempSync(join(tmpdir(), 'crm-bench-perreq-')), 'stream.json');

console.log(`CPU per request, 10,000 contacts, SQLite, ${CONNECTIONS} connections, ${MEASURED} measured requests, ${ROUNDS} rounds; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (let round = 0; round < ROUNDS; round++) {
  for (const main of builds) {
    const server = await startServer(pinned(0, [process.execPath, main]), {
      PORT: '0', CRM_CONTACTS: '10000', CRM_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn',
    }, /listening on (http:\/\/\S+)/, 600_000);
    try {
      const stream = queryStream(await harvest(server.url, ADMIN_TOKEN), bannerTokens(server.output(), ADMIN_TOKEN), 15_000 + MEASURED, 11 + round);
      load(server.url, stream.slice(0, 5_000), streamFile, 'once', CONNECTIONS); // warm-up
      load(server.url, stream.slice(5_000, 15_000), streamFile, 'once', CONNECTIONS); // the caches filled alike
      const before = cpuMs(server.pid);
      const loadBefore = loadavg()[0];
      const r = load(server.url, stream.slice(15_000), streamFile, 'once', CONNECTIONS);
      const perRequestUs = Math.round(((cpuMs(server.pid) - before) * 1000) / r.sent);
      console.log(`round ${round + 1}  ${main}  ${perRequestUs} µs/request  (${r.sent} answered, ${r.requestsPerSecond} req/s, ${r.bytesPerRequest} B, ${r.non2xx} non-2xx) load ${loadBefore.toFixed(2)} to ${loadavg()[0].toFixed(2)}`);
    } finally {
      await server.close();
    }
  }
}
