// Turns a target's credentials into the Authorization header value the contract's ascAuthToken scheme
// takes, signing in first when only a user name and password are known.
import { operationPath } from '@crm-contacts/contract';
import type { Send } from '../property/client.js';
import type { Credentials } from './target.js';

export interface SignInAnswer {
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  token?: string;
}

/** One sign-in (`POST api/2.0/authentication`), its answer as sent. */
export async function signIn(baseUrl: string, userName: string, password: string, send: Send = fetch): Promise<SignInAnswer> {
  const url = `${baseUrl}${operationPath('authenticate', 'json')}`;
  const response = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ userName, password }),
  });
  const body = await response.text();
  let token: string | undefined;
  try {
    token = (JSON.parse(body) as { response?: { token?: string } }).response?.token;
  } catch {
    token = undefined;
  }
  return { url, status: response.status, contentType: response.headers.get('content-type'), body, token };
}

export async function authorizationFor(baseUrl: string, credentials: Credentials): Promise<string> {
  if (credentials.token) return credentials.token;
  const answer = await signIn(baseUrl, credentials.userName ?? '', credentials.password ?? '');
  if (answer.status !== 201 || !answer.token) throw new Error(`sign-in as ${credentials.userName} at ${baseUrl} answered ${answer.status}`);
  return answer.token;
}
