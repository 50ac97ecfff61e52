// The virtual environment the smoke test runs in: made in .venv (ignored by git) when missing, with the
// freshly generated SDK and the pinned pytest installed into it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const packageDir = join(import.meta.dirname, '..');
const venv = join(packageDir, '.venv');
export const venvPython = join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

export const pythonAvailable = () => spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: packageDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export function prepareVirtualEnvironment() {
  if (!existsSync(venvPython)) run('python3', ['-m', 'venv', venv]);
  // --force-reinstall of the SDK alone: its code changes with every generation, its dependencies do not.
  run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'smoke/requirements.txt', './generated']);
  run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--force-reinstall', './generated']);
}
