import { Random } from './random.js';
import {
  ContactInfoType, CustomFieldType, DEFAULT_AVATAR_SMALL, ShareType, emptyChunk, hasCrmAccess,
  type AddressData, type Contact, type ContactType, type CustomFieldDefinition, type Dataset, type DatasetChunk,
  type DatasetHeader, type DatasetSource, type Stage, type Tag, type User,
} from './model.js';
import { CONTACT_INFO_TYPE_COUNT, categoriesOf } from './contactInfoCategories.js';
import { CURRENCIES } from './currencies.js';
import {
  CITIES, COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, INDUSTRIES, JOB_TITLES, LAST_NAMES, STREETS, TAG_TITLES,
} from './names.js';

export interface GenerateOptions {
  seed: number;
  contacts: number;
  /** Contacts per chunk of the stream; only memory use depends on it, never the data. */
  chunkSize?: number;
}

/** One company, then four persons: the layout is fixed so fixtures can tell which generated ids are companies. */
const GROUP = 5;
export function isGeneratedCompanyId(id: number, contacts: number): boolean {
  return id >= 1 && id <= contacts && (id - 1) % GROUP === 0;
}

const FROM = Date.UTC(2017, 0, 1) * 1000;
const TO = Date.UTC(2025, 0, 1) * 1000;
const YEAR_US = 365 * 24 * 3600 * 1_000_000;

// A portal user who lacks the CRM module, so that 403 can be shown. Its own random stream keeps the
// rest of the data as it was before it existed.
function portalUserWithoutCrm(seed: number): User {
  const rng = new Random((seed ^ 0x9e3779b9) >>> 0);
  return {
    id: rng.guid(), userName: 'guest', displayName: 'Gina Guest', title: 'Visitor', isAdmin: false, crmAccess: false,
    password: `guest-${rng.hex(8)}`, token: `emu_${rng.hex(40)}`,
    avatarSmall: DEFAULT_AVATAR_SMALL, profileUrl: '/Products/People/Profile.aspx?user=guest',
  };
}

export function generateHeader(seed: number): DatasetHeader {
  const rng = new Random(seed);
  const users: User[] = [];
  const addUser = (userName: string, displayName: string, title: string | null, isAdmin: boolean): void => {
    const id = rng.guid();
    users.push({
      id, userName, displayName, title, isAdmin,
      password: `${userName}-${rng.hex(8)}`,
      token: `emu_${rng.hex(40)}`,
      avatarSmall: DEFAULT_AVATAR_SMALL,
      profileUrl: `/Products/People/Profile.aspx?user=${encodeURIComponent(userName)}`,
    });
  };
  addUser('admin', 'Mike Zanyatski', 'CRM Administrator', true);
  for (let i = 1; i <= 3; i++) addUser(`manager${i}`, `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`, 'Manager', false);
  for (let i = 1; i <= 4; i++) addUser(`user${i}`, `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`, i % 2 ? 'Sales Representative' : null, false);
  users.push(portalUserWithoutCrm(seed));

  const stages: Stage[] = [
    { id: 1, title: 'Cold', description: null, color: '#8a98d8', sortOrder: 1 },
    { id: 2, title: 'Warm', description: 'Interested, talking to us', color: '#ffd267', sortOrder: 2 },
    { id: 3, title: 'Hot', description: 'Ready to buy', color: '#df7895', sortOrder: 3 },
  ];
  const contactTypes: ContactType[] = ['Client', 'Supplier', 'Partner', 'Competitor'].map((title, i) => ({ id: i + 1, title, sortOrder: i }));
  const tags: Tag[] = TAG_TITLES.map((title, i) => ({ id: i + 1, title }));
  const customFields: CustomFieldDefinition[] = [
    { id: 1, entityType: 'person', label: 'Nickname', fieldType: CustomFieldType.TextField, position: 0, mask: '{"size":"40"}' },
    { id: 2, entityType: 'person', label: 'Notes', fieldType: CustomFieldType.TextArea, position: 1, mask: '{"rows":"4","cols":"40"}' },
    { id: 3, entityType: 'person', label: 'Preferred channel', fieldType: CustomFieldType.SelectBox, position: 2, mask: '["Email","Phone","Meeting"]' },
    { id: 4, entityType: 'person', label: 'Newsletter', fieldType: CustomFieldType.CheckBox, position: 3, mask: '' },
    { id: 5, entityType: 'person', label: 'Personal', fieldType: CustomFieldType.Heading, position: 4, mask: '' },
    { id: 6, entityType: 'person', label: 'Birthdate', fieldType: CustomFieldType.Date, position: 5, mask: '' },
    { id: 7, entityType: 'company', label: 'VAT number', fieldType: CustomFieldType.TextField, position: 0, mask: '{"size":"20"}' },
    { id: 8, entityType: 'company', label: 'Description', fieldType: CustomFieldType.TextArea, position: 1, mask: '{"rows":"4","cols":"40"}' },
    { id: 9, entityType: 'company', label: 'Size', fieldType: CustomFieldType.SelectBox, position: 2, mask: '["1-10","11-50","51-250","250+"]' },
    { id: 10, entityType: 'company', label: 'Key account', fieldType: CustomFieldType.CheckBox, position: 3, mask: '' },
    { id: 11, entityType: 'company', label: 'Billing', fieldType: CustomFieldType.Heading, position: 4, mask: '' },
    { id: 12, entityType: 'company', label: 'Contract date', fieldType: CustomFieldType.Date, position: 5, mask: '' },
  ];
  return { users, stages, contactTypes, tags, customFields };
}

/** Info types weighted towards what real address books hold; every one of the 18 occurs. */
const INFO_TYPE_WEIGHTS: number[] = (() => {
  const w: number[] = [];
  for (let t = 0; t < CONTACT_INFO_TYPE_COUNT; t++) {
    const n = t === ContactInfoType.Phone || t === ContactInfoType.Email ? 12 : t === ContactInfoType.Address ? 5 : t === ContactInfoType.Website ? 3 : 1;
    for (let i = 0; i < n; i++) w.push(t);
  }
  return w;
})();

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '');
}

function infoData(rng: Random, infoType: number, handle: string, domain: string): string {
  switch (infoType) {
    // eslint-disable-next-line no-restricted-syntax -- the last four digits of a phone number
    case ContactInfoType.Phone: return `+${rng.int(1, 49)} ${rng.int(200, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
    case ContactInfoType.Email: return `${handle}@${domain}`;
    case ContactInfoType.Website: return `https://www.${domain}`;
    case ContactInfoType.Twitter: return `@${handle.replace(/\./g, '_')}`;
    case ContactInfoType.LinkedIn: return `https://www.linkedin.com/in/${handle}`;
    case ContactInfoType.Facebook: return `https://facebook.com/${handle}`;
    case ContactInfoType.GMail: return `${handle}@gmail.com`;
    case ContactInfoType.Yahoo: return `${handle}@yahoo.com`;
    case ContactInfoType.MSN: return `${handle}@outlook.com`;
    case ContactInfoType.ICQ: return String(rng.int(10_000_000, 999_999_999));
    case ContactInfoType.Jabber: return `${handle}@jabber.org`;
    case ContactInfoType.VK: return `https://vk.com/${handle}`;
    case ContactInfoType.Address: {
      const [city, state, country] = rng.pick(CITIES);
      const address: AddressData = { street: `${rng.int(1, 250)} ${rng.pick(STREETS)}`, city, state, zip: String(rng.int(10000, 99999)), country };
      return JSON.stringify(address);
    }
    default: return handle;
  }
}

function customValue(rng: Random, field: CustomFieldDefinition): string {
  switch (field.fieldType) {
    case CustomFieldType.SelectBox: return rng.pick(JSON.parse(field.mask) as string[]);
    case CustomFieldType.CheckBox: return rng.chance(0.5) ? 'true' : 'false';
    case CustomFieldType.Date: return new Date(Date.UTC(rng.int(1960, 2005), rng.int(0, 11), rng.int(1, 28))).toISOString().slice(0, 10) + 'T00:00:00.0000000Z';
    case CustomFieldType.TextArea: return `Met at ${rng.pick(TAG_TITLES)}; prefers ${rng.pick(['mornings', 'email', 'calls'])}.`;
    default: return rng.hex(8).toUpperCase();
  }
}

/** A deterministic stream: the same seed and size give the same data, whatever the chunk size. */
export function generateSource(opts: GenerateOptions): DatasetSource {
  const header = generateHeader(opts.seed);
  const chunkSize = Math.max(1, opts.chunkSize ?? 10_000);
  return {
    header,
    *chunks(): Iterable<DatasetChunk> {
      const rng = new Random((opts.seed ^ 0x5bd1e995) >>> 0);
      const crmUsers = header.users.filter(hasCrmAccess);
      const userIds = crmUsers.map((u) => u.id);
      const managerIds = crmUsers.filter((u) => !u.isAdmin).map((u) => u.id);
      const fieldsOf = {
        person: header.customFields.filter((f) => f.entityType === 'person' && f.fieldType !== CustomFieldType.Heading),
        company: header.customFields.filter((f) => f.entityType === 'company' && f.fieldType !== CustomFieldType.Heading),
      };
      let infoId = 0;
      let dealId = 0;
      let invoiceId = 0;
      let companyId = 0;
      let companyDomain = 'example.com';
      let chunk = emptyChunk();
      for (let id = 1; id <= opts.contacts; id++) {
        const isCompany = (id - 1) % GROUP === 0;
        const created = FROM + Math.floor(rng.next() * (TO - FROM));
        const c: Contact = {
          id, isCompany,
          firstName: null, lastName: null, companyName: null, title: null, companyId: 0,
          about: rng.chance(0.7) ? '' : `Met at ${rng.pick(TAG_TITLES)} in ${rng.int(2015, 2024)}.`,
          industry: null,
          stageId: rng.chance(0.15) ? 0 : rng.int(1, 3),
          contactTypeId: rng.chance(0.2) ? 0 : rng.int(1, 4),
          shareType: (rng.chance(0.2) ? ShareType.None : rng.chance(0.6) ? ShareType.ReadWrite : ShareType.Read),
          createdBy: rng.pick(userIds),
          created,
          lastActivity: rng.chance(0.4) ? null : created + Math.floor(rng.next() * YEAR_US),
          currency: rng.chance(0.6) ? null : rng.pick(CURRENCIES).abbreviation,
          hasLateTasks: rng.chance(0.1),
          taskCount: rng.chance(0.7) ? 0 : rng.int(1, 6),
        };
        let handle: string;
        let domain: string;
        if (isCompany) {
          c.companyName = `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIXES)}`;
          c.industry = rng.pick(INDUSTRIES);
          companyId = id;
          companyDomain = `${slug(c.companyName)}.example`;
          handle = 'info';
          domain = companyDomain;
        } else {
          c.firstName = rng.pick(FIRST_NAMES);
          c.lastName = rng.pick(LAST_NAMES);
          c.title = rng.pick(JOB_TITLES);
          c.industry = rng.chance(0.8) ? null : rng.pick(INDUSTRIES);
          c.companyId = companyId > 0 && rng.chance(0.8) ? companyId : 0;
          handle = `${slug(c.firstName)}.${slug(c.lastName)}`;
          domain = c.companyId ? companyDomain : 'example.org';
        }
        chunk.contacts.push(c);

        const infoCount = rng.int(0, 4);
        const primarySeen = new Set<number>();
        for (let i = 0; i < infoCount; i++) {
          const infoType = rng.pick(INFO_TYPE_WEIGHTS) as ContactInfoType;
          const category = rng.int(0, categoriesOf(infoType).length - 1);
          const isPrimary = !primarySeen.has(infoType);
          primarySeen.add(infoType);
          chunk.contactInfos.push({ id: ++infoId, contactId: id, infoType, category, data: infoData(rng, infoType, handle, domain), isPrimary });
        }

        const tagCount = rng.chance(0.45) ? 0 : rng.int(1, 3);
        const tagIds = new Set<number>();
        for (let i = 0; i < tagCount; i++) tagIds.add(rng.int(1, header.tags.length));
        for (const tagId of tagIds) chunk.contactTags.push({ contactId: id, tagId });

        if (rng.chance(0.3)) {
          const fields = isCompany ? fieldsOf.company : fieldsOf.person;
          const n = rng.int(1, 3);
          const used = new Set<number>();
          for (let i = 0; i < n; i++) {
            const f = rng.pick(fields);
            if (used.has(f.id)) continue;
            used.add(f.id);
            chunk.customFieldValues.push({ contactId: id, fieldId: f.id, value: customValue(rng, f) });
          }
        }

        if (c.shareType === ShareType.None && rng.chance(0.75)) {
          const first = rng.pick(managerIds);
          chunk.accessList.push({ contactId: id, userId: first });
          const second = rng.pick(managerIds);
          if (second !== first && rng.chance(0.3)) chunk.accessList.push({ contactId: id, userId: second });
        }

        if (rng.chance(0.08)) {
          dealId++;
          chunk.deals.push({ id: dealId, title: `${isCompany ? c.companyName : c.lastName} deal #${dealId}` });
          chunk.dealContacts.push({ dealId, contactId: id });
          if (c.companyId) chunk.dealContacts.push({ dealId, contactId: c.companyId });
        }
        if (rng.chance(0.03)) chunk.invoices.push({ id: ++invoiceId, contactId: id });

        if (chunk.contacts.length >= chunkSize) {
          yield chunk;
          chunk = emptyChunk();
        }
      }
      if (chunk.contacts.length > 0) yield chunk;
    },
  };
}

/** Collects the stream into one dataset: for tests and small sizes. */
export function generateDataset(opts: GenerateOptions): Dataset {
  return collectDataset(generateSource(opts));
}

export function collectDataset(source: DatasetSource): Dataset {
  const all = emptyChunk();
  for (const chunk of source.chunks()) {
    for (const key of Object.keys(all) as (keyof DatasetChunk)[]) {
      const target = all[key] as unknown[];
      for (const row of chunk[key] as unknown[]) target.push(row);
    }
  }
  return { ...source.header, ...all };
}
