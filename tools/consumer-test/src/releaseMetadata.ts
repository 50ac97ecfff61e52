// What a release needs beyond the code, read from the packed tarball (issue 17): the repository's LICENSE
// text, where the source is (`repository` with `directory`: npm provenance needs it), where to read and
// report (`homepage`, `bugs`), words to find the package by, and dependency ranges consumers can dedupe.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readTarballFile, type Tarball } from './packTarball.js';
import type { PackageManifest, WorkspacePackage } from './workspacePackages.js';

/** What every public package must agree with, from the repository root, where each is written once. */
export interface ReleaseSource {
  root: string;
  /** The root LICENSE file's text. */
  licence: string;
  /** The root package.json's `repository.url`, e.g. `git+https://github.com/o/r.git`. */
  repositoryUrl: string;
  /** The branch homepages link into (.changeset/config.json's `baseBranch`). */
  branch: string;
}

export function releaseSource(root: string): ReleaseSource {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageManifest;
  const repositoryUrl = typeof manifest.repository === 'object' ? manifest.repository.url : undefined;
  if (!repositoryUrl) throw new Error(`${root}/package.json has no "repository": {"url": ...}; every public package's metadata derives from it`);
  // pnpm pack and publish put the workspace root's LICENSE into every package that has none of its own.
  if (!existsSync(join(root, 'LICENSE'))) throw new Error(`${root}/LICENSE is missing: pnpm packs it into every public package's tarball`);
  const { baseBranch } = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as { baseBranch: string };
  return { root, licence: readFileSync(join(root, 'LICENSE'), 'utf8'), repositoryUrl, branch: baseBranch };
}

// A caret range of a full version (`^5.12.8`, `^1.0.0-rc.1`), also behind an npm alias (`npm:name@^13.2.0`).
const CARET = /^(npm:(@[\w.-]+\/)?[\w.-]+@)?\^\d+\.\d+\.\d+(-[\w.-]+)?$/;
const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * Problems with the packed package's release metadata, each naming the package and the field. `pkg` is the
 * workspace package (its folder, and its own package.json: a `workspace:` range there is one pnpm pack turned
 * into a version); `packed` is the package.json inside the tarball.
 */
export function releaseMetadataProblems(pkg: WorkspacePackage, packed: PackageManifest, tarball: Tarball, source: ReleaseSource): string[] {
  const name = packed.name;
  const problems: string[] = [];
  if (!tarball.files.includes('LICENSE')) problems.push(`${name}: the tarball has no LICENSE file`);
  else if (readTarballFile(tarball, 'LICENSE') !== source.licence) problems.push(`${name}: the tarball's LICENSE differs from the repository's LICENSE`);

  const directory = relative(source.root, pkg.dir);
  const web = source.repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '');
  const repository = typeof packed.repository === 'object' ? packed.repository : undefined;
  if (!repository) problems.push(`${name}: package.json has no "repository" object ({type, url, directory})`);
  else {
    if (repository.type !== 'git') problems.push(`${name}: "repository.type" is ${JSON.stringify(repository.type)}, not "git"`);
    if (repository.url !== source.repositoryUrl) problems.push(`${name}: "repository.url" is ${JSON.stringify(repository.url)}, not the root package.json's "${source.repositoryUrl}"`);
    if (repository.directory !== directory) problems.push(`${name}: "repository.directory" is ${JSON.stringify(repository.directory)}, not "${directory}"`);
  }
  const homepage = `${web}/tree/${source.branch}/${directory}#readme`;
  if (packed.homepage !== homepage) problems.push(`${name}: "homepage" is ${JSON.stringify(packed.homepage)}, not "${homepage}"`);
  const bugs = typeof packed.bugs === 'object' ? packed.bugs.url : packed.bugs;
  if (bugs !== `${web}/issues`) problems.push(`${name}: "bugs" is ${JSON.stringify(bugs)}, not "${web}/issues"`);
  if (!Array.isArray(packed.keywords) || packed.keywords.length === 0 || !packed.keywords.every((word) => typeof word === 'string' && word.trim())) {
    problems.push(`${name}: package.json has no "keywords"`);
  }

  for (const field of DEPENDENCY_FIELDS) {
    for (const [dependency, range] of Object.entries(packed[field] ?? {})) {
      if (pkg.manifest[field]?.[dependency]?.startsWith('workspace:')) continue;
      if (!CARET.test(range)) problems.push(`${name}: ${field} "${dependency}" is "${range}", not a caret range of a version (^x.y.z)`);
    }
  }
  return problems;
}
