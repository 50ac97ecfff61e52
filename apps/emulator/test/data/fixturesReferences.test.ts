// The checks JSON Schema cannot make, each named by the JSON pointer of what is wrong, in the document's
// order; and what a clean document becomes.
import { describe, expect, it } from 'vitest';
import { fixturesHeader, toSource } from '../../src/data/fixturesDataset.js';
import { checkReferences } from '../../src/data/fixturesReferences.js';
import type { FixturesDocument } from '../../src/data/generated/fixturesDocument.js';
import { generateSource } from '../../src/data/generate.js';

const admin = { id: 'AAAAAAAA-0000-4000-A000-000000000001', userName: 'admin', password: 'pw', token: 'token-admin', displayName: 'A' };
const problemsOf = (doc: FixturesDocument, base?: Parameters<typeof checkReferences>[2]) => checkReferences(doc, fixturesHeader(doc, base), base);

describe('checkReferences', () => {
  it('names every broken reference and duplicate, in the order of the document', () => {
    const doc: FixturesDocument = {
      mode: 'replace',
      users: [admin, { ...admin, id: 'aaaaaaaa-0000-4000-a000-000000000002', userName: 'ADMIN' }],
      stages: [{ id: 1, title: 'a', color: '#000000' }, { id: 1, title: 'b', color: '#000000' }],
      customFields: [{ id: 1, entityType: 'company', label: 'c', fieldType: 0 }],
      companies: [{ id: 1, companyName: 'Acme', createdBy: 'nobody', created: '2020-01-01', stageId: 9, accessList: ['admin', 'ghost'] }],
      persons: [
        { id: 2, firstName: 'p', lastName: 'q', createdBy: 'admin', created: '2020-01-01', companyId: 3, contactInfo: [{ infoType: 7, data: 'x' }, { infoType: 1, category: 5, data: 'y' }] },
        { id: 3, firstName: 'r', lastName: 's', createdBy: 'admin', created: '2020-01-01', customFields: [{ fieldId: 1, value: 'v' }, { fieldId: 2, value: 'w' }] },
        { id: 4, firstName: 't', lastName: 'u', createdBy: 'admin', created: '2020-01-01', companyId: 3 },
      ],
      deals: [{ id: 1, title: 'd', contactIds: [1, 99] }, { id: 1, title: 'e', contactIds: [2] }],
    };
    expect(problemsOf(doc)).toEqual([
      { path: '/users/1/userName', message: 'duplicate userName ADMIN' },
      { path: '/users/1/token', message: 'duplicate token' },
      { path: '/stages/1/id', message: 'duplicate stages id 1' },
      { path: '/companies/0/createdBy', message: 'unknown user "nobody"' },
      { path: '/companies/0/stageId', message: 'unknown stage 9' },
      { path: '/companies/0/accessList/1', message: 'unknown user "ghost"' },
      { path: '/persons/0/companyId', message: 'no company with id 3' },
      { path: '/persons/0/contactInfo/0/infoType', message: 'an address goes in "addresses", not in "contactInfo"' },
      { path: '/persons/0/contactInfo/1/category', message: 'no category 5 for info type 1: one of 0, 1, 2' },
      { path: '/persons/1/customFields/0/fieldId', message: 'custom field 1 is for companys' },
      { path: '/persons/1/customFields/1/fieldId', message: 'unknown custom field 2' },
      { path: '/persons/2/companyId', message: 'contact 3 is a person, not a company' },
      { path: '/persons/2/companyId', message: 'no company with id 3' },
      { path: '/deals/0/contactIds/1', message: 'no contact with id 99' },
      { path: '/deals/1/id', message: 'duplicate deal id 1' },
    ]);
  });

  it('in merge mode, refuses ids of generated contacts and takes their users and companies as known', () => {
    const base = { source: generateSource({ seed: 3, contacts: 20 }), contacts: 20 };
    const generatedAdmin = base.source.header.users[0].userName;
    const doc: FixturesDocument = { mode: 'merge', persons: [{ id: 5, firstName: 'a', lastName: 'b', createdBy: generatedAdmin, created: '2020-01-01' }] };
    expect(problemsOf(doc, base)).toEqual([{ path: '/persons/0/id', message: 'contact id 5 collides with a generated contact (ids 1..20); use ids above 20' }]);
    expect(problemsOf({ ...doc, persons: [{ ...doc.persons![0], id: 21 }] }, base)).toEqual([]);
  });
});

describe('toSource', () => {
  it('fills the defaults, numbers the info rows and lower-cases user ids', () => {
    const doc: FixturesDocument = { mode: 'replace', users: [admin], companies: [{ id: 1, companyName: 'Acme', createdBy: 'ADMIN', created: '2020-01-01', tags: ['VIP', 'vip '], addresses: [{ city: 'Oslo' }], contactInfo: [{ infoType: 1, data: 'a@b.c' }] }] };
    const source = toSource(doc, fixturesHeader(doc));
    expect(source.header.users[0]).toMatchObject({ id: admin.id.toLowerCase(), isAdmin: false, title: null, profileUrl: '' });
    expect(source.header.tags).toEqual([{ id: 1, title: 'VIP' }]);
    const [chunk] = [...source.chunks()];
    expect(chunk.contacts[0]).toMatchObject({ id: 1, createdBy: admin.id.toLowerCase(), shareType: 1, about: '' });
    expect(chunk.contactInfos.map((i) => [i.id, i.infoType, i.data])).toEqual([[1, 1, 'a@b.c'], [2, 7, '{"street":"","city":"Oslo","state":"","zip":"","country":""}']]);
  });
});
