// POST bodies as the real server reads them: JSON, a form, or XML, whichever the Content-Type says.
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';

const xmlParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

export function registerBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addContentTypeParser(['text/xml', 'application/xml'], { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    try {
      const parsed = xmlParser.parse(body as string) as Record<string, unknown>;
      const root = Object.keys(parsed).find((k) => !k.startsWith('?'));
      done(null, root ? parsed[root] : {});
    } catch (error) {
      done(Object.assign(new Error(`The request body is not well-formed XML: ${(error as Error).message}`), { statusCode: 400 }), undefined);
    }
  });
}

/** The body's top-level text fields as name/value pairs. */
export function bodyPairs(body: unknown): [string, string][] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.entries(body as Record<string, unknown>)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => [k, String(v)]);
}

/** The query string's name/value pairs, in order, repeated names kept. */
export function queryPairs(url: string): [string, string][] {
  const at = url.indexOf('?');
  return at < 0 ? [] : [...new URLSearchParams(url.slice(at + 1))];
}
