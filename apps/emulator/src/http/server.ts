// The emulator's HTTP server: one route per path and method of the contract, each through the same
// steps (representation, faults, served data, authentication, contract-driven parameters, then its
// operation's handler: requestSteps.ts), plus what surrounds them: CORS, bodies, the journal, the control API.
import { loadContract, maxRequestHeaderBytes, pathFormOf, type OpenApiDocument } from '@crm-contacts/contract';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { User } from '../data/model.js';
import type { QueryEngine } from '../engine/queryEngine.js';
import { errorEnvelope } from './envelope.js';
import { answerClientError, ApiError, sendError } from './errors.js';
import type { FaultOptions } from './faults.js';
import { DEFAULT_FAULT_RULES_MAX, FaultRules } from '../faults/faultRules.js';
import { journalEntryLater } from '../journal/journalEntry.js';
import { DEFAULT_JOURNAL_SIZE, RequestJournal } from '../journal/requestJournal.js';
import { rewriteScenarioUrl, scenarioFromPath } from '../scenarios/scenarioPath.js';
import { registerCors, type CorsOrigins } from './cors.js';
import { readOperations } from './operations.js';
import { registerBodyParsers } from './requestBody.js';
import { chooseFormat, representationOf, send, type Format } from './representation.js';
import { crmRoute, decorateCrmRequest } from './requestSteps.js';
import type { Scenarios } from '../scenarios/scenarios.js';
import { UnknownScenarioError } from '../scenarios/errors.js';
import { SCENARIO_HEADER } from '../scenarios/scenarioHeader.js';
import { controlApi } from './controlApi.js';
import { servedData, type ServedData } from './servedData.js';

export interface ServerOptions {
  /** The start-up data's engine. */
  engine: QueryEngine;
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
  // Fastify applies its keep-alive (longer than a load balancer's 60 s) only to a server it makes itself: without
  // this a factory's server closes idle connections after Node's 5 s, and a pooled client's next request fails
  app.server.keepAliveTimeout = app.initialConfig.keepAliveTimeout!;
  registerCors(app, options.corsOrigins ?? '*', document);
  registerBodyParsers(app);
  const serving = { timeZone: options.timeZone, adminToken: options.adminToken?.token, fragmentCacheBytes: options.fragmentCacheBytes };
  const startUp = servedData(options.engine, serving, options.adminToken?.user);
  // the base URL's scenario wins over the header's: a page cannot remove a header its test harness adds
  const scenarioOf = (request: FastifyRequest): string | null => {
    const name = scenarioFromPath(request.raw) ?? request.headers[SCENARIO_HEADER_KEY];
    return name === undefined ? null : String(name);
  };
  const servedFor = (request: FastifyRequest): ServedData | Promise<ServedData> => {
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
    const entry = journalEntryLater(request, reply, scenarioOf(request), operationId, dropped);
    if (!requestLog) return journal.record(entry);
    const made = entry();
    journal.record(made);
    requestLog.info({ request: made }, 'request');
  };
  // a callback hook, not an async one: nothing here waits, and a promise per request costs a turn of the hook runner
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method !== 'OPTIONS' && request.url.startsWith('/api/')) record(request, reply, false);
    done();
  });

  // on PostgreSQL, whether this replica hears the others' scenario changes (false while its listener reconnects)
  app.get('/health', async () => {
    const following = options.scenarios?.following();
    return following === undefined ? { status: 'ok' } : { status: 'ok', scenarios: { following } };
  });

  decorateCrmRequest(app);
  const routeOf = crmRoute({
    document, timeZone: options.timeZone, faults: options.faults, faultRules, scenarioOf, servedFor, recordDropped: (request, reply) => record(request, reply, true),
  });
  for (const operation of operations) {
    app.route({ method: operation.method, url: operation.path, config: { operationId: operation.operationId }, ...routeOf(operation) });
  }

  app.setNotFoundHandler((request, reply) => {
    const format: Format = pathFormOf(request.url.split('?')[0]) === 'xml' ? 'xml' : 'json';
    const notFound = ApiError.of('NotFound', `No such method: ${request.method} ${request.url.split('?')[0]}`);
    send(reply, notFound.statusCode, format, errorEnvelope(notFound));
  });
  // What a step or a handler throws, and Fastify's own failures (a malformed JSON body, a body too large), in
  // the API's error envelope, in the representation the route answers in.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    return sendError(request, reply, request.answerFormat ?? chooseFormat(representationOf(request.url.split('?')[0]), request.headers.accept), error);
  });
  return app;
}
