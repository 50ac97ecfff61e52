// Starts a server as a child process pinned to one core (taskset), so that the server and the load
// generator each have a core of their own on this 2-core machine and do not steal from each other.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

export function pinned(core: number, command: string[]): string[] {
  return hasTaskset ? ['taskset', '-c', String(core), ...command] : command;
}

export interface Started {
  child: ChildProcess;
  /** The base URL the server announced (it listens on a free port). */
  url: string;
  /** Milliseconds from spawn to the line that says it listens. */
  startupMs: number;
  output: string;
  stop(): Promise<void>;
}

/** `readyLine` must capture the announced base URL. */
export function startServer(command: string[], env: NodeJS.ProcessEnv, readyLine: RegExp, timeoutMs = 180_000): Promise<Started> {
  const started = performance.now();
  const [bin, ...args] = command;
  const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command.join(' ')} did not become ready in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = readyLine.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], startupMs: performance.now() - started, output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}
