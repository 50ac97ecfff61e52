// The consumer test's checks on bad packages (made here, packed with pnpm as the real ones are): each
// fails with the package and the entry named.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../src/entryPoints.js';
import { attwProblems, publintProblems } from '../src/lintTarball.js';
import { manifestProblems } from '../src/manifestCheck.js';
import { listTarball, packPackage, readTarballFile } from '../src/packTarball.js';
import { releaseMetadataProblems, type ReleaseSource } from '../src/releaseMetadata.js';
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
    const resolved = resolveEntries(project, entryPoints(pkg.manifest.name, pkg.manifest.exports));
    expect(resolutionProblems(resolved)).toEqual([
      `@fixture/split-types: types resolve differently: nodenext ${project}/node_modules/@fixture/split-types/dist/node.d.ts, bundler ${project}/node_modules/@fixture/split-types/dist/index.d.ts`,
    ]);
  });
});

describe('release metadata (LICENSE, repository, homepage, bugs, keywords, caret ranges), read from the tarball', () => {
  const source: ReleaseSource = { root: dir, licence: 'MIT License\n\nCopyright (c) 2026 fixture contributors\n', repositoryUrl: 'git+https://github.com/fixture/fixture.git', branch: 'main' };
  const complete = (folder: string): Omit<PackageManifest, 'name' | 'version'> => ({
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    repository: { type: 'git', url: source.repositoryUrl, directory: folder },
    homepage: `https://github.com/fixture/fixture/tree/main/${folder}#readme`,
    bugs: { url: 'https://github.com/fixture/fixture/issues' },
    keywords: ['fixture'],
    dependencies: { fastify: '^5.12.8', alias: 'npm:better-sqlite3@^13.2.0', sibling: 'workspace:*' },
  });
  /** A fixture with the complete metadata, changed by `change`, packed; then the check's problems. */
  function problemsOf(name: string, change: (manifest: Omit<PackageManifest, 'name' | 'version'>, files: Record<string, string>) => void) {
    const folder = name.replace(/\W+/g, '-');
    const manifest = complete(folder);
    const files: Record<string, string> = { ...GOOD_FILES, LICENSE: source.licence };
    change(manifest, files);
    // pnpm pack outside a workspace cannot resolve `workspace:*`: the packed manifest gets the version it would write.
    const sourceManifest = { ...manifest };
    if (manifest.dependencies?.sibling) manifest.dependencies = { ...manifest.dependencies, sibling: '1.0.0' };
    const pkg = fixturePackage(name, manifest, files);
    const tarball = packPackage(name, pkg.dir, dir);
    const packed = JSON.parse(readTarballFile(tarball, 'package.json')) as PackageManifest;
    return releaseMetadataProblems({ name, dir: pkg.dir, manifest: { ...pkg.manifest, ...sourceManifest } }, packed, tarball, source);
  }

  it('finds nothing in a complete package (a workspace: range packed as a version is fine)', () => {
    expect(problemsOf('@fixture/complete', () => {})).toEqual([]);
  });

  it('names a missing LICENSE and one that differs from the repository\'s', () => {
    expect(problemsOf('@fixture/no-licence', (_, files) => { delete files.LICENSE; })).toEqual(['@fixture/no-licence: the tarball has no LICENSE file']);
    expect(problemsOf('@fixture/other-licence', (_, files) => { files.LICENSE = 'ISC'; })).toEqual(["@fixture/other-licence: the tarball's LICENSE differs from the repository's LICENSE"]);
  });

  it('names a missing repository, and a wrong url or directory', () => {
    expect(problemsOf('@fixture/no-repository', (manifest) => { delete manifest.repository; })).toEqual(['@fixture/no-repository: package.json has no "repository" object ({type, url, directory})']);
    expect(problemsOf('@fixture/elsewhere', (manifest) => { manifest.repository = { type: 'git', url: 'git+https://github.com/fork/fixture.git', directory: 'packages/x' }; })).toEqual([
      '@fixture/elsewhere: "repository.url" is "git+https://github.com/fork/fixture.git", not the root package.json\'s "git+https://github.com/fixture/fixture.git"',
      '@fixture/elsewhere: "repository.directory" is "packages/x", not "-fixture-elsewhere"',
    ]);
  });

  it('names a missing homepage, bugs and keywords', () => {
    expect(problemsOf('@fixture/bare', (manifest) => { delete manifest.homepage; delete manifest.bugs; delete manifest.keywords; })).toEqual([
      '@fixture/bare: "homepage" is undefined, not "https://github.com/fixture/fixture/tree/main/-fixture-bare#readme"',
      '@fixture/bare: "bugs" is undefined, not "https://github.com/fixture/fixture/issues"',
      '@fixture/bare: package.json has no "keywords"',
    ]);
  });

  it('names a dependency pinned exactly or given another kind of range', () => {
    expect(problemsOf('@fixture/pinned', (manifest) => { manifest.dependencies = { fastify: '5.12.8', pg: '~8.23.1', alias: 'npm:better-sqlite3@13.2.0' }; })).toEqual([
      '@fixture/pinned: dependencies "fastify" is "5.12.8", not a caret range of a version (^x.y.z)',
      '@fixture/pinned: dependencies "pg" is "~8.23.1", not a caret range of a version (^x.y.z)',
      '@fixture/pinned: dependencies "alias" is "npm:better-sqlite3@13.2.0", not a caret range of a version (^x.y.z)',
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
