// A server started as a child process: resolved once a line of its output matches `ready`, rejected when
// it exits first or stays silent past the timeout (then it is killed).
import { execa } from 'execa';

export interface StartServerOptions {
  /** Matched against each output line (stdout and stderr); its first group is the server's URL. */
  ready: RegExp;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Stop the whole process group (a bin started through npx runs as a grandchild). */
  group?: boolean;
  /** Sees every output line, before and after the ready one. */
  onLine?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  /** Everything printed so far. */
  output(): string;
  close(): Promise<void>;
}

const KILL_AFTER_MS = 5_000;

export function startServer(file: string, args: string[], options: StartServerOptions): Promise<RunningServer> {
  const started = performance.now();
  const child = execa(file, args, {
    cwd: options.cwd, env: options.env, extendEnv: options.env === undefined, stdin: 'ignore', all: true, buffer: false,
    reject: false, detached: options.group === true, cleanup: true, forceKillAfterDelay: KILL_AFTER_MS,
  });
  const command = [file, ...args].join(' ');
  let output = '';
  let exited = false;
  const ended = child.then((result) => { exited = true; return result; });

  async function close(): Promise<void> {
    if (exited) return;
    if (!options.group) {
      child.kill('SIGTERM');
    } else {
      const signalGroup = (signal: NodeJS.Signals) => { try { process.kill(-child.pid!, signal); } catch { /* already gone */ } };
      signalGroup('SIGTERM');
      const force = setTimeout(() => signalGroup('SIGKILL'), KILL_AFTER_MS);
      force.unref();
      await ended;
      clearTimeout(force);
    }
    await ended;
  }

  return new Promise<RunningServer>((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      reject(new Error(`${command} printed no ready line in ${options.timeoutMs} ms:\n${output}`));
      void close();
    }, options.timeoutMs ?? 180_000);
    (async () => {
      for await (const line of child.iterable({ from: 'all' })) {
        output += `${line}\n`;
        options.onLine?.(line);
        const match = ready ? null : options.ready.exec(line);
        if (match) {
          ready = true;
          clearTimeout(timer);
          resolve({ url: match[1], pid: child.pid!, startupMs: performance.now() - started, output: () => output, close });
        }
      }
      const result = await ended;
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`${command} exited (${result.exitCode ?? result.signal}) before its ready line:\n${output}`));
      }
    })().catch((error: unknown) => {
      clearTimeout(timer);
      if (!ready) reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
