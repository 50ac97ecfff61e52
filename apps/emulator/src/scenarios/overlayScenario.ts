// A `merge` document built as an overlay on the start-up engine (engine/overlayEngine.ts): only its own
// rows are read into columns and indexed, numbered to fit after the base's, and the few base contacts it
// changes (companies its persons name, contacts its deals name) are patched. Time and memory follow the
// document, not the base.
import { generateSource } from '../data/generate.js';
import type { FixturesDocument } from '../data/fixtures.js';
import { datasetTables } from '../db/datasetTables.js';
import { readContactColumns } from '../db/readContactColumns.js';
import { contactIndexOf, type ContactColumns } from '../engine/contactColumns.js';
import type { BasePatches } from '../engine/joinedColumns.js';
import { overlayEngine } from '../engine/overlayEngine.js';
import { buildQueryEngineInSlices, type QueryEngine } from '../engine/queryEngine.js';

/** The start-up engine, holding the generated data of this seed and size (a merge document's base). */
export interface OverlayBase { seed: number; contacts: number; engine: QueryEngine }

const lastInfoIds = new WeakMap<ContactColumns, number>();

/** The base's highest contact-information id: the overlay's rows are numbered after it, as a full build numbers them. */
function lastInfoId(base: ContactColumns): number {
  let last = lastInfoIds.get(base);
  if (last === undefined) {
    last = 0;
    for (const id of base.info.id) if (id > last) last = id;
    lastInfoIds.set(base, last);
  }
  return last;
}

/** Finds the base's last contact-information id now (a scan of every row), rather than in the first merge load. */
export function prepareOverlayBase(base: QueryEngine): void {
  lastInfoId(base.parts.columns);
}

/** Whether that scan is done (the emulator does it before it listens). */
export const overlayBasePrepared = (base: QueryEngine): boolean => lastInfoIds.has(base.parts.columns);

/** Manager keys continue the base's: a user on both sides' access lists has one key, so sets by manager join. */
function continueManagerKeys(own: ContactColumns, base: ContactColumns): void {
  const keys = new Map(base.managerKeys);
  const users = [...base.managerUsers];
  const renumbered = new Int32Array(own.managerKeys.size);
  for (const [userId, key] of own.managerKeys) {
    let merged = keys.get(userId);
    if (merged === undefined) {
      keys.set(userId, (merged = users.length));
      users.push(own.managerUsers[key]);
    }
    renumbered[key] = merged;
  }
  own.access.manager.forEach((key, k) => void (own.access.manager[k] = renumbered[key]));
  own.managerKeys = keys;
  own.managerUsers = users;
}

/** The overlay's companies in the joined numbering, and what its persons and deals change of the base's contacts. */
function linksToBase(own: ContactColumns, base: ContactColumns, doc: FixturesDocument, baseContacts: number): { companyIndex: Int32Array; patches: BasePatches } {
  const n = base.size;
  const companyIndex = new Int32Array(own.size).fill(-1);
  const personsCount = new Map<number, number>();
  for (let j = 0; j < own.size; j++) {
    if (own.companyId[j] <= 0) continue;
    if (own.companyIndex[j] >= 0) {
      companyIndex[j] = own.companyIndex[j] + n;
      continue;
    }
    const company = contactIndexOf(base.id, n, own.companyId[j]);
    companyIndex[j] = company;
    if (company >= 0) personsCount.set(company, (personsCount.get(company) ?? base.personsCount[company]) + 1);
  }
  const inDeal = new Map<number, number>();
  for (const deal of doc.deals ?? []) {
    for (const id of deal.contactIds) {
      const i = id <= baseContacts ? contactIndexOf(base.id, n, id) : -1;
      if (i >= 0) inDeal.set(i, 1);
    }
  }
  return { companyIndex, patches: { personsCount, inDeal } };
}

/** The merge document (already checked against its schema) as an overlay on `base`; a FixturesError when its references are wrong. */
export async function overlayScenario(label: string, doc: FixturesDocument, base: OverlayBase): Promise<QueryEngine> {
  const { fixturesOverlaySource } = await import('../data/fixtures.js');
  const baseColumns = base.engine.parts.columns;
  // deal and invoice ids appear in no answer: only the contact information's continue the base's
  const source = fixturesOverlaySource(label, doc, { source: generateSource(base), contacts: base.contacts }, { infoId: lastInfoId(baseColumns), dealId: 0, invoiceId: 0 });
  const own = await readContactColumns(datasetTables(source));
  continueManagerKeys(own, baseColumns);
  const { companyIndex, patches } = linksToBase(own, baseColumns, doc, base.contacts);
  return overlayEngine(base.engine, await buildQueryEngineInSlices(own), companyIndex, patches);
}
