// Schemathesis comes from PyPI into a virtual environment under this package (.venv, ignored by git),
// created on first use and reused while it holds the pinned version.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMATHESIS_VERSION = '4.32.5';
const VENV = fileURLToPath(new URL('../../.venv', import.meta.url));
const ST = `${VENV}/bin/st`;

function installedVersion(): string | undefined {
  if (!existsSync(ST)) return undefined;
  const result = spawnSync(ST, ['--version'], { encoding: 'utf8' });
  return /version (\S+)/.exec(result.stdout)?.[1];
}

/** Why Schemathesis cannot run here (no python3), or undefined when it can. */
export function schemathesisUnavailable(): string | undefined {
  if (installedVersion() === SCHEMATHESIS_VERSION) return undefined;
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return python.error || python.status !== 0 ? 'python3 is not installed (Schemathesis comes from PyPI into a virtual environment)' : undefined;
}

/** The path of the `st` executable, installing Schemathesis first when needed. */
export function ensureSchemathesis(): string {
  if (installedVersion() === SCHEMATHESIS_VERSION) return ST;
  if (!existsSync(`${VENV}/bin/python`)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(`${VENV}/bin/pip`, ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit' });
  const version = installedVersion();
  if (version !== SCHEMATHESIS_VERSION) throw new Error(`Schemathesis ${SCHEMATHESIS_VERSION} did not install (found ${version ?? 'nothing'})`);
  return ST;
}
