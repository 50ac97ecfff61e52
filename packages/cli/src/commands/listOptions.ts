// The options of the API framework's generic list parameters, shared by both list commands: values from
// the contract's enums (ContactMember, ContactProperty, FilterOperationName, ContactKind).
import { ContactKind, ContactMember, ContactProperty, ContactSortBy, FilterOperationName, type ContactFields, type GenericListQuery } from '@crm-contacts/client';
import { descendingSortOrder } from '@crm-contacts/contract';
import { Option } from 'commander';
import { enumArgument, enumValue, namesOf } from '../contractValues.js';

export interface ListOptions { fields?: ContactFields; filterBy?: string; filterOp?: string; updatedSince?: string; sort?: string; desc?: boolean }

/** Sort keys: a ContactSortBy (the database sorts) or a ContactProperty (the framework sorts); a name in both is the former, as on the server. */
export const SORT_KEYS = { ...ContactSortBy, ...ContactProperty };

/** `id,displayName`: each a ContactMember name in any case. */
const memberList = (text: string): ContactFields => text.split(',').map((name) => enumValue(ContactMember, name) as ContactMember);

export const fieldsOption = () => new Option('--fields <members>', `only these members of each contact, comma-separated (also the table's and CSV's columns): ${namesOf(ContactMember)}`).argParser(memberList);
export const sortOption = (what: string) => new Option('--sort <key>', `sort by ${what}: ${namesOf(SORT_KEYS)}`).argParser(enumArgument(SORT_KEYS));
export const kindOption = (flag: string) => new Option(`${flag} <kind>`, `only ${namesOf(ContactKind)} contacts`).argParser(enumArgument(ContactKind));
export const filterByOption = (valueFlag: string) => new Option('--filter-by <member>', `keep contacts whose member matches ${valueFlag} (comma-separated: any of them): ${namesOf(ContactProperty)}`).argParser(enumArgument(ContactProperty));
export const filterOpOption = () => new Option('--filter-op <op>', `how --filter-by compares (default equals): ${namesOf(FilterOperationName)}`).argParser(enumArgument(FilterOperationName));
export const updatedSinceOption = () => new Option('--updated-since <date>', 'the framework\'s updatedSince (a date; it filters nothing, a bad one is refused)');

// The only value of sortOrder that sorts descending (the contract's x-crm-descending).
const DESCENDING = descendingSortOrder();

/** The generic parameters of a command's options (undefined ones left out by the caller). */
export function genericQuery(options: ListOptions, kind: string | undefined): GenericListQuery {
  return {
    fields: options.fields, sortBy: options.sort as GenericListQuery['sortBy'], filterBy: options.filterBy as GenericListQuery['filterBy'],
    filterOp: options.filterOp as GenericListQuery['filterOp'], type: kind as GenericListQuery['type'], updatedSince: options.updatedSince,
  };
}

export const sortOrderOf = (options: ListOptions) => (options.desc ? DESCENDING : undefined);
