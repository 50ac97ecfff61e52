// Fixtures documents for the scenario tests: small ones (an administrator, a manager, and persons named after
// their scenario), and a merge document that touches everything a merge can.
import type { FixturesDocument } from '../../src/data/fixtures.js';
import type { ContactCommon } from '../../src/data/generated/fixturesDocument.js';
import type { Dataset } from '../../src/data/model.js';

export const SCENARIO_ADMIN_TOKEN = 'scenario-admin';

export function scenarioDocument(label: string, persons: number, firstId = 1): Record<string, unknown> {
  return {
    mode: 'replace',
    users: [
      { id: 'bbbbbbbb-0000-4000-a000-000000000001', userName: 'boss', password: 'boss-pw', token: `${label}-boss-token`, displayName: 'Boss', isAdmin: true },
      { id: 'bbbbbbbb-0000-4000-a000-000000000002', userName: 'mia', password: 'mia-pw', token: `${label}-mia-token`, displayName: 'Mia Manager' },
    ],
    persons: Array.from({ length: persons }, (_, i) => ({
      id: firstId + i, firstName: `${label}${i}`, lastName: label, createdBy: 'boss', created: '2024-01-01T10:00:00Z',
      ...(i % 3 === 0 ? { shareType: 0, accessList: ['mia'], tags: ['VIP'] } : {}),
    })),
  };
}

/**
 * A document touching everything a merge can: new users (an administrator, a manager), a stage, a tag and
 * a tag of the base in another case, a custom field; companies and persons whose names, creation times and
 * stages repeat the base's (ties in every order); persons of base companies; private contacts on base and
 * new managers' lists; a deal naming base contacts; invoices; every kind of contact information.
 */
export function mergeDocument(base: Dataset, contacts: number): FixturesDocument {
  const pick = <T>(list: readonly T[], k: number): T => list[(k * 7919) % list.length];
  const basePersons = base.contacts.filter((c) => !c.isCompany);
  const baseCompanies = base.contacts.filter((c) => c.isCompany);
  const managers = ['manager1', 'manager2', 'ovmia'];
  const date = (us: number) => new Date(us / 1000).toISOString();
  const common = (k: number): Omit<ContactCommon, 'id'> => ({
    createdBy: pick(['admin', 'user1', 'ovboss', 'ovmia'], k),
    // a third created at the same moment as a base contact: ties in the Created and History orders
    created: k % 3 === 0 ? date(pick(base.contacts, k).created) : `20${17 + (k % 8)}-0${1 + (k % 9)}-1${k % 10}T0${k % 10}:30:00Z`,
    ...(k % 4 === 0 ? { lastActivity: date(pick(base.contacts, k + 1).created) } : {}),
    shareType: (k % 3) as 0 | 1 | 2,
    ...(k % 3 === 0 ? { accessList: [pick(managers, k), ...(k % 2 ? [pick(managers, k + 1)] : [])] } : {}),
    stageId: pick([0, 1, 2, 3, 10], k),
    contactTypeId: pick([0, 1, 4], k),
    tags: [pick(['VIP', 'vip ', 'Lead', 'Overlay only', 'Customer'], k), ...(k % 2 ? ['Overlay only'] : [])],
    contactInfo: [
      { infoType: 1, category: 0, data: `${pick(base.contactInfos, k).data.split('@')[0]}@overlay.example`, isPrimary: true },
      { infoType: pick([0, 2, 3] as const, k), category: 0, data: pick(base.contactInfos, k + 3).data },
    ],
    ...(k % 5 === 0 ? { addresses: [{ street: `${k} Main Street`, city: 'Riga', country: 'Latvia', category: 0 }] } : {}),
    invoiced: k % 7 === 0,
    taskCount: k % 4,
    hasLateTasks: k % 6 === 0,
    about: k % 2 ? `overlay ${k}` : '',
  });
  const companies = Array.from({ length: 12 }, (_, k) => ({
    id: contacts + 1000 + k, companyName: k % 2 ? pick(baseCompanies, k).companyName! : `Overlay Works ${k}`, ...common(k),
  }));
  const persons = Array.from({ length: 48 }, (_, k) => {
    const twin = pick(basePersons, k);
    const company = k % 3 === 0 ? companies[k % companies.length].id : k % 3 === 1 ? baseCompanies[k % 10].id : undefined; // among the 50 contacts the searched words come from
    return {
      id: contacts + 2000 + k, firstName: k % 2 ? twin.firstName! : `Ovid${k}`, lastName: k % 4 < 2 ? twin.lastName! : 'Overlay',
      title: 'Overlay tester', ...(company !== undefined ? { companyId: company } : {}), ...common(k + 12),
      ...(k % 5 === 0 ? { customFields: [{ fieldId: 20, value: `v${k}` }, { fieldId: 1, value: `nick${k}` }] } : {}),
    };
  });
  return {
    mode: 'merge',
    users: [
      { id: 'cccccccc-0000-4000-a000-000000000001', userName: 'ovboss', password: 'pw', token: 'ovboss-token', displayName: 'Overlay Boss', isAdmin: true },
      { id: 'cccccccc-0000-4000-a000-000000000002', userName: 'ovmia', password: 'pw', token: 'ovmia-token', displayName: 'Mia Overlay' },
      { id: 'cccccccc-0000-4000-a000-000000000003', userName: 'ovnobody', password: 'pw', token: 'ovnobody-token', displayName: 'Nobody Overlay' },
    ],
    stages: [{ id: 10, title: 'Overlay stage', color: '#123456' }],
    customFields: [{ id: 20, entityType: 'person', label: 'Overlay field', fieldType: 0 }],
    companies,
    persons,
    deals: [{ id: 1, title: 'Base and overlay', contactIds: [2, 3, 6, 11, persons[0].id, companies[1].id] }],
  };
}
