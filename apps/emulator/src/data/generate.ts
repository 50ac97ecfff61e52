// The demo data: a seeded, deterministic stream of contacts (contactDraws.ts) over a fixed header of
// users and the catalogue (catalogue.ts).
import { CONTACT_TYPES, CUSTOM_FIELDS, STAGES } from './catalogue.js';
import { accessFor, contactFor, dealFor, fieldsFor, infosFor, initialDrawState, invoiceFor, tagsFor } from './contactDraws.js';
import {
  CustomFieldType, DEFAULT_AVATAR_SMALL, emptyChunk, hasCrmAccess, type Dataset, type DatasetChunk, type DatasetHeader, type DatasetSource, type User,
} from './model.js';
import { FIRST_NAMES, LAST_NAMES, TAG_TITLES } from './names.js';
import { Random } from './random.js';

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

  // copies: a header is the caller's to change (fixtures merge onto it)
  return {
    users,
    stages: STAGES.map((stage) => ({ ...stage })),
    contactTypes: CONTACT_TYPES.map((type) => ({ ...type })),
    tags: TAG_TITLES.map((title, i) => ({ id: i + 1, title })),
    customFields: CUSTOM_FIELDS.map((field) => ({ ...field })),
  };
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
      const state = initialDrawState();
      let chunk = emptyChunk();
      for (let id = 1; id <= opts.contacts; id++) {
        // one contact's draws, in this order (contactDraws.ts)
        const drawn = contactFor(rng, state, id, (id - 1) % GROUP === 0, userIds);
        const { contact } = drawn;
        chunk.contacts.push(contact);
        chunk.contactInfos.push(...infosFor(rng, state, drawn));
        chunk.contactTags.push(...tagsFor(rng, id, header.tags.length));
        chunk.customFieldValues.push(...fieldsFor(rng, id, contact.isCompany ? fieldsOf.company : fieldsOf.person));
        chunk.accessList.push(...accessFor(rng, contact, managerIds));
        const deal = dealFor(rng, state, contact);
        if (deal) {
          chunk.deals.push(deal.deal);
          chunk.dealContacts.push(...deal.members);
        }
        const invoice = invoiceFor(rng, state, id);
        if (invoice) chunk.invoices.push(invoice);

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
