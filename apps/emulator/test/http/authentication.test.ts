// Who is calling: every way the real server accepts credentials, and how it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';

const FILTER = '/api/2.0/crm/contact/filter?count=1';

describe.each([SQLITE])('authentication ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend, { adminToken: 'fixed-admin-token' });
  });
  afterAll(() => api.close());

  it('accepts the raw token in Authorization, Bearer, the cookie and the query parameter', async () => {
    expect((await api.call(FILTER, { headers: { authorization: 'token-alice' } })).status).toBe(200);
    expect((await api.call(FILTER, { headers: { authorization: 'Bearer token-alice' } })).status).toBe(200);
    expect((await api.call(FILTER, { headers: { cookie: 'other=1; asc_auth_key=token-alice' } })).status).toBe(200);
    expect((await api.call(`${FILTER}&asc_auth_key=token-alice`)).status).toBe(200);
  });

  it('accepts Basic credentials, the user name in any case', async () => {
    const basic = `Basic ${Buffer.from('ALICE:alice-pw').toString('base64')}`;
    expect((await api.call(FILTER, { headers: { authorization: basic } })).status).toBe(200);
    const wrong = `Basic ${Buffer.from('alice:nope').toString('base64')}`;
    expect((await api.call(FILTER, { headers: { authorization: wrong } })).status).toBe(401);
  });

  it('accepts CRM_ADMIN_TOKEN for the administrator', async () => {
    const answer = await api.call('/api/2.0/crm/contact/filter', { token: 'fixed-admin-token' });
    const asAdmin = await api.call('/api/2.0/crm/contact/filter', { token: 'token-admin' });
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(asAdmin.body.total);
  });

  it('answers 401 with the plain text Unauthorized, and a Basic challenge when a header was sent', async () => {
    const none = await api.call(FILTER);
    expect(none.status).toBe(401);
    expect(none.text).toBe('Unauthorized');
    expect(none.contentType).toMatch(/^text\/plain/);
    expect(none.headers.get('www-authenticate')).toBeNull();
    const bad = await api.call(FILTER, { token: 'no-such-token' });
    expect(bad.status).toBe(401);
    expect(bad.text).toBe('Unauthorized');
    expect(bad.headers.get('www-authenticate')).toBe('Basic realm="127.0.0.1"');
  });

  it('gives a token for credentials in JSON, a form or XML, field names in any case', async () => {
    const json = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: 'alice', password: 'alice-pw' }),
    });
    expect(json.status).toBe(201);
    expect(json.body.response.token).toBe('token-alice');
    const form = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'USERNAME=alice&Password=alice-pw',
    });
    expect(form.body.response.token).toBe('token-alice');
    const xml = await api.call('/api/2.0/authentication.xml', {
      method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<request><username>alice</username><password>alice-pw</password></request>',
    });
    expect(xml.status).toBe(201);
    expect(xml.contentType).toBe('text/xml; charset=utf-8');
    expect(xml.body.response.token).toBe('token-alice');
    // the token works
    expect((await api.call(FILTER, { token: json.body.response.token })).status).toBe(200);
  });

  it('answers 401 with the envelope for wrong credentials, and 400 naming a missing field', async () => {
    const wrong = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: 'alice', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('User authentication failed');
    const missing = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: 'alice' }),
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("'password'");
  });

  it('answers a malformed JSON body with a 400 envelope, in XML on the .xml path', async () => {
    const answer = await api.call('/api/2.0/authentication', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userName":' });
    expect(answer.status).toBe(400);
    expect(answer.body.status).toBe(1);
    const xml = await api.call('/api/2.0/authentication.xml', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userName":' });
    expect(xml.status).toBe(400);
    expect(xml.contentType).toBe('text/xml; charset=utf-8');
    expect(xml.body.statusCode).toBe(400);
  });

  it('answers 403 with the envelope to a portal user without the CRM module, in JSON or XML', async () => {
    const json = await api.call(FILTER, { token: 'token-dave' });
    expect(json.status).toBe(403);
    expect(json.body.error.message).toBe('Access denied');
    const xml = await api.call('/api/2.0/crm/contact/bycontactinfo.xml?infoType=Email', { token: 'token-dave' });
    expect(xml.status).toBe(403);
    expect(xml.contentType).toBe('text/xml; charset=utf-8');
    // signing in still works: the portal knows the user
    const token = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: 'dave', password: 'dave-pw' }),
    });
    expect(token.status).toBe(201);
  });

  it('answers an oversized or unsupported body with the 400 envelope, naming the problem', async () => {
    const big = await api.call('/api/2.0/authentication', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `userName=${'a'.repeat(70 * 1024)}&password=x`,
    });
    expect(big.status).toBe(400);
    expect(big.body.error.message).toMatch(/body/i);
    const pdf = await api.call('/api/2.0/authentication', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.message).toMatch(/content-type|media type/i);
  });

  it('answers 401, not a crash, for a malformed cookie', async () => {
    const answer = await api.call(FILTER, { headers: { cookie: 'asc_auth_key=%' } });
    expect(answer.status).toBe(401);
    expect(answer.text).toBe('Unauthorized');
  });
});
