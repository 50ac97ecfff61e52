// The per-shape run counts a request that fails (its connection closed under it, or an error status) as a
// failure and sends it once: a resend would hide the failure and time a second request instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heaviestOf } from '../src/holdUp.js';
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

describe('the heaviest shape of the hold-up run', () => {
  it('is the per-shape table\'s highest p50, and only that shape', () => {
    const run = (shape: string, p50Ms: number) => ({ shape, queries: 10, failures: 0, p50Ms, p99Ms: p50Ms * 2, maxMs: p50Ms * 3 });
    const heavy = heaviestOf([run('filter', 2), run('filter, default page size', 23), run('bycontactinfo, data of 1 character', 1)])!;
    expect(heavy.name).toBe('filter, default page size');
    expect(['filter', 'filter, default page size', 'filter, sorted, default page size'].filter(heavy.is)).toEqual(['filter, default page size']);
    expect(heaviestOf([])).toBeUndefined();
  });

  it('leaves out shapes measured on too few requests to have a p50, unless no shape has enough', () => {
    const run = (shape: string, p50Ms: number, queries: number) => ({ shape, queries, failures: 0, p50Ms, p99Ms: p50Ms, maxMs: p50Ms });
    const rareAndSlow = run('bycontactinfo, data with a wildcard + category/isPrimary, deep page, default page size', 21.8, 1);
    expect(heaviestOf([run('filter', 1, 100), rareAndSlow, run('filter, deep page, default page size', 13.7, 20)])!.name).toBe('filter, deep page, default page size');
    expect(heaviestOf([run('filter', 1, 3), rareAndSlow])!.name).toBe(rareAndSlow.shape);
  });
});
