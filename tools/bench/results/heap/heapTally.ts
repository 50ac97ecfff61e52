// Where the emulator's memory goes at a size, after the bench's warm-up pass: the emulator started in this
// process, warmed up as the bench does, then V8's heap spaces, process.memoryUsage() and each structure's
// bytes (scenarios/memoryOf.ts). From tools/bench: `node --expose-gc --trace-gc --import tsx results/heap/heapTally.ts 1000000`.
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { startEmulator } from '@crm-contacts/emulator';
import { memoryOf } from '../../../../apps/emulator/src/scenarios/memoryOf.js';
import { harvest } from '../../src/harvest.js';
import { warmUp, warmUpRequests } from '../../src/warmUp.js';

const MB = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
const contacts = Number(process.argv[2] ?? 1_000_000);
const ADMIN_TOKEN = 'bench-admin-token';

function usage(label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  // resident memory by kind of mapping: malloc's brk heap, anonymous mappings (V8's pages, large mallocs), files
  const kinds = new Map<string, number>();
  let kind = '';
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) kind = head[1] === '' ? 'anonymous' : head[1].startsWith('[') ? head[1] : 'files';
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kinds.set(kind, (kinds.get(kind) ?? 0) + Number(rss[1]) * 1024);
  }
  console.log(`  ${[...kinds].map(([k, b]) => `${k} ${MB(b)} MB`).join(', ')}`);
  console.log(`${label}: rss ${MB(m.rss)} MB, heapTotal ${MB(m.heapTotal)}, heapUsed ${MB(m.heapUsed)}, external ${MB(m.external)}, arrayBuffers ${MB(m.arrayBuffers)}`);
}

const started = performance.now();
const emulator = await startEmulator({ contacts, adminToken: ADMIN_TOKEN, logLevel: 'warn', snapshotDir: process.env.SNAPSHOTS ?? '/tmp/heap-snapshots', databaseUrl: process.env.DATABASE_URL });
console.log(`listening after ${Math.round(performance.now() - started)} ms`);
usage('after start');
const tokens = [ADMIN_TOKEN, ...emulator.users.filter((u) => !u.isAdmin).slice(0, 2).map((u) => u.token)];
const vocabulary = await harvest(emulator.url, ADMIN_TOKEN);
const warmStarted = performance.now();
for (const request of warmUpRequests(vocabulary, tokens)) {
  const at = performance.now();
  await warmUp(emulator.url, [request]);
  const took = performance.now() - at;
  // the slow ones (a lazy build), with the time --trace-gc counts from, to tell which build made a heap peak
  if (took > 300) console.log(`  ${Math.round(process.uptime() * 1000)} ms: ${Math.round(took)} ms ${request.path} heapUsed ${MB(process.memoryUsage().heapUsed)} MB`);
}
console.log(`warm-up pass ${Math.round(performance.now() - warmStarted)} ms`);
usage('after warm-up');
for (const s of getHeapSpaceStatistics()) console.log(`  ${s.space_name.padEnd(24)} size ${MB(s.space_size).padStart(5)} used ${MB(s.space_used_size).padStart(5)}`);

const engine = emulator.data.engine as unknown as { parts: Record<string, unknown>; memoryRoots: unknown[] };
const { columns, displayNames, orders, index, infos } = engine.parts as Record<string, any>;
const rows: [string, number][] = [];
const tally = (name: string, value: unknown): void => { rows.push([name, memoryOf(value)]); };
for (const [key, value] of Object.entries(columns)) tally(`columns.${key}`, value);
tally('displayNames', displayNames);
for (const sortBy of ['DisplayName', 'ContactType', 'Created', 'FirstName', 'LastName', 'History', 'Id']) tally(`orders.${sortBy}`, orders[sortBy]);
tally('index (sets)', index);
tally('index.held (date prefixes)', index.held);
for (const [type, built] of (infos.held.types as Map<string, any>)) {
  for (const [part, value] of Object.entries(built)) tally(`infos[${type}].${part}`, value);
}
tally('infos kept match sets', infos.held.kept);
const held = engine.memoryRoots[2];
tally('member sorts', held);
tally('names()', (engine.parts as any).names().held);
rows.sort((a, b) => b[1] - a[1]);
for (const [name, bytes] of rows) if (bytes > 2 ** 20) console.log(`  ${name.padEnd(40)} ${MB(bytes).padStart(6)} MB`);
console.log(`  total tallied ${MB(rows.reduce((s, r) => s + r[1], 0))} MB (shared parts may count twice)`);
await emulator.close();
