// How the client proves who it is: the headers each request carries.

// One scheme at a time (or none, to call authenticate() first): the others are `never`.
export type CrmCredentials =
  /** A token from `authenticate()`, sent as the raw `Authorization` header (what the ONLYOFFICE clients do). */
  | { token: string; cookie?: never; basic?: never }
  /** The same token as the `asc_auth_key` cookie. Node only: browsers forbid setting Cookie; there the browser's own cookie goes along. */
  | { cookie: string; token?: never; basic?: never }
  /** A portal user's credentials as HTTP Basic. */
  | { basic: { userName: string; password: string }; token?: never; cookie?: never }
  | { token?: never; cookie?: never; basic?: never };

// btoa takes Latin-1 only; user names and passwords may be any Unicode, so encode UTF-8 first.
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function credentialHeaders(credentials: CrmCredentials): Record<string, string> {
  if (credentials.token !== undefined) return { Authorization: credentials.token };
  if (credentials.cookie !== undefined) return { Cookie: `asc_auth_key=${credentials.cookie}` };
  if (credentials.basic !== undefined) {
    const { userName, password } = credentials.basic;
    return { Authorization: `Basic ${base64Utf8(`${userName}:${password}`)}` };
  }
  return {};
}
