// A merge scenario's columns as one ContactColumns without copying its base: contacts 0..n-1 are the
// base's, n.. the overlay's own (their ids are all above the base's, so id order is kept). Each column is
// a read-only view that sends an index to one side or the other. Written as a Proxy so that every reader
// of ContactColumns (records, rendering, the framework's members) serves an overlay unchanged.
import { joinedTextList, type ContactColumns, type TextList } from './contactColumns.js';

const isTextList = (v: unknown): v is TextList => typeof (v as TextList).at === 'function' && !ArrayBuffer.isView(v) && !Array.isArray(v);

type Column<T> = ArrayLike<T>;

/** `base` below `split`, `own` from it; `patch` replaces a few of the base's values (what the overlay changes of them). */
export function joinedColumn<T>(base: Column<T>, own: Column<T>, split: number, patch?: ReadonlyMap<number, T>): Column<T> {
  const length = split + own.length;
  return new Proxy([] as T[], {
    get(target, key) {
      if (key === 'length') return length;
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0) {
          if (i >= split) return own[i - split];
          if (patch) {
            const patched = patch.get(i);
            if (patched !== undefined) return patched;
          }
          return base[i];
        }
      }
      return Reflect.get(target, key);
    },
  });
}

/** A list per contact (CSR): the overlay's rows follow the base's; `start` and each value column joined. */
function joinedList<L extends { start: Int32Array }>(base: L, own: L, n: number, shifted: Partial<Record<keyof L, ArrayLike<number>>> = {}): L {
  const rows = base.start[n];
  const list: Record<string, unknown> = {
    // own.start counted from the base's last row; index n is the base's end, the same on both sides
    start: joinedColumn(base.start, Int32Array.from(own.start.subarray(1), (s) => s + rows), n + 1),
  };
  for (const key of Object.keys(own) as (keyof L & string)[]) {
    if (key === 'start') continue;
    // texts kept as one string (contactColumns.ts' TextList) are joined by position, not by index
    list[key] = isTextList(own[key]) ? joinedTextList(base[key] as TextList, own[key])
      : joinedColumn(base[key] as Column<unknown>, (shifted[key] ?? own[key]) as Column<unknown>, rows);
  }
  return list as unknown as L;
}

/** What the overlay changes of its base's contacts: counts and flags only, a few contacts each. */
export interface BasePatches {
  /** Base companies that overlay persons name: their new count. */
  personsCount: ReadonlyMap<number, number>;
  /** Base contacts an overlay deal names. */
  inDeal: ReadonlyMap<number, number>;
}

/**
 * `own` holds the overlay's contacts with the merged users, stages, tags, custom fields and manager keys
 * (a superset of the base's, numbered alike); `companyIndex` is the overlay's, in the joined numbering.
 */
export function joinedColumns(base: ContactColumns, own: ContactColumns, companyIndex: Int32Array, patches: BasePatches): ContactColumns {
  const n = base.size;
  const column = <K extends keyof ContactColumns>(key: K, patch?: ReadonlyMap<number, number>) =>
    joinedColumn(base[key] as Column<unknown>, own[key] as Column<unknown>, n, patch) as ContactColumns[K];
  return {
    size: n + own.size,
    id: column('id'),
    isCompany: column('isCompany'),
    firstName: column('firstName'),
    lastName: column('lastName'),
    companyName: column('companyName'),
    title: column('title'),
    companyId: column('companyId'),
    companyIndex: joinedColumn(base.companyIndex, companyIndex, n) as Int32Array,
    about: column('about'),
    industry: column('industry'),
    stageId: column('stageId'),
    contactTypeId: column('contactTypeId'),
    shareType: column('shareType'),
    createdBy: column('createdBy'),
    created: column('created'),
    lastActivity: column('lastActivity'),
    currency: column('currency'),
    hasLateTasks: column('hasLateTasks'),
    taskCount: column('taskCount'),
    inDeal: column('inDeal', patches.inDeal),
    invoiced: column('invoiced'),
    personsCount: column('personsCount', patches.personsCount),
    info: joinedList(base.info, own.info, n, { owner: Int32Array.from(own.info.owner, (i) => i + n) }),
    tags: joinedList(base.tags, own.tags, n),
    fields: joinedList(base.fields, own.fields, n),
    access: joinedList(base.access, own.access, n),
    users: own.users,
    managerKeys: own.managerKeys,
    managerUsers: own.managerUsers,
    stages: own.stages,
    tagTitles: own.tagTitles,
    customFields: own.customFields,
  };
}
