// The page as the emulator and the mock serve it: everything from this server, the token and the
// server filled in, the contract beside it byte for byte.
import { readFileSync } from 'node:fs';
import { contractFiles, loadContract } from '@crm-contacts/contract';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsPlugin, preferredSecurityScheme } from '../src/index.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  await app.register(docsPlugin, { token: 'emu_admin_token', server: 'same-origin', serverDescription: 'this emulator' });
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });
// The configuration object written into the page's inline script.
const pageConfiguration = (html: string) => JSON.parse(/createApiReference\('#app', (\{[\s\S]*?\n\s*\})\)/.exec(html)![1]);

describe('the docs plugin', () => {
  it('serves the page at /docs/ and sends /docs there', async () => {
    expect((await get('/docs')).headers.location).toBe('/docs/');
    const page = await get('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(`<title>${loadContract().info.title}</title>`);
  });

  it('loads nothing from another host: no absolute URL in the page, the script from this server', async () => {
    const page = (await get('/docs/')).body;
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect([...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual(['js/scalar.js']);
    const script = await get('/docs/js/scalar.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(pageConfiguration(page)).toMatchObject({ withDefaultFonts: false, telemetry: false, agent: { disabled: true }, mcp: { disabled: true } });
  });

  it("fills in the token under the contract's first security scheme and sends to the page's own server", async () => {
    const configuration = pageConfiguration((await get('/docs/')).body);
    const scheme = preferredSecurityScheme(loadContract());
    expect(scheme).toBe(Object.keys((loadContract().security as object[])[0])[0]);
    expect(configuration.authentication).toEqual({ preferredSecurityScheme: scheme, securitySchemes: { [scheme]: { value: 'emu_admin_token' } } });
    expect(configuration.servers).toEqual([{ url: '/', description: 'this emulator' }]);
  });

  it('serves the bundled contract byte for byte at /docs/openapi.json', async () => {
    const answer = await get('/docs/openapi.json');
    expect(answer.headers['content-type']).toContain('application/json');
    expect(answer.rawPayload.equals(readFileSync(contractFiles.json))).toBe(true);
  });

  it('renders the document the console reads, which the page names', async () => {
    const configuration = pageConfiguration((await get('/docs/')).body);
    const answer = await get(`/docs/${configuration.url}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().paths).toEqual(expect.objectContaining(Object.fromEntries(Object.keys(loadContract().paths).map((p) => [p, expect.anything()]))));
  });

  it('leaves the token and the server out when not given (the static site)', async () => {
    const plain = Fastify();
    await plain.register(docsPlugin, {});
    const configuration = pageConfiguration((await plain.inject({ method: 'GET', url: '/docs/' })).body);
    await plain.close();
    expect(configuration.servers).toBeUndefined();
    expect(configuration.authentication).toEqual({ preferredSecurityScheme: preferredSecurityScheme(loadContract()) });
  });
});
