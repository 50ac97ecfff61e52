// The report's closing line is what CI reads; a deliberately broken run must not print one.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../src/report/printReport.js';
import type { ToolRun } from '../src/report/toolRun.js';

const run: ToolRun = {
  tool: 'dredd',
  target: 'emulator',
  results: [
    { endpoint: 'GET /a', check: 'a 200', outcome: 'passed' },
    { endpoint: 'GET /a', check: 'a 500', outcome: 'skipped', message: 'cannot be provoked' },
    { endpoint: 'GET /b', check: 'b 200', outcome: 'failed', message: 'getB: GET /b → 200\n  /id must be integer' },
  ],
};

describe('formatReport', () => {
  it('counts per endpoint, lists skip reasons and failures, and ends with the CI line', () => {
    const lines = formatReport([run]).split('\n');
    expect(lines).toContain('dredd → emulator: 1 passed, 1 failed, 1 skipped');
    expect(lines.some((l) => /GET \/a\s+1 passed\s+0 failed\s+1 skipped/.test(l))).toBe(true);
    expect(lines).toContain('- 1× dredd: cannot be provoked');
    expect(lines).toContain('      /id must be integer');
    expect(lines.at(-1)).toBe('1 passed, 1 failed, 1 skipped');
  });

  it('leaves the CI line out when asked', () => {
    expect(formatReport([run], { closingLine: false })).not.toMatch(/^\d+ passed, \d+ failed/m);
  });
});
