// What each operation of the contract does, by operation family (the suffix forms share one).
import type { OpenApiDocument } from '@crm-contacts/contract';
import type { FastifyRequest } from 'fastify';
import type { User } from '../data/model.js';
import { formatApiDate } from '../render/apiDate.js';
import type { ContactAnswers } from '../render/contactAnswers.js';
import type { Format } from '../render/answerTemplate.js';
import type { Store } from '../store/index.js';
import { byContactInfoQueryOf, filterQueryOf } from './contactQueries.js';
import { listEnvelope } from './envelope.js';
import { AuthenticationFailedError, BadParameterError } from './errors.js';
import type { OperationSpec } from './operations.js';
import type { ParameterValues } from './parameterReader.js';

export interface HandlerContext {
  document: OpenApiDocument;
  operation: OperationSpec;
  store: Store;
  answers: ContactAnswers;
  timeZone: string;
}

export interface HandlerInput {
  request: FastifyRequest;
  values: ParameterValues;
  viewer: User | undefined;
  /** Every name/value pair of the request (query, then body). */
  pairs: [string, string][];
  format: Format;
}

/** An object to write, or (lists) an answer already written from contact fragments. */
export type HandlerResult = { statusCode: number; body: unknown } | { statusCode: number; bytes: Buffer };

export type OperationHandler = (context: HandlerContext, input: HandlerInput) => Promise<HandlerResult>;

const TOKEN_LIFETIME_MICROS = 30 * 24 * 3600 * 1_000_000;

export function operationHandlers(): Record<string, OperationHandler> {
  return {
    async filterContacts(context, { values, viewer, format }) {
      const query = filterQueryOf(context, values);
      // a member sort's first use builds its order a step at a time: other requests are answered meanwhile
      await context.store.engine.readyFor(query, viewerOf(viewer));
      const page = context.store.engine.filter(viewerOf(viewer), query);
      const envelope = listEnvelope({ items: page.indexes, startIndex: query.startIndex, count: query.count, total: page.total, more: page.more, reportedTotal: page.reportedTotal }, 'always');
      return { statusCode: 200, bytes: context.answers.list(envelope, page.indexes, viewerOf(viewer), 'filter', format, fieldsOf(values)) };
    },

    async getContactsByContactInfo(context, { values, viewer, format }) {
      const query = byContactInfoQueryOf(context, values);
      // a type's first search builds its indexes a step at a time: other requests are answered meanwhile
      await context.store.engine.readyFor(query, viewerOf(viewer));
      const page = context.store.engine.byContactInfo(viewerOf(viewer), query);
      const envelope = listEnvelope({ items: page.indexes, startIndex: query.startIndex, count: query.count, total: page.total }, 'whenMoreThanCount');
      return { statusCode: 200, bytes: context.answers.list(envelope, page.indexes, viewerOf(viewer), 'byContactInfo', format, fieldsOf(values)) };
    },

    async authenticate(context, { pairs }) {
      // the credentials' field names come from the contract's request schema, matched in any case
      const fields = credentialFields(context.document);
      const value = (name: string) => pairs.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
      const userName = value(fields.userName);
      const password = value(fields.password);
      if (!userName) throw new BadParameterError(fields.userName, `Parameter '${fields.userName}' is required`);
      if (!password) throw new BadParameterError(fields.password, `Parameter '${fields.password}' is required`);
      const user = await context.store.userByCredentials(userName, password);
      if (!user) throw new AuthenticationFailedError();
      const expires = formatApiDate(Date.now() * 1000 + TOKEN_LIFETIME_MICROS, context.timeZone);
      return { statusCode: 201, body: { count: 1, status: 0, statusCode: 201, response: { token: user.token, expires } } };
    },
  };
}

// `fields`: the members each contact keeps (the reader gives the contract's spelling where it knows the name)
const fieldsOf = (values: ParameterValues) => values.fields as string[] | undefined;

const viewerOf = (user: User | undefined) => ({ id: user!.id, isAdmin: user!.isAdmin });

function credentialFields(document: OpenApiDocument): { userName: string; password: string } {
  const names = Object.keys(document.components.schemas.AuthenticationRequest.properties);
  const find = (wanted: string) => names.find((n) => n.toLowerCase() === wanted.toLowerCase()) ?? wanted;
  return { userName: find('userName'), password: find('password') };
}
