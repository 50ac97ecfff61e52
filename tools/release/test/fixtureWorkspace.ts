// A throwaway workspace shaped like this one for the release tools: the contract package, .changeset/, the
// baseline, and a bundled contract that tests replace with variants.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenApiDocument } from '@crm-contacts/contract';
import { releasePaths, workspaceRoot, type ReleasePaths } from '../src/paths.js';
import { variant } from './contractVariants.js';

const changelogModule = createRequire(join(workspaceRoot, 'package.json')).resolve('@changesets/cli/changelog');

export interface FixtureWorkspace {
  paths: ReleasePaths;
  setContract(contract: OpenApiDocument): void;
  addChangeset(bump: 'major' | 'minor' | 'patch', summary?: string): void;
  remove(): void;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function fixtureWorkspace(): FixtureWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'crm-release-fixture-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', json({ name: 'fixture', private: true }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write('packages/contract/package.json', json({ name: '@crm-contacts/contract', version: '0.1.0', license: 'MIT' }));
  write('.changeset/config.json', json({ changelog: changelogModule, commit: false, access: 'public', baseBranch: 'main', privatePackages: { version: false, tag: false } }));
  write('tools/release/baseline/openapi.json', json(variant()));
  write('tools/release/baseline/version.json', json({ version: '0.1.0' }));
  write('packages/contract/dist/openapi.json', json(variant()));
  let count = 0;
  return {
    paths: releasePaths(root),
    setContract: (contract) => write('packages/contract/dist/openapi.json', json(contract)),
    addChangeset: (bump, summary = `A ${bump} change.`) => write(`.changeset/change-${++count}.md`, `---\n"@crm-contacts/contract": ${bump}\n---\n\n${summary}\n`),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
