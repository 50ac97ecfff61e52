// `pnpm --filter @crm-contacts/bench bench:builds` (issue 21 point 2): does the first request of a lazy build
// hold up the other connections? One reader sends a cheap query over and over on its own connection while
// the first request of each lazy build arrives (each sortBy both ways, the first name search, the first date
// range, each info type's first bycontactinfo); its longest wait is the figure. Then the hold-up figure
// (holdUp.ts) after the warm-up pass. SQLite, BENCH_SIZES (default 1,000,000); results in BENCH_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contractLimits, loadContract, operationPath } from '@crm-contacts/contract';
import { bannerTokens } from './bannerTokens.js';
import { harvest } from './harvest.js';
import { holdUp, SHORT_FRAGMENTS_WHOLE_PAGE } from './holdUp.js';
import { pinned, startServer } from './processes.js';
import { enumNames, listOperations, queryStream } from './queryStream.js';
import { warmUp, warmUpRequests } from './warmUp.js';

const require = createRequire(import.meta.url);
const emulatorMain = join(dirname(require.resolve('@crm-contacts/emulator')), 'main.js');
const SIZES = (process.env.BENCH_SIZES ?? '1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const OUT = process.env.BENCH_OUT ?? join(import.meta.dirname, '..', 'results', 'builds');
// kept between runs: the first start at a size generates its data, the next ones read the snapshot
const SNAPSHOTS = process.env.BENCH_SNAPSHOTS ?? join(tmpdir(), 'crm-bench-build-snapshots');
const ADMIN_TOKEN = 'bench-admin-token';
const load = () => loadavg()[0].toFixed(1);
const WHOLE_FILTER_PAGE = 'filter, default page size';

interface BuildWait { request: string; answerMs: number; readerLongestMs: number; readerRequests: number; errors: number; loadAverage: string }

/** The first request of each lazy build, in an order where each needs only what it names (the reader's id order is built first). */
function firstRequests(): string[] {
  const document = loadContract();
  const [filter, byInfo] = [operationPath('filterContacts'), operationPath('getContactsByContactInfo')];
  const parameter = (name: string) => listOperations(document).flatMap((o) => o.parameters).find((p) => p.name === name)!.schema;
  const sorts = enumNames(document, document.components.schemas.ContactSortBy)!;
  const directions = parameter('sortOrder').examples as string[];
  return [
    ...sorts.flatMap((sortBy) => directions.map((order) => `${filter}?count=25&sortBy=${sortBy}&sortOrder=${order}`)),
    `${filter}?count=25&sortBy=Id&filterValue=a`,
    `${filter}?count=25&sortBy=Id&fromDate=2023-03-01&toDate=2023-09-30`,
    ...enumNames(document, parameter('infoType'))!.map((infoType) => `${byInfo}?infoType=${infoType}&data=ex&count=25`),
  ];
}

/** The reader's longest wait while `trigger` is answered: one connection, one cheap request after another. */
async function longestWaitDuring(baseUrl: string, cheap: string, trigger: string): Promise<BuildWait> {
  const get = (path: string) => fetch(`${baseUrl}${path}`, { headers: { authorization: ADMIN_TOKEN } }).then(async (r) => {
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
  });
  let done = false;
  let longest = 0;
  let requests = 0;
  let errors = 0;
  const reader = (async () => {
    // a few reads after the answer too: a build the answer left running would still show
    for (let after = 0; after < 5; after += done ? 1 : 0) {
      const started = performance.now();
      try {
        await get(cheap);
      } catch {
        errors++;
      }
      longest = Math.max(longest, performance.now() - started);
      requests++;
    }
  })();
  const started = performance.now();
  await get(trigger);
  const answerMs = performance.now() - started;
  done = true;
  await reader;
  return { request: trigger, answerMs: Math.round(answerMs), readerLongestMs: Math.round(longest), readerRequests: requests, errors, loadAverage: load() };
}

async function main(): Promise<void> {
  const results: { date: string; contacts: number; startupMs: number; waits: BuildWait[]; holdUps: unknown[]; loadAverages: string[] }[] = [];
  mkdirSync(OUT, { recursive: true });
  for (const contacts of SIZES) {
    const server = await startServer(pinned(0, [process.execPath, emulatorMain]), {
      PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', CRM_SNAPSHOT_DIR: SNAPSHOTS,
    }, /listening on (http:\/\/\S+)/, 900_000);
    try {
      const loads = [load()];
      console.log(`${contacts.toLocaleString('en')} contacts: listening after ${Math.round(server.startupMs)} ms (load ${load()})`);
      // the reader's own query needs the id order (no sort: the index order)
      const cheap = `${operationPath('filterContacts')}?count=1&sortBy=Id&contactListView=Company`;
      await fetch(`${server.url}${cheap}`, { headers: { authorization: ADMIN_TOKEN } }).then((r) => r.arrayBuffer());
      const waits: BuildWait[] = [];
      for (const trigger of firstRequests()) {
        const wait = await longestWaitDuring(server.url, cheap, trigger);
        waits.push(wait);
        console.log(`  reader's longest wait ${String(wait.readerLongestMs).padStart(5)} ms, answer ${String(wait.answerMs).padStart(5)} ms (${wait.readerRequests} reads, ${wait.errors} errors, load ${wait.loadAverage})  ${trigger}`);
      }
      const vocabulary = await harvest(server.url, ADMIN_TOKEN);
      const tokens = bannerTokens(server.output(), ADMIN_TOKEN);
      await warmUp(server.url, warmUpRequests(vocabulary, tokens));
      loads.push(load());
      const holdUps = [];
      // the bench's first heaviest shape, and the per-shape table's heaviest at 1,000,000 since: the default page of filter
      for (const heavy of [SHORT_FRAGMENTS_WHOLE_PAGE, { name: WHOLE_FILTER_PAGE, is: (shape: string) => shape === WHOLE_FILTER_PAGE }]) {
        const held = holdUp(server.url, queryStream(vocabulary, tokens, 20_000, contacts + 2), join(SNAPSHOTS, 'stream.json'), SECONDS, heavy);
        loads.push(load());
        if (held) console.log(`  hold-up by ${heavy.name}: others' p99 ${held.aloneP99Ms} ms alone, ${held.withHeavyP99Ms} ms with one request in ten of it (p50 ${held.aloneP50Ms} / ${held.withHeavyP50Ms} ms; load ${load()})`);
        holdUps.push(held);
      }
      results.push({ date: new Date().toISOString(), contacts, startupMs: Math.round(server.startupMs), waits, holdUps, loadAverages: loads });
    } finally {
      await server.close();
    }
  }
  writeFileSync(join(OUT, 'builds.json'), `${JSON.stringify({ pageSize: contractLimits().pageSize, results }, null, 2)}\n`);
}

await main();
