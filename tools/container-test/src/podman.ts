// podman as these machines run it: rootful, with runc (crun fails here on cgroups) and the project's
// containers.conf (the sandbox refuses the default rlimits: "setrlimit ... operation not permitted").
import { fileURLToPath } from 'node:url';
import { run, type RunResult } from '@crm-contacts/processes';

export const CONTAINERS_CONF = fileURLToPath(new URL('../podman/containers.conf', import.meta.url));

export const podmanEnv = (): NodeJS.ProcessEnv => ({ ...process.env, CONTAINERS_CONF });

/** Never rejects on the exit code: `podmanOk` does. */
export function podman(args: string[], timeoutMs = 900_000): Promise<RunResult> {
  return run('podman', ['--runtime', 'runc', ...args], { env: podmanEnv(), timeoutMs });
}

/** The command's standard output, or an error with everything it printed. */
export async function podmanOk(args: string[], timeoutMs?: number): Promise<string> {
  const result = await podman(args, timeoutMs);
  if (result.exitCode !== 0) throw new Error(`podman ${args.join(' ')} exited ${result.exitCode}:\n${result.output}`);
  return result.stdout.trim();
}
