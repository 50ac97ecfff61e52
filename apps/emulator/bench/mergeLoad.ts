// Merge scenarios on a large start-up dataset, as the built command serves them: for each of a few
// one-person merge scenarios, the time of its PUT, the longest wait seen meanwhile by a reader of the
// start-up data (one request in flight at a time), and the emulator's resident memory after it.
//   pnpm --filter @crm-contacts/emulator exec tsx bench/mergeLoad.ts [contacts] [scenarios] [scenario-memory-mb]
// Writes bench/results/merge-load-<contacts>.json.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../dist/main.js');
const ADMIN = 'merge-admin';
const contacts = Number(process.argv[2] ?? 200_000);
const scenarios = Number(process.argv[3] ?? 3);
const memoryMb = process.argv[4];

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
const read = () => fetch(`${url}/api/2.0/crm/contact/filter?count=25&sortBy=DisplayName`, { headers: { authorization: ADMIN } }).then((r) => r.arrayBuffer());
for (let k = 0; k < 50; k++) await read(); // warm: the reader's fragments written
const rssBefore = rssMb(child.pid!);

const loads: { putMs: number; readerLongestMs: number; readerFailures: number; rssAfterMb: number }[] = [];
for (let s = 0; s < scenarios; s++) {
  const document = {
    mode: 'merge',
    users: [{ id: 'eeeeeeee-0000-4000-a000-000000000001', userName: 'merger', password: 'pw', token: `merge-token-${s}`, displayName: 'Merger', isAdmin: true }],
    persons: [{ id: contacts + 1, firstName: 'Merged', lastName: `Person${s}`, createdBy: 'merger', created: '2024-01-01' }],
  };
  let loading = true;
  let longest = 0;
  let readerFailures = 0;
  const reader = (async () => {
    while (loading) {
      const sent = performance.now();
      // a connection reset after a long stall counts as a failure, its wait as a wait
      await read().catch(() => readerFailures++);
      longest = Math.max(longest, performance.now() - sent);
    }
  })();
  const sent = performance.now();
  const answer = await fetch(`${url}/__emulator/scenarios/merge-${s}`, { method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(document) });
  const putMs = performance.now() - sent;
  if (answer.status !== 201) throw new Error(await answer.text());
  loading = false;
  await reader;
  loads.push({ putMs: round(putMs), readerLongestMs: round(longest), readerFailures, rssAfterMb: round(rssMb(child.pid!)) });
}
const listing = await (await fetch(`${url}/__emulator/scenarios`, { headers: { authorization: ADMIN } })).json();
child.kill('SIGTERM');

const result = {
  measuredAt: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 10) / 10),
  contacts, scenarioMemoryMb: memoryMb ?? 'default', rssBeforeMb: round(rssBefore), loads,
  memoryBytes: (listing.scenarios as { name: string; memoryBytes: number }[]).map((s) => [s.name, s.memoryBytes]),
};
writeFileSync(join(import.meta.dirname, `results/merge-load-${contacts}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
