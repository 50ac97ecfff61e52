// The consumer test's checks on bad packages (made here, packed with pnpm as the real ones are): each
// fails with the package and the entry named.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../src/entryPoints.js';
import { attwProblems, publintProblems } from '../src/lintTarball.js';
import { manifestProblems } from '../src/manifestCheck.js';
import { listTarball, packPackage } from '../src/packTarball.js';
import { resolutionProblems, resolveEntries } from '../src/resolutionCheck.js';
import { createScratchProject, installTarballs } from '../src/scratchProject.js';
import type { PackageManifest } from '../src/workspacePackages.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-consumer-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixturePackage(name: string, manifest: Omit<PackageManifest, 'name' | 'version'>, files: Record<string, string>) {
  const packageDir = join(dir, name.replace(/\W+/g, '-'));
  const full: PackageManifest = { name, version: '1.0.0', description: 'A fixture.', license: 'MIT', engines: { node: '>=22.19' }, files: ['dist'], ...manifest };
  for (const [path, text] of Object.entries({ ...files, 'package.json': JSON.stringify({ type: 'module', ...full }) })) {
    mkdirSync(join(packageDir, path, '..'), { recursive: true });
    writeFileSync(join(packageDir, path), text);
  }
  return { manifest: full, dir: packageDir };
}

const GOOD_FILES = { 'dist/index.js': 'export const answer = 42;\n', 'dist/index.d.ts': 'export declare const answer: number;\n' };

describe('a broken tarball', () => {
  it('fails with the package named when tar cannot read it', () => {
    const file = join(dir, 'broken.tgz');
    writeFileSync(file, 'not a gzip stream');
    expect(() => listTarball('@fixture/broken', file)).toThrow(/^@fixture\/broken: the tarball .*broken\.tgz is broken/);
  });

  it('fails publint and attw with the package named', async () => {
    const file = join(dir, 'broken.tgz');
    const tarball = { name: '@fixture/broken', file, files: ['package.json'] };
    expect((await publintProblems(tarball)).join('\n')).toMatch(/^@fixture\/broken: publint could not read the tarball/);
    expect(attwProblems(tarball, { '.': './dist/index.js' }).join('\n')).toMatch(/^@fixture\/broken: attw could not analyse/);
  });
});

describe('a missing export', () => {
  const pkg = fixturePackage('@fixture/missing-export', {
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './extra': { types: './dist/extra.d.ts', default: './dist/extra.js' } },
  }, GOOD_FILES);
  const tarball = packPackage(pkg.manifest.name, pkg.dir, dir);

  it('is named, package and entry, by the manifest check', () => {
    expect(manifestProblems(pkg.manifest, tarball)).toEqual([
      '@fixture/missing-export: entry "./extra" names ./dist/extra.js, which is not in the tarball',
      '@fixture/missing-export: entry "./extra" names types ./dist/extra.d.ts, which are not in the tarball',
    ]);
  });

  it('is named by publint and attw', async () => {
    expect((await publintProblems(tarball)).join('\n')).toMatch(/@fixture\/missing-export: publint error FILE_DOES_NOT_EXIST at pkg\.exports\["\.\/extra"\]/);
    expect(attwProblems(tarball, pkg.manifest.exports).join('\n')).toMatch(/@fixture\/missing-export: attw \w+ at entry "\.\/extra"/);
  });

  it('and an entry without types is named', () => {
    const untyped = fixturePackage('@fixture/untyped', { exports: { '.': './dist/index.js' } }, GOOD_FILES);
    expect(manifestProblems(untyped.manifest, packPackage(untyped.manifest.name, untyped.dir, dir))).toEqual(['@fixture/untyped: entry "." has no "types" condition']);
  });
});

describe('a type that resolves differently under nodenext and bundler', () => {
  it('is named, with both files', () => {
    const pkg = fixturePackage('@fixture/split-types', {
      // "node" is a condition nodenext matches and bundler does not.
      exports: { '.': { node: { types: './dist/node.d.ts', default: './dist/index.js' }, types: './dist/index.d.ts', default: './dist/index.js' } },
    }, { ...GOOD_FILES, 'dist/node.d.ts': 'export declare const answer: string;\n' });
    const project = join(dir, 'split-project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'split-project', type: 'module' }));
    cpSync(pkg.dir, join(project, 'node_modules', '@fixture', 'split-types'), { recursive: true });
    const resolved = resolveEntries(project, entryPoints(pkg.manifest.name, pkg.manifest.exports), import.meta.dirname);
    expect(resolutionProblems(resolved)).toEqual([
      `@fixture/split-types: types resolve differently: nodenext ${project}/node_modules/@fixture/split-types/dist/node.d.ts, bundler ${project}/node_modules/@fixture/split-types/dist/index.d.ts`,
    ]);
  });
});

describe('a package that does not support the running Node', () => {
  const pkg = fixturePackage('@fixture/future-node', { engines: { node: '>=99' }, exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }, GOOD_FILES);
  const tarball = packPackage(pkg.manifest.name, pkg.dir, dir);

  it('fails the scratch install with EBADENGINE instead of a warning', async () => {
    const project = createScratchProject();
    try {
      await expect(installTarballs(project, [tarball], [])).rejects.toThrow(/EBADENGINE[\s\S]*@fixture\/future-node/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 300_000);
});
