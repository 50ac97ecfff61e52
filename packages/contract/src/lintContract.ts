// Bundles a split document and lints the bundle with the project's Spectral ruleset. Spectral lints
// the bundle rather than the split files: its 3.1 schema check misreads path items that are $refs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cliOf = (pkg: string, bin: string) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

export function lintContract(rootFile: string): { ok: boolean; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'crm-lint-'));
  try {
    const bundle = join(work, 'openapi.json');
    execFileSync(process.execPath, [cliOf('@redocly/cli', 'bin/cli.js'), 'bundle', rootFile, '--output', bundle], { stdio: 'pipe' });
    const spectral = spawnSync(
      process.execPath,
      [cliOf('@stoplight/spectral-cli', 'dist/index.js'), 'lint', '--fail-severity=warn', '--ruleset', join(repoRoot, '.spectral.yaml'), bundle],
      { encoding: 'utf8' },
    );
    return { ok: spectral.status === 0, output: `${spectral.stdout}${spectral.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, output } = lintContract(join(repoRoot, 'openapi/openapi.yaml'));
  console.log(output.trim());
  process.exit(ok ? 0 : 1);
}
