// `crm-mock`'s command line, on commander as `crm`'s and `crm-emulator`'s: each flag also reads its
// environment variable, --help and --version print and exit 0, a wrong command line is one line on
// stderr and exit code 2. It only says what to start; main.ts starts it.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import type { MockOptions } from './startMock.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** What a command line asks for: the mock with these options, or nothing more (help, version, a refusal: its exit code). */
export type Invocation =
  | { start: Required<Pick<MockOptions, 'port' | 'host' | 'dynamic'>> & Pick<MockOptions, 'seed'> & { proxy?: string } }
  | { exitCode: number };

export interface CommandOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The exit code of a wrong command line, as `crm`'s (commander's own is 1); a refused value exits 1, as `crm-emulator`'s. */
export const USAGE_EXIT_CODE = 2;

const DEFAULT_PORT = '4010';
const DEFAULT_HOST = '127.0.0.1';

const processOutput: CommandOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

function buildProgram(output: CommandOutput): Command {
  return new Command('crm-mock')
    .description('The Prism mock of the CRM contacts contract (its examples, or generated data), with the reference page at /docs/')
    .version(version)
    .addOption(new Option('--port <port>', 'the port to listen on (0: any free one)').env('PORT').default(DEFAULT_PORT, DEFAULT_PORT))
    .addOption(new Option('--host <host>', 'the interface to listen on; keep it on loopback').env('HOST').default(DEFAULT_HOST, DEFAULT_HOST))
    .addOption(new Option('--dynamic', "data generated from the schemas instead of the contract's examples (the variable: 1)").env('MOCK_DYNAMIC'))
    .addOption(new Option('--seed <seed>', 'with --dynamic, the same seed gives the same data on every start').env('MOCK_SEED'))
    .addOption(new Option('--proxy <url>', 'a validating proxy in front of this server instead of the mock: reports what breaks the contract').env('MOCK_PROXY'))
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: output.stdout,
      writeErr: output.stderr,
      // commander's "error: unknown option '--prot'\n(Did you mean --port?)" as one line
      outputError: (text, write) => write(`crm-mock: ${text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')}; see 'crm-mock --help'\n`),
    });
}

/** Reads a command line (without `node` and the script); `env` stands in for process.env. */
export function parseCommandLine(argv: string[], output: CommandOutput = processOutput, env: NodeJS.ProcessEnv = process.env): Invocation {
  const program = buildProgram(output);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { exitCode: error.exitCode === 0 ? 0 : USAGE_EXIT_CODE };
    throw error;
  }
  // commander's Option.env() reads process.env and takes any MOCK_DYNAMIC as on: a flag given wins, else
  // `env` as before (only MOCK_DYNAMIC=1 is on; an empty variable is unset)
  const flag = (key: string): string | boolean | undefined => (program.getOptionValueSource(key) === 'cli' ? program.getOptionValue(key) : undefined);
  const portText = String(flag('port') ?? (env.PORT || DEFAULT_PORT));
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    output.stderr(`crm-mock: --port (PORT) must be a whole number from 0 to 65535, got '${portText}'\n`);
    return { exitCode: 1 };
  }
  const proxy = (flag('proxy') as string | undefined) ?? (env.MOCK_PROXY || undefined);
  if (proxy !== undefined && !/^https?:\/\/./.test(proxy)) {
    output.stderr(`crm-mock: --proxy (MOCK_PROXY) needs the URL of a server (http:// or https://), got '${proxy}'\n`);
    return { exitCode: 1 };
  }
  return {
    start: {
      proxy,
      port,
      host: String(flag('host') ?? (env.HOST || DEFAULT_HOST)),
      dynamic: flag('dynamic') === true || env.MOCK_DYNAMIC === '1',
      seed: (flag('seed') as string | undefined) ?? (env.MOCK_SEED || undefined),
    },
  };
}
