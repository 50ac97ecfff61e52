// Answers the contract does not describe must become a CrmApiError naming status and content type.
import { describe, expect, it } from 'vitest';
import { CrmApiError, createCrmClient, type CrmFormat } from '../src/index.js';
import { startScriptedServer, type ScriptedAnswer } from './support/scriptedServer.js';

async function errorFor(answer: ScriptedAnswer, format: CrmFormat = 'json'): Promise<CrmApiError> {
  const scripted = await startScriptedServer(answer);
  try {
    const outcome = await createCrmClient({ baseUrl: scripted.url, token: 't', format }).contacts.filter().catch((e: unknown) => e);
    if (!(outcome instanceof CrmApiError)) throw new Error(`expected a CrmApiError, got ${String(outcome)}`);
    return outcome;
  } finally {
    await scripted.close();
  }
}

describe('error envelopes', () => {
  it('carry the status, the server message and the hresult (JSON)', async () => {
    const error = await errorFor({ status: 400, contentType: 'application/json; charset=utf-8', body: '{"status":1,"statusCode":400,"error":{"message":"Value of parameter \'isShared\' is not valid","hresult":-2147024809,"data":{}}}' });
    expect(error).toMatchObject({ kind: 'error-envelope', status: 400, serverMessage: "Value of parameter 'isShared' is not valid", hresult: -2147024809 });
    expect(error.message).toContain('400');
  });

  it('carry the status, the server message and the hresult (XML)', async () => {
    const error = await errorFor({ status: 403, contentType: 'text/xml; charset=utf-8', body: '<result><status>1</status><statusCode>403</statusCode><error><message>No CRM access</message><hresult>-2146233079</hresult><data /></error></result>' }, 'xml');
    expect(error).toMatchObject({ kind: 'error-envelope', status: 403, serverMessage: 'No CRM access', hresult: -2146233079 });
  });
});

describe('answers outside the contract', () => {
  it('a 401 with its plain-text body is an unauthorized error, not a JSON parse error', async () => {
    const error = await errorFor({ status: 401, contentType: 'text/plain; charset=utf-8', body: 'Unauthorized' });
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, contentType: 'text/plain; charset=utf-8' });
  });

  it.each<[string, ScriptedAnswer]>([
    ['an HTML error page from a proxy', { status: 502, contentType: 'text/html', body: '<html><title>502 Bad Gateway</title></html>' }],
    ['an HTML page with status 200', { status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><p>Sign in</p>' }],
    ['a JSON content type with a body that is not JSON', { status: 200, contentType: 'application/json', body: '{"status":0,"resp' }],
    ['JSON that is not an envelope', { status: 200, contentType: 'application/json', body: '[1,2,3]' }],
    ['no content type at all', { status: 200, body: '{"status":0,"response":[]}' }],
    ['a 500 with a plain-text body', { status: 500, contentType: 'text/plain', body: 'Internal Server Error' }],
    ['an empty 503', { status: 503, contentType: 'application/json', body: '' }],
  ])('%s gives an unexpected-answer error naming status and content type', async (_, answer) => {
    const error = await errorFor(answer);
    expect(error).toMatchObject({ kind: 'unexpected-answer', status: answer.status, contentType: answer.contentType ?? '' });
    expect(error.message).toContain(String(answer.status));
    expect(error.message).toContain(answer.contentType ?? 'no content type');
  });

  it('JSON where XML was asked for is an unexpected answer', async () => {
    const error = await errorFor({ status: 200, contentType: 'application/json', body: '{"status":0,"response":[]}' }, 'xml');
    expect(error).toMatchObject({ kind: 'unexpected-answer', status: 200, contentType: 'application/json' });
  });

  it('malformed XML is an unexpected answer', async () => {
    const error = await errorFor({ status: 200, contentType: 'text/xml', body: 'not xml at all' }, 'xml');
    expect(error).toMatchObject({ kind: 'unexpected-answer', status: 200 });
  });
});
