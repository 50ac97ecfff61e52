// Starts a server as a child process pinned to one core (taskset), so that the server and the load
// generator each have a core of their own on this 2-core machine and do not steal from each other.
// Starting and stopping is the tools' one helper's (@crm-contacts/processes).
import { spawnSync } from 'node:child_process';
import { startServer as start, type RunningServer } from '@crm-contacts/processes';

export const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

export function pinned(core: number, command: string[]): string[] {
  return hasTaskset ? ['taskset', '-c', String(core), ...command] : command;
}

export type Started = RunningServer;

/** `readyLine` must capture the announced base URL. */
export function startServer(command: string[], env: NodeJS.ProcessEnv, readyLine: RegExp, timeoutMs = 180_000): Promise<Started> {
  return start(command[0], command.slice(1), { env: { ...process.env, ...env }, ready: readyLine, timeoutMs });
}
