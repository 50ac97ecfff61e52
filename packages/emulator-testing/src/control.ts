// The control API's client for the helpers: openapi-fetch typed by the types generated from its document, as
// the emulator's administrator. A refusal throws with the emulator's message and every problem it named.
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/controlApi.js';

export type ControlClient = Client<paths>;
export type ControlSchemas = components['schemas'];

export function controlClient(baseUrl: string, adminToken: string): ControlClient {
  return createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), headers: { authorization: adminToken } });
}

/** What a problem of a refused fixtures document looks like in the envelope's `data` (the document leaves `data` open). */
interface Problems { problems?: { path: string; message: string }[] }

/** The answer's data; a refusal (any status outside 2xx) throws, naming the call, the status and what the emulator said. */
export async function answered<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const envelope = error as Partial<ControlSchemas['ErrorEnvelope']> | string | undefined;
  const detail = typeof envelope === 'object' && envelope.error
    ? [envelope.error.message, ...((envelope.error.data as Problems | undefined)?.problems ?? []).map((p) => `  ${p.path}: ${p.message}`)].join('\n')
    : String(envelope ?? ''); // not an envelope: the text as it came
  throw new Error(`${response.url ? `${new URL(response.url).pathname}: ` : ''}${response.status} ${detail}`);
}
