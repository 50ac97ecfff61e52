// `pnpm --filter @crm-contacts/bench bench:turns [contacts]`: bench:builds without HTTP. The start-up engine in
// this process (the SQLite snapshot in BENCH_SNAPSHOTS, written on the first run), and for the first query of
// each lazy build the longest turn of the event loop while it is prepared (readyFor) and answered: what any
// other connection would wait at most, without the client, the sockets and the reader's own request.
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContract } from '@crm-contacts/contract';
import { loadData, type LoadedData } from '@crm-contacts/emulator';
import { enumNames } from './queryStream.js';

type Engine = LoadedData['engine'];
type Query = Parameters<Engine['filter']>[1] | Parameters<Engine['byContactInfo']>[1];
const admin = { id: '', isAdmin: true };

// this thread's CPU time: a turn's wall time also holds the time the machine's other processes took the core
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/**
 * The longest gap between two turns of the event loop while `q` is prepared and answered (wall time, and this
 * thread's CPU time in it), and how many turns there were.
 */
async function longestTurn(engine: Engine, q: Query): Promise<{ longestMs: number; longestCpuMs: number; turns: number; answerMs: number }> {
  let last = performance.now();
  let lastCpu = cpuMs();
  let longest = 0;
  let longestCpu = 0;
  let turns = 0;
  let counting = true;
  const tick = () => {
    const [now, cpu] = [performance.now(), cpuMs()];
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, cpu - lastCpu);
    [last, lastCpu] = [now, cpu];
    turns++;
    if (counting) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  await engine.readyFor(q, admin);
  if ('infoType' in q) engine.byContactInfo(admin, q);
  else engine.filter(admin, q);
  const answerMs = performance.now() - started;
  counting = false;
  // the answer ran in the last turn: the next one closes it
  await new Promise((resolve) => setImmediate(resolve));
  return { longestMs: Math.round(longest), longestCpuMs: Math.round(longestCpu), turns, answerMs: Math.round(answerMs) };
}

const contacts = Number(process.argv[2] ?? 1_000_000);
const data = await loadData({ contacts, snapshotDir: process.env.BENCH_SNAPSHOTS ?? join(tmpdir(), 'crm-bench-build-snapshots') });
try {
  const { engine } = data;
  const document = loadContract();
  const sorts = enumNames(document, document.components.schemas.ContactSortBy)! as NonNullable<Parameters<Engine['filter']>[1]['sortBy']>[];
  const created = Float64Array.from(engine.columns.created).sort();
  const queries: [string, Query][] = [
    ...sorts.flatMap((sortBy) => (['ascending', 'descending'] as const).map((sortOrder): [string, Query] => [`sortBy ${sortBy} ${sortOrder}`, { startIndex: 0, count: 25, sortBy, sortOrder }])),
    // every order is built by now: the name search and the date range need only their own builds
    ['the first name search', { startIndex: 0, count: 25, filterValue: 'a' }],
    ['the first date range', { startIndex: 0, count: 25, fromDate: created[Math.floor(created.length / 3)], toDate: created[Math.floor((created.length * 2) / 3)] }],
    ...[...new Set(engine.columns.info.infoType)].sort((a, b) => a - b).map((infoType): [string, Query] => [`bycontactinfo, info type ${infoType}`, { infoType, data: 'ex', startIndex: 0, count: 25 }]),
  ];
  console.log(`${contacts.toLocaleString('en')} contacts, load average ${loadavg()[0].toFixed(1)}`);
  for (const [label, q] of queries) {
    const { longestMs, longestCpuMs, turns, answerMs } = await longestTurn(engine, q);
    console.log(`${label.padEnd(36)} longest turn ${String(longestMs).padStart(5)} ms (CPU ${String(longestCpuMs).padStart(4)} ms) over ${String(turns).padStart(5)} turns, answered after ${String(answerMs).padStart(5)} ms (load ${loadavg()[0].toFixed(1)})`);
  }
} finally {
  await data.close();
}
