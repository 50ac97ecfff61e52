// Errors the HTTP layer answers with the error envelope. Anything else is a 500 (and a bug). Status
// and HRESULT of each kind are the contract's (its error examples), read once.
import { errorFacts, maxRequestHeaderBytes, pathFormOf, type ErrorKind } from '@crm-contacts/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { FixturesError } from '../data/fixturesError.js';
import { StoreUnavailableError } from '../db/storeUnavailable.js';
import { BadQueryError } from '../engine/badQuery.js';
import { errorEnvelope } from './envelope.js';
import { send, serialise, type Format } from './representation.js';

const ERRORS = errorFacts();
/** Status, message (the contract's unless one is given) and HRESULT of an error kind, as ApiError takes them. */
export const errorOf = (kind: ErrorKind, message?: string) => [ERRORS[kind].statusCode, message ?? ERRORS[kind].message, ERRORS[kind].hresult] as const;

export class ApiError extends Error {
  constructor(readonly statusCode: number, message: string, readonly hresult: number) {
    super(message);
  }

  /** An error of a kind the contract describes; its message unless one is given. */
  static of(kind: ErrorKind, message?: string): ApiError {
    return new ApiError(...errorOf(kind, message));
  }
}

/** A missing or malformed parameter: 400, with a message naming it. */
export class BadParameterError extends ApiError {
  constructor(readonly parameter: string, message: string) {
    super(...errorOf('BadParameter', message));
  }
}

export class AuthenticationFailedError extends ApiError {
  constructor() {
    super(...errorOf('AuthenticationFailed'));
  }
}

/** A portal user without access to the CRM module. */
export class NoCrmAccessError extends ApiError {
  constructor() {
    super(...errorOf('NoCrmAccess'));
  }
}

// Ours as they are; the store's bad queries and Fastify's client errors (a malformed, oversized or
// unsupported body: 400, 413, 415) as the 400 the contract describes, their message naming what was wrong.
// Anything else is undefined: a bug, answered 500.
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  // not the caller's fault nor a bug: the database is away, and the answer says so (503)
  if (error instanceof StoreUnavailableError) return new ApiError(503, error.message, errorOf('ServerError')[2]);
  const status = (error as { statusCode?: number }).statusCode;
  // a stored scenario that no longer loads (written by another version of the emulator) is a bad document too
  if (error instanceof BadQueryError || error instanceof FixturesError || (status && status >= 400 && status < 500)) return ApiError.of('BadParameter', (error as Error).message);
  return undefined;
}

/** An error in the API's envelope, in the format given; anything not ours is logged and answered 500. */
export function sendError(request: FastifyRequest, reply: FastifyReply, format: Format, error: unknown): FastifyReply {
  let answer = asApiError(error);
  if (!answer) {
    request.log.error({ err: error }, 'unexpected failure');
    answer = ApiError.of('ServerError', 'Internal error');
  }
  return send(reply, answer.statusCode, format, errorEnvelope(answer));
}

const HEADER_KIB = maxRequestHeaderBytes() / 1024;

// Requests Node refuses before routing (a request line or headers over the limit, malformed HTTP):
// the 400 envelope, in XML when the packet at hand still shows an `.xml` request line (for a request
// far over the limit it holds only the latest chunk, and the answer is JSON).
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const message = tooLarge ? `The request line and headers exceed ${HEADER_KIB} KiB` : 'Malformed HTTP request';
  const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket : Buffer.alloc(0);
  const requestLine = packet.subarray(0, 4096).toString('latin1').split('\r\n')[0];
  const path = requestLine.split(' ')[1]?.split('?')[0] ?? '';
  const answer = serialise(400, pathFormOf(path) === 'xml' ? 'xml' : 'json', errorEnvelope(ApiError.of('BadParameter', message)));
  const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: ${answer.contentType}\r\nContent-Length: ${Buffer.byteLength(answer.body)}\r\nConnection: close\r\n\r\n`;
  socket.end(head + answer.body);
}
