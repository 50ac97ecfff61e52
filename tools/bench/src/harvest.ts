// What a test suite knows of its data, read from the emulator's own answers as the administrator:
// tags, name words, managers, stages, contact types, creation dates and pieces of contact info.
import { contractLimits, emptyGuid, operationPath } from '@crm-contacts/contract';

export interface Vocabulary {
  tags: string[];
  nameWords: string[];
  managerIds: string[];
  stageIds: number[];
  contactTypeIds: number[];
  createdRange: [number, number];
  /** Pieces of contact info of 3 to 8 characters, as someone types part of an address or number. */
  infoFragments: string[];
  /** Pieces of one and two characters: what the trigram index cannot serve. */
  shortFragments: string[];
  /** Pieces in at least 40% of the harvested texts of their info type: they match most rows. */
  denseFragments: string[];
}

export async function harvest(baseUrl: string, adminToken: string): Promise<Vocabulary> {
  const answer = await fetch(`${baseUrl}${operationPath('filterContacts')}?count=${contractLimits().pageSize}&sortBy=Id`, { headers: { authorization: adminToken } });
  if (!answer.ok) throw new Error(`harvest: ${answer.status} ${await answer.text()}`);
  const contacts = (await answer.json()).response as any[];
  const tags = new Set<string>();
  const nameWords = new Set<string>();
  const managers = new Set<string>([emptyGuid()]);
  const stages = new Set<number>([0, -1]);
  const types = new Set<number>([0, -1]);
  const fragments = new Set<string>();
  const shortFragments = new Set<string>();
  const textsByType = new Map<string, string[]>();
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
      const at = text.length % 7;
      for (const n of [1, 2]) if (text.length >= at + n && text.slice(at, at + n).trim()) shortFragments.add(text.slice(at, at + n));
      textsByType.set(String(info.infoType), [...(textsByType.get(String(info.infoType)) ?? []), text]);
    }
  }
  for (let t = 1; t <= 4; t++) types.add(t);
  return {
    tags: [...tags], nameWords: [...nameWords], managerIds: [...managers], stageIds: [...stages], contactTypeIds: [...types],
    createdRange: [Math.min(...created), Math.max(...created)], infoFragments: [...fragments],
    shortFragments: [...shortFragments], denseFragments: denseFragments(textsByType),
  };
}

/** Pieces of 3 to 8 characters found in at least 40% of the texts of one info type (at least 20 texts). */
function denseFragments(textsByType: Map<string, string[]>): string[] {
  const dense = new Set<string>();
  for (const texts of textsByType.values()) {
    if (texts.length < 20) continue;
    const inTexts = new Map<string, number>();
    for (const text of texts) {
      const pieces = new Set<string>();
      for (let n = 3; n <= 8; n++) for (let at = 0; at + n <= text.length; at++) pieces.add(text.slice(at, at + n));
      for (const piece of pieces) inTexts.set(piece, (inTexts.get(piece) ?? 0) + 1);
    }
    for (const [piece, count] of inTexts) if (count >= texts.length * 0.4 && piece.trim() === piece) dense.add(piece);
  }
  return [...dense];
}
