// What each operation of the contract does, by operation family (the suffix forms share one).
import type { AuthenticationRequest } from '@crm-contacts/types';
import type { FastifyRequest } from 'fastify';
import type { User } from '../data/model.js';
import { formatApiDate, type OpenApiDocument } from '@crm-contacts/contract';
import type { Format } from '../render/contactAnswers.js';
import { byContactInfoQueryOf, filterQueryOf, type ByContactInfoParameters, type FilterParameters } from './contactQueries.js';
import { listEnvelope } from './envelope.js';
import { AuthenticationFailedError, BadParameterError } from './errors.js';
import type { OperationSpec } from './operations.js';
import type { ParameterValues } from './parameterReader.js';
import type { ServedData } from './servedData.js';

/** The operation, and the data it is answered from (the start-up data's or a scenario's). */
export interface HandlerContext extends ServedData {
  document: OpenApiDocument;
  operation: OperationSpec;
  timeZone: string;
}

export interface HandlerInput<Values = ParameterValues> {
  request: FastifyRequest;
  /** The operation's query as the parameter reader gives it. */
  values: Values;
  viewer: User | undefined;
  /** Every name/value pair of the request (query, then body). */
  pairs: [string, string][];
  format: Format;
}

/** An object to write, or (lists) an answer already written from contact fragments. */
export type HandlerResult = { statusCode: number; body: unknown } | { statusCode: number; bytes: Buffer };

export type OperationHandler<Values = ParameterValues> = (context: HandlerContext, input: HandlerInput<Values>) => Promise<HandlerResult>;

const TOKEN_LIFETIME_MICROS = 30 * 24 * 3600 * 1_000_000;

const HANDLERS: { filterContacts: OperationHandler<FilterParameters>; getContactsByContactInfo: OperationHandler<ByContactInfoParameters>; authenticate: OperationHandler } = {
  async filterContacts(context, { values, viewer, format }) {
    const query = filterQueryOf(values, context.timeZone);
    // a member sort's first use builds its order a step at a time: other requests are answered meanwhile
    await context.engine.readyFor(query, viewerOf(viewer));
    const page = context.engine.filter(viewerOf(viewer), query);
    const envelope = listEnvelope({ items: page.indexes, startIndex: query.startIndex, count: query.count, total: page.total, more: page.more, reportedTotal: page.reportedTotal }, 'always');
    return { statusCode: 200, bytes: context.answers.list(envelope, page.indexes, viewerOf(viewer), 'filter', format, values.fields) };
  },

  async getContactsByContactInfo(context, { values, viewer, format }) {
    const query = byContactInfoQueryOf(values, context.timeZone);
    // a type's first search builds its indexes a step at a time: other requests are answered meanwhile
    await context.engine.readyFor(query, viewerOf(viewer));
    const page = context.engine.byContactInfo(viewerOf(viewer), query);
    const envelope = listEnvelope({ items: page.indexes, startIndex: query.startIndex, count: query.count, total: page.total }, 'whenMoreThanCount');
    return { statusCode: 200, bytes: context.answers.list(envelope, page.indexes, viewerOf(viewer), 'byContactInfo', format, values.fields) };
  },

  async authenticate(context, { pairs }) {
    // the credentials' field names are the contract's request schema's, matched in any case
    const fields = CREDENTIAL_FIELDS;
    const value = (name: string) => pairs.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    const userName = value(fields.userName);
    const password = value(fields.password);
    if (!userName) throw new BadParameterError(fields.userName, `Parameter '${fields.userName}' is required`);
    if (!password) throw new BadParameterError(fields.password, `Parameter '${fields.password}' is required`);
    const user = context.authenticator.byCredentials(userName, password);
    if (!user) throw new AuthenticationFailedError();
    const expires = formatApiDate(Date.now() * 1000 + TOKEN_LIFETIME_MICROS, context.timeZone);
    return { statusCode: 201, body: { count: 1, status: 0, statusCode: 201, response: { token: user.token, expires } } };
  },
};

/**
 * What an operation family of the contract does; undefined for one the emulator does not implement. The
 * values the reader gives a route are its operation's ContractQuery: the reader checked them against the
 * schemas those types are generated from (drift-checked in packages/types), hence the one cast.
 */
export function handlerFor(family: string): OperationHandler | undefined {
  return Object.hasOwn(HANDLERS, family) ? (HANDLERS[family as keyof typeof HANDLERS] as OperationHandler) : undefined;
}

const viewerOf = (user: User | undefined) => ({ id: user!.id, isAdmin: user!.isAdmin });

// the generated request type holds these names to the contract: a renamed field fails to compile
const CREDENTIAL_FIELDS = { userName: 'userName', password: 'password' } as const satisfies { [K in keyof AuthenticationRequest]-?: K };
