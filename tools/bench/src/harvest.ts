// What a test suite knows of its data, read from the emulator's own answers as the administrator:
// tags, name words, managers, stages, contact types, creation dates and pieces of contact info.
import { contractLimits, operationPath } from '@crm-contacts/contract';

export interface Vocabulary {
  tags: string[];
  nameWords: string[];
  managerIds: string[];
  stageIds: number[];
  contactTypeIds: number[];
  createdRange: [number, number];
  infoFragments: string[];
}

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

export async function harvest(baseUrl: string, adminToken: string): Promise<Vocabulary> {
  const answer = await fetch(`${baseUrl}${operationPath('filterContacts')}?count=${contractLimits().pageSize}&sortBy=Id`, { headers: { authorization: adminToken } });
  if (!answer.ok) throw new Error(`harvest: ${answer.status} ${await answer.text()}`);
  const contacts = (await answer.json()).response as any[];
  const tags = new Set<string>();
  const nameWords = new Set<string>();
  const managers = new Set<string>([EMPTY_GUID]);
  const stages = new Set<number>([0, -1]);
  const types = new Set<number>([0, -1]);
  const fragments = new Set<string>();
  const created: number[] = [];
  for (const c of contacts) {
    for (const t of c.tags ?? []) tags.add(t);
    for (const w of String(c.displayName).toLowerCase().split(/\s+/)) if (w) nameWords.add(w);
    for (const m of c.accessList ?? []) managers.add(m.id);
    if (c.contactStatus) stages.add(c.contactStatus.id);
    created.push(Date.parse(c.created));
    for (const info of c.commonData ?? []) {
      const text = String(info.data).toLowerCase();
      // a piece of 3 to 8 characters, as someone types part of an address or number
      const length = 3 + (text.length % 6);
      if (text.length >= length) fragments.add(text.slice(Math.floor(text.length / 3), Math.floor(text.length / 3) + length));
    }
  }
  for (let t = 1; t <= 4; t++) types.add(t);
  return {
    tags: [...tags], nameWords: [...nameWords], managerIds: [...managers], stageIds: [...stages], contactTypeIds: [...types],
    createdRange: [Math.min(...created), Math.max(...created)], infoFragments: [...fragments],
  };
}
