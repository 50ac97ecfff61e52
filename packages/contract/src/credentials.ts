// Where the contract lets a client put its credentials (its security schemes), and how a record of a
// request (a journal, a log line) masks them: never a whole token, only enough to tell two apart.
import { loadContract, type OpenApiDocument } from './loadContract.js';

export interface CredentialPlaces {
  /** Lower-case header names (`authorization`). */
  headers: string[];
  /** Query parameter names, compared in any case as the server reads them (`asc_auth_key`). */
  query: string[];
  /** Cookie names (`asc_auth_key`). */
  cookies: string[];
}

/** Every place a security scheme of the document carries a credential. */
export function credentialPlaces(document: OpenApiDocument = loadContract()): CredentialPlaces {
  const places: CredentialPlaces = { headers: [], query: [], cookies: [] };
  const add = (list: string[], name: string) => { if (!list.includes(name)) list.push(name); };
  for (const scheme of Object.values<any>(document.components?.securitySchemes ?? {})) {
    if (scheme.type === 'http') add(places.headers, 'authorization');
    else if (scheme.type === 'apiKey' && scheme.in === 'header') add(places.headers, String(scheme.name).toLowerCase());
    else if (scheme.type === 'apiKey' && scheme.in === 'query') add(places.query, String(scheme.name).toLowerCase());
    else if (scheme.type === 'apiKey' && scheme.in === 'cookie') add(places.cookies, String(scheme.name));
  }
  return places;
}

const SCHEME_WORD = /^(Basic|Bearer)\s+/i;

/** A credential cut to a quarter of its length, at most 4 characters, and its length: `emu_…(48 characters)`. */
export function maskSecret(value: string): string {
  const scheme = SCHEME_WORD.exec(value)?.[0] ?? '';
  const secret = value.slice(scheme.length);
  if (secret === '') return value;
  return `${scheme}${secret.slice(0, Math.min(4, Math.floor(secret.length / 4)))}…(${secret.length} characters)`;
}

/** A query string (without `?`) with the credential parameters' values masked. */
export function maskQueryCredentials(query: string, places: CredentialPlaces): string {
  if (query === '') return query;
  return query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    if (at < 0) return pair;
    let name = pair.slice(0, at);
    try { name = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* a malformed escape: compared as sent */ }
    if (!places.query.includes(name.toLowerCase())) return pair;
    let value = pair.slice(at + 1);
    try { value = decodeURIComponent(value.replace(/\+/g, ' ')); } catch { /* as sent */ }
    return `${pair.slice(0, at)}=${encodeURIComponent(maskSecret(value))}`;
  }).join('&');
}

/** A Cookie header with the credential cookies' values masked. */
export function maskCookieCredentials(cookie: string, places: CredentialPlaces): string {
  return cookie.split(';').map((part) => {
    const at = part.indexOf('=');
    if (at < 0 || !places.cookies.includes(part.slice(0, at).trim())) return part;
    return `${part.slice(0, at)}=${maskSecret(part.slice(at + 1).trim())}`;
  }).join(';');
}

/** The headers worth recording, credentials masked: those named, in the order named, when present. */
export function maskedHeaders(headers: Record<string, string | string[] | undefined>, names: readonly string[], places: CredentialPlaces): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of names) {
    const raw = headers[name];
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    kept[name] = name === 'cookie' ? maskCookieCredentials(value, places) : places.headers.includes(name) ? maskSecret(value) : value;
  }
  return kept;
}
