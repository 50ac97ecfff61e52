// The scratch project a new consumer would have: a temporary folder outside the workspace, the packed
// tarballs installed with plain npm (no pnpm, no workspace links), TypeScript and the consumer sources.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { EntryPoint } from './entryPoints.js';
import type { Tarball } from './packTarball.js';
import { run } from './processes.js';
import { workspaceRoot } from './workspacePackages.js';

const consumerSources = join(import.meta.dirname, '..', 'consumer');

export function createScratchProject(): string {
  return mkdtempSync(join(tmpdir(), 'crm-contacts-consumer-'));
}

/** One import of every module entry, so both compilations see each package's types as consumers do. */
export function entriesSource(entries: EntryPoint[]): string {
  const lines = entries.map((entry, index) => `import * as entry${index} from '${entry.specifier}'${entry.target.endsWith('.json') ? " with { type: 'json' }" : ''};`);
  return `${lines.join('\n')}\nexport const entries = [${entries.map((_, index) => `entry${index}`).join(', ')}];\n`;
}

export async function installTarballs(project: string, tarballs: Tarball[], entries: EntryPoint[]): Promise<void> {
  const root = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  mkdirSync(join(project, 'tarballs'), { recursive: true });
  const dependencies: Record<string, string> = {};
  for (const tarball of tarballs) {
    cpSync(tarball.file, join(project, 'tarballs', basename(tarball.file)));
    dependencies[tarball.name] = `file:./tarballs/${basename(tarball.file)}`;
  }
  const manifest = {
    name: 'crm-contacts-consumer',
    private: true,
    type: 'module',
    dependencies,
    // The workspace's own TypeScript (7) and Node types, so the consumer compiles with what the packages were built with.
    devDependencies: { typescript: root.devDependencies.typescript, '@types/node': root.devDependencies['@types/node'] },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(consumerSources, project, { recursive: true });
  writeFileSync(join(project, 'src', 'entries.ts'), entriesSource(entries));
  // engine-strict: a dependency that does not support this Node (EBADENGINE) fails the install instead of warning
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--engine-strict'], { cwd: project });
}
