import { startEmulator } from '@crm-contacts/emulator';
import { harvest } from './harvest.js';
import { queryStream } from './queryStream.js';
const N = Number(process.argv[2] ?? 1000000);
const emu: any = await startEmulator({ port: 0, contacts: N, adminToken: 'bench-admin-token', snapshotDir: null, logLevel: 'warn' } as any);
const url = emu.url;
const engine = emu.store.engine;
const stats: Record<string, { n: number; ms: number; worst: [number, string][] }> = {};
for (const op of ['filter', 'byContactInfo']) {
  const orig = engine[op].bind(engine);
  stats[op] = { n: 0, ms: 0, worst: [] };
  engine[op] = (v: any, q: any) => { const t = performance.now(); const r = orig(v, q); const d = performance.now() - t; const s = stats[op]; s.n++; s.ms += d; s.worst.push([d, JSON.stringify(q)]); return r; };
}
const v = await harvest(url, 'bench-admin-token');
const banner = emu.store.info;
const users = (emu.store.users ?? []) as any[];
const tokens = ['bench-admin-token'];
const stream = queryStream(v, tokens, 3000, 5);
const t0 = performance.now();
for (const r of stream) { const res = await fetch(url + r.path, { headers: { authorization: r.token } }); await res.arrayBuffer(); }
const total = performance.now() - t0;
console.log('total ms', total.toFixed(0), 'requests', stream.length);
for (const [op, s] of Object.entries(stats)) {
  s.worst.sort((a, b) => b[0] - a[0]);
  console.log(op, 'n', s.n, 'mean ms', (s.ms / s.n).toFixed(3), 'p50', s.worst[s.n >> 1][0].toFixed(3), 'p99', s.worst[Math.floor(s.n / 100)][0].toFixed(3));
  for (const w of s.worst.slice(0, 8)) console.log('  ', w[0].toFixed(2), w[1].slice(0, 200));
}
process.exit(0);
