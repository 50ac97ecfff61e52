// Turns a server answer into the contract's object, or into a CrmApiError that names what came back.
import { CrmApiError } from './CrmApiError.js';
import { isJsonMedia, isXmlMedia, mediaTypeOf, type CrmFormat } from './answerFormat.js';

/** The component schema an answer is read as (XML needs it to restore arrays, numbers and booleans). */
export type AnswerSchema = 'ContactList' | 'AuthenticationResult';

/** What openapi-fetch hands back when asked for text: the text on success, text or parsed JSON on failure. */
export interface RawAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// The XML reader and its schemas load only when an XML answer arrives, keeping them out of the main bundle.
const readXmlAs = async (xml: string, schema: string) => (await import('./xml/readXmlAnswer.js')).readXmlAnswer(xml, schema);

export async function readAnswer<T>(answer: RawAnswer, format: CrmFormat, schema: AnswerSchema): Promise<T> {
  const { response } = answer;
  const contentType = response.headers.get('content-type') ?? '';
  const media = mediaTypeOf(contentType);
  const context = { status: response.status, contentType, url: response.url };
  const unexpected = (body?: string) => new CrmApiError({ kind: 'unexpected-answer', ...context, body });

  if (response.ok) {
    const text = typeof answer.data === 'string' ? answer.data : '';
    const expected = format === 'xml' ? isXmlMedia(media) : isJsonMedia(media);
    if (!expected) throw unexpected(text);
    const value = await parseBody(text, format, schema).catch(() => undefined);
    if (!isEnvelope(value, 'response')) throw unexpected(text);
    return value as T;
  }

  if (response.status === 401 && media === 'text/plain') throw new CrmApiError({ kind: 'unauthorized', ...context, body: String(answer.error ?? '') });
  const raw = answer.error;
  let envelope: unknown = typeof raw === 'object' ? raw : undefined;
  if (typeof raw === 'string' && isXmlMedia(media)) envelope = await readXmlAs(raw, 'ErrorEnvelope').catch(() => undefined);
  if ((isJsonMedia(media) || isXmlMedia(media)) && isEnvelope(envelope, 'error')) {
    const { message, hresult } = (envelope as { error: { message?: unknown; hresult?: unknown } }).error;
    if (typeof message === 'string') {
      throw new CrmApiError({ kind: 'error-envelope', ...context, serverMessage: message, hresult: typeof hresult === 'number' ? hresult : undefined });
    }
  }
  throw unexpected(typeof raw === 'string' ? raw : JSON.stringify(raw));
}

async function parseBody(text: string, format: CrmFormat, schema: AnswerSchema): Promise<unknown> {
  return format === 'xml' ? readXmlAs(text, schema) : JSON.parse(text);
}

const isEnvelope = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && key in value;
