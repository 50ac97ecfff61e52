// The control API under /__emulator/ (described in control-api/openapi.yaml): load, read, list and delete
// scenarios, read and clear the request journal, add, list and delete fault rules, and reset to the start-up data. Only the start-up data's administrators may call it, with
// the same credentials as the CRM API; every error is the API's error envelope naming the problem.
import type { FastifyInstance, FastifyReply, RouteOptions } from 'fastify';
import { FixturesError } from '../data/fixturesError.js';
import type { Scenarios } from '../scenarios/scenarios.js';
import type { Authenticator } from './authentication.js';
import { errorEnvelope } from './envelope.js';
import { ApiError, asApiError, errorOf } from './errors.js';
import type { ServedData } from './servedData.js';
import type { FaultRules } from '../faults/faultRules.js';
import type { operations } from '../generated/controlApi.js';
import type { RequestJournal } from '../journal/requestJournal.js';
import { controlOperations, type ControlInput, type ControlOperation } from './controlContract.js';
import type { FaultOptions } from './faults.js';

/** The largest scenario document accepted when the settings name none (CRM_SCENARIO_MAX_MB): about 20,000 contacts of generated size. */
export const DEFAULT_SCENARIO_MAX_MB = 16;

export interface ControlApiOptions {
  scenarios: Scenarios<ServedData>;
  /** The start-up data's: scenarios cannot grant access to the control API. */
  authenticator: Authenticator;
  maxBytes?: number;
  journal: RequestJournal;
  faultRules: FaultRules;
  /** The start-up faults, the default rule. */
  faultDefaults?: FaultOptions;
}

// Each handler's input and 200 answer typed from the document's generated types: a handler missing, named
// wrong, or reading a member the document does not have fails the build.
type ControlOperationId = keyof operations;
type PathOf<K extends ControlOperationId> = operations[K]['parameters'] extends { path: infer P } ? P : Record<string, never>;
type QueryOf<K extends ControlOperationId> = NonNullable<operations[K]['parameters']['query']>;
type BodyOf<K extends ControlOperationId> = operations[K] extends { requestBody: { content: { 'application/json': infer B } } } ? B : unknown;
type OkOf<K extends ControlOperationId> = operations[K]['responses'] extends { 200: { content: { 'application/json': infer A } } } ? A : never;

/** One handler per operationId of the control API's document; what it returns is the 200 answer, or the reply it sent. */
export type ControlHandlers = {
  [K in ControlOperationId]: (input: { params: PathOf<K>; query: QueryOf<K>; body: BodyOf<K> }, reply: FastifyReply) => Promise<OkOf<K> | FastifyReply>;
};

export function controlHandlers({ scenarios, journal, faultRules, faultDefaults }: ControlApiOptions): ControlHandlers {
  return {
    listScenarios: async () => ({ scenarios: await scenarios.list() }),
    loadScenario: async ({ params, body }, reply) => {
      const summary = await scenarios.load(params.name, body);
      return reply.code(summary.version === 1 ? 201 : 200).send(summary);
    },
    readScenario: async ({ params }) => scenarios.read(params.name),
    deleteScenario: async ({ params }, reply) => {
      await scenarios.remove(params.name);
      return reply.code(204).send();
    },
    resetEmulator: async () => ({ deleted: await scenarios.reset(), faultRules: faultRules.clear() }),
    readJournal: async ({ query }) => ({ capacity: journal.capacity, entries: journal.entries(query) }),
    clearJournal: async (_input, reply) => {
      journal.clear();
      return reply.code(204).send();
    },
    listFaultRules: async () => ({
      defaults: { latencyMs: faultDefaults?.latencyMs ?? 0, errorRate: faultDefaults?.errorRate ?? 0 },
      capacity: faultRules.capacity,
      rules: faultRules.list(),
    }),
    addFaultRule: async ({ body }, reply) => reply.code(201).send(faultRules.add(body)),
    deleteFaultRules: async () => ({ deleted: faultRules.clear() }),
    deleteFaultRule: async ({ params }, reply) => {
      if (!faultRules.remove(params.id)) throw ApiError.of('NotFound', `No fault rule with id ${params.id}`);
      return reply.code(204).send();
    },
  };
}

/** A route per operation of the document, each to its handler; an operation without a handler, or a handler without an operation, is a start-up error. */
export function controlRoutes(operations: ControlOperation[], handlers: ControlHandlers): RouteOptions[] {
  const ids = new Set(operations.map((o) => o.operationId));
  const unhandled = [...ids].filter((id) => !Object.hasOwn(handlers, id));
  const unknown = Object.keys(handlers).filter((id) => !ids.has(id));
  if (unhandled.length || unknown.length) {
    throw new Error(`the control API's handlers do not match its document: ${[...unhandled.map((id) => `${id} has no handler`), ...unknown.map((id) => `${id} is not in the document`)].join('; ')}`);
  }
  return operations.map((operation) => ({
    method: operation.method,
    url: operation.url,
    // picked by operationId at run time (checked above against the document): the one place the input's type is asserted
    handler: async (request, reply) => (handlers[operation.operationId as ControlOperationId] as (input: ControlInput, reply: FastifyReply) => Promise<unknown>)(operation.read(request), reply),
  }));
}

export async function controlApi(app: FastifyInstance, options: ControlApiOptions): Promise<void> {
  const { authenticator, maxBytes = DEFAULT_SCENARIO_MAX_MB * 1024 * 1024 } = options;
  // JSON bodies only: anything else (text, forms, XML, which the CRM routes take) is a 415
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: maxBytes }, app.getDefaultJsonParser('error', 'error'));
  app.setErrorHandler((error, request, reply) => sendControlError(reply, error, maxBytes, (e) => request.log.error({ err: e }, 'unexpected failure')));
  app.addHook('onRequest', async (request) => {
    const user = await authenticator.identify(request);
    if (!user) throw ApiError.of('AuthenticationFailed', "The control API needs the administrator's token (Authorization header, as for the CRM API)");
    if (!user.isAdmin) throw ApiError.of('NoCrmAccess', `Only an administrator may use the control API; ${user.userName} is not one`);
  });
  for (const route of controlRoutes(controlOperations(), controlHandlers(options))) app.route(route);
}

function sendControlError(reply: FastifyReply, error: unknown, maxBytes: number, logUnexpected: (error: unknown) => void): FastifyReply {
  const answer = (failure: ApiError, data?: object) =>
    reply.code(failure.statusCode).type('application/json; charset=utf-8').send(errorEnvelope(failure, data));
  // what the control API says more precisely than the CRM routes; the rest is mapped as they map it
  if (error instanceof FixturesError) {
    return answer(ApiError.of('BadParameter', `The fixtures document was refused, nothing of it loaded: ${error.problems.length} problem(s)`), { problems: error.problems });
  }
  const { statusCode, message } = error as { statusCode?: number; message?: string };
  const badParameter = errorOf('BadParameter');
  if (statusCode === 413) return answer(new ApiError(413, `The scenario document is larger than the limit of ${maxBytes} bytes (CRM_SCENARIO_MAX_MB)`, badParameter[2]));
  if (statusCode === 415) return answer(new ApiError(415, `A scenario document is sent as application/json: ${message}`, badParameter[2]));
  const known = asApiError(error);
  if (known) return answer(known);
  logUnexpected(error);
  return answer(ApiError.of('ServerError', 'Internal error'));
}
