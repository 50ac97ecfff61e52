// `pnpm --filter @crm-contacts/bench bench:startup`: the emulator's start-up from the snapshot, as the full
// bench's start-up table takes it (pinned to core 0, spawn to the "listening" line), but several runs per size
// and with what the process used: user+sys CPU and RSS at listening (the machine is shared, so wall time alone
// says little). A first start per size writes the snapshot into BENCH_SNAPSHOT_DIR (default: a new
// temporary directory); BENCH_SIZES (default 100000,1000000), BENCH_RUNS (default 5). BENCH_WARM_UP=1: after
// listening, the bench's warm-up pass as the administrator (every lazy build), then RSS again.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { harvest } from './harvest.js';
import { pinned, startServer } from './processes.js';
import { cpuMs, rssMb } from './processUsage.js';
import { warmUp, warmUpRequests } from './warmUp.js';

const require = createRequire(import.meta.url);
const emulatorMain = join(dirname(require.resolve('@crm-contacts/emulator')), 'main.js');
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const snapshots = process.env.BENCH_SNAPSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'crm-bench-startup-'));
const WARM_UP = process.env.BENCH_WARM_UP === '1';
const ADMIN_TOKEN = 'bench-admin';
const NODE_ARGS = (process.env.BENCH_EMULATOR_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** User and system CPU seconds of a live process, and its RSS in MB. */
function usage(pid: number): { cpuS: number; rssMb: number } {
  return { cpuS: cpuMs(pid) / 1000, rssMb: rssMb(pid) ?? 0 };
}

interface Start { ms: number; cpuS: number; rssMb: number; banner: string; warmedUp?: { ms: number; rssMb: number } }

async function start(contacts: number, warm = false): Promise<Start> {
  const server = await startServer(pinned(0, [process.execPath, ...NODE_ARGS, emulatorMain]), {
    PORT: '0', CRM_CONTACTS: String(contacts), CRM_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', CRM_SNAPSHOT_DIR: snapshots,
  }, /listening on (http:\/\/\S+)/, 600_000);
  try {
    const listening = { ms: Math.round(server.startupMs), ...usage(server.pid), banner: server.output() };
    if (!warm) return listening;
    const ms = Math.round(await warmUp(server.url, warmUpRequests(await harvest(server.url, ADMIN_TOKEN), [ADMIN_TOKEN])));
    return { ...listening, warmedUp: { ms, rssMb: usage(server.pid).rssMb } };
  } finally {
    await server.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`start-up from the snapshot: sizes ${SIZES.join(', ')}, ${RUNS} runs each; snapshots in ${snapshots}; load average ${load()}`);
for (const contacts of SIZES) {
  const first = await start(contacts);
  console.log(`${contacts} contacts, first start (writes the snapshot when there is none): ${first.ms} ms, CPU ${first.cpuS.toFixed(2)} s, RSS ${first.rssMb} MB`);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await start(contacts, WARM_UP);
    runs.push(r);
    const warmed = r.warmedUp ? `; after the warm-up pass (${r.warmedUp.ms} ms) RSS ${r.warmedUp.rssMb} MB` : '';
    console.log(`${contacts} contacts, from the snapshot, run ${run + 1}: ${r.ms} ms, CPU ${r.cpuS.toFixed(2)} s, RSS ${r.rssMb} MB${warmed}; load average ${load()}`);
  }
  console.log(`${contacts} contacts: median ${median(runs.map((r) => r.ms))} ms (CPU ${median(runs.map((r) => r.cpuS)).toFixed(2)} s, RSS ${median(runs.map((r) => r.rssMb))} MB) of ${runs.map((r) => r.ms).join(', ')} ms`);
}
