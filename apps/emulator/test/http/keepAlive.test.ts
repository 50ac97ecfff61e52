// Idle keep-alive connections stay open as long as Fastify's own servers keep them (72 s, longer than a load
// balancer's 60 s), not Node's 5 s: a pooled client that waits between requests must not find its socket closed.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api.js';
import { SQLITE } from '../support/databases.js';

describe('keep-alive', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE); });
  afterAll(() => api?.close());

  it("announces Fastify's keep-alive timeout on a kept-alive answer", async () => {
    const fastifyDefault = Fastify().initialConfig.keepAliveTimeout!;
    const answer = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?count=1`, { headers: { authorization: 'token-admin' } });
    await answer.text();
    expect(answer.headers.get('keep-alive')).toBe(`timeout=${fastifyDefault / 1000}`);
  });
});
