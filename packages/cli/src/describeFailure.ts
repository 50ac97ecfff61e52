// Turns what went wrong into crm's one-line message and exit code: the server's own message for its
// error envelopes, the network's reason when the server cannot be reached.
import { CrmApiError } from '@crm-contacts/client';
import { CliError, ExitCode } from './exitCodes.js';

// fetch (undici) rejects with TypeError('fetch failed') whose cause says why: a system error's code
// (ECONNREFUSED, ENOTFOUND, ...), or a message such as 'bad port'.
function networkReason(error: unknown): string | undefined {
  if (!(error instanceof TypeError) || error.message !== 'fetch failed') return undefined;
  const cause = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? 'no answer';
}

export function describeFailure(error: unknown, baseUrl?: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof CrmApiError) {
    const said = error.serverMessage ? `: ${error.serverMessage}` : '';
    if (error.kind === 'unauthorized') {
      return new CliError(`the server answered 401 Unauthorized: it does not accept this token (sign in with 'crm login --user NAME', or pass --token / CRM_TOKEN)`, ExitCode.NotSignedIn);
    }
    if (error.kind === 'error-envelope') {
      if (error.status === 400) return new CliError(`the server refused the request (400)${said}`, ExitCode.BadRequest);
      if (error.status === 401) return new CliError(`the server refused the credentials (401)${said}`, ExitCode.NotSignedIn);
      if (error.status === 403) return new CliError(`the server refused access (403)${said}`, ExitCode.Forbidden);
      return new CliError(`the server answered ${error.status}${said}`, ExitCode.UnexpectedAnswer);
    }
    return new CliError(error.message, ExitCode.UnexpectedAnswer);
  }
  const reason = networkReason(error);
  if (reason) return new CliError(`cannot reach ${baseUrl ?? 'the server'} (${reason}): is it running, and is the address right?`, ExitCode.Unreachable);
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`unexpected failure: ${message}`, ExitCode.Failure);
}
