// JSON or XML: the suffix decides when there is one (the real server's only switch); otherwise the
// emulator also honours Accept, the first of the known media types it lists.
// the writer alone: the reader's XML parser is not needed to answer
import { pathFormOf } from '@crm-contacts/contract';
import { writeXml } from '@crm-contacts/contract/xml/write';
import type { FastifyReply } from 'fastify';

export type { Format } from '../render/contactAnswers.js';
import type { Format } from '../render/contactAnswers.js';

/** How a route answers: JSON or XML as its suffix says, or negotiated by Accept on a plain path. */
export type Representation = 'negotiate' | 'json' | 'xml';

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'text/xml; charset=utf-8';

export const contentTypeOf = (format: Format): string => (format === 'xml' ? XML_TYPE : JSON_TYPE);

/** What a path's suffix asks for (the contract's forms); a plain path negotiates by Accept. */
export function representationOf(path: string): Representation {
  const form = pathFormOf(path);
  return form === 'plain' ? 'negotiate' : form;
}

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

/** The answer as text in the chosen format, with its content type. */
export function serialise(statusCode: number, format: Format, body: unknown): { statusCode: number; contentType: string; body: string } {
  return { statusCode, contentType: contentTypeOf(format), body: format === 'xml' ? writeXml(body) : JSON.stringify(body) };
}

export function send(reply: FastifyReply, statusCode: number, format: Format, body: unknown): FastifyReply {
  const answer = serialise(statusCode, format, body);
  return reply.code(answer.statusCode).type(answer.contentType).send(answer.body);
}
