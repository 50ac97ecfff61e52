// Where the release pieces live in the workspace. Functions take these as arguments so tests can point
// them at fixture copies.
import { join } from 'node:path';

export const workspaceRoot = join(import.meta.dirname, '..', '..', '..');

export interface ReleasePaths {
  /** The workspace whose .changeset/ and package.json files say what is pending. */
  root: string;
  /** The contract as it was last released (committed; updated by `pnpm release:version`). */
  baseline: string;
  /** The version of @crm-contacts/contract that the baseline was released as. */
  baselineVersion: string;
  /** The working contract: the bundle `pnpm build` makes from openapi/. */
  current: string;
  /** The contract package's changelog. */
  changelog: string;
}

export function releasePaths(root = workspaceRoot): ReleasePaths {
  return {
    root,
    baseline: join(root, 'tools', 'release', 'baseline', 'openapi.json'),
    baselineVersion: join(root, 'tools', 'release', 'baseline', 'version.json'),
    current: join(root, 'packages', 'contract', 'dist', 'openapi.json'),
    changelog: join(root, 'packages', 'contract', 'CHANGELOG.md'),
  };
}

export const CONTRACT_PACKAGE = '@crm-contacts/contract';
