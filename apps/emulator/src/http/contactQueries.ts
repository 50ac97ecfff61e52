// Turns the parameter values the contract-driven reader produced into the store's queries.
import type { OpenApiDocument } from '@crm-contacts/contract';
import { parseApiDate } from '../render/apiDate.js';
import type { ByContactInfoQuery, FilterQuery, SortBy } from '../store/index.js';
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

export function filterQueryOf(context: QueryContext, values: ParameterValues): FilterQuery {
  return {
    tags: values.tags as string[] | undefined,
    contactStage: values.contactStage as number | undefined,
    contactType: values.contactType as number | undefined,
    contactListView: optionalEnum(context, values, 'contactListView'),
    fromDate: date(context, values, 'fromDate'),
    toDate: date(context, values, 'toDate'),
    // any case: the engine compares guids lower-cased
    responsibleId: values.responsibleid as string | undefined,
    isShared: values.isShared as boolean | undefined,
    filterValue: values.filterValue as string | undefined,
    sortBy: values.sortBy as SortBy | undefined,
    // only the exact string `descending` sorts descending
    sortOrder: values.sortOrder === 'descending' ? 'descending' : 'ascending',
    startIndex: values.startIndex as number,
    count: values.count as number,
  };
}

export function byContactInfoQueryOf(context: QueryContext, values: ParameterValues): ByContactInfoQuery {
  return {
    infoType: enumNumberOf(context.document, schemaOf(context, 'infoType'), values.infoType),
    data: values.data as string | undefined,
    category: values.category as number | undefined,
    isPrimary: values.isPrimary as boolean | undefined,
    startIndex: values.startIndex as number,
    count: values.count as number,
  };
}
