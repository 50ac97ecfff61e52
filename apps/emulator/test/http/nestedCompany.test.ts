// A person's nested company on filter is shown only to those who may see the company (the real server
// reads it through the access-checked GetContacts); bycontactinfo fetches it by id and shows it to all.
// Fixtures: Zoë (6) is shared (Read); her company Globex (2) is private, with alice on its access list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';

const ZOE = 6;
const zoeIn = (envelope: { response: { id: number; company?: { id: number; accessList?: unknown[] } }[] }) => envelope.response.find((c) => c.id === ZOE);

describe.each([SQLITE])('the nested company ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(() => api.close());

  it.each(['', '.xml'])('filter%s leaves a private company out for users not on its access list', async (suffix) => {
    const url = `/api/2.0/crm/contact/filter${suffix}?sortBy=Id&count=100`;
    for (const token of ['token-bob', 'token-carol']) {
      const zoe = zoeIn(await api.ok(url, token));
      expect(zoe, token).toBeDefined();
      expect(zoe, token).not.toHaveProperty('company');
    }
    const answer = await api.call(url, { token: 'token-carol' });
    expect(answer.text).not.toContain('Globex');
    for (const token of ['token-admin', 'token-alice']) {
      expect(zoeIn(await api.ok(url, token))?.company, token).toMatchObject({ id: 2, displayName: 'Globex', accessList: [{ displayName: 'Alice Manager' }] });
    }
  });

  it('filter gives the company its own rights for the viewer', async () => {
    const alice = zoeIn(await api.ok('/api/2.0/crm/contact/filter?sortBy=Id&count=100', 'token-alice'));
    expect(alice?.company).toMatchObject({ canEdit: true, canDelete: true });
    expect(alice).toMatchObject({ canEdit: false, canDelete: false });
  });

  it.each(['', '.xml'])('bycontactinfo%s shows the company whoever asks, as the real server does', async (suffix) => {
    const url = `/api/2.0/crm/contact/bycontactinfo${suffix}?infoType=Email&data=globex`;
    for (const token of ['token-carol', 'token-admin']) {
      expect(zoeIn(await api.ok(url, token))?.company, token).toMatchObject({ id: 2, displayName: 'Globex', isPrivate: true, canEdit: token === 'token-admin' });
    }
  });
});
