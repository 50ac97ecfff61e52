// A user never receives a private contact unless they are on its access list (admins see everything).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getList, sparseQuery } from '@crm-contacts/contract-test';
import { fcParameters, PROPERTY_SEED } from '../../src/property/propertySettings.js';
import { sharedTarget } from '../sharedTargets.js';

const target = sharedTarget('emulator');
const users = target.users.filter((u) => !u.isAdmin && u.crmAccess);

describe.each(['/api/2.0/crm/contact/filter', '/api/2.0/crm/contact/bycontactinfo'])('GET %s', (path) => {
  it(`shows no user a private contact they are not on the access list of (seed ${PROPERTY_SEED})`, async () => {
    expect(users.length).toBeGreaterThan(0);
    let privateSeen = 0;
    await fc.assert(
      // `fields` stays out: isPrivate and accessList are what is looked at
      fc.asyncProperty(fc.constantFrom(...users), sparseQuery(path).map(({ fields: _f, ...rest }) => rest), async (user, query) => {
        const answer = await getList(target.baseUrl, path, { ...query, count: '1000', startIndex: '0' }, user.token);
        expect(answer.status, answer.url).toBe(200);
        for (const contact of answer.envelope!.response ?? []) {
          if (!contact.isPrivate) continue;
          privateSeen += 1;
          expect(contact.accessList?.map((e) => e.id), `contact ${contact.id} shown to ${user.userName}: ${answer.url}`).toContain(user.id);
        }
      }),
      fcParameters(300),
    );
    console.log(`visibility GET ${path}: ${privateSeen} private contacts seen by their own managers`);
    // Otherwise the property would hold vacuously.
    expect(privateSeen).toBeGreaterThan(0);
  });
});
