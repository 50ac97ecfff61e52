// `pnpm release:version`: `changeset version` (versions and changelogs of the public packages), then oasdiff's
// changelog of the contract against the baseline into @crm-contacts/contract's CHANGELOG.md under the new
// version, then the released contract becomes the new baseline.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { contractChanged, readBaseline, writeBaseline } from './baseline.js';
import { changelog } from './oasdiff.js';
import { releasePaths, workspaceRoot, type ReleasePaths } from './paths.js';

const changesetBin = createRequire(join(workspaceRoot, 'package.json')).resolve('@changesets/cli/bin.js');

/** oasdiff's markdown without its own title ("# API Changelog 1.0.0 vs. 1.0.0"), headings moved under the version's. */
function contractSummary(paths: ReleasePaths): string {
  const baseline = readBaseline(paths);
  const text = changelog(baseline.file, paths.current, 'markdown').replace(/^# API Changelog.*\n+/m, '').replace(/^(#+) /gm, '$1## ').trim();
  return `### Contract changes against ${baseline.version} (oasdiff)\n\n${text || 'No change a consumer can notice (descriptions or examples only).'}\n`;
}

export function releaseVersion(paths: ReleasePaths): { version: string; summary?: string } {
  const summary = contractChanged(paths) ? contractSummary(paths) : undefined;
  execFileSync(process.execPath, [changesetBin, 'version'], { cwd: paths.root, stdio: 'inherit' });
  const { version } = JSON.parse(readFileSync(join(paths.current, '..', '..', 'package.json'), 'utf8')) as { version: string };
  if (summary && version !== readBaseline(paths).version) {
    const text = existsSync(paths.changelog) ? readFileSync(paths.changelog, 'utf8') : '';
    const heading = `## ${version}\n`;
    if (!text.includes(heading)) throw new Error(`${paths.changelog} has no "${heading.trim()}" after changeset version`);
    writeFileSync(paths.changelog, text.replace(heading, `${heading}\n${summary}`));
    writeBaseline(paths, version);
  }
  return { version, summary };
}

if (process.argv[1] === import.meta.filename) {
  const { version, summary } = releaseVersion(releasePaths());
  console.log(summary ? `@crm-contacts/contract ${version}: changelog and baseline updated` : `@crm-contacts/contract unchanged (${version})`);
}
