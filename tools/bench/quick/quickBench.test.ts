// The quick bench (BENCH_QUICK=1) runs end to end and writes its results: the emulator, Prism and the
// static ceiling answered the distinct-query stream without errors. Speed is not asserted here. Run by
// `pnpm bench:quick` (and CI's step of that name), not by `pnpm test`: it takes a minute or two.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../src/report.js';

const out = mkdtempSync(join(tmpdir(), 'crm-bench-quick-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pnpm bench, quick mode', () => {
  it('measures the emulator, Prism and the ceiling on distinct queries, server time per query shape, and writes JSON, Markdown and SVG', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../src/main.ts')], {
      env: { ...process.env, BENCH_QUICK: '1', BENCH_SECONDS: '1', BENCH_SOAK_SECONDS: '2', BENCH_OUT: out }, encoding: 'utf8', timeout: 240_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
    const emulator = results.serving.find((s) => s.target === 'emulator')!;
    expect(emulator.requestsPerSecond).toBeGreaterThan(0);
    expect(emulator.non2xx + emulator.errors).toBe(0);
    expect(emulator.distinct).toBe(emulator.sent); // no query sent twice
    expect(results.serving.map((s) => s.target)).toEqual(expect.arrayContaining(['prism', 'static', 'emulator, one URL repeated']));
    expect(results.soak?.errors).toBe(0);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| emulator | sqlite | 10,000 | 10 |');
    expect(readFileSync(join(out, 'throughput.svg'), 'utf8')).toContain('<svg');
    // the others' latency with and without the heaviest shape
    const held = results.holdUps?.[0];
    expect(held?.aloneP99Ms).toBeGreaterThan(0);
    expect(held?.withHeavyP99Ms).toBeGreaterThan(0);
    // start-up from the snapshot the first start wrote
    expect(results.starts.some((s) => s.what.startsWith('spawn to listening from the snapshot'))).toBe(true);
    // server time per query shape, the short fragments among them, in the JSON and the Markdown
    const shapes = results.shapes?.[0]?.runs ?? [];
    expect(shapes.map((s) => s.shape)).toEqual(expect.arrayContaining(['bycontactinfo, data of 1 character', 'bycontactinfo, data of 2 characters']));
    for (const s of shapes) expect(s.queries, s.shape).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| bycontactinfo, data of 1 character | sqlite | 10,000 |');
  });
});
