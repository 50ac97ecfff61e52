// Schemathesis comes from PyPI into a virtual environment under this package (.venv, ignored by git),
// installed from schemathesis/requirements.txt: every transitive package pinned with its hashes
// (pip-compile --generate-hashes), so that a seed reproduces a run (Hypothesis drifts otherwise).
// The venv is reused while it was installed from the same lock file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOCK = fileURLToPath(new URL('../../schemathesis/requirements.txt', import.meta.url));
const VENV = fileURLToPath(new URL('../../.venv', import.meta.url));
const ST = `${VENV}/bin/st`;
/** The lock file the venv was installed from, copied in. */
const INSTALLED_FROM = `${VENV}/crm-requirements.txt`;

const lock = () => readFileSync(LOCK, 'utf8');

/** The Schemathesis version the lock file pins. */
export const SCHEMATHESIS_VERSION = /^schemathesis==(\S+)/m.exec(lock())?.[1] ?? 'unpinned';

const installed = () => existsSync(ST) && existsSync(INSTALLED_FROM) && readFileSync(INSTALLED_FROM, 'utf8') === lock();

/** Why Schemathesis cannot run here (no python3), or undefined when it can. */
export function schemathesisUnavailable(): string | undefined {
  if (installed()) return undefined;
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return python.error || python.status !== 0 ? 'python3 is not installed (Schemathesis comes from PyPI into a virtual environment)' : undefined;
}

/** The path of the `st` executable, installing the locked packages first when needed. */
export function ensureSchemathesis(): string {
  if (installed()) return ST;
  if (!existsSync(`${VENV}/bin/python`)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(`${VENV}/bin/pip`, ['install', '--quiet', '--disable-pip-version-check', '--require-hashes', '--no-deps', '-r', LOCK], { stdio: 'inherit' });
  const version = /version (\S+)/.exec(spawnSync(ST, ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[1];
  if (version !== SCHEMATHESIS_VERSION) throw new Error(`Schemathesis ${SCHEMATHESIS_VERSION} did not install (found ${version ?? 'nothing'})`);
  writeFileSync(INSTALLED_FROM, lock());
  return ST;
}
