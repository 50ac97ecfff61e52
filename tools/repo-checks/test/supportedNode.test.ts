// The root scripts' Node gate (scripts/supportedNode.mjs and the three commands on it), run as a developer
// would: under Node 20 (past its end of life, taken from the npm registry like any other) and under this Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINE, isSupported, registryNode, SUPPORTED_RANGE, supportedInWords } from '../../../scripts/supportedNode.mjs';

const repo = resolve(import.meta.dirname, '../../..');
const script = (name: string) => join(repo, 'scripts', name);
let node20: string;

beforeAll(() => {
  node20 = join(registryNode('20', { log: () => {} }).dir, 'bin', 'node');
}, 120_000);

describe('which Node versions are supported', () => {
  it('is the root package.json engines.node', () => {
    expect(SUPPORTED_RANGE).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).engines.node);
  });

  it('reads a range of ^ and >= comparators', () => {
    const range = '^22.14.0 || ^24.0.0 || >=26.0.0';
    for (const version of ['22.14.0', '22.23.5', '24.0.0', '24.22.3', '26.12.1', 'v26.0.0', '27.1.0']) expect(isSupported(version, range), version).toBe(true);
    for (const version of ['20.20.2', '21.7.3', '22.13.1', '23.11.0', '25.9.0']) expect(isSupported(version, range), version).toBe(false);
    expect(supportedInWords(range)).toBe('22.14+, 24 or 26+');
  });

  it('refuses a range it cannot read instead of guessing', () => {
    expect(() => isSupported('24.0.0', '~24.1.0')).toThrow(/cannot read "~24.1.0"/);
  });

  it('includes the Node this suite runs on, and not Node 20', () => {
    expect(isSupported(process.versions.node)).toBe(true);
    expect(isSupported('20.20.2')).toBe(false);
  });
});

describe('a root script typed by hand on Node 20', () => {
  it('stops with the supported lines and the command that fixes PATH', () => {
    const gate = spawnSync(node20, [script('check-node.mjs')], { encoding: 'utf8' });
    expect(gate.status).toBe(1);
    expect(gate.stderr).toContain(`runs on Node ${supportedInWords()}`);
    expect(gate.stderr).toContain("this shell's Node is 20.");
    expect(gate.stderr).toContain('eval "$(node scripts/use-node.mjs)"');
  });

  it('passes on a supported Node', () => {
    expect(spawnSync(process.execPath, [script('check-node.mjs')]).status).toBe(0);
  });
});

describe('npm test and npm start on Node 20', () => {
  it('run their script under the .nvmrc line from the npm registry, say so in one line, and keep its exit code', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'node-probe-')), 'probe.mjs');
    writeFileSync(probe, 'console.log(`probe ran on ${process.versions.node}`); process.exit(3);\n');
    const run = spawnSync(node20, [script('with-supported-node.mjs'), probe], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    const notices = run.stdout.split('\n').filter((line) => line.startsWith('[node] Node 20.'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`is not supported (${supportedInWords()})`);
    const ranOn = /probe ran on (\S+)/.exec(run.stdout)?.[1];
    expect(ranOn?.split('.')[0]).toBe(DEFAULT_LINE);
  }, 120_000);

  it('leave a supported Node as it is', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'node-probe-')), 'probe.mjs');
    writeFileSync(probe, 'console.log(`probe ran on ${process.versions.node}`);\n');
    const run = spawnSync(process.execPath, [script('with-supported-node.mjs'), probe], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`probe ran on ${process.versions.node}\n`);
  });
});

describe('use-node.mjs', () => {
  it('prints the exports that put a supported Node first on PATH', () => {
    const exports = execFileSync(node20, [script('use-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const path = /^export PATH='([^']+)'$/m.exec(exports)?.[1];
    expect(path).toBeDefined();
    const version = execFileSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8', env: { ...process.env, PATH: path } }).trim();
    expect(isSupported(version)).toBe(true);
  }, 120_000);
});
