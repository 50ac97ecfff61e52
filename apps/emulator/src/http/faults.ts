// Latency, error statuses and dropped connections for consumers testing their own resilience (off by
// default): the start-up options (CRM_LATENCY_MS, CRM_ERROR_RATE) as the default rule for every request,
// and the run-time rules of the control API (faults/faultRules.ts) for the requests they match.
import { ERROR_KINDS, errorFacts } from '@crm-contacts/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultOutcome } from '../faults/faultRules.js';
import { unauthorized } from './authentication.js';
import { errorEnvelope } from './envelope.js';
import { ApiError, errorOf } from './errors.js';
import { send, type Format } from './representation.js';

export interface FaultOptions {
  latencyMs: number;
  errorRate: number;
  random?: () => number;
}

export async function injectFaults({ latencyMs, errorRate, random = Math.random }: FaultOptions): Promise<void> {
  if (latencyMs > 0) await sleep(latencyMs);
  if (errorRate > 0 && random() < errorRate) {
    throw ApiError.of('ServerError', 'Injected fault (CRM_ERROR_RATE)');
  }
}

const FACTS = errorFacts();

/** The error a rule's status is answered with: the contract's kind of that status, else a 5xx/4xx of its own. */
function injectedError(status: number): ApiError {
  const message = `Injected fault (a fault rule answers ${status})`;
  const kind = ERROR_KINDS.find((k) => FACTS[k].statusCode === status);
  if (kind) return ApiError.of(kind, message);
  return new ApiError(status, message, errorOf(status >= 500 ? 'ServerError' : 'BadParameter')[2]);
}

/**
 * Serves a matching rule's fault: waits its latency, then answers its status (401 as the plain text the
 * server sends) or drops the connection. Returns whether the request was answered (or dropped).
 */
export async function serveFault(outcome: FaultOutcome, request: FastifyRequest, reply: FastifyReply, format: Format): Promise<boolean> {
  if (outcome.latencyMs > 0) await sleep(outcome.latencyMs);
  if (outcome.drop) {
    reply.hijack();
    request.raw.socket.destroy();
    return true;
  }
  if (outcome.status === undefined) return false;
  if (outcome.status === 401) unauthorized(request, reply);
  else send(reply, outcome.status, format, errorEnvelope(injectedError(outcome.status)));
  return true;
}
