// A command run to its end without blocking the event loop (installs can run side by side).
import { execa } from 'execa';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGTERM, then SIGKILL) after this long. */
  timeoutMs?: number;
}

export interface RunResult {
  exitCode: number | undefined;
  stdout: string;
  /** stdout and stderr interleaved, for messages. */
  output: string;
}

/** Never rejects on a failing exit: the caller decides what a code means. */
export async function run(file: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await execa(file, args, {
    cwd: options.cwd, env: options.env, extendEnv: options.env === undefined, stdin: 'ignore', all: true, reject: false,
    timeout: options.timeoutMs, forceKillAfterDelay: 5_000, stripFinalNewline: false,
  });
  return { exitCode: result.exitCode, stdout: String(result.stdout ?? ''), output: String(result.all ?? '') };
}
