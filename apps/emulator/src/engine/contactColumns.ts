// The loaded data, column by column: typed arrays indexed by a contact's position in id order (its
// "index"), strings interned, and lists per contact in CSR form. Compact enough for 1,000,000 contacts.
// Read from the tables by db/readContactColumns.ts.
import type { CustomFieldDefinition, Stage, User } from '../data/model.js';
import { lowerBound } from './lowerBound.js';

export interface ContactColumns {
  size: number;
  id: Int32Array;
  isCompany: Uint8Array;
  firstName: (string | null)[];
  lastName: (string | null)[];
  companyName: (string | null)[];
  title: (string | null)[];
  /** The company a person names, as written (0: none). */
  companyId: Int32Array;
  /** That company's index, or -1 when it names none or one that does not exist. */
  companyIndex: Int32Array;
  about: (string | null)[];
  industry: (string | null)[];
  stageId: Int32Array;
  contactTypeId: Int32Array;
  shareType: Uint8Array;
  /** Index into `users`, or -1 for an unknown creator. */
  createdBy: Int32Array;
  created: Float64Array;
  /** 0 when there is no history. */
  lastActivity: Float64Array;
  currency: (string | null)[];
  hasLateTasks: Uint8Array;
  taskCount: Int32Array;
  /** In a deal (the WithOpportunity view). */
  inDeal: Uint8Array;
  /** Used by an invoice: cannot be deleted. */
  invoiced: Uint8Array;
  /** How many contacts name this one as their company. */
  personsCount: Int32Array;

  /** Contact info rows, grouped by contact, in id order within a contact. */
  info: { start: Int32Array; id: Int32Array; infoType: Uint8Array; category: Int32Array; data: TextList; isPrimary: Uint8Array; owner: Int32Array };
  /** Tag ids per contact. */
  tags: { start: Int32Array; tagId: Int32Array };
  /** Custom field values per contact, by field position then id. */
  fields: { start: Int32Array; fieldId: Int32Array; value: string[] };
  /** The access list per contact, as manager keys (see `managerKeys`), in stored order. */
  access: { start: Int32Array; manager: Int32Array };

  users: User[];
  /** Every user id an access list names (users or not), lower-cased, to its manager key. */
  managerKeys: Map<string, number>;
  /** The user of a manager key, when it is one. */
  managerUsers: (User | undefined)[];
  stages: Map<number, Stage>;
  tagTitles: Map<number, string>;
  customFields: Map<number, CustomFieldDefinition>;
}

/**
 * Texts of every row as one string and where each starts: one heap object in place of one per row (two
 * million at 1,000,000 contacts), which every full garbage collection would otherwise visit.
 */
export interface TextList {
  readonly length: number;
  at(k: number): string;
}

// classes, not closures: two lists of the same texts compare equal (the read-back tests' toEqual), and
// scenarios/memoryOf.ts counts their members
class JoinedTexts implements TextList {
  constructor(private readonly joined: string, private readonly start: Int32Array) {}

  get length(): number {
    return this.start.length - 1;
  }

  at(k: number): string {
    return this.joined.slice(this.start[k], this.start[k + 1]);
  }
}

class TextsInTurn implements TextList {
  constructor(private readonly first: TextList, private readonly then: TextList) {}

  get length(): number {
    return this.first.length + this.then.length;
  }

  at(k: number): string {
    return k < this.first.length ? this.first.at(k) : this.then.at(k - this.first.length);
  }
}

export function textList(texts: readonly string[]): TextList {
  const start = new Int32Array(texts.length + 1);
  for (let k = 0; k < texts.length; k++) start[k + 1] = start[k] + texts[k].length;
  return new JoinedTexts(texts.join(''), start);
}

/** Texts already joined, `start[k]..start[k + 1]` the k-th (a column file's, db/columnFile.ts). */
export function joinedTexts(joined: string, start: Int32Array): TextList {
  return new JoinedTexts(joined, start);
}

/** `base`'s texts, then `own`'s (a merge scenario's rows after its base's). */
export function joinedTextList(base: TextList, own: TextList): TextList {
  return new TextsInTurn(base, own);
}

/** The index of a contact id (ids are read in ascending order), or -1. */
export function contactIndexOf(ids: Int32Array, size: number, id: number): number {
  const k = lowerBound(size, (m) => ids[m] < id);
  return k < size && ids[k] === id ? k : -1;
}
