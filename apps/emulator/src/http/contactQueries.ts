// Turns the contract's query, as the reader typed it (enum names already numbers), into the engine's:
// dates as microseconds in the portal's time zone, filterValue split on commas, sortBy told apart.
import { descendingSortOrder, parseApiDate } from '@crm-contacts/contract';
import { ContactSortBy, FilterOperation } from '@crm-contacts/types';
import type { ByContactInfoQuery, FilterQuery, FrameworkQuery, SortBy } from '../engine/query.js';
import { BadParameterError } from './errors.js';
import type { ContractQuery } from './parameterReader.js';

export type FilterParameters = ContractQuery<'filterContacts'>;
export type ByContactInfoParameters = ContractQuery<'getContactsByContactInfo'>;
type FrameworkParameters = Pick<FilterParameters & ByContactInfoParameters, 'filterBy' | 'filterOp' | 'filterValue' | 'type'>;

function date(name: string, text: string | undefined, timeZone: string): number | undefined {
  if (text === undefined) return undefined;
  const micros = parseApiDate(text, timeZone);
  if (micros === undefined) throw new BadParameterError(name, `Value of parameter '${name}' is not valid: '${text}' is not a date the server accepts`);
  return micros;
}

const SORT_KEYS = new Set<unknown>(Object.values(ContactSortBy));
const isSortKey = (value: unknown): value is SortBy => SORT_KEYS.has(value);
// only the contract's one descending sortOrder (x-crm-descending) sorts descending; any other text ascends
const DESCENDING = descendingSortOrder();
const directionOf = (sortOrder: string | undefined) => (sortOrder === DESCENDING ? 'descending' : 'ascending');

/** The framework's parameters: filterBy/filterOp with filterValue split on commas, `type`, the member sort. */
function frameworkQueryOf(values: FrameworkParameters, sortProperty: string | undefined, timeZone: string): FrameworkQuery {
  return {
    filterBy: values.filterBy,
    // a name the contract lists arrives as its number; any other name means equals
    filterOp: typeof values.filterOp === 'string' ? FilterOperation.equals : values.filterOp,
    filterValues: values.filterValue?.split(','),
    kind: values.type,
    sortProperty,
    timeZone,
  };
}

export function filterQueryOf(values: FilterParameters, timeZone: string): FilterQuery {
  // a ContactSortBy name or a number sorts in the database; any other text names a member (memory mode)
  const { sortBy } = values;
  return {
    ...frameworkQueryOf(values, typeof sortBy === 'string' && !isSortKey(sortBy) ? sortBy : undefined, timeZone),
    tags: values.tags,
    contactStage: values.contactStage,
    contactType: values.contactType,
    contactListView: values.contactListView,
    fromDate: date('fromDate', values.fromDate, timeZone),
    toDate: date('toDate', values.toDate, timeZone),
    // any case: the engine compares guids lower-cased
    responsibleId: values.responsibleid,
    isShared: values.isShared,
    // the name search takes the text before the first comma
    filterValue: values.filterValue?.split(',')[0],
    sortBy: isSortKey(sortBy) ? sortBy : undefined,
    sortOrder: directionOf(values.sortOrder),
    startIndex: values.startIndex,
    count: values.count,
  };
}

export function byContactInfoQueryOf(values: ByContactInfoParameters, timeZone: string): ByContactInfoQuery {
  // always the framework's paging: every sortBy names a member (a number too, which names none)
  const { sortBy } = values;
  return {
    ...frameworkQueryOf(values, sortBy === undefined ? undefined : String(sortBy), timeZone),
    sortOrder: directionOf(values.sortOrder),
    infoType: values.infoType,
    data: values.data,
    category: values.category,
    isPrimary: values.isPrimary,
    startIndex: values.startIndex,
    count: values.count,
  };
}
