// The password for `crm login`: CRM_PASSWORD, the first line of stdin (--password-stdin), or a prompt on
// the terminal that does not echo what is typed (npm's own `read`).
import { read } from 'read';
import type { CliStreams } from './cliStreams.js';
import { CliError, ExitCode } from './exitCodes.js';

export interface PasswordSource {
  env: NodeJS.ProcessEnv;
  fromStdin: boolean;
  /** stdin to read from, stderr to prompt on */
  streams: CliStreams;
}

async function firstLineOfStdin(stdin: CliStreams['stdin']): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

export async function readPassword(userName: string, { env, fromStdin, streams }: PasswordSource): Promise<string> {
  if (fromStdin) return firstLineOfStdin(streams.stdin);
  if (env.CRM_PASSWORD !== undefined) return env.CRM_PASSWORD;
  if (!streams.stdin.isTTY) {
    throw new CliError('no password: crm asks for it only at a terminal; set CRM_PASSWORD or pipe it with --password-stdin', ExitCode.Usage);
  }
  try {
    return await read({ prompt: `Password for ${userName}: `, silent: true, replace: '', input: streams.stdin, output: streams.stderr });
  } catch (error) {
    throw new CliError(`no password read (${(error as Error).message})`, ExitCode.Usage);
  }
}
