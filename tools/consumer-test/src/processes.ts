// Child processes of the consumer test: a command awaited without blocking the event loop (so installs run
// side by side), and a server started from a bin that resolves once it prints its URL.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions { cwd: string; env?: NodeJS.ProcessEnv }

/** Resolves with the command's standard output (npm's warnings on stderr stay out of what is parsed). */
export function run(command: string, args: string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; output += chunk; });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${code}:\n${output}`))));
  });
}

export interface RunningServer { url: string; output(): string; close(): Promise<void> }

export function startServer(command: string, args: string[], options: RunOptions & { ready: RegExp }): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = options.ready.exec(output)?.[1];
      if (url) {
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.stdout.resume();
        child.stderr.resume();
        resolve({ url, output: () => output, close: () => stop(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}) before printing its URL:\n${output}`)));
  });
}

// npx starts the bin as a child of its own: the whole process group is stopped.
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}
