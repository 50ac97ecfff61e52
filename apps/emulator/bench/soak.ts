// A soak of the shared-service use: one emulator process (the built command, as CI starts it), parallel
// workers each loading, querying and deleting scenarios of their own (replace and merge, in turn), while a
// reader queries the start-up data. Counted: 5xx answers, answers holding another scenario's contacts,
// the emulator's resident memory after warm-up, and the reader's latencies.
//   pnpm --filter @crm-contacts/emulator soak            10 minutes on SQLite, then on a throwaway PostgreSQL
//   pnpm --filter @crm-contacts/emulator soak -- 2       2 minutes each
// The short mode runs in `pnpm test` (test/soak/soak.test.ts).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../dist/main.js');
const ADMIN = 'soak-admin';
// every scenario's persons carry its name as last name: any other such name in an answer is a leak
const MARKER = /^soak-w\d+-\d+$/;

export interface SoakOptions {
  /** How long the workers run; with `measuredLoads`, the longest they may run. */
  seconds: number;
  /** Seconds before memory is compared and latencies counted (caches filling, the heap settling). */
  warmUpSeconds: number;
  /** Scenario loads the warm-up lasts at least (the heap grows with what is allocated, not with time). */
  warmUpLoads?: number;
  /** Scenario loads after the warm-up that end the run (before `seconds` when the machine allows). */
  measuredLoads?: number;
  workers: number;
  /** Generated contacts of the start-up data (what merge scenarios are laid over). */
  contacts: number;
  /** Persons per scenario. */
  persons: number;
  databaseUrl?: string;
}

export interface SoakResult {
  backend: 'sqlite' | 'postgres';
  seconds: number;
  workers: number;
  contacts: number;
  scenarioLoads: number;
  scenarioQueries: number;
  readerRequests: number;
  serverErrors: number;
  crossScenario: number;
  /** Other failures (a refused load, a wrong count), each described. */
  failures: string[];
  rssAfterWarmUpMb: number;
  rssMaxAfterWarmUpMb: number;
  rssEndMb: number;
  /** (highest RSS after warm-up − RSS at the end of warm-up) / RSS at the end of warm-up, in percent. */
  rssGrowthPercent: number;
  /** Scenario loads after the warm-up. */
  loadsAfterWarmUp: number;
  /** RSS growth per scenario load after the warm-up: the least-squares slope of RSS against loads, in KB. */
  rssKbPerLoad: number;
  readerP50Ms: number;
  readerP99Ms: number;
  readerMaxMs: number;
  /** [seconds since the start, RSS in MB], about one a second. */
  rssSamples: [number, number][];
}

const rssMbOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
// nearest-rank percentile of sorted values: two lines, no library needed
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;
// least-squares slope of y on x: a few lines, no library needed
function slopeOf(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / sxx;
}

function documentOf(name: string, mode: 'replace' | 'merge', persons: number, base: number): Record<string, unknown> {
  const boss = { id: 'dddddddd-0000-4000-a000-000000000001', userName: `${name}-boss`, password: 'pw', token: `${name}-boss-token`, displayName: 'Boss', isAdmin: true };
  return {
    mode,
    users: [boss],
    persons: Array.from({ length: persons }, (_, i) => ({
      id: base + 1 + i, firstName: `p${i}`, lastName: name, createdBy: boss.userName, created: '2024-01-01T10:00:00Z', tags: i % 2 ? ['soak'] : [],
    })),
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env, PORT: '0', CRM_CONTACTS: String(options.contacts), CRM_ADMIN_TOKEN: ADMIN, CRM_SNAPSHOT_DIR: 'off', LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const banner = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('stop with Ctrl-C')) resolve();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', () => reject(new Error(`the emulator exited: ${output}`)));
  });
  try {
    await banner;
    const url = /listening on (http:\/\/\S+)/.exec(output)![1];
    return await soakAgainst(url, child.pid!, options);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

async function soakAgainst(url: string, pid: number, options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const endAt = started + options.seconds * 1000;
  const warmUpUntil = started + options.warmUpSeconds * 1000;
  let loadsAtWarmUpEnd: number | undefined;
  // the warm-up ends once both its time and its loads are done
  const warmingUp = () => {
    if (loadsAtWarmUpEnd !== undefined) return false;
    if (performance.now() < warmUpUntil || result.scenarioLoads < (options.warmUpLoads ?? 0)) return true;
    loadsAtWarmUpEnd = result.scenarioLoads;
    return false;
  };
  const running = () => performance.now() < endAt
    && (options.measuredLoads === undefined || loadsAtWarmUpEnd === undefined || result.scenarioLoads - loadsAtWarmUpEnd < options.measuredLoads);
  /** [scenario loads, RSS in MB] after the warm-up, for the slope. */
  const measured: [number, number][] = [];
  const result: SoakResult = {
    backend: options.databaseUrl ? 'postgres' : 'sqlite', seconds: options.seconds, workers: options.workers, contacts: options.contacts,
    scenarioLoads: 0, scenarioQueries: 0, readerRequests: 0, serverErrors: 0, crossScenario: 0, failures: [],
    rssAfterWarmUpMb: 0, rssMaxAfterWarmUpMb: 0, rssEndMb: 0, rssGrowthPercent: 0, loadsAfterWarmUp: 0, rssKbPerLoad: 0, readerP50Ms: 0, readerP99Ms: 0, readerMaxMs: 0, rssSamples: [],
  };
  const fail = (what: string) => { if (result.failures.length < 50) result.failures.push(what); };
  const call = async (path: string, init: RequestInit & { token: string; scenario?: string }) => {
    const response = await fetch(`${url}${path}`, { ...init, headers: { authorization: init.token, ...(init.scenario ? { 'x-emulator-scenario': init.scenario } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) } });
    if (response.status >= 500) result.serverErrors++;
    return response;
  };

  let rssSampledAt = 0;
  let rssSampledAtSecond = -1;
  // twice a second: the slope has enough points in a short run; the listed samples stay one a second
  const sampleRss = () => {
    const now = performance.now();
    if (now - rssSampledAt < 500) return;
    rssSampledAt = now;
    const rss = rssMbOf(pid);
    const second = Math.round((now - started) / 1000);
    if (second !== rssSampledAtSecond) result.rssSamples.push([second, round(rss)]);
    rssSampledAtSecond = second;
    if (warmingUp()) {
      result.rssAfterWarmUpMb = rss;
      return;
    }
    result.rssMaxAfterWarmUpMb = Math.max(result.rssMaxAfterWarmUpMb, rss);
    measured.push([result.scenarioLoads, rss]);
  };

  const worker = async (w: number) => {
    for (let round = 0; running(); round++) {
      const name = `soak-w${w}-${round}`;
      const mode = round % 2 === 0 ? 'replace' : 'merge';
      const loaded = await call(`/__emulator/scenarios/${name}`, { method: 'PUT', token: ADMIN, body: JSON.stringify(documentOf(name, mode, options.persons, options.contacts)) });
      result.scenarioLoads++;
      if (loaded.status !== 201) { fail(`PUT ${name}: ${loaded.status} ${await loaded.text()}`); continue; }
      await loaded.arrayBuffer();
      for (const query of ['count=50&sortBy=LastName', `filterValue=${name}&count=1000`, 'tags=soak&count=25']) {
        const answer = await call(`/api/2.0/crm/contact/filter?${query}`, { token: `${name}-boss-token`, scenario: name });
        result.scenarioQueries++;
        if (answer.status !== 200) { fail(`${name} ${query}: ${answer.status}`); continue; }
        const body = await answer.json() as { total: number; response: { lastName?: string }[] };
        result.crossScenario += body.response.filter((c) => c.lastName && MARKER.test(c.lastName) && c.lastName !== name).length;
        if (query.startsWith('filterValue') && body.total !== options.persons) fail(`${name} (${mode}) by name: ${body.total} of ${options.persons}`);
      }
      const deleted = await call(`/__emulator/scenarios/${name}`, { method: 'DELETE', token: ADMIN });
      if (deleted.status !== 204) fail(`DELETE ${name}: ${deleted.status}`);
      sampleRss();
    }
  };

  const latencies: number[] = [];
  const reader = async () => {
    const queries = ['count=25&sortBy=DisplayName', 'count=25&contactListView=Person&sortBy=Created&sortOrder=descending', 'count=100&isShared=true', 'filterValue=a&count=25'];
    for (let k = 0; running(); k++) {
      const sent = performance.now();
      const answer = await call(`/api/2.0/crm/contact/filter?${queries[k % queries.length]}&startIndex=${(k * 7) % 200}`, { token: ADMIN });
      const body = await answer.json() as { response?: { lastName?: string }[] };
      if (!warmingUp()) latencies.push(performance.now() - sent);
      result.readerRequests++;
      if (answer.status !== 200) fail(`reader: ${answer.status}`);
      result.crossScenario += (body.response ?? []).filter((c) => c.lastName && MARKER.test(c.lastName)).length;
      sampleRss();
    }
  };

  await Promise.all([reader(), ...Array.from({ length: options.workers }, (_, w) => worker(w))]);
  result.rssEndMb = rssMbOf(pid);
  result.rssMaxAfterWarmUpMb = Math.max(result.rssMaxAfterWarmUpMb, result.rssEndMb);
  result.loadsAfterWarmUp = result.scenarioLoads - (loadsAtWarmUpEnd ?? result.scenarioLoads);
  measured.push([result.scenarioLoads, result.rssEndMb]);
  result.rssKbPerLoad = round(slopeOf(measured) * 1024);
  result.rssGrowthPercent = round(((result.rssMaxAfterWarmUpMb - result.rssAfterWarmUpMb) / result.rssAfterWarmUpMb) * 100);
  for (const key of ['rssAfterWarmUpMb', 'rssMaxAfterWarmUpMb', 'rssEndMb'] as const) result[key] = round(result[key]);
  latencies.sort((a, b) => a - b);
  [result.readerP50Ms, result.readerP99Ms, result.readerMaxMs] = [percentile(latencies, 50), percentile(latencies, 99), latencies.at(-1) ?? 0].map(round);
  return result;
}

// `tsx bench/soak.ts [minutes]`: both backends, results written beside the scenario bench's
if (process.argv[1] === import.meta.filename) {
  const minutes = Number(process.argv[2] ?? 10);
  const { startThrowawayPostgres } = await import('@crm-contacts/throwaway-postgres');
  // on PostgreSQL the resident memory settled only after about four minutes of a ten-minute run
  const options = { seconds: minutes * 60, warmUpSeconds: minutes * 60 * 0.4, workers: 4, contacts: 10_000, persons: 200 };
  const results = [await runSoak(options)];
  const cluster = await startThrowawayPostgres();
  try {
    results.push(await runSoak({ ...options, databaseUrl: await cluster.createDatabase('soak') }));
  } finally {
    cluster.stop();
  }
  const file = join(import.meta.dirname, 'results/soak.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, options, results }, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}
