// The release gate on the contract, run by `pnpm test` (test/workingContract.test.ts) and `pnpm contract:diff`:
// 1. the bundled contract differs from the baseline, but no pending changeset releases @crm-contacts/contract;
// 2. oasdiff finds a breaking change, but the pending changesets do not bump its major version.
import { contractChanged, readBaseline, type Baseline } from './baseline.js';
import { breakingChanges } from './oasdiff.js';
import { type ReleasePaths, CONTRACT_PACKAGE } from './paths.js';
import { pendingContractRelease, type PendingContractRelease } from './pendingRelease.js';

export interface GateResult {
  ok: boolean;
  baseline: Baseline;
  changed: boolean;
  breaking: boolean;
  pending: PendingContractRelease;
  /** What to tell the person who changed openapi/ (oasdiff's own explanation included). */
  message: string;
}

export async function checkContractRelease(paths: ReleasePaths): Promise<GateResult> {
  const baseline = readBaseline(paths);
  const pending = await pendingContractRelease(paths.root);
  const changed = contractChanged(paths);
  const { breaking, explanation } = changed ? breakingChanges(baseline.file, paths.current) : { breaking: false, explanation: '' };
  const result = { baseline, changed, breaking, pending };
  if (!changed) return { ...result, ok: true, message: `The contract is the one released as ${baseline.label}.` };
  if (pending.bump === 'none') {
    return {
      ...result,
      ok: false,
      message: [
        `openapi/ has changed since the last release (baseline ${baseline.label}), and no pending changeset releases ${CONTRACT_PACKAGE}.`,
        `Add one: \`pnpm contract:changeset "what changed, for consumers"\` writes .changeset/contract-*.md with the bump oasdiff implies`,
        `(${breaking ? 'major: the change is breaking' : 'minor, or patch when only descriptions or examples changed'}); or run \`pnpm changeset\` and pick ${CONTRACT_PACKAGE}.`,
        ...(breaking ? ['', `oasdiff compared it with ${baseline.file}:`, explanation] : []),
      ].join('\n'),
    };
  }
  if (breaking && pending.bump !== 'major') {
    return {
      ...result,
      ok: false,
      message: [
        `Breaking change to the contract: oasdiff compared it with the baseline ${baseline.label}.`,
        `The pending changesets (${pending.changesets.join(', ')}) bump ${CONTRACT_PACKAGE} ${pending.bump} (${pending.oldVersion} -> ${pending.newVersion}); a breaking change needs major.`,
        `Change the bump to major in one of them, or undo the breaking change. oasdiff says:`,
        explanation,
      ].join('\n'),
    };
  }
  return { ...result, ok: true, message: `The contract differs from ${baseline.label}; ${pending.changesets.join(', ')} release it as ${pending.bump} (${pending.newVersion})${breaking ? ': a breaking change, released as a major version' : ''}.` };
}
