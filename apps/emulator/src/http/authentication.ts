// Who is calling, tried in the real server's order: asc_auth_key (query, then cookie) or the raw
// Authorization header; then Basic; then Bearer.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../data/model.js';

export interface Authenticator {
  identify(request: FastifyRequest): Promise<User | undefined>;
  /** The user with this name (in any case) and password (exact), as `authenticate` and Basic check them. */
  byCredentials(userName: string, password: string): User | undefined;
}

// A malformed escape (`%` alone) is kept as typed: it matches no token, so the caller answers 401.
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeCookieValue(part.slice(at + 1).trim());
  }
  return undefined;
}

function queryToken(url: string): string | undefined {
  const at = url.indexOf('?');
  // most calls carry no such parameter: skip parsing the query string for them
  if (at < 0 || !/asc_auth_key/i.test(url)) return undefined;
  for (const [name, value] of new URLSearchParams(url.slice(at + 1))) if (name.toLowerCase() === 'asc_auth_key' && value) return value;
  return undefined;
}

export function createAuthenticator(users: readonly User[], admin: { token?: string; user?: User }): Authenticator {
  const tokens = new Map(users.map((u) => [u.token, u]));
  const userNames = new Map(users.map((u) => [u.userName.toLowerCase(), u]));
  const byToken = (token: string) => (admin.token && admin.user && token === admin.token ? admin.user : tokens.get(token));
  const byCredentials = (userName: string, password: string) => {
    const user = userNames.get(userName.toLowerCase());
    return user && user.password === password ? user : undefined;
  };

  return {
    byCredentials,
    async identify(request) {
      const key = queryToken(request.url) ?? cookie(request.headers.cookie, 'asc_auth_key');
      if (key) return byToken(key);
      const authorization = request.headers.authorization?.trim();
      if (!authorization) return undefined;
      const space = authorization.indexOf(' ');
      const scheme = space > 0 ? authorization.slice(0, space).toLowerCase() : '';
      if (scheme === 'basic') {
        const decoded = Buffer.from(authorization.slice(space + 1).trim(), 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        return colon < 0 ? undefined : byCredentials(decoded.slice(0, colon), decoded.slice(colon + 1));
      }
      if (scheme === 'bearer') return byToken(authorization.slice(space + 1).trim());
      return byToken(authorization);
    },
  };
}

/** 401 with the plain-text body `Unauthorized`; with an Authorization header sent, a Basic challenge too. */
export function unauthorized(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (request.headers.authorization !== undefined) reply.header('www-authenticate', `Basic realm="${request.hostname}"`);
  return reply.code(401).type('text/plain; charset=utf-8').send('Unauthorized');
}
