// Merge scenarios on a large start-up dataset, as the built command serves them: for each of a few
// one-person merge scenarios, the time of its PUT, the longest wait seen meanwhile by a reader of the
// start-up data (one request in flight at a time), and the emulator's resident memory after it.
//   pnpm --filter @crm-contacts/emulator exec tsx bench/mergeLoad.ts [contacts] [scenarios] [scenario-memory-mb] [label]
// Writes bench/results/merge-load-<contacts>[-<label>].json. EMULATOR_MAIN names another build to measure
// (a copy of an earlier commit's dist/, for a before-and-after).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const MAIN = process.env.EMULATOR_MAIN ?? join(import.meta.dirname, '../dist/main.js');
const ADMIN = 'merge-admin';
const contacts = Number(process.argv[2] ?? 200_000);
const scenarios = Number(process.argv[3] ?? 3);
const memoryMb = process.argv[4] || undefined;
const label = process.argv[5];

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const round = (n: number) => Math.round(n);

const child = spawn(process.execPath, [MAIN], {
  env: { ...process.env, PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'warn', ...(memoryMb ? { CRM_SCENARIO_MEMORY_MB: memoryMb } : {}) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
await new Promise<void>((resolve, reject) => {
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (output.includes('stop with Ctrl-C')) resolve();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.once('exit', () => reject(new Error(output)));
});
const url = /listening on (http:\/\/\S+)/.exec(output)![1];
process.on('exit', () => child.kill('SIGTERM')); // also when a load is refused and the script throws
child.once('exit', (code, signal) => { if (code !== 0 && signal !== 'SIGTERM') console.error(`the emulator exited (${code ?? signal}):\n${output.slice(-2000)}`); });
const read = (scenario?: string) => fetch(`${url}/api/2.0/crm/contact/filter?count=25&sortBy=DisplayName`, {
  headers: { authorization: ADMIN, ...(scenario ? { 'x-emulator-scenario': scenario } : {}) },
}).then((r) => r.arrayBuffer());
const timed = async (scenario: string) => {
  const sent = performance.now();
  await read(scenario);
  return round(performance.now() - sent);
};
for (let k = 0; k < 50; k++) await read(); // warm: the reader's fragments written
const rssBefore = rssMb(child.pid!);

const loads: { putMs: number; readerLongestMs: number; readerMedianMs: number; readerRequests: number; readerFailures: number; rssAfterMb: number; scenarioFirstQueryMs: number; scenarioQueryMs: number }[] = [];
for (let s = 0; s < scenarios; s++) {
  const document = {
    mode: 'merge',
    users: [{ id: 'eeeeeeee-0000-4000-a000-000000000001', userName: 'merger', password: 'pw', token: `merge-token-${s}`, displayName: 'Merger', isAdmin: true }],
    persons: [{ id: contacts + 1, firstName: 'Merged', lastName: `Person${s}`, createdBy: 'merger', created: '2024-01-01' }],
  };
  let loading = true;
  const waits: number[] = [];
  let readerFailures = 0;
  const reader = (async () => {
    while (loading) {
      const sent = performance.now();
      // a connection reset after a long stall counts as a failure, its wait as a wait
      await read().catch(() => readerFailures++);
      waits.push(performance.now() - sent);
    }
  })();
  const sent = performance.now();
  const answer = await fetch(`${url}/__emulator/scenarios/merge-${s}`, { method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(document) });
  const putMs = performance.now() - sent;
  if (answer.status !== 201) throw new Error(await answer.text());
  loading = false;
  await reader;
  waits.sort((a, b) => a - b);
  loads.push({
    putMs: round(putMs), readerLongestMs: round(waits.at(-1) ?? 0), readerMedianMs: round(waits[waits.length >> 1] ?? 0), readerRequests: waits.length,
    readerFailures, rssAfterMb: round(rssMb(child.pid!)),
    // the same query on the scenario: the first builds (a full engine) or merges (an overlay) the DisplayName order
    scenarioFirstQueryMs: await timed(`merge-${s}`), scenarioQueryMs: await timed(`merge-${s}`),
  });
}
const listing = await (await fetch(`${url}/__emulator/scenarios`, { headers: { authorization: ADMIN } })).json();
child.kill('SIGTERM');

const result = {
  measuredAt: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 10) / 10),
  build: label, contacts, scenarioMemoryMb: memoryMb ?? 'default', rssBeforeMb: round(rssBefore), loads,
  memoryBytes: (listing.scenarios as { name: string; memoryBytes: number }[]).map((s) => [s.name, s.memoryBytes]),
};
writeFileSync(join(import.meta.dirname, `results/merge-load-${contacts}${label ? `-${label}` : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
