// `pnpm release:version` on a fixture workspace: changesets versions the contract, its changelog gets the
// changeset's words and oasdiff's summary, and the released contract becomes the baseline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readBaseline } from '../src/baseline.js';
import { checkContractRelease } from '../src/gate.js';
import { releaseVersion } from '../src/releaseVersion.js';
import { BREAKING, variant } from './contractVariants.js';
import { fixtureWorkspace, type FixtureWorkspace } from './fixtureWorkspace.js';

let workspace: FixtureWorkspace;
afterEach(() => workspace?.remove());

it('versions the contract, writes oasdiff\'s summary into its changelog and moves the baseline', async () => {
  workspace = fixtureWorkspace();
  const released = variant(BREAKING['a removed parameter (tags of filter)']);
  workspace.setContract(released);
  workspace.addChangeset('major', 'Removed the tags parameter of filter.');

  expect(releaseVersion(workspace.paths).version).toBe('1.0.0');

  const changelog = readFileSync(workspace.paths.changelog, 'utf8');
  expect(changelog).toMatch(/## 1\.0\.0\n\n### Contract changes against 0\.1\.0 \(oasdiff\)\n/);
  expect(changelog).toContain('deleted the `query` request parameter `tags`');
  expect(changelog).toContain('Removed the tags parameter of filter.');
  expect(readBaseline(workspace.paths).version).toBe('1.0.0');
  expect(JSON.parse(readFileSync(workspace.paths.baseline, 'utf8'))).toEqual(released);
  expect(JSON.parse(readFileSync(join(workspace.paths.root, 'packages/contract/package.json'), 'utf8')).version).toBe('1.0.0');
  expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: true, changed: false });
}, 60_000);
