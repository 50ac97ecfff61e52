// The JavaScript modules of a tarball that neither its entry points nor its bins reach through relative
// imports (static or dynamic): build-time scripts or leftovers, shipped to consumers for nothing (as the
// contract's Redocly and Spectral scripts once were). A regex over compiled ESM is enough: tsc writes every
// relative import as a quoted `./x.js` specifier after `from` or `import(`. A module of types alone compiles
// to `export {};` (its imports erased), so it counts as reached: there is nothing in it to ship by mistake.
import { posix } from 'node:path';
import { entryPoints } from './entryPoints.js';
import { readTarballFile, type Tarball } from './packTarball.js';
import type { PackageManifest } from './workspacePackages.js';

const JS = /\.(m|c)?js$/;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

const inPackage = (path: string) => posix.normalize(path).replace(/^\.\//, '');
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const typesOnly = (code: string) => /^\s*export\s*\{\s*\};?\s*$/.test(code.replace(COMMENTS, ''));

export function unreachableModules(manifest: PackageManifest, tarball: Tarball, read = (path: string) => readTarballFile(tarball, path)): string[] {
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const roots = [...entryPoints(manifest.name, manifest.exports).map((entry) => entry.target), ...bins].map(inPackage).filter((path) => JS.test(path));
  const shipped = new Set(tarball.files.filter((path) => JS.test(path)));
  const reached = new Set<string>();
  const pending = roots.filter((path) => shipped.has(path));
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (reached.has(path)) continue;
    reached.add(path);
    for (const [, specifier] of read(path).matchAll(RELATIVE_IMPORT)) {
      const target = posix.join(posix.dirname(path), specifier);
      if (shipped.has(target) && !reached.has(target)) pending.push(target);
    }
  }
  return [...shipped].filter((path) => !reached.has(path) && !typesOnly(read(path))).sort();
}
