// A fixtures document from what a portal's administrator sees through the API: contacts, companies,
// tags, stages, contact info, addresses, custom fields, share types and access lists. What the API does
// not show is rebuilt where the API reveals its effect (see the README's "Copy a portal in").
import { ContactInfoType, type CompanyContact, type Contact, type Employee, type PersonContact } from '@crm-contacts/client';
import { addressParts } from '@crm-contacts/contract';
import type { Anonymiser } from './anonymiser.js';
import type { ImportedContact as FixtureContact, ImportedCustomField, ImportedFixtures, ImportedStage, ImportedUser } from './importedFixtures.js';

/** The administrator every imported document has, so that CRM_ADMIN_TOKEN works with it. */
export const IMPORT_ADMIN = {
  id: '00000000-0000-4000-8000-0000000ad001', userName: 'import-admin', password: 'import-admin', token: 'import-admin-token',
  displayName: 'Import Administrator', isAdmin: true,
} as const;
// History sorts by last activity, which the API never shows: stand-in times, one second apart, in the portal's History order
const HISTORY_EPOCH_MS = Date.UTC(2000, 0, 1);

export class PortalFixtures {
  private readonly users = new Map<string, ImportedUser>();
  private readonly stages = new Map<number, ImportedStage>();
  private readonly customFields = new Map<number, ImportedCustomField>();
  private readonly companies: FixtureContact[] = [];
  private readonly persons: FixtureContact[] = [];
  private readonly inDeal: number[] = [];
  private readonly historyRank = new Map<number, number>();

  constructor(private readonly anonymise?: Anonymiser) {}

  /** A contact as the administrator sees it on `filter`. */
  add(contact: Contact): void {
    if (contact.isCompany) this.companies.push({ ...this.common(contact), companyName: this.name('companyName', (contact as CompanyContact).companyName) });
    else {
      const person = contact as PersonContact;
      this.persons.push({
        ...this.common(person), firstName: this.name('firstName', person.firstName), lastName: this.name('lastName', person.lastName),
        title: person.title ?? null, ...(person.company ? { companyId: person.company.id } : {}),
      });
    }
  }

  /** The ids the portal lists in the WithOpportunity view: they are in a deal. */
  addInDeal(id: number): void {
    this.inDeal.push(id);
  }

  /** The next contact in ascending History order. */
  addHistoryNext(id: number): void {
    this.historyRank.set(id, this.historyRank.size);
  }

  document(): ImportedFixtures {
    const withHistory = (c: FixtureContact): FixtureContact => {
      const rank = this.historyRank.get(c.id);
      return rank === undefined ? c : { ...c, lastActivity: new Date(HISTORY_EPOCH_MS + rank * 1000).toISOString().replace('.000Z', 'Z') };
    };
    return {
      mode: 'replace',
      users: [{ ...IMPORT_ADMIN }, ...this.users.values()],
      stages: [...this.stages.values()],
      customFields: [...this.customFields.values()],
      companies: this.companies.map(withHistory),
      persons: this.persons.map(withHistory),
      ...(this.inDeal.length > 0 ? { deals: [{ id: 1, title: 'Imported: contacts with a deal', contactIds: this.inDeal }] } : {}),
    };
  }

  private name(kind: 'firstName' | 'lastName' | 'companyName', value: string): string {
    return this.anonymise && value ? this.anonymise[kind](value) : value;
  }

  /** The user's id; the user is kept on first sight (no password or login name is visible: made-up ones). */
  private user(employee: Employee): string {
    const id = employee.id.toLowerCase();
    if (!this.users.has(id)) {
      this.users.set(id, {
        id, userName: `user-${id}`, password: `imported-${id.slice(0, 8)}`, token: `imported-${id}`,
        displayName: this.anonymise ? this.anonymise.personName(employee.displayName) : employee.displayName,
        title: employee.title ?? null, avatarSmall: employee.avatarSmall, profileUrl: employee.profileUrl,
      });
    }
    return id;
  }

  private common(c: Contact): FixtureContact {
    const entityType = c.isCompany ? 'company' : 'person';
    if (c.contactStatus) this.stages.set(c.contactStatus.id, { description: null, sortOrder: 0, ...c.contactStatus });
    for (const f of c.customFields) this.customFields.set(f.id, { id: f.id, entityType, label: f.label, fieldType: f.fieldType, position: f.position, mask: f.mask });
    return {
      id: c.id, createdBy: this.user(c.createBy), created: c.created, about: c.about ?? null, industry: c.industry ?? null,
      stageId: c.contactStatus?.id ?? 0, shareType: c.shareType, accessList: (c.accessList ?? []).map((e) => this.user(e)),
      currency: c.currency?.abbreviation ?? null, hasLateTasks: c.haveLateTasks, taskCount: c.taskCount ?? 0,
      // an administrator may edit every contact: one it may not delete is used by an invoice
      invoiced: c.canEdit && !c.canDelete,
      tags: c.tags ?? [],
      contactInfo: c.commonData.map((i) => ({ infoType: i.infoType, category: i.category, data: this.infoData(i.infoType, i.data), isPrimary: i.isPrimary })),
      addresses: (c.addresses ?? []).map((a) => ({ ...onlyAddressParts(a), category: a.category ?? 0, isPrimary: a.isPrimary ?? false })),
      customFields: c.customFields.filter((f) => f.fieldValue !== null).map((f) => ({ fieldId: f.id, value: f.fieldValue! })),
    } as FixtureContact;
  }

  private infoData(infoType: number, data: string): string {
    if (!this.anonymise) return data;
    if (infoType === ContactInfoType.Email || infoType === ContactInfoType.GMail) return this.anonymise.email(data);
    if (infoType === ContactInfoType.Phone) return this.anonymise.phone(data);
    return data;
  }
}

/** Only the parts of an address the contract names (a portal may send more). */
const onlyAddressParts = (a: object): Record<string, string | undefined> => {
  const parts = addressParts();
  return Object.fromEntries(parts.map((part) => [part, (a as Record<string, string | undefined>)[part]]));
};
