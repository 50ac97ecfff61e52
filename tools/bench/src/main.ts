// `pnpm bench`: the emulator on a stream of distinct queries, against Prism and a static ceiling, at
// several data sizes, on SQLite and PostgreSQL, at 10 and 50 connections; start-up and seeding times;
// a soak. Results go to results/ (JSON, Markdown, SVG). BENCH_QUICK=1: 10,000 contacts on SQLite only,
// short runs, results in results/quick/ (what CI runs, to keep the bench working).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { startThrowawayPostgres, type ThrowawayPostgres } from '@crm-contacts/throwaway-postgres';
import { bannerTokens } from './bannerTokens.js';
import { harvest, type Vocabulary } from './harvest.js';
import { load, type LoadResult } from './load.js';
import { hasTaskset, pinned, startServer, type Started } from './processes.js';
import { rssMb } from './processUsage.js';
import { queryStream, type BenchRequest } from './queryStream.js';
import { measureShapes } from './shapes.js';
import { heaviestOf, holdUp } from './holdUp.js';
import { warmUp, warmUpRequests } from './warmUp.js';
import { fieldsStreams, TRIMMED_FIELDS } from './fieldsStream.js';
import { writeResults, type BenchResults, type ServingRun } from './report.js';

const require = createRequire(import.meta.url);
const emulatorMain = join(dirname(require.resolve('@crm-contacts/emulator')), 'main.js');
const mockMain = join(dirname(require.resolve('@crm-contacts/mock')), 'main.js');
const staticMain = join(import.meta.dirname, 'staticServer.ts');

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 8));
const SIZES = QUICK ? [10_000] : (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const STORES = (QUICK ? 'sqlite' : (process.env.BENCH_STORES ?? 'sqlite,postgres')).split(',') as ('sqlite' | 'postgres')[];
const CONNECTIONS = QUICK ? [10] : [10, 50];
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? (QUICK ? 4 : 60));
const OUT = process.env.BENCH_OUT ?? join(import.meta.dirname, '..', 'results', QUICK ? 'quick' : '');
const ADMIN_TOKEN = 'bench-admin-token';
// enough distinct requests that no run sends one twice (a run's requests are counted against it)
// the page sizes at which `fields` is measured beside whole contacts
const FIELDS_PAGE_SIZES = (process.env.BENCH_FIELDS_PAGES ?? '25,100,1000').split(',').map(Number);
const STREAM_SIZE = Number(process.env.BENCH_STREAM ?? (QUICK ? 60_000 : 250_000));
const LISTENING = /listening on (http:\/\/\S+)/;
const work = mkdtempSync(join(tmpdir(), 'crm-bench-'));
const streamFile = join(work, 'stream.json');

// BENCH_EMULATOR_NODE_ARGS: flags for the emulator's node, e.g. `--cpu-prof --cpu-prof-dir=profiles`
const EMULATOR_NODE_ARGS = (process.env.BENCH_EMULATOR_NODE_ARGS ?? '').split(' ').filter(Boolean);

// SQLite in memory keeps its generated database here: the first start at a size writes it, a second reads it
const snapshots = join(work, 'snapshots');

function emulator(contacts: number, databaseUrl?: string): Promise<Started> {
  return startServer(pinned(0, [process.execPath, ...EMULATOR_NODE_ARGS, emulatorMain]), {
    PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', CRM_SNAPSHOT_DIR: databaseUrl ? 'off' : snapshots,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  }, LISTENING, 600_000);
}

async function withServer<T>(start: Promise<Started>, body: (s: Started) => Promise<T> | T): Promise<T> {
  const server = await start;
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

function report(label: string, r: LoadResult): void {
  const repeats = r.sent > r.distinct ? ` (stream repeated: ${r.distinct} distinct of ${r.sent})` : '';
  console.log(`${label.padEnd(52)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ${r.bytesPerRequest} B  ${r.non2xx} non-2xx ${r.errors} errors${repeats}`);
}

/** Each run gets its own slice of the stream, so no query is repeated across runs of one server either. */
function slicer(stream: BenchRequest[]): () => BenchRequest[] {
  let at = 0;
  return () => {
    const per = Math.floor(stream.length / 4);
    const slice = stream.slice(at, at + per);
    at = (at + per) % (per * 4);
    return slice;
  };
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${hasTaskset ? 'server pinned to core 0, load to core 1' : 'unpinned (no taskset)'}`;
  console.log(`bench (${QUICK ? 'quick' : 'full'}): ${SECONDS} s per run; ${machine}`);
  const results: BenchResults = { date: new Date().toISOString(), machine, mode: QUICK ? 'quick' : 'full', secondsPerRun: SECONDS, serving: [], starts: [] };
  let postgres: ThrowawayPostgres | undefined;
  let vocabulary: Vocabulary | undefined;
  let tokens: string[] = [];
  let typicalBytes = 40_000;
  try {
    if (STORES.includes('postgres')) postgres = await startThrowawayPostgres();
    for (const store of STORES) {
      for (const contacts of SIZES) {
        const databaseUrl = store === 'postgres' ? await postgres!.createDatabase(`bench_${contacts}`) : undefined;
        await withServer(emulator(contacts, databaseUrl), async (server) => {
          results.starts.push({ store, contacts, millis: Math.round(server.startupMs), what: `spawn to listening: generate, write to the database${databaseUrl ? '' : ' and a snapshot of it'}, read back and index` });
          console.log(`emulator, ${store}, ${contacts.toLocaleString('en')} contacts: listening after ${Math.round(server.startupMs)} ms`);
          vocabulary = await harvest(server.url, ADMIN_TOKEN);
          tokens = bannerTokens(server.output(), ADMIN_TOKEN);
          const next = slicer(queryStream(vocabulary, tokens, STREAM_SIZE, contacts));
          // the emulator builds its indexes on first use: the measured runs start once all are built
          const builtMs = Math.round(await warmUp(server.url, warmUpRequests(vocabulary, tokens)));
          results.starts.push({ store, contacts, millis: builtMs, what: 'the warm-up pass: every parameter and enum value once (sortBy both ways), as each user, one at a time, so that every lazy index is built' });
          console.log(`  every lazy index built by the warm-up pass in ${builtMs} ms`);
          load(server.url, next(), streamFile, 2, 10); // warm-up: JIT and first fragments, on queries not measured again
          for (const connections of CONNECTIONS) {
            const r = load(server.url, next(), streamFile, SECONDS, connections);
            report(`emulator, ${store}, ${contacts.toLocaleString('en')} contacts, ${connections} conn.`, r);
            results.serving.push({ target: 'emulator', store, contacts, connections, ...r, rssMb: rssMb(server.pid) });
            if (store === 'sqlite' && contacts === SIZES[0] && connections === 10) typicalBytes = r.bytesPerRequest;
          }
          const shapes = await measureShapes(server.url, ADMIN_TOKEN, queryStream(vocabulary, tokens, 20_000, contacts + 1));
          results.shapes = [...(results.shapes ?? []), { store, contacts, runs: shapes }];
          for (const x of shapes) console.log(`  ${x.shape.padEnd(60)} p50 ${x.p50Ms} ms  p99 ${x.p99Ms} ms  (${x.queries})`);
          const held = holdUp(server.url, queryStream(vocabulary, tokens, 20_000, contacts + 2), streamFile, SECONDS, heaviestOf(shapes));
          if (held) {
            results.holdUps = [...(results.holdUps ?? []), { store, contacts, ...held }];
            console.log(`  others' p99 ${held.aloneP99Ms} ms alone, ${held.withHeavyP99Ms} ms with one request in ten the heaviest shape`);
          } else console.log(`  hold-up: not run, the stream has no request of the heaviest shape (${heaviestOf(shapes)?.name ?? 'none measured'})`);
          if (store === 'sqlite' && contacts === SIZES[0]) {
            const one = queryStream(vocabulary, tokens, 1, 99);
            // eslint-disable-next-line no-restricted-syntax -- requests of the one-URL load, not a page
            const r = load(server.url, Array(1000).fill(one[0]), streamFile, SECONDS, 10);
            report('emulator, one URL repeated (not the workload)', r);
            results.serving.push({ target: 'emulator, one URL repeated', store, contacts, connections: 10, ...r, rssMb: rssMb(server.pid) });
            fieldsCost(server, tokens, contacts, results);
            await soak(server, queryStream(vocabulary, tokens, STREAM_SIZE, 7), contacts, results);
          }
        });
        if (!databaseUrl) {
          // the start a developer sees every day: from the snapshot the first start wrote
          await withServer(emulator(contacts), (server) => {
            const what = `spawn to listening from the snapshot: its column file read, the eager indexes built (RSS then ${rssMb(server.pid)} MB)`;
            results.starts.push({ store, contacts, millis: Math.round(server.startupMs), what });
            console.log(`emulator, ${store}, ${contacts.toLocaleString('en')} contacts, from the snapshot: listening after ${Math.round(server.startupMs)} ms`);
          });
        }
      }
    }
    const stream = queryStream(vocabulary!, tokens, STREAM_SIZE, 3);
    const next = slicer(stream);
    await withServer(startServer(pinned(0, [process.execPath, mockMain]), { PORT: '0' }, LISTENING), (server) => {
      load(server.url, next(), streamFile, 2, 10);
      for (const connections of CONNECTIONS) {
        const r = load(server.url, next(), streamFile, SECONDS, connections);
        report(`Prism mock (same stream), ${connections} conn.`, r);
        results.serving.push({ target: 'prism', connections, ...r, rssMb: rssMb(server.pid) });
      }
    });
    await withServer(startServer(pinned(0, [process.execPath, '--import', 'tsx', staticMain, String(typicalBytes)]), {}, LISTENING), (server) => {
      for (const connections of CONNECTIONS) {
        const r = load(server.url, next(), streamFile, SECONDS, connections);
        report(`static ceiling (${typicalBytes} B fixed answer), ${connections} conn.`, r);
        results.serving.push({ target: 'static', connections, ...r });
      }
    });
  } finally {
    postgres?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  writeResults(OUT, results);
  console.log(`results written to ${OUT}`);
}

/**
 * `fields=id,displayName` against whole contacts: the same distinct filter pages, both warmed up on other
 * pages first, then measured one after the other at 10 connections.
 */
function fieldsCost(server: Started, tokens: string[], contacts: number, results: BenchResults): void {
  for (const count of FIELDS_PAGE_SIZES) {
    const { whole, trimmed } = fieldsStreams(tokens, contacts, count, STREAM_SIZE, count);
    const half = Math.floor(whole.length / 2);
    load(server.url, whole.slice(half), streamFile, 2, 10);
    load(server.url, trimmed.slice(half), streamFile, 2, 10);
    for (const [label, stream] of [['whole contacts', whole], [`fields=${TRIMMED_FIELDS}`, trimmed]] as const) {
      const r = load(server.url, stream.slice(0, half), streamFile, SECONDS, 10);
      report(`emulator, filter count=${count}, ${label}`, r);
      results.serving.push({ target: `emulator, filter count=${count}, ${label}`, store: 'sqlite', contacts, connections: 10, ...r, rssMb: rssMb(server.pid) });
    }
  }
}

/** A long run at 50 connections: errors, and how resident memory grows once warm. */
async function soak(server: Started, stream: BenchRequest[], contacts: number, results: BenchResults): Promise<void> {
  const warm = load(server.url, stream.slice(0, stream.length / 5), streamFile, Math.min(10, SOAK_SECONDS), 50);
  const before = rssMb(server.pid) ?? 0;
  const r = load(server.url, stream.slice(stream.length / 5), streamFile, SOAK_SECONDS, 50);
  const after = rssMb(server.pid) ?? 0;
  results.soak = {
    contacts, connections: 50, seconds: SOAK_SECONDS, requests: r.sent, errors: r.errors + warm.errors, non2xx: r.non2xx + warm.non2xx,
    rssAfterWarmUpMb: before, rssEndMb: after, growthPercent: before ? ((after - before) / before) * 100 : 0,
  };
  console.log(`soak ${SOAK_SECONDS} s at 50 connections: ${r.sent} requests, ${r.errors} errors, ${r.non2xx} non-2xx; RSS ${before} -> ${after} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
