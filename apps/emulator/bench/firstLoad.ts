// The first scenario loads of a process, as the built command serves them: spawn to first answer (wall time,
// and the emulator's main-thread CPU time by then: start-up's cost without the other processes' share), then for
// each load in `order` (replace and merge, small documents) the longest wait seen meanwhile by a reader of the
// start-up data (one request in flight at a time) and the longest the emulator's event loop was held meanwhile
// (bench/loopStalls.mjs: main-thread CPU, which the other processes of a loaded machine do not inflate), over
// several fresh processes.
//   pnpm --filter @crm-contacts/emulator exec tsx bench/firstLoad.ts [contacts] [processes] [order] [label]
// order: e.g. replace,merge,replace,merge (the default). Writes bench/results/first-load-<contacts>[-<label>].json.
// EMULATOR_MAIN names another build to measure (a copy of an earlier commit's dist/, for a before-and-after).
// EMULATOR_FLAGS adds Node flags to each emulator: '--cpu-prof --cpu-prof-dir=/tmp/p', or
// '--log-function-events --logfile=/tmp/v8.log --no-logfile-per-isolate' to see which functions run for the first time.
import { startServer } from '@crm-contacts/processes';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const MAIN = process.env.EMULATOR_MAIN ?? join(import.meta.dirname, '../dist/main.js');
const ADMIN = 'first-load-admin';
const contacts = Number(process.argv[2] ?? 10_000);
const processes = Number(process.argv[3] ?? 5);
const order = (process.argv[4] || 'replace,merge,replace,merge').split(',') as ('replace' | 'merge')[];
const label = process.argv[5];
const round = (n: number) => Math.round(n * 10) / 10;

function documentOf(mode: 'replace' | 'merge', k: number): unknown {
  const users = [{ id: 'eeeeeeee-0000-4000-a000-000000000001', userName: 'loader', password: 'pw', token: `load-token-${k}`, displayName: 'Loader', isAdmin: true }];
  const persons = Array.from({ length: mode === 'replace' ? 20 : 1 }, (_, i) => ({
    id: (mode === 'merge' ? contacts : 0) + 1 + i, firstName: `Loaded${i}`, lastName: `Person${k}`, createdBy: 'loader', created: '2024-01-01',
    contactInfo: [{ infoType: 1, category: 0, data: `p${i}@load.example`, isPrimary: true }], tags: ['Loaded'],
  }));
  return { mode, users, persons };
}

async function oneProcess(run: number) {
  const started = performance.now();
  const flags = process.env.EMULATOR_FLAGS?.split(' ').filter(Boolean) ?? [];
  let stallSeen: ((line: string) => void) | undefined;
  const emulator = await startServer(process.execPath, [...flags, '--import', join(import.meta.dirname, 'loopStalls.mjs'), MAIN], {
    ready: /listening on (http:\/\/\S+)/,
    env: { ...process.env, PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'warn' },
    onLine: (line) => line.startsWith('loop-stall ') && stallSeen?.(line),
  });
  /** The loop's longest hold since the last call, in CPU and wall milliseconds, and the main thread's CPU time so far. */
  const loopStall = async () => {
    const seen = new Promise<string>((resolve) => (stallSeen = resolve));
    process.kill(emulator.pid, 'SIGUSR2');
    const [, cpu, wall, total] = (await seen).split(' ').map(Number);
    return { cpu, wall, total };
  };
  const { url } = emulator;
  const read = () => fetch(`${url}/api/2.0/crm/contact/filter?count=25&sortBy=DisplayName`, { headers: { authorization: ADMIN } }).then((r) => r.arrayBuffer());
  await read();
  const firstAnswerMs = performance.now() - started;
  const firstAnswerCpuMs = (await loopStall()).total;
  for (let k = 0; k < 50; k++) await read(); // warm: the reader's fragments written
  const loads: { mode: string; putMs: number; readerLongestMs: number; readerMedianMs: number; readerRequests: number; loopLongestCpuMs: number; loopLongestWallMs: number }[] = [];
  for (const [k, mode] of order.entries()) {
    let loading = true;
    const waits: number[] = [];
    const reader = (async () => {
      while (loading) {
        const sent = performance.now();
        await read();
        waits.push(performance.now() - sent);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the reader going before the PUT lands
    await loopStall();
    const sent = performance.now();
    const answer = await fetch(`${url}/__emulator/scenarios/load-${k}`, { method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(documentOf(mode, k)) });
    const putMs = performance.now() - sent;
    if (answer.status !== 201) throw new Error(await answer.text());
    await new Promise((resolve) => setTimeout(resolve, 20)); // work the load left behind (the memory walk)
    const loop = await loopStall();
    loading = false;
    await reader;
    waits.sort((a, b) => a - b);
    loads.push({ mode, putMs: round(putMs), readerLongestMs: round(waits.at(-1) ?? 0), readerMedianMs: round(waits[waits.length >> 1] ?? 0), readerRequests: waits.length, loopLongestCpuMs: loop.cpu, loopLongestWallMs: loop.wall });
  }
  await emulator.close();
  return { run, firstAnswerMs: round(firstAnswerMs), firstAnswerCpuMs, loads };
}

const runs: Awaited<ReturnType<typeof oneProcess>>[] = [];
for (let run = 0; run < processes; run++) runs.push(await oneProcess(run));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const result = {
  measuredAt: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverageAtEnd: loadavg().map((l) => round(l)),
  build: label, contacts, order,
  medians: {
    firstAnswerMs: median(runs.map((r) => r.firstAnswerMs)),
    firstAnswerCpuMs: median(runs.map((r) => r.firstAnswerCpuMs)),
    perLoad: order.map((mode, k) => ({
      mode, load: k + 1, readerLongestMs: median(runs.map((r) => r.loads[k].readerLongestMs)), loopLongestCpuMs: median(runs.map((r) => r.loads[k].loopLongestCpuMs)),
    })),
  },
  runs,
};
writeFileSync(join(import.meta.dirname, `results/first-load-${contacts}${label ? `-${label}` : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result.medians), 'load', result.loadAverageAtEnd);
