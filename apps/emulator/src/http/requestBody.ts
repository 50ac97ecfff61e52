// POST bodies as the real server reads them: JSON, a form, or XML, whichever the Content-Type says.
import type { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';

// loaded on the first XML body: few clients send one, and start-up need not pay for it
let xmlParser: XMLParser | undefined;
async function parseXmlBody(body: string): Promise<Record<string, unknown>> {
  if (!xmlParser) {
    const { XMLParser: Parser } = await import('fast-xml-parser');
    xmlParser = new Parser({ ignoreAttributes: true, parseTagValue: false });
  }
  return xmlParser.parse(body) as Record<string, unknown>;
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addContentTypeParser(['text/xml', 'application/xml'], { parseAs: 'string', bodyLimit: 64 * 1024 }, async (_request: unknown, body: string | Buffer) => {
    try {
      const parsed = await parseXmlBody(String(body));
      const root = Object.keys(parsed).find((k) => !k.startsWith('?'));
      return root ? parsed[root] : {};
    } catch (error) {
      throw Object.assign(new Error(`The request body is not well-formed XML: ${(error as Error).message}`), { statusCode: 400 });
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
