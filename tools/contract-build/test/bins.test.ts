// The built bins as other packages' scripts run them: a bundle written, the usage line when an argument
// is missing (exit 2), and a refused document as one line naming it (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'crm-bins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(import.meta.dirname, '../dist/bin', `${name}.js`), ...args], { encoding: 'utf8', cwd: work });
const CONTROL_API = join(import.meta.dirname, '../../../apps/emulator/control-api/openapi.yaml');

describe('the bins', () => {
  it('crm-contract-bundle writes one JSON document and says how many paths it has', () => {
    const run = bin('bundle', CONTROL_API, 'out/control.json');
    expect(run.status, run.stderr).toBe(0);
    const document = JSON.parse(readFileSync(join(work, 'out/control.json'), 'utf8'));
    expect(run.stdout).toContain(`bundled ${Object.keys(document.paths).length} paths into ${join(work, 'out/control.json')}`);
  });

  it('prints the usage line and exits 2 when an argument is missing', () => {
    for (const [name, usage] of [['bundle', 'crm-contract-bundle <root.yaml> <out.json>'], ['build', 'crm-contract-build <root.yaml> <out-dir>'], ['lint', 'crm-contract-lint <root.yaml> [ruleset.yaml]']]) {
      const run = bin(name);
      expect([run.status, run.stderr.trim()]).toEqual([2, `usage: ${usage}`]);
    }
  });

  it('names a document Redocly refuses in one line, and exits 1', () => {
    writeFileSync(join(work, 'broken.yaml'), 'openapi: 3.1.0\npaths:\n  /a:\n    $ref: missing.yaml\n');
    const run = bin('bundle', 'broken.yaml', 'broken.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^crm-contract-bundle: .*missing\.yaml/s);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
