// Runs crm in this process (runCli), as a user would run the bin but without starting Node: its own
// environment for the run (a fresh config folder, no CRM_* of the developer's), stdin given, stdout and
// stderr collected. spawnCrm.ts runs the built bin for what only a process shows (exit, pipes, terminal).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/program.js';

export interface CrmRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, empty config folder, so no stored token leaks between tests or from the machine. */
export const freshConfigHome = () => mkdtempSync(join(tmpdir(), 'crm-config-'));

// Without these, a developer's own CRM_* variables or stored login would change what the tests see.
export const CLEAN_ENV = { CRM_BASE_URL: undefined, CRM_TOKEN: undefined, CRM_PASSWORD: undefined };

export interface RunOptions { env?: Record<string, string | undefined>; input?: string }

/** Sets these variables (undefined: unset) and returns what puts the old values back. */
function setEnvironment(values: Record<string, string | undefined>): () => void {
  const before = Object.entries(values).map(([name]) => [name, process.env[name]] as const);
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  for (const [name, value] of Object.entries(values)) set(name, value);
  return () => before.forEach(([name, value]) => set(name, value));
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

export async function runCrm(args: string[], { env = {}, input }: RunOptions = {}): Promise<CrmRun> {
  const stdout = collector();
  const stderr = collector();
  // commander reads each option's variable from process.env: the run's environment is set there, one run at a time
  const restore = setEnvironment({ XDG_CONFIG_HOME: freshConfigHome(), ...CLEAN_ENV, ...env });
  try {
    const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, stdin: Readable.from(input ? [input] : []) });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    restore();
  }
}
