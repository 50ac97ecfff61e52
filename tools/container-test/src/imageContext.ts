// The image's build context, made from the packed packages as a registry would deliver them: the tarballs of
// the emulator, the mock and the workspace packages they depend on, and one manifest of their third-party
// dependencies (installed in a layer of its own, so a code change reinstalls only the tarballs).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTAINERFILE = join(repositoryRoot, 'container', 'Containerfile');
/** The image's commands (crm-emulator, crm-mock, crm-contract-test): their packages and workspace dependencies are packed. */
export const IMAGE_PACKAGES = ['@crm-contacts/emulator', '@crm-contacts/mock', '@crm-contacts/contract-test'];

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

function workspaceManifests(): Map<string, { dir: string; manifest: Manifest }> {
  const found = new Map<string, { dir: string; manifest: Manifest }>();
  for (const group of ['apps', 'packages', 'tools']) {
    for (const name of readdirSync(join(repositoryRoot, group))) {
      const file = join(repositoryRoot, group, name, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      found.set(manifest.name, { dir: join(repositoryRoot, group, name), manifest });
    }
  }
  return found;
}

/** The given packages (the image's by default) and every workspace package they depend on at run time. */
export function packagesToPack(roots: string[] = IMAGE_PACKAGES): string[] {
  const workspace = workspaceManifests();
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const dependency of Object.keys(workspace.get(name)?.manifest.dependencies ?? {})) if (workspace.has(dependency)) visit(dependency);
  };
  roots.forEach(visit);
  return [...wanted].sort();
}

/** `pnpm pack` of each package (workspace:* rewritten to versions, as publishing does): the tarballs' paths by name. */
export function packTarballs(names: string[], into: string): Map<string, string> {
  const workspace = workspaceManifests();
  mkdirSync(into, { recursive: true });
  return new Map(names.map((name) => {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', into, '--json'], { cwd: workspace.get(name)!.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return [name, (JSON.parse(output.slice(output.indexOf('{'))) as { filename: string }).filename];
  }));
}

/** Writes the context to a new folder and returns it: Containerfile, tarballs/, dependencies/package.json. */
export function writeImageContext(into = mkdtempSync(join(tmpdir(), 'crm-contacts-image-'))): string {
  const workspace = workspaceManifests();
  const names = packagesToPack();
  packTarballs(names, join(into, 'tarballs'));
  mkdirSync(join(into, 'dependencies'), { recursive: true });
  const thirdParty: Record<string, string> = {};
  for (const name of names) {
    for (const [dependency, range] of Object.entries(workspace.get(name)!.manifest.dependencies ?? {})) if (!workspace.has(dependency)) thirdParty[dependency] = range;
  }
  const sorted = Object.fromEntries(Object.entries(thirdParty).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(into, 'dependencies', 'package.json'), `${JSON.stringify({ name: 'crm-contacts-image', private: true, dependencies: sorted }, null, 2)}\n`);
  copyFileSync(CONTAINERFILE, join(into, 'Containerfile'));
  return into;
}
