// The contact members the API framework can filter and sort a list by (ContactProperty in the
// contract): each as the wrapper holds it, for one viewer. `key` orders, `text` is what a filter compares
// (.NET's ToString: booleans True/False, enums by name, dates as the API writes them).
import { ContactProperty, ShareType } from '@crm-contacts/types';
import { formatApiDate } from '@crm-contacts/contract';
import { photoUrl, photoUrlOrder } from '../data/photoUrl.js';
import type { Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import { rightsOf } from './contactRecords.js';

export interface PropertyReader {
  key(i: number, viewer: Viewer): number | string;
  text(i: number, viewer: Viewer): string;
  /** The value depends on the viewer (their rights): it cannot be sorted once for everyone. */
  perViewer?: boolean;
  /** A number per contact in `key`'s order (equal where the keys are), cheaper to sort than the key. */
  order?: (i: number) => number;
}

const dotNetBoolean = (value: boolean) => (value ? 'True' : 'False');
const SHARE_TYPE_NAMES = new Map<number, string>(Object.entries(ShareType).map(([name, value]) => [value, name]));

/** Each ContactProperty's reader, by lower-cased name (the framework matches names in any case). */
export function contactProperties(c: ContactColumns, displayNames: readonly string[], timeZone: string): Map<string, PropertyReader> {
  const number = (column: ArrayLike<number>): PropertyReader => ({ key: (i) => column[i], text: (i) => String(column[i]) });
  const text = (value: (i: number) => string): PropertyReader => ({ key: value, text: value });
  const flag = (value: (i: number, viewer: Viewer) => boolean): PropertyReader => ({
    key: (i, viewer) => Number(value(i, viewer)), text: (i, viewer) => dotNetBoolean(value(i, viewer)),
  });
  const readers: Record<ContactProperty, PropertyReader> = {
    id: number(c.id),
    displayName: text((i) => displayNames[i]),
    isCompany: flag((i) => c.isCompany[i] === 1),
    isPrivate: flag((i) => c.shareType[i] === ShareType.None),
    isShared: flag((i) => c.shareType[i] !== ShareType.None),
    shareType: { key: (i) => c.shareType[i], text: (i) => SHARE_TYPE_NAMES.get(c.shareType[i]) ?? String(c.shareType[i]) },
    created: { key: (i) => c.created[i], text: (i) => formatApiDate(c.created[i], timeZone) },
    about: text((i) => c.about[i] ?? ''),
    industry: text((i) => c.industry[i] ?? ''),
    taskCount: number(c.taskCount),
    haveLateTasks: flag((i) => c.hasLateTasks[i] === 1),
    canEdit: { ...flag((i, viewer) => rightsOf(c, i, viewer).canEdit), perViewer: true },
    canDelete: { ...flag((i, viewer) => rightsOf(c, i, viewer).canDelete), perViewer: true },
    smallFotoUrl: { ...text((i) => photoUrl(undefined, c.id[i], c.isCompany[i] === 1, 1)), order: (i) => photoUrlOrder(c.id[i]) },
    mediumFotoUrl: { ...text((i) => photoUrl(undefined, c.id[i], c.isCompany[i] === 1, 2)), order: (i) => photoUrlOrder(c.id[i]) },
  };
  return new Map(Object.entries(readers).map(([name, reader]) => [name.toLowerCase(), reader]));
}
