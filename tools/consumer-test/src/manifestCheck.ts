// What a published package.json must carry (issue 11): exports with types for every module entry, files,
// engines, license, description; and every file that exports and bin name is in the tarball.
import { entryPoints } from './entryPoints.js';
import type { Tarball } from './packTarball.js';
import type { PackageManifest } from './workspacePackages.js';

const inTarball = (tarball: Tarball, path: string) => tarball.files.includes(path.replace(/^\.\//, ''));

export function manifestProblems(manifest: PackageManifest, tarball: Tarball): string[] {
  const name = manifest.name;
  const problems: string[] = [];
  for (const field of ['description', 'license', 'files'] as const) {
    if (!manifest[field]) problems.push(`${name}: package.json has no "${field}"`);
  }
  if (!manifest.engines?.node) problems.push(`${name}: package.json has no "engines.node"`);
  let entries: ReturnType<typeof entryPoints> = [];
  try {
    entries = entryPoints(name, manifest.exports);
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const entry of entries) {
    if (!inTarball(tarball, entry.target)) problems.push(`${name}: entry "${entry.subpath}" names ${entry.target}, which is not in the tarball`);
    if (entry.isModule && !entry.target.endsWith('.json') && !entry.types) problems.push(`${name}: entry "${entry.subpath}" has no "types" condition`);
    if (entry.types && !inTarball(tarball, entry.types)) problems.push(`${name}: entry "${entry.subpath}" names types ${entry.types}, which are not in the tarball`);
  }
  const bins = typeof manifest.bin === 'string' ? { [name]: manifest.bin } : (manifest.bin ?? {});
  for (const [bin, file] of Object.entries(bins)) {
    if (!inTarball(tarball, file)) problems.push(`${name}: bin "${bin}" names ${file}, which is not in the tarball`);
  }
  return problems;
}
