// The per-shape run counts a request that fails (its connection closed under it, or an error status) as a
// failure and sends it once: a resend would hide the failure and time a second request instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureShapes } from '../src/shapes.js';

const FILTER = '/api/2.0/crm/contact/filter?count=25';

describe('server time per query shape', () => {
  let server: Server;
  let baseUrl: string;
  const received: string[] = [];
  let answered = 0;
  beforeAll(async () => {
    // a stand-in for the emulator's CRM route and its request journal: `drop` closes the connection, `fail` answers 500
    server = createServer((request, response) => {
      const url = request.url!;
      if (url.startsWith('/__emulator/journal')) {
        if (request.method === 'DELETE') answered = 0;
        const entries = Array.from({ length: answered }, () => ({ durationMs: 1 }));
        response.end(JSON.stringify({ entries }));
        return;
      }
      received.push(url);
      if (url.includes('drop')) return void request.socket.destroy();
      answered++;
      response.statusCode = url.includes('fail') ? 500 : 200;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('counts a dropped connection and an error status as failures, each sent once', async () => {
    const stream = ['ok=1', 'drop=1', 'ok=2', 'fail=1', 'ok=3'].map((q) => ({ path: `${FILTER}&${q}`, token: 't' }));
    const [run] = await measureShapes(baseUrl, 't', stream);
    expect(run).toMatchObject({ shape: 'filter', failures: 2, queries: 4 });
    expect(received).toEqual(stream.map((r) => r.path));
  });
});
