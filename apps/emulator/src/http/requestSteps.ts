// The steps of a CRM request, as a Fastify route's one hook and its handler: on request, the representation it
// answers in and the faults that apply to it; in the handler, once its body is parsed, the data it is answered from (the
// start-up data or a scenario's), who calls, and its parameters read as the contract says; then its
// operation's handler, and the answer sent. What each step finds is a request decoration the next ones read.
import type { OpenApiDocument } from '@crm-contacts/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteHandlerMethod } from 'fastify';
import { hasCrmAccess, type User } from '../data/model.js';
import type { FaultRules } from '../faults/faultRules.js';
import { unauthorized } from './authentication.js';
import { NoCrmAccessError } from './errors.js';
import { injectFaults, serveFault, type FaultOptions } from './faults.js';
import { handlerFor, type HandlerContext } from './handlers.js';
import type { OperationSpec } from './operations.js';
import { ParameterReader, type ParameterValues } from './parameterReader.js';
import { bodyPairs, queryPairs } from './requestBody.js';
import { chooseFormat, contentTypeOf, send, type Format } from './representation.js';
import type { ServedData } from './servedData.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** JSON or XML: the route's suffix, else Accept. */
    answerFormat: Format;
    /** What this request is answered from: the start-up data, or its scenario's. */
    served: ServedData;
    /** Who calls; undefined on a public operation (sign-in). */
    viewer: User | undefined;
    /** Every name/value pair of the request (query, then body). */
    pairs: [string, string][];
    /** The operation's query as the parameter reader gives it. */
    parameters: ParameterValues;
  }
}

export interface CrmRouteOptions {
  document: OpenApiDocument;
  /** The portal's time zone (CRM_TIMEZONE). */
  timeZone: string;
  /** The start-up faults (CRM_LATENCY_MS, CRM_ERROR_RATE). */
  faults?: FaultOptions;
  faultRules: FaultRules;
  scenarioOf(request: FastifyRequest): string | null;
  servedFor(request: FastifyRequest): ServedData | Promise<ServedData>;
  /** Journals a request a fault dropped: a hijacked reply has no onResponse. */
  recordDropped(request: FastifyRequest, reply: FastifyReply): void;
}

export interface CrmRoute {
  onRequest: onRequestHookHandler;
  handler: RouteHandlerMethod;
}

const PUBLIC_FAMILIES = new Set(['authenticate']);

/** The request members the steps fill in, declared up front so that every request keeps one shape. */
export function decorateCrmRequest(app: FastifyInstance): void {
  for (const name of ['answerFormat', 'served', 'viewer', 'pairs', 'parameters']) app.decorateRequest(name, null);
}

/** Each operation's route: its steps and its handler. */
export function crmRoute(options: CrmRouteOptions): (operation: OperationSpec) => CrmRoute {
  const startUpFaults = options.faults;
  return (operation) => {
    const handle = handlerFor(operation.family);
    if (!handle) throw new Error(`the contract describes ${operation.operationId}, which the emulator does not implement`);
    const reader = new ParameterReader(operation.parameters, options.document);
    // One hook before the body and the rest in the handler: each async hook is a promise and a turn of
    // Fastify's hook runner per request, and these steps have nothing to run between them.
    return {
      async onRequest(request, reply) {
        request.answerFormat = chooseFormat(operation.representation, request.headers.accept);
        if (startUpFaults) await injectFaults(startUpFaults);
        // the query string parsed once: the fault rules match on it, then the parameters are read from it
        request.pairs = queryPairs(request.url);
        const outcome = options.faultRules.outcomeFor({
          scenario: options.scenarioOf(request), operationId: operation.operationId, family: operation.family, path: operation.path, query: request.pairs,
        });
        if (outcome && await serveFault(outcome, request, reply, request.answerFormat)) {
          if (outcome.drop) options.recordDropped(request, reply);
          return reply;
        }
      },
      async handler(request, reply) {
        // the data it is answered from, who calls, then its parameters (once the body is parsed)
        const servedOrPending = options.servedFor(request);
        request.served = servedOrPending instanceof Promise ? await servedOrPending : servedOrPending;
        if (!PUBLIC_FAMILIES.has(operation.family)) {
          const viewer = await request.served.authenticator.identify(request);
          if (!viewer) return unauthorized(request, reply);
          if (!hasCrmAccess(viewer)) throw new NoCrmAccessError();
          request.viewer = viewer;
        }
        if (operation.method === 'POST') request.pairs = [...request.pairs, ...bodyPairs(request.body)];
        request.parameters = reader.read(request.pairs);
        const format = request.answerFormat;
        const context: HandlerContext = { ...request.served, document: options.document, operation, timeZone: options.timeZone };
        const result = await handle(context, { request, values: request.parameters, viewer: request.viewer, pairs: request.pairs, format });
        if ('bytes' in result) return reply.code(result.statusCode).type(contentTypeOf(format)).send(result.bytes);
        return send(reply, result.statusCode, format, result.body);
      },
    };
  };
}
