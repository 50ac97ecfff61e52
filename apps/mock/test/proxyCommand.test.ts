// `crm-mock --proxy URL` as a user runs it: it forwards to the server at URL, prints a JSON line for an
// answer that breaks the contract, keeps it at /__proxy/journal; a --proxy that is not a URL stops it with exit 1.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '../dist/main.js');
// a server whose filter answer has no envelope: every answer of it breaks the contract
const upstream = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"response":"nope"}'));

beforeAll(() => new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

function run(args: string[], onOutput: (text: string, stop: () => void) => void): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, PORT: '0' } });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output, () => child.kill('SIGTERM'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('crm-mock --proxy', () => {
  it('forwards, logs each violation as a JSON line and keeps it in its journal', async () => {
    const { port } = upstream.address() as AddressInfo;
    let journal: Promise<{ entries: { violations: string[] }[] }> | undefined;
    const { output } = await run(['--proxy', `http://127.0.0.1:${port}`], (text, stop) => {
      const url = /validating proxy on (http:\/\/\S+),/.exec(text)?.[1];
      if (url && !journal) {
        journal = fetch(`${url}/api/2.0/crm/contact/filter?count=1`, { headers: { authorization: 'secret-token-value' } })
          .then((r) => r.text())
          .then(() => fetch(`${url}/__proxy/journal?violations=true`))
          .then((r) => r.json() as Promise<{ entries: { violations: string[] }[] }>)
          .finally(stop);
      }
    });
    const [entry] = (await journal!).entries;
    expect(entry.violations.join('\n')).toMatch(/^answer: GET \/api\/2\.0\/crm\/contact\/filter → 200 application\/json: /);
    const line = JSON.parse(output.split('\n').find((l) => l.includes('"contract violation"'))!);
    expect(line).toMatchObject({ msg: 'contract violation', method: 'GET', path: '/api/2.0/crm/contact/filter', status: 200 });
    expect(output).not.toContain('secret-token-value');
  });

  it('refuses a --proxy that is not a URL, exit 1', async () => {
    const { code, output } = await run(['--proxy', 'portal'], () => {});
    expect(code).toBe(1);
    expect(output).toContain('--proxy (MOCK_PROXY) needs the URL of a server');
  });
});
