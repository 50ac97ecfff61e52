// The control API under /__emulator/ (described in control-api/openapi.yaml): load, read, list and delete
// scenarios, read and clear the request journal, add, list and delete fault rules, and reset to the start-up data. Only the start-up data's administrators may call it, with
// the same credentials as the CRM API; every error is the API's error envelope naming the problem.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DEFAULT_SCENARIO_MAX_MB } from '../config.js';
import { FixturesError } from '../data/fixturesError.js';
import type { Scenarios } from '../scenarios/scenarios.js';
import type { Authenticator } from './authentication.js';
import { errorEnvelope } from './envelope.js';
import { ApiError, asApiError, errorOf } from './errors.js';
import type { ServedData } from './servedData.js';
import type { FaultRuleRequest, FaultRules } from '../faults/faultRules.js';
import type { JournalFilter, RequestJournal } from '../journal/requestJournal.js';
import { checkControlBody, readControlQuery } from './controlContract.js';
import type { FaultOptions } from './faults.js';

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

type NameParams = { Params: { name: string } };
type Query = { Querystring: Record<string, string | string[] | undefined> };

export async function controlApi(app: FastifyInstance, { scenarios, authenticator, maxBytes = DEFAULT_SCENARIO_MAX_MB * 1024 * 1024, journal, faultRules, faultDefaults }: ControlApiOptions): Promise<void> {
  // JSON bodies only: anything else (text, forms, XML, which the CRM routes take) is a 415
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.setErrorHandler((error, request, reply) => sendControlError(reply, error, maxBytes, (e) => request.log.error({ err: e }, 'unexpected failure')));
  app.addHook('onRequest', async (request) => {
    const user = await authenticator.identify(request);
    if (!user) throw ApiError.of('AuthenticationFailed', "The control API needs the administrator's token (Authorization header, as for the CRM API)");
    if (!user.isAdmin) throw ApiError.of('NoCrmAccess', `Only an administrator may use the control API; ${user.userName} is not one`);
  });

  app.get('/scenarios', async () => ({ scenarios: await scenarios.list() }));
  app.put<NameParams>('/scenarios/:name', { bodyLimit: maxBytes }, async (request, reply) => {
    const summary = await scenarios.load(request.params.name, request.body);
    return reply.code(summary.version === 1 ? 201 : 200).send(summary);
  });
  app.get<NameParams>('/scenarios/:name', async (request) => scenarios.read(request.params.name));
  app.delete<NameParams>('/scenarios/:name', async (request, reply) => {
    await scenarios.remove(request.params.name);
    return reply.code(204).send();
  });
  app.post('/reset', async () => ({ deleted: await scenarios.reset(), faultRules: faultRules.clear() }));

  app.get<Query>('/journal', async (request) => ({
    capacity: journal.capacity,
    entries: journal.entries(readControlQuery('readJournal', request.query) as JournalFilter),
  }));
  app.delete('/journal', async (_request, reply) => {
    journal.clear();
    return reply.code(204).send();
  });

  app.get('/faults', async () => ({
    defaults: { latencyMs: faultDefaults?.latencyMs ?? 0, errorRate: faultDefaults?.errorRate ?? 0 },
    capacity: faultRules.capacity,
    rules: faultRules.list(),
  }));
  app.post('/faults', async (request, reply) => reply.code(201).send(faultRules.add(checkControlBody<FaultRuleRequest>('addFaultRule', request.body))));
  app.delete('/faults', async () => ({ deleted: faultRules.clear() }));
  app.delete<{ Params: { id: string } }>('/faults/:id', async (request, reply) => {
    if (!faultRules.remove(request.params.id)) throw ApiError.of('NotFound', `No fault rule with id ${request.params.id}`);
    return reply.code(204).send();
  });
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
