// The tiny documents the emulator loads, into throwaway engines, before it listens (Scenarios.prepare): one of
// each kind a PUT can bring, touching every part of a fixtures document (users, custom fields, companies and
// persons with contact information, addresses, tags, private lists, invoices, deals), so that a real load's
// code has all run once.
import { CUSTOM_FIELDS } from '../data/catalogue.js';
import type { FixturesDocument } from '../data/fixtures.js';
import { isGeneratedCompanyId } from '../data/generate.js';
import type { GeneratedBase } from './buildScenario.js';

const ADMIN = { id: 'cccccccc-0000-4000-a000-000000000001', userName: 'warm-up-admin', password: 'warm-up', token: 'warm-up-admin-token', displayName: 'Warm Up', isAdmin: true };
// after the generated data's own fields, which a merge document inherits
const FIELD = Math.max(...CUSTOM_FIELDS.map((field) => field.id)) + 1;
const MANAGER = { id: 'cccccccc-0000-4000-a000-000000000002', userName: 'warm-up-manager', password: 'warm-up', token: 'warm-up-manager-token', displayName: 'Warm Manager' };

function contactsFrom(firstId: number, companyOfPerson: number): Pick<FixturesDocument, 'customFields' | 'companies' | 'persons'> {
  const common = { createdBy: ADMIN.userName, created: '2024-01-01T10:00:00Z', tags: ['Warm up'] };
  return {
    customFields: [{ id: FIELD, entityType: 'company', label: 'Warmth', fieldType: 0 }],
    companies: [{
      ...common, id: firstId, companyName: 'Warm Works', industry: 'Heating', stageId: 1, invoiced: true, customFields: [{ fieldId: FIELD, value: 'warm' }],
      contactInfo: [{ infoType: 1, data: 'office@warm.example', isPrimary: true }, { infoType: 0, category: 1, data: '+1 555 0100' }],
      addresses: [{ street: '1 Main Street', city: 'Riga', country: 'Latvia', isPrimary: true }],
    }],
    persons: [{
      ...common, id: firstId + 1, firstName: 'Wendy', lastName: 'Warm', title: 'Stoker', companyId: companyOfPerson, lastActivity: '2024-02-01',
      shareType: 0, accessList: [MANAGER.userName], taskCount: 2, hasLateTasks: true, contactInfo: [{ infoType: 1, data: 'wendy@warm.example' }],
    }],
  };
}

/** A `replace` document, and a `merge` one over the start-up data when a merge scenario is an overlay on it (a full build of the base would cost what the base costs). */
export function warmUpDocuments(base: GeneratedBase): FixturesDocument[] {
  const replace: FixturesDocument = { mode: 'replace', users: [ADMIN, MANAGER], ...contactsFrom(1, 1), deals: [{ id: 1, title: 'Warm deal', contactIds: [1, 2] }] };
  if (!base.engine) return [replace];
  // the merge's person works for the base's first contact, a company in generated data, and shares its deal
  const first = base.contacts + 1;
  const baseCompany = isGeneratedCompanyId(1, base.contacts) ? 1 : first;
  const merge: FixturesDocument = { mode: 'merge', users: [ADMIN, MANAGER], ...contactsFrom(first, baseCompany), deals: [{ id: 1, title: 'Warm deal', contactIds: [baseCompany, first + 1] }] };
  return [replace, merge];
}
