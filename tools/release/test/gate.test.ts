// The release gate on fixture workspaces: a changed contract needs a pending changeset for
// @crm-contacts/contract, and a breaking one a major bump; failures name the baseline and quote oasdiff.
import { afterEach, describe, expect, it } from 'vitest';
import { contractBump, writeContractChangeset } from '../src/contractChangeset.js';
import { checkContractRelease } from '../src/gate.js';
import { BREAKING, DESCRIPTION_ONLY, NON_BREAKING, variant } from './contractVariants.js';
import { fixtureWorkspace, type FixtureWorkspace } from './fixtureWorkspace.js';

const REMOVED_PARAMETER = BREAKING['a removed parameter (tags of filter)']!;
const ADDED_PARAMETER = NON_BREAKING['an added optional parameter (nickname of filter)']!;
const BASELINE_LABEL = 'tools/release/baseline/openapi.json (@crm-contacts/contract 0.1.0, the last release)';

let workspace: FixtureWorkspace;
afterEach(() => workspace?.remove());

describe('the release gate', () => {
  it('passes when the contract is the released one, with no changeset', async () => {
    workspace = fixtureWorkspace();
    expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: true, changed: false });
  });

  it('fails a changed contract without a changeset, saying what to add', async () => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(ADDED_PARAMETER));
    const gate = await checkContractRelease(workspace.paths);
    expect(gate).toMatchObject({ ok: false, changed: true, breaking: false });
    expect(gate.message).toContain(`openapi/ has changed since the last release (baseline ${BASELINE_LABEL})`);
    expect(gate.message).toContain('pnpm contract:changeset');
  });

  it('fails a description-only change without a changeset too (the published bundle changed)', async () => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(DESCRIPTION_ONLY));
    expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: false, changed: true });
  });

  it('passes a non-breaking change released as minor', async () => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(ADDED_PARAMETER));
    workspace.addChangeset('minor');
    expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: true, breaking: false, pending: { bump: 'minor', newVersion: '0.2.0' } });
  });

  it('fails a breaking change released as minor, with oasdiff\'s explanation and the baseline', async () => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(REMOVED_PARAMETER));
    workspace.addChangeset('minor');
    const gate = await checkContractRelease(workspace.paths);
    expect(gate).toMatchObject({ ok: false, breaking: true });
    expect(gate.message).toContain(`oasdiff compared it with the baseline ${BASELINE_LABEL}`);
    expect(gate.message).toContain('[request-parameter-removed]');
    expect(gate.message).toContain('deleted the `query` request parameter `tags`');
    expect(gate.message).toContain('bump @crm-contacts/contract minor (0.1.0 -> 0.2.0); a breaking change needs major');
  });

  it('passes a breaking change released as major', async () => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(REMOVED_PARAMETER));
    workspace.addChangeset('major');
    expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: true, breaking: true, pending: { bump: 'major', newVersion: '1.0.0' } });
  });
});

describe('pnpm contract:changeset', () => {
  it.each([
    ['major', REMOVED_PARAMETER],
    ['minor', ADDED_PARAMETER],
    ['patch', DESCRIPTION_ONLY],
  ] as const)('picks %s for its kind of change, and the gate then passes', async (bump, change) => {
    workspace = fixtureWorkspace();
    workspace.setContract(variant(change));
    expect(contractBump(workspace.paths)).toBe(bump);
    writeContractChangeset(workspace.paths, 'What changed.');
    expect(await checkContractRelease(workspace.paths)).toMatchObject({ ok: true, pending: { bump } });
  });

  it('refuses when the contract has not changed', () => {
    workspace = fixtureWorkspace();
    expect(() => writeContractChangeset(workspace.paths, 'Nothing.')).toThrow(/nothing to release/);
  });
});
