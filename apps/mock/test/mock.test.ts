// The mock answers what the contract says: every answer checked here validates against the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidator } from '@crm-contacts/contract/validator';
import { startMock, type RunningMock } from '../src/startMock.js';
import { MOCK_TOKEN, startMockWithDocs } from '../src/mockWithDocs.js';

const validator = createValidator();
const TOKEN = { Authorization: 'any-token' };

async function check(mock: RunningMock, path: string, init: RequestInit & { method?: string } = {}) {
  const response = await fetch(mock.url + path, init);
  const body = await response.text();
  const result = validator.validateResponse({
    path: path.split('?')[0],
    method: init.method ?? 'GET',
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body, result };
}

// `pnpm mock` puts a front before Prism for the reference page: every check holds through it too.
describe.each([
  ['Prism', startMock],
  ['Prism behind the reference page front (pnpm mock)', startMockWithDocs],
])('the static mock: %s', (_name, start) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await start();
  });
  afterAll(() => mock?.close());

  it('listens on loopback', () => {
    expect(new URL(mock.url).hostname).toBe('127.0.0.1');
  });

  it.each(['/api/2.0/crm/contact/filter', '/api/2.0/crm/contact/bycontactinfo.json?infoType=Email'])(
    'refuses %s without credentials with the plain-text 401',
    async (path) => {
      const answer = await check(mock, path);
      expect(answer.status).toBe(401);
      expect(answer.body).toBe('Unauthorized');
      expect(answer.result.errors).toEqual([]);
    },
  );

  it.each([
    ['/api/2.0/crm/contact/filter', 'application/json'],
    ['/api/2.0/crm/contact/filter.json?count=5', 'application/json'],
    ['/api/2.0/crm/contact/filter.xml', 'text/xml'],
    ['/api/2.0/crm/contact/bycontactinfo?infoType=Email', 'application/json'],
    ['/api/2.0/crm/contact/bycontactinfo.xml?infoType=1', 'text/xml'],
  ])('serves %s as a contract-valid %s example', async (path, mediaType) => {
    const answer = await check(mock, path, { headers: TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain(mediaType);
    expect(answer.result.errors).toEqual([]);
  });

  it('serves the XML example for Accept: text/xml', async () => {
    const answer = await check(mock, '/api/2.0/crm/contact/filter', { headers: { ...TOKEN, Accept: 'text/xml' } });
    expect(answer.contentType).toContain('text/xml');
    expect(answer.body.startsWith('<result>')).toBe(true);
    expect(answer.result.errors).toEqual([]);
  });

  it('answers a malformed parameter with the 400 error envelope', async () => {
    const answer = await check(mock, '/api/2.0/crm/contact/filter?isShared=maybe', { headers: TOKEN });
    expect(answer.status).toBe(400);
    expect(answer.result.errors).toEqual([]);
  });

  it('gives a token without credentials, as the security scheme of authentication allows', async () => {
    const answer = await check(mock, '/api/2.0/authentication', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName: 'someone@example.com', password: 'secret' }),
    });
    expect(answer.status).toBe(201);
    expect(answer.result.errors).toEqual([]);
  });
});

describe('the reference page beside the mock', () => {
  let mock: Awaited<ReturnType<typeof startMockWithDocs>>;
  beforeAll(async () => {
    mock = await startMockWithDocs();
  });
  afterAll(() => mock?.close());

  it('is served at /docs/ with a token filled in, sending to the mock itself', async () => {
    const page = await fetch(mock.docsUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`"value": "${MOCK_TOKEN}"`);
    expect(html).toContain('"url": "/"');
  });

  it('answers GET /health, as the emulator does (for the HEALTHCHECK of the container image)', async () => {
    const health = await fetch(`${mock.url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('forwards a query the contract admits at full length (1000 tags) to Prism', async () => {
    const tags = Array.from({ length: 1000 }, (_, i) => `tags=${'t'.repeat(200)}${i}`).join('&');
    const answer = await check(mock, `/api/2.0/crm/contact/filter?${tags}`, { headers: TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.result.errors).toEqual([]);
  });
});

describe('the dynamic mock', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ dynamic: true, seed: '7' });
  });
  afterAll(() => mock?.close());

  it('generates contact lists from the schema that validate against it', async () => {
    const answer = await check(mock, '/api/2.0/crm/contact/filter.json', { headers: TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.result.errors).toEqual([]);
  });
});
