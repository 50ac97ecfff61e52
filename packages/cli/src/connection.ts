// Which server and which token a command uses: --base-url / --token first, then CRM_BASE_URL /
// CRM_TOKEN (commander reads those), then what `crm login` stored.
import { createCrmClient, type CrmClient } from '@crm-contacts/client';
import { CredentialStore } from './credentialStore.js';
import { CliError, ExitCode } from './exitCodes.js';

export interface ConnectionOptions {
  baseUrl?: string;
  token?: string;
}

export function resolveBaseUrl(options: ConnectionOptions, store = new CredentialStore()): string {
  const baseUrl = options.baseUrl ?? store.currentServer();
  if (!baseUrl) {
    throw new CliError("no server: pass --base-url URL or set CRM_BASE_URL (the emulator of 'pnpm start' is http://127.0.0.1:8080)", ExitCode.Usage);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CliError(`--base-url must be an http:// or https:// address, got '${baseUrl}'`, ExitCode.Usage);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--base-url must be an http:// or https:// address, got '${baseUrl}'`, ExitCode.Usage);
  return baseUrl.replace(/\/+$/, '');
}

/** A client for the chosen server with the chosen token; a missing token is refused before any request. */
export function connect(options: ConnectionOptions, store = new CredentialStore()): { crm: CrmClient; baseUrl: string } {
  const baseUrl = resolveBaseUrl(options, store);
  const token = options.token ?? store.login(baseUrl)?.token;
  if (!token) {
    throw new CliError(`no token for ${baseUrl}: sign in with 'crm login --user NAME', or pass --token / set CRM_TOKEN`, ExitCode.NotSignedIn);
  }
  return { crm: createCrmClient({ baseUrl, token }), baseUrl };
}
