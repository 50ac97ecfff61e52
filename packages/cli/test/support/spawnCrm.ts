// Runs the built `crm` as a user would: a child process with its own environment, stdin and exit code.
// For what only a process shows (the bin, its exit, pipes, a terminal); the rest runs in process (runCrm.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLEAN_ENV, freshConfigHome, type CrmRun, type RunOptions } from './runCrm.js';

export const CRM = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export function spawnCrm(args: string[], { env = {}, input }: RunOptions = {}): Promise<CrmRun> {
  const child = spawn(process.execPath, [CRM, ...args], {
    env: Object.fromEntries(Object.entries({ ...process.env, XDG_CONFIG_HOME: freshConfigHome(), ...CLEAN_ENV, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs crm on a pseudo-terminal (util-linux `script`); `answer` is typed once `prompt` appears. */
export function runCrmOnTerminal(args: string[], { env = {}, prompt, answer }: { env?: Record<string, string>; prompt?: string; answer?: string } = {}): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, CRM, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qefc', command, '/dev/null'], { env: { ...process.env, XDG_CONFIG_HOME: freshConfigHome(), ...CLEAN_ENV, ...env } as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let answered = false;
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    if (prompt && answer !== undefined && !answered && screen.includes(prompt)) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}
