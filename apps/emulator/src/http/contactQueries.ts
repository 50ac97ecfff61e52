// Turns the parameter values the contract-driven reader produced into the store's queries.
import { parseApiDate, type OpenApiDocument } from '@crm-contacts/contract';
import { ContactSortBy } from '@crm-contacts/types';
import type { ByContactInfoQuery, FilterQuery, FrameworkQuery, SortBy } from '../store/index.js';
import { enumNumberOf } from './enumNumbers.js';
import { BadParameterError } from './errors.js';
import type { ParameterValues } from './parameterReader.js';
import type { OperationSpec } from './operations.js';

export interface QueryContext {
  document: OpenApiDocument;
  operation: OperationSpec;
  timeZone: string;
}

function schemaOf(context: QueryContext, name: string): Record<string, any> {
  const parameter = context.operation.parameters.find((p) => p.name === name);
  if (!parameter) throw new Error(`the contract gives ${context.operation.operationId} no parameter ${name}`);
  return parameter.schema;
}

function date(context: QueryContext, values: ParameterValues, name: string): number | undefined {
  const text = values[name] as string | undefined;
  if (text === undefined) return undefined;
  const micros = parseApiDate(text, context.timeZone);
  if (micros === undefined) throw new BadParameterError(name, `Value of parameter '${name}' is not valid: '${text}' is not a date the server accepts`);
  return micros;
}

const optionalEnum = (context: QueryContext, values: ParameterValues, name: string) =>
  values[name] === undefined ? undefined : enumNumberOf(context.document, schemaOf(context, name), values[name]);

const SORT_KEYS = new Set<unknown>(Object.values(ContactSortBy));

/** The framework's parameters: filterBy/filterOp with filterValue split on commas, `type`, the member sort. */
function frameworkQueryOf(context: QueryContext, values: ParameterValues, sortProperty: string | undefined): FrameworkQuery {
  const filterValue = values.filterValue as string | undefined;
  const filterOp = values.filterOp;
  return {
    filterBy: values.filterBy as string | undefined,
    // a name the contract lists, or any number, is an operation; any other name means equals
    filterOp: filterOp === undefined ? undefined : typeof filterOp === 'number' ? filterOp : operationNumber(context, filterOp),
    filterValues: filterValue?.split(','),
    kind: values.type as string | undefined,
    sortProperty,
    timeZone: context.timeZone,
  };
}

function operationNumber(context: QueryContext, name: unknown): number {
  try {
    return enumNumberOf(context.document, schemaOf(context, 'filterOp'), name);
  } catch {
    return enumNumberOf(context.document, schemaOf(context, 'filterOp'), 'equals');
  }
}

export function filterQueryOf(context: QueryContext, values: ParameterValues): FilterQuery {
  // a ContactSortBy name or a number sorts in the database; any other text names a member (memory mode)
  const sortBy = values.sortBy;
  const memberSort = typeof sortBy === 'string' && !SORT_KEYS.has(sortBy) ? sortBy : undefined;
  return {
    ...frameworkQueryOf(context, values, memberSort),
    tags: values.tags as string[] | undefined,
    contactStage: values.contactStage as number | undefined,
    contactType: values.contactType as number | undefined,
    contactListView: optionalEnum(context, values, 'contactListView'),
    fromDate: date(context, values, 'fromDate'),
    toDate: date(context, values, 'toDate'),
    // any case: the engine compares guids lower-cased
    responsibleId: values.responsibleid as string | undefined,
    isShared: values.isShared as boolean | undefined,
    // the name search takes the text before the first comma
    filterValue: (values.filterValue as string | undefined)?.split(',')[0],
    sortBy: SORT_KEYS.has(sortBy) ? (sortBy as SortBy) : undefined,
    // only the exact string `descending` sorts descending
    sortOrder: values.sortOrder === 'descending' ? 'descending' : 'ascending',
    startIndex: values.startIndex as number,
    count: values.count as number,
  };
}

export function byContactInfoQueryOf(context: QueryContext, values: ParameterValues): ByContactInfoQuery {
  // always the framework's paging: every sortBy names a member (a number too, which names none)
  const sortBy = values.sortBy;
  return {
    ...frameworkQueryOf(context, values, sortBy === undefined ? undefined : String(sortBy)),
    sortOrder: values.sortOrder === 'descending' ? 'descending' : 'ascending',
    infoType: enumNumberOf(context.document, schemaOf(context, 'infoType'), values.infoType),
    data: values.data as string | undefined,
    category: values.category as number | undefined,
    isPrimary: values.isPrimary as boolean | undefined,
    startIndex: values.startIndex as number,
    count: values.count as number,
  };
}
