// The Node lines the repository supports (22 from 22.19, 24, 26; Node 20 retired) are declared once per
// package and agree everywhere; one SQLite binding, with no native build, is all the lockfile holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, workspacePackages } from '../src/eslint/workspacePackages.js';

interface Manifest { name: string; engines?: { node?: string }; devDependencies?: Record<string, string> }
const read = (file: string) => readFileSync(join(repositoryRoot, file), 'utf8');
const root = JSON.parse(read('package.json')) as Manifest;
const supported = root.engines?.node ?? '';

/** package.json of every workspace package, relative to the root. */
const workspaceManifests = () => workspacePackages().map((folder) => `${folder}/package.json`);

describe('supported Node lines', () => {
  it('are 22 from 22.19, 24 and 26: not 20, not the 22s without Node-API 10 (better-sqlite3 13 segfaults) or older than Scalar needs', () => {
    for (const version of ['22.19.0', '22.23.5', '24.0.0', '26.0.0', '27.0.0']) expect(semver.satisfies(version, supported), version).toBe(true);
    for (const version of ['20.19.0', '21.7.0', '22.12.0', '22.13.1', '22.18.0', '23.11.0', '25.0.0']) expect(semver.satisfies(version, supported), version).toBe(false);
  });

  it('are declared the same by every workspace package', () => {
    const manifests = workspaceManifests();
    expect(manifests.length).toBeGreaterThan(10);
    const differing = manifests.map((file) => ({ file, node: (JSON.parse(read(file)) as Manifest).engines?.node }))
      .filter((entry) => entry.node !== supported);
    expect(differing).toEqual([]);
  });

  it("are admitted, from each line's first supported version, by every package in the lockfile", () => {
    const lock = parse(read('pnpm-lock.yaml')) as { packages: Record<string, { engines?: { node?: string } }> };
    const firsts = new semver.Range(supported).set.map((comparators) => semver.minVersion(comparators.map(String).join(' '))!.version);
    expect(firsts.length).toBeGreaterThanOrEqual(3);
    const refusing = firsts.flatMap((version) => Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !semver.satisfies(version, entry.engines.node))
      .map(([name, entry]) => `${name} needs node ${entry.engines?.node}, not ${version}`));
    expect(refusing).toEqual([]);
  });

  it('default to 24 (.nvmrc), and Node types are the oldest line', () => {
    expect(read('.nvmrc').trim()).toBe('24');
    expect(semver.satisfies('24.0.0', supported)).toBe(true);
    expect(semver.minVersion(root.devDependencies?.['@types/node'] ?? '')?.major).toBe(semver.minVersion(supported)?.major);
  });
});

describe('the SQLite binding', () => {
  const lock = parse(read('pnpm-lock.yaml')) as { packages: Record<string, unknown> };
  const versions = Object.keys(lock.packages).filter((key) => key.startsWith('better-sqlite3@')).map((key) => key.slice('better-sqlite3@'.length));

  it('is one better-sqlite3, 13 or later (12 is gone)', () => {
    expect(versions).toHaveLength(1);
    expect(semver.major(versions[0])).toBeGreaterThanOrEqual(13);
  });

  it('builds nothing at install (no allowBuilds entry for it)', () => {
    const allowBuilds = (parse(read('pnpm-workspace.yaml')) as { allowBuilds?: Record<string, boolean> }).allowBuilds ?? {};
    expect(Object.keys(allowBuilds)).not.toContain('better-sqlite3');
  });
});
