// @ts-check
// The workspace's package folders (`apps/emulator`, `packages/contract`, ...), read from pnpm-workspace.yaml's
// `group/*` globs: the house rules are scoped per package, and the repository checks walk every package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const repositoryRoot = join(import.meta.dirname, '..', '..', '..', '..');

/** @returns {string[]} package folders relative to the repository root, sorted */
export function workspacePackages(root = repositoryRoot) {
  /** @type {{ packages: string[] }} */
  const workspace = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'));
  return workspace.packages.flatMap((glob) => {
    const group = glob.replace(/\/\*$/, '');
    return readdirSync(join(root, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
      .map((entry) => `${group}/${entry.name}`);
  }).sort();
}

/** @returns {Map<string, string>} each package's name (`@crm-contacts/emulator`) to its folder */
export function packageFolders(root = repositoryRoot) {
  return new Map(workspacePackages(root).map((folder) => [JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).name, folder]));
}
