// Starts Prism on the bundled contract as a child process and resolves once it listens, so tests and
// `pnpm mock` share one way of running the mock.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contractFiles, maxRequestHeaderBytes } from '@crm-contacts/contract';
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

export function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const args = [prismBin, 'mock', '--host', options.host ?? '127.0.0.1', '--port', String(options.port ?? 0)];
  if (options.dynamic) args.push('--dynamic', ...(options.seed ? ['--seed', options.seed] : []));
  args.push(options.document ?? (options.dynamic ? writeDynamicDocument() : contractFiles.json));
  // Node's default 16 KiB header limit resets connections for queries the contract admits (long tag lists).
  const child = spawn(process.execPath, [`--max-http-header-size=${maxRequestHeaderBytes()}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      options.log?.(text);
      if (output === null) return;
      output += text;
      const match = LISTENING.exec(output);
      if (match) {
        output = null as unknown as string;
        resolve({ url: match[1], close: () => stop(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Prism exited (${code}) before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
