// The Python SDK as a consumer gets it: a wheel built from the generated package (in a copy, so the
// workspace's generated/ stays a clean build output), installed into a fresh virtual environment.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.js';

const pip = ['-m', 'pip', '--disable-pip-version-check', '--quiet'];

/** Returns the venv's python, with the SDK's wheel installed. */
export async function installPythonSdk(generated: string, project: string): Promise<string> {
  const source = join(project, 'python-sdk-source');
  cpSync(generated, source, { recursive: true });
  const wheels = join(project, 'wheels');
  await run('python3', [...pip, 'wheel', '--no-deps', '--wheel-dir', wheels, source], { cwd: project });
  const wheel = readdirSync(wheels).find((name) => name.endsWith('.whl'));
  if (!wheel) throw new Error(`pip wheel built no wheel from ${generated}`);
  await run('python3', ['-m', 'venv', join(project, 'venv')], { cwd: project });
  const python = join(project, 'venv', 'bin', 'python');
  await run(python, [...pip, 'install', join(wheels, wheel)], { cwd: project });
  return python;
}
