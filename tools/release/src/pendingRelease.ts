// What the pending changesets (.changeset/*.md) will do to @crm-contacts/contract, as `changeset version`
// would compute it (changesets' own release planner).
import { getReleasePlan } from '@changesets/get-release-plan';
import { CONTRACT_PACKAGE } from './paths.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface PendingContractRelease { bump: Bump; oldVersion?: string; newVersion?: string; changesets: string[] }

export async function pendingContractRelease(root: string): Promise<PendingContractRelease> {
  const plan = await getReleasePlan(root);
  const release = plan.releases.find((entry) => entry.name === CONTRACT_PACKAGE);
  const changesets = plan.changesets.filter((changeset) => changeset.releases.some((entry) => entry.name === CONTRACT_PACKAGE)).map((changeset) => `.changeset/${changeset.id}.md`);
  if (!release || release.type === 'none') return { bump: 'none', changesets };
  return { bump: release.type, oldVersion: release.oldVersion, newVersion: release.newVersion, changesets };
}
