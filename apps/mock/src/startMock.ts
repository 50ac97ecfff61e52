// Starts Prism on the bundled contract as a child process and resolves once it listens, so tests and
// `pnpm mock` share one way of running the mock. execa directly: this published package cannot depend on
// the tools' private process helper (@crm-contacts/processes), which does the same for them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contractFiles, maxRequestHeaderBytes } from '@crm-contacts/contract';
import { execa } from 'execa';
import { writeDynamicDocument } from './dynamicDocument.js';

export interface MockOptions {
  /** 0 picks a free port (Prism reports the one it bound). */
  port?: number;
  host?: string;
  /** Schema-generated data (json-schema-faker) instead of the contract's static examples. */
  dynamic?: boolean;
  /** With `dynamic`: the same seed gives the same answers. */
  seed?: string;
  /** The document to serve; the bundled 3.1 contract unless a test serves a variant. */
  document?: string;
  /** Where Prism's request log goes; by default it is dropped. */
  log?: (line: string) => void;
}

export interface RunningMock {
  url: string;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const LISTENING = /Prism is listening on (http:\/\/\S+)/;
const START_TIMEOUT_MS = 120_000;
const KILL_AFTER_MS = 5_000;

export function startMock(options: MockOptions = {}): Promise<RunningMock> {
  // One process whatever NODE_ENV says: Prism forks a worker when NODE_ENV=production, and Prism 5.16 (which
  // npm installs on Node 24.18+) crashes doing so ("reading 'isPrimary'").
  const args = [prismBin, 'mock', '--multiprocess=false', '--host', options.host ?? '127.0.0.1', '--port', String(options.port ?? 0)];
  if (options.dynamic) args.push('--dynamic', ...(options.seed ? ['--seed', options.seed] : []));
  args.push(options.document ?? (options.dynamic ? writeDynamicDocument() : contractFiles.json));
  // Node's default 16 KiB header limit resets connections for queries the contract admits (long tag lists).
  const prism = execa(process.execPath, [`--max-http-header-size=${maxRequestHeaderBytes()}`, ...args], {
    stdin: 'ignore', all: true, buffer: false, reject: false, cleanup: true, forceKillAfterDelay: KILL_AFTER_MS,
  });
  const close = async () => {
    prism.kill('SIGTERM'); // SIGKILL after KILL_AFTER_MS if Prism lingers
    await prism;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const timer = setTimeout(() => {
      reject(new Error(`Prism did not listen within ${START_TIMEOUT_MS} ms:\n${output}`));
      void close();
    }, START_TIMEOUT_MS);
    (async () => {
      for await (const line of prism.iterable({ from: 'all' })) {
        options.log?.(`${line}\n`);
        if (listening) continue;
        output += `${line}\n`;
        const url = LISTENING.exec(line)?.[1];
        if (url) {
          listening = true;
          clearTimeout(timer);
          resolve({ url, close });
        }
      }
      clearTimeout(timer);
      if (!listening) reject(new Error(`Prism exited (${prism.nodeChildProcess.exitCode}) before listening:\n${output}`));
    })().catch(reject);
  });
}
