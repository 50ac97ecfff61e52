// Child processes of the consumer test, through the tools' one helper (@crm-contacts/processes): a command
// whose failure rejects naming it, and servers started from bins through npx, stopped as a process group.
import { run as runCommand, startServer as start, type RunningServer, type RunResult } from '@crm-contacts/processes';

export type { RunningServer, RunResult };
export interface RunOptions { cwd: string; env?: NodeJS.ProcessEnv }

/** Resolves with the command's standard output (npm's warnings on stderr stay out of what is parsed). */
export async function run(command: string, args: string[], options: RunOptions): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${result.exitCode}:\n${result.output}`);
  return result.stdout;
}

/** Resolves with the exit code and output whatever the code: for commands whose refusals are checked. */
export const runToEnd = (command: string, args: string[], options: RunOptions & { timeoutMs?: number }): Promise<RunResult> => runCommand(command, args, options);

export const startServer = (command: string, args: string[], options: RunOptions & { ready: RegExp }): Promise<RunningServer> =>
  start(command, args, { ...options, group: true });
