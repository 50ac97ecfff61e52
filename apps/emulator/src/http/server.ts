// The emulator's HTTP server: one route per path and method of the contract, each through the same
// pipeline (faults, representation, authentication, contract-driven parameters, handler, envelope).
import { loadContract, maxRequestHeaderBytes, pathFormOf, type OpenApiDocument } from '@crm-contacts/contract';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hasCrmAccess, type User } from '../data/model.js';
import type { Store } from '../store/index.js';
import { unauthorized } from './authentication.js';
import { errorEnvelope } from './envelope.js';
import { ApiError, asApiError, NoCrmAccessError } from './errors.js';
import { injectFaults, serveFault, type FaultOptions } from './faults.js';
import { FaultRules } from '../faults/faultRules.js';
import { journalEntry } from '../journal/journalEntry.js';
import { RequestJournal } from '../journal/requestJournal.js';
import { rewriteScenarioUrl, scenarioFromPath } from '../scenarios/scenarioPath.js';
import { registerCors, type CorsOrigins } from './cors.js';
import { DEFAULT_FAULT_RULES_MAX, DEFAULT_JOURNAL_SIZE } from '../config.js';
import { operationHandlers, type HandlerContext } from './handlers.js';
import { readOperations, type OperationSpec } from './operations.js';
import { ParameterReader } from './parameterReader.js';
import { bodyPairs, queryPairs, registerBodyParsers } from './requestBody.js';
import { chooseFormat, contentTypeOf, representationOf, send, serialise, type Format } from './representation.js';
import type { Scenarios } from '../scenarios/scenarios.js';
import { UnknownScenarioError } from '../scenarios/errors.js';
import { SCENARIO_HEADER } from '../scenarios/scenarioHeader.js';
import { controlApi } from './controlApi.js';
import { servedData, type ServedData } from './servedData.js';

export interface ServerOptions {
  store: Store;
  timeZone: string;
  /** A fixed token for this user (CRM_ADMIN_TOKEN), besides its own. */
  adminToken?: { token: string; user: User };
  faults?: FaultOptions;
  /** Fastify's log level; `warn` unless given (`crm-emulator` gives `info`, see config.ts). */
  logLevel?: string;
  /** Bytes of written contact fragments kept (CRM_FRAGMENT_CACHE_MB). */
  fragmentCacheBytes?: number;
  document?: OpenApiDocument;
  /** Scenarios selected by the X-Emulator-Scenario header and loaded through the control API (/__emulator/). */
  scenarios?: Scenarios<ServedData>;
  /** The largest scenario document the control API accepts, in bytes. */
  scenarioMaxBytes?: number;
  /** CORS: any origin (`*`, the default), these origins, or `off`. */
  corsOrigins?: CorsOrigins;
  /** The request journal's capacity (CRM_JOURNAL_SIZE); 0 switches it off. */
  journalSize?: number;
  /** One JSON line per CRM request through the logger (CRM_LOG_REQUESTS). */
  logRequests?: boolean;
  /** The most fault rules the control API keeps (CRM_FAULT_RULES_MAX). */
  faultRulesMax?: number;
}


const SCENARIO_HEADER_KEY = SCENARIO_HEADER.toLowerCase();

// Room for everything the contract admits: the most tags at their longest, percent-encoded.
const MAX_HEADER_BYTES = maxRequestHeaderBytes();

// Requests Node refuses before routing (a request line or headers over the limit, malformed HTTP):
// the 400 envelope, in XML when the packet at hand still shows an `.xml` request line (for a request
// far over the limit it holds only the latest chunk, and the answer is JSON).
function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const message = tooLarge ? `The request line and headers exceed ${MAX_HEADER_BYTES / 1024} KiB` : 'Malformed HTTP request';
  const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket : Buffer.alloc(0);
  const requestLine = packet.subarray(0, 4096).toString('latin1').split('\r\n')[0];
  const path = requestLine.split(' ')[1]?.split('?')[0] ?? '';
  const answer = serialise(400, pathFormOf(path) === 'xml' ? 'xml' : 'json', errorEnvelope(ApiError.of('BadParameter', message)));
  const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: ${answer.contentType}\r\nContent-Length: ${Buffer.byteLength(answer.body)}\r\nConnection: close\r\n\r\n`;
  socket.end(head + answer.body);
}

const PUBLIC_FAMILIES = new Set(['authenticate']);
// Embedded in a test suite the emulator says only what went wrong; the command line asks for more.
const EMBEDDED_LOG_LEVEL = 'warn';

export function buildServer(options: ServerOptions): FastifyInstance {
  const document = options.document ?? loadContract();
  const app = Fastify({
    logger: { level: options.logLevel ?? EMBEDDED_LOG_LEVEL },
    // quiet by default: one line per request would drown the banner
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
    // Room for the longest tag lists the contract allows; longer requests get a 400, not a bare 431.
    serverFactory: (handler) => createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler as (req: IncomingMessage, res: ServerResponse) => void),
    clientErrorHandler: answerClientError,
    // `/__scenarios/<name>/api/...`: a scenario by base URL (scenarios/scenarioPath.ts)
    rewriteUrl: rewriteScenarioUrl,
  });
  registerCors(app, options.corsOrigins ?? '*', document);
  registerBodyParsers(app);
  const handlers = operationHandlers();
  const serving = { timeZone: options.timeZone, adminToken: options.adminToken?.token, fragmentCacheBytes: options.fragmentCacheBytes };
  const startUp = servedData(options.store, serving, options.adminToken?.user);
  // the base URL's scenario wins over the header's: a page cannot remove a header its test harness adds
  const scenarioOf = (request: FastifyRequest): string | null => {
    const name = scenarioFromPath(request.raw) ?? request.headers[SCENARIO_HEADER_KEY];
    return name === undefined ? null : String(name);
  };
  const dataFor = (request: FastifyRequest): ServedData | Promise<ServedData> => {
    const name = scenarioOf(request);
    if (name === null) return startUp;
    if (!options.scenarios) throw new UnknownScenarioError(name);
    return options.scenarios.select(name);
  };
  const journal = new RequestJournal(options.journalSize ?? DEFAULT_JOURNAL_SIZE);
  const operations = readOperations(document);
  const faultRules = new FaultRules(options.faultRulesMax ?? DEFAULT_FAULT_RULES_MAX, {
    operationIds: new Set(operations.flatMap((o) => [o.operationId, o.family])),
    paths: new Set(operations.map((o) => o.path)),
  });
  if (options.scenarios) {
    void app.register(controlApi, {
      scenarios: options.scenarios, authenticator: startUp.authenticator, maxBytes: options.scenarioMaxBytes,
      journal, faultRules, faultDefaults: options.faults,
    });
  }
  // every CRM request answered (not the control API, the page or preflights) into the journal and, asked for, the log
  const requestLog = options.logRequests ? app.log.child({}, { level: 'info' }) : undefined;
  const record = (request: FastifyRequest, reply: FastifyReply, dropped: boolean) => {
    if (journal.capacity === 0 && !requestLog) return;
    const operationId = (request.routeOptions.config as { operationId?: string }).operationId ?? null;
    const entry = journalEntry(request, reply, scenarioOf(request), operationId, dropped);
    journal.record(entry);
    requestLog?.info({ request: entry }, 'request');
  };
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'OPTIONS' && request.url.startsWith('/api/')) record(request, reply, false);
  });

  // on PostgreSQL, whether this replica hears the others' scenario changes (false while its listener reconnects)
  app.get('/health', async () => {
    const following = options.scenarios?.following();
    return following === undefined ? { status: 'ok' } : { status: 'ok', scenarios: { following } };
  });

  for (const operation of operations) {
    const handler = handlers[operation.family];
    if (!handler) throw new Error(`the contract describes ${operation.operationId}, which the emulator does not implement`);
    const reader = new ParameterReader(operation.parameters, document);
    app.route({
      method: operation.method,
      url: operation.path,
      config: { operationId: operation.operationId },
      handler: async (request, reply) => {
        const format = chooseFormat(operation.representation, request.headers.accept);
        try {
          if (options.faults) await injectFaults(options.faults);
          const outcome = faultRules.outcomeFor({ scenario: scenarioOf(request), operationId: operation.operationId, family: operation.family, path: operation.path, query: queryPairs(request.url) });
          if (outcome && await serveFault(outcome, request, reply, format)) {
            if (outcome.drop) record(request, reply, true); // a hijacked reply has no onResponse
            return reply;
          }
          const data = await dataFor(request);
          let viewer: User | undefined;
          if (!PUBLIC_FAMILIES.has(operation.family)) {
            viewer = await data.authenticator.identify(request);
            if (!viewer) return unauthorized(request, reply);
            if (!hasCrmAccess(viewer)) throw new NoCrmAccessError();
          }
          const pairs = queryPairs(request.url);
          if (operation.method === 'POST') pairs.push(...bodyPairs(request.body));
          const values = reader.read(pairs);
          const context: HandlerContext = { document, operation, store: data.store, answers: data.answers, timeZone: options.timeZone };
          const result = await handler(context, { request, values, viewer, pairs, format });
          if ('bytes' in result) return reply.code(result.statusCode).type(contentTypeOf(format)).send(result.bytes);
          return send(reply, result.statusCode, format, result.body);
        } catch (error) {
          return sendError(request, reply, format, error);
        }
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const format: Format = pathFormOf(request.url.split('?')[0]) === 'xml' ? 'xml' : 'json';
    const notFound = ApiError.of('NotFound', `No such method: ${request.method} ${request.url.split('?')[0]}`);
    send(reply, notFound.statusCode, format, errorEnvelope(notFound));
  });
  // Fastify's own failures (a malformed JSON body, a body too large) in the API's error envelope, in
  // the representation the route would have answered in.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    return sendError(request, reply, chooseFormat(representationOf(request.url.split('?')[0]), request.headers.accept), error);
  });
  return app;
}

function sendError(request: FastifyRequest, reply: FastifyReply, format: Format, error: unknown): FastifyReply {
  let answer = asApiError(error);
  if (!answer) {
    request.log.error({ err: error }, 'unexpected failure');
    answer = ApiError.of('ServerError', 'Internal error');
  }
  return send(reply, answer.statusCode, format, errorEnvelope(answer));
}
