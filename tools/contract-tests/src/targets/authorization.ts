// Turns a target's credentials into the Authorization header value the contract's ascAuthToken scheme
// takes, signing in first when only a user name and password are known.
import { operationPath } from '@crm-contacts/contract';
import type { Credentials } from './target.js';

export async function authorizationFor(baseUrl: string, credentials: Credentials): Promise<string> {
  if (credentials.token) return credentials.token;
  const response = await fetch(`${baseUrl}${operationPath('authenticate', 'json')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ userName: credentials.userName, password: credentials.password }),
  });
  const body = (await response.json().catch(() => ({}))) as { response?: { token?: string } };
  const token = body.response?.token;
  if (response.status !== 201 || !token) throw new Error(`sign-in as ${credentials.userName} at ${baseUrl} answered ${response.status}`);
  return token;
}
