// publint and @arethetypeswrong/cli on a packed tarball, as a consumer's tools read it. Every message is a
// problem ("reports nothing" is the bar), each naming the package and the entry or field concerned.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage, formatMessagePath } from 'publint/utils';
import { dataEntries, entryPoints } from './entryPoints.js';
import type { Tarball } from './packTarball.js';

const require = createRequire(import.meta.url);
// The CLI exports only its bin: found beside its package.json.
const attwBin = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');

export async function publintProblems(tarball: Tarball): Promise<string[]> {
  let result: Awaited<ReturnType<typeof publint>>;
  try {
    const bytes = readFileSync(tarball.file);
    result = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
  } catch (error) {
    return [`${tarball.name}: publint could not read the tarball ${tarball.file}: ${(error as Error).message}`];
  }
  return result.messages.map((message) => `${tarball.name}: publint ${message.type} ${message.code} at ${formatMessagePath(message.path)}: ${formatMessage(message, result.pkg, { color: false })}`);
}

interface AttwProblem { kind: string; entrypoint?: string; resolutionKind?: string }

/** ESM-only packages: the "esm-only" profile leaves out node10 and CommonJS require, which they do not serve. */
export function attwProblems(tarball: Tarball, exportsField: unknown): string[] {
  const excluded = dataEntries(entryPoints(tarball.name, exportsField));
  const args = [attwBin, tarball.file, '--profile', 'esm-only', '--format', 'json', ...(excluded.length ? ['--exclude-entrypoints', ...excluded] : [])];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
    if (!output.trim().startsWith('{')) return [`${tarball.name}: attw could not analyse ${tarball.file}: ${(error as { stderr?: string }).stderr || (error as Error).message}`];
  }
  const report = JSON.parse(output) as { problems?: Record<string, AttwProblem[]> | AttwProblem[] };
  const ignored = new Set(['node10', 'node16-cjs']);
  return Object.values(report.problems ?? {})
    .flat()
    .filter((problem) => !problem.resolutionKind || !ignored.has(problem.resolutionKind))
    .map((problem) => `${tarball.name}: attw ${problem.kind} at entry "${problem.entrypoint ?? '.'}"${problem.resolutionKind ? ` (${problem.resolutionKind})` : ''}`);
}
