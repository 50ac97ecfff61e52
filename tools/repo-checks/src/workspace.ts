// The repository this package checks: its root, its root package.json (where the repository's address is
// written once) and its GitHub workflow files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './eslint/workspacePackages.js';

export const workspaceRoot = repositoryRoot;

export interface RootManifest {
  repository: { type: string; url: string };
  devEngines: { packageManager: { name: string; version: string } };
}

export const rootManifest = (root = workspaceRoot): RootManifest => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootManifest;

/** `crm-contacts/crm-contacts` from `git+https://github.com/crm-contacts/crm-contacts.git`: what `github.repository` holds. */
export const repositorySlug = (manifest: RootManifest) => new URL(manifest.repository.url.replace(/^git\+/, '')).pathname.replace(/^\/|\.git$/g, '');

/** Every workflow under .github/workflows, as absolute paths. */
export function workflowFiles(root = workspaceRoot): string[] {
  const dir = join(root, '.github', 'workflows');
  return readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort().map((file) => join(dir, file));
}
