// Bundles a split document and lints the bundle with the project's Spectral ruleset. Spectral lints
// the bundle rather than the split files: its 3.1 schema check misreads path items that are $refs.
// Other packages run it as the `crm-contract-lint <root.yaml> [ruleset.yaml]` bin (src/bin/lint.ts).
import { spawnSync } from 'node:child_process';
import { bundleDocument } from './bundleDocument.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// the same from src/ (tests) and dist/ (the bin)
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cliOf = (pkg: string, bin: string) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

/** Lints a document with the project's ruleset, or another that extends it (the emulator's control API). */
export function lintContract(rootFile: string, ruleset = join(repoRoot, '.spectral.yaml')): { ok: boolean; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'crm-lint-'));
  try {
    const bundle = join(work, 'openapi.json');
    bundleDocument(rootFile, bundle);
    const spectral = spawnSync(
      process.execPath,
      [cliOf('@stoplight/spectral-cli', 'dist/index.js'), 'lint', '--fail-severity=warn', '--ruleset', ruleset, bundle],
      { encoding: 'utf8' },
    );
    return { ok: spectral.status === 0, output: `${spectral.stdout}${spectral.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
