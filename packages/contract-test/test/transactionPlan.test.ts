// Which request provokes which response, per kind of target.
import { describe, expect, it } from 'vitest';
import { planTransaction, READ_ONLY_SIGN_IN } from '../src/dredd/transactionPlan.js';

const filter = (status: number, mediaType = 'application/json') => ({ path: '/api/2.0/crm/contact/filter', status, mediaType });
const signIn = (status: number) => ({ path: '/api/2.0/authentication.json', status, mediaType: 'application/json' });
const user = { userName: 'admin', password: 'secret' };

describe('planTransaction', () => {
  it('sends credentials for 2xx, a malformed parameter for 400 and none for 401', () => {
    expect(planTransaction(filter(200), { kind: 'emulator' })).toMatchObject({ run: true, authorization: 'valid' });
    expect(planTransaction(filter(400), { kind: 'emulator' })).toMatchObject({ run: true, query: '?isShared=maybe' });
    expect(planTransaction(filter(401, 'text/plain'), { kind: 'emulator' })).toMatchObject({ run: true, authorization: 'none' });
  });

  it('sends the framework\'s generic parameters on the suffix forms: a member sort, its filter and kind on .json, fields on .xml, a bad updatedSince for 400 on .xml', () => {
    const at = (path: string, status: number) => planTransaction({ path, status, mediaType: 'application/json' }, { kind: 'emulator' });
    expect(at('/api/2.0/crm/contact/bycontactinfo.json', 200)).toMatchObject({ query: expect.stringContaining('&sortBy=isCompany&sortOrder=descending&filterBy=isShared') });
    expect(at('/api/2.0/crm/contact/filter.json', 200)).toMatchObject({ query: expect.stringContaining('&sortBy=isCompany&sortOrder=descending&type=person&updatedSince=') });
    expect(at('/api/2.0/crm/contact/filter.xml', 200)).toMatchObject({ query: '?count=25&fields=id,displayName,isCompany,company' });
    expect(at('/api/2.0/crm/contact/filter.xml', 400)).toMatchObject({ query: '?updatedSince=yesterday' });
    expect(at('/api/2.0/crm/contact/filter', 200)).toMatchObject({ query: '?count=25' });
  });

  it('skips what a correct server never answers, except on the mock, which is asked with Prefer', () => {
    expect(planTransaction(filter(500), { kind: 'emulator' })).toMatchObject({ run: false });
    expect(planTransaction(filter(500), { kind: 'mock' })).toMatchObject({ run: true, prefer: 'code=500' });
  });

  it('asks for 403 as a user without the CRM module, when the target has one', () => {
    expect(planTransaction(filter(403), { kind: 'emulator' })).toMatchObject({ run: false });
    expect(planTransaction(filter(403), { kind: 'emulator', hasUserWithoutCrm: true })).toMatchObject({ run: true, authorization: 'noCrmAccess' });
  });

  it('signs in with the user for 201 and with a wrong password for 401', () => {
    expect(planTransaction(signIn(201), { kind: 'emulator', ...user })).toMatchObject({ run: true, body: user });
    expect(planTransaction(signIn(401), { kind: 'emulator', ...user })).toMatchObject({ run: true, body: { userName: 'admin', password: 'not-the-password' } });
    expect(planTransaction(signIn(201), { kind: 'live' })).toMatchObject({ run: false });
  });

  it('stays read-only and Accept-free against a live portal', () => {
    expect(planTransaction(signIn(401), { kind: 'live', ...user })).toMatchObject({ run: false });
    expect(planTransaction(filter(200, 'text/xml'), { kind: 'live' })).toMatchObject({ run: false });
    expect(planTransaction({ ...filter(200, 'text/xml'), path: '/api/2.0/crm/contact/filter.xml' }, { kind: 'live' })).toMatchObject({ run: true });
  });
});

describe('the verifier (read-only)', () => {
  it('skips every sign-in transaction, the 201 included, and still runs GETs', () => {
    const context = { kind: 'live' as const, userName: 'me', password: 'p', readOnly: true };
    for (const status of [201, 400, 401]) expect(planTransaction({ path: '/api/2.0/authentication', status, mediaType: 'application/json' }, context)).toEqual({ run: false, reason: READ_ONLY_SIGN_IN });
    expect(planTransaction({ path: '/api/2.0/crm/contact/filter', status: 200, mediaType: 'application/json' }, context)).toMatchObject({ run: true, authorization: 'valid' });
  });
});
