// `pnpm pack` (which rewrites workspace:* to real versions, as publishing does) into a folder, then a read
// of the tarball with tar: a tarball tar cannot list fails here, naming the package.
import { execFileSync } from 'node:child_process';

export interface Tarball {
  name: string;
  file: string;
  /** Paths inside the tarball, without the leading "package/". */
  files: string[];
}

function run(command: string, args: string[], cwd: string, what: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${what}: ${failed.stderr || failed.stdout || failed.message}`.trim());
  }
}

export function listTarball(name: string, file: string): Tarball {
  const listing = run('tar', ['-tzf', file], '/', `${name}: the tarball ${file} is broken (tar cannot read it)`);
  const files = listing.split('\n').filter(Boolean).map((path) => path.replace(/^package\//, ''));
  if (!files.includes('package.json')) throw new Error(`${name}: the tarball ${file} has no package/package.json`);
  return { name, file, files };
}

/** A file's text from inside the tarball (`path` without the leading "package/"). */
export const readTarballFile = (tarball: Tarball, path: string): string =>
  run('tar', ['-xzOf', tarball.file, `package/${path}`], '/', `${tarball.name}: cannot read ${path} from the tarball ${tarball.file}`);

export function packPackage(name: string, dir: string, destination: string): Tarball {
  const output = run('pnpm', ['pack', '--pack-destination', destination, '--json'], dir, `${name}: pnpm pack failed`);
  const { filename } = JSON.parse(output.slice(output.indexOf('{'))) as { filename: string };
  return listTarball(name, filename);
}
