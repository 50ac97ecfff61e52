// `pnpm contract:changeset "summary"`: writes a changeset for @crm-contacts/contract with the bump the change
// calls for: major when oasdiff finds it breaking, minor when it changes what consumers see, patch otherwise.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contractChanged, readBaseline } from './baseline.js';
import { breakingChanges, changelog } from './oasdiff.js';
import { CONTRACT_PACKAGE, type ReleasePaths } from './paths.js';

export function contractBump(paths: ReleasePaths): 'major' | 'minor' | 'patch' {
  const baseline = readBaseline(paths);
  if (breakingChanges(baseline.file, paths.current).breaking) return 'major';
  return /^No changes to report/m.test(changelog(baseline.file, paths.current, 'text')) ? 'patch' : 'minor';
}

export function writeContractChangeset(paths: ReleasePaths, summary: string): string {
  if (!contractChanged(paths)) throw new Error(`the contract is the one released as ${readBaseline(paths).label}: nothing to release`);
  const file = join(paths.root, '.changeset', `contract-${randomBytes(4).toString('hex')}.md`);
  writeFileSync(file, `---\n"${CONTRACT_PACKAGE}": ${contractBump(paths)}\n---\n\n${summary.trim()}\n`);
  return file;
}

if (process.argv[1] === import.meta.filename) {
  const { releasePaths } = await import('./paths.js');
  const summary = process.argv.slice(2).join(' ');
  if (!summary) {
    console.error('usage: pnpm contract:changeset "what changed, for consumers" (oasdiff\'s own summary is added to the changelog on release)');
    process.exit(2);
  }
  const paths = releasePaths();
  console.log(`wrote ${relative(paths.root, writeContractChangeset(paths, summary))}`);
}
