// The bench's results as JSON, a Markdown table and an SVG chart of throughput against data size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './load.js';
import type { HoldUp } from './holdUp.js';
import type { ShapeRun } from './shapes.js';

export interface ServingRun extends LoadResult {
  target: 'emulator' | 'prism' | 'static' | 'emulator, one URL repeated' | `emulator, filter count=${number}, ${string}`;
  store?: 'sqlite' | 'postgres';
  contacts?: number;
  connections: number;
  /** Server resident memory after the run, MB. */
  rssMb?: number;
}

export interface StartRun { store: 'sqlite' | 'postgres'; contacts: number; millis: number; what: string }
export interface Soak { contacts: number; connections: number; seconds: number; requests: number; errors: number; non2xx: number; rssAfterWarmUpMb: number; rssEndMb: number; growthPercent: number }

export interface ShapesRun { store: 'sqlite' | 'postgres'; contacts: number; runs: ShapeRun[] }

export interface BenchResults {
  date: string;
  machine: string;
  mode: 'full' | 'quick';
  secondsPerRun: number;
  serving: ServingRun[];
  starts: StartRun[];
  soak?: Soak;
  /** Server time per query shape, per store and size. */
  shapes?: ShapesRun[];
  /** The other requests' latency with and without the heaviest shape among them. */
  holdUps?: HoldUp[];
}

const n = (x: number) => x.toLocaleString('en');

export function markdown(r: BenchResults): string {
  const rows = r.serving.map((s) => `| ${s.target} | ${s.store ?? '—'} | ${s.contacts ? n(s.contacts) : '—'} | ${s.connections} | ${n(s.requestsPerSecond)} | ${s.p50Ms} | ${s.p99Ms} | ${n(s.bytesPerRequest)} | ${n(Math.round((s.requestsPerSecond * s.bytesPerRequest) / 1e6))} | ${s.rssMb ?? '—'} | ${n(s.distinct)} of ${n(s.sent)} | ${s.non2xx + s.errors} |`);
  const starts = r.starts.map((s) => `| ${s.store} | ${n(s.contacts)} | ${n(s.millis)} ms | ${s.what} |`);
  const lines = [
    `# Bench results (${r.mode})`,
    '',
    `${r.date}; ${r.machine}; ${r.secondsPerRun} s per run; server on core 0, load generator (autocannon) on core 1.`,
    '',
    'Workload: a stream of distinct queries generated from the contract\'s parameters (both list operations, every filter and sort, JSON and XML, administrator, manager and plain user); none is sent twice within a run unless "distinct of sent" says so. "One URL repeated" is the same request over and over, for comparison only.',
    '',
    '| target | store | contacts | connections | req/s | p50 ms | p99 ms | bytes/answer | MB/s | server RSS MB | distinct of sent | non-2xx + errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| store | contacts | spawn to listening | what |',
    '| --- | ---: | ---: | --- |',
    ...starts,
  ];
  if (r.shapes?.length) {
    lines.push(
      '',
      'Server time per query shape: up to 100 distinct requests of each shape (at most 15 s of them), sent one at a time after the throughput runs (so the match sets those kept are warm) on connections of their own, a failed one counted, never sent again, each timed by the emulator\'s request journal (arrival to the answer\'s end). A deep page starts at 2,000 or beyond.',
      '',
      '| shape | store | contacts | queries | failed | p50 ms | p99 ms | max ms |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...r.shapes.flatMap((s) => s.runs.map((x) => `| ${x.shape} | ${s.store} | ${n(s.contacts)} | ${x.queries} | ${x.failures} | ${x.p50Ms} | ${x.p99Ms} | ${x.maxMs} |`)),
    );
  }
  if (r.holdUps?.length) {
    lines.push(
      '',
      `Does the heaviest shape hold up the others? 10 connections, each sending the stream's other requests one at a time (${r.secondsPerRun} s), then the same with one request in ten the heaviest shape; latency of the others as the client sees it.`,
      '',
      '| store | contacts | heaviest shape | others p50 / p99 alone, ms | others p50 / p99 with it, ms | p99 ratio |',
      '| --- | ---: | --- | ---: | ---: | ---: |',
      ...r.holdUps.map((h) => `| ${h.store} | ${n(h.contacts)} | ${h.heavyShape} | ${h.aloneP50Ms} / ${h.aloneP99Ms} | ${h.withHeavyP50Ms} / ${h.withHeavyP99Ms} | ${(h.withHeavyP99Ms / h.aloneP99Ms).toFixed(1)} |`),
    );
  }
  if (r.soak) {
    const s = r.soak;
    lines.push('', `Soak: ${s.seconds} s at ${s.connections} connections, ${n(s.contacts)} contacts: ${n(s.requests)} requests, ${s.errors} errors, ${s.non2xx} non-2xx; RSS ${s.rssAfterWarmUpMb} MB after warm-up, ${s.rssEndMb} MB at the end (${s.growthPercent.toFixed(1)}%).`);
  }
  return `${lines.join('\n')}\n`;
}

/** Throughput at 10 connections against contacts (log scale), one line per store, Prism and the ceiling as levels. */
export function svgChart(r: BenchResults): string {
  const W = 640;
  const H = 360;
  const left = 70;
  const bottom = 50;
  const top = 30;
  const right = 150;
  // the fields comparison has its own rows in the table, not a line in the chart
  const runs = r.serving.filter((s) => s.connections === 10 && !s.target.startsWith('emulator, filter'));
  const max = Math.max(...runs.map((s) => s.requestsPerSecond), 1) * 1.1;
  const sizes = [...new Set(runs.filter((s) => s.contacts).map((s) => s.contacts!))].sort((a, b) => a - b);
  const logMin = Math.log10(Math.min(...sizes, 10_000));
  const logMax = Math.max(Math.log10(Math.max(...sizes, 10_000)), logMin + 1);
  const x = (contacts: number) => left + ((Math.log10(contacts) - logMin) / (logMax - logMin)) * (W - left - right);
  const y = (rps: number) => H - bottom - (rps / max) * (H - bottom - top);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${left}" y="18" font-size="14">Distinct-query throughput at 10 connections (req/s) against contacts</text>`,
    `<line x1="${left}" y1="${H - bottom}" x2="${W - right}" y2="${H - bottom}" stroke="black"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${H - bottom}" stroke="black"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (max / 4) * k;
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${Math.round(v).toLocaleString('en')}</text>`);
  }
  for (const s of sizes) parts.push(`<text x="${x(s)}" y="${H - bottom + 18}" text-anchor="middle">${s.toLocaleString('en')}</text>`);
  const colours: Record<string, string> = { sqlite: '#1f77b4', postgres: '#2ca02c' };
  for (const store of ['sqlite', 'postgres'] as const) {
    const points = runs.filter((s) => s.target === 'emulator' && s.store === store).sort((a, b) => a.contacts! - b.contacts!);
    if (points.length === 0) continue;
    parts.push(`<polyline fill="none" stroke="${colours[store]}" stroke-width="2" points="${points.map((p) => `${x(p.contacts!)},${y(p.requestsPerSecond)}`).join(' ')}"/>`);
    for (const p of points) parts.push(`<circle cx="${x(p.contacts!)}" cy="${y(p.requestsPerSecond)}" r="3" fill="${colours[store]}"/>`);
    const last = points[points.length - 1];
    parts.push(`<text x="${x(last.contacts!) + 8}" y="${y(last.requestsPerSecond) + 4}" fill="${colours[store]}">emulator, ${store}</text>`);
  }
  for (const [target, colour] of [['prism', '#d62728'], ['static', '#7f7f7f']] as const) {
    const level = runs.find((s) => s.target === target);
    if (!level) continue;
    parts.push(`<line x1="${left}" y1="${y(level.requestsPerSecond)}" x2="${W - right}" y2="${y(level.requestsPerSecond)}" stroke="${colour}" stroke-dasharray="5,4"/>`);
    parts.push(`<text x="${W - right + 8}" y="${y(level.requestsPerSecond) + 4}" fill="${colour}">${target === 'prism' ? 'Prism mock' : 'static ceiling'}</text>`);
  }
  parts.push(`<text x="${(W - right + left) / 2}" y="${H - 12}" text-anchor="middle">contacts (log scale)</text>`, '</svg>');
  return `${parts.join('\n')}\n`;
}

export function writeResults(dir: string, r: BenchResults): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), markdown(r));
  writeFileSync(join(dir, 'throughput.svg'), svgChart(r));
}
