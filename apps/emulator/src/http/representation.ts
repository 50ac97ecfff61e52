// JSON or XML: the suffix decides when there is one (the real server's only switch); otherwise the
// emulator also honours Accept, the first of the known media types it lists.
import { writeXml } from '@crm-contacts/contract/xml';
import type { FastifyReply } from 'fastify';
import type { Representation } from './operations.js';

export type Format = 'json' | 'xml';

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'text/xml; charset=utf-8';

export function chooseFormat(representation: Representation, accept: string | undefined): Format {
  if (representation !== 'negotiate') return representation;
  if (!accept) return 'json';
  for (const part of accept.split(',')) {
    const type = part.split(';')[0].trim().toLowerCase();
    if (type === 'application/json') return 'json';
    if (type === 'text/xml' || type === 'application/xml') return 'xml';
  }
  return 'json';
}

/** Sends a body already serialised as JSON text, or an object serialised in the chosen format. */
export function send(reply: FastifyReply, statusCode: number, format: Format, body: unknown, jsonText?: string): FastifyReply {
  reply.code(statusCode);
  if (format === 'xml') return reply.type(XML_TYPE).send(writeXml(body));
  return reply.type(JSON_TYPE).send(jsonText ?? JSON.stringify(body));
}
