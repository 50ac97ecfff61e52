// The workspace's packages as pnpm lists them; the published ones are every package without "private": true,
// so a new public package (the CLI) is packed and checked without editing a list here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  bin?: string | Record<string, string>;
  engines?: Record<string, string>;
  files?: string[];
  license?: string;
  description?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  repository?: string | { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: string | { url?: string };
  keywords?: string[];
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: PackageManifest;
}

export const workspaceRoot = join(import.meta.dirname, '..', '..', '..');

export function workspacePackages(root = workspaceRoot): WorkspacePackage[] {
  const listed = JSON.parse(execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' })) as { name: string; path: string }[];
  return listed
    .filter((entry) => entry.path !== root)
    .map((entry) => ({ name: entry.name, dir: entry.path, manifest: JSON.parse(readFileSync(join(entry.path, 'package.json'), 'utf8')) as PackageManifest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The published ones (not `private`) among the workspace's packages, or among those given. */
export const publicPackages = (packages = workspacePackages()) => packages.filter((pkg) => pkg.manifest.private !== true);

/** The generated SDKs: private (not published yet), packed and used by the consumer test all the same. */
export const SDK_PACKAGES = { typescript: '@crm-contacts/sdk-typescript-fetch', python: '@crm-contacts/sdk-python' } as const;
