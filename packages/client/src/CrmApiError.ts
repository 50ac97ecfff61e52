// The one error the client throws for a server answer it cannot use: an error envelope, the plain-text
// 401, or an answer outside the contract (wrong content type, unreadable body, an HTML error page).

export type CrmApiErrorKind = 'error-envelope' | 'unauthorized' | 'unexpected-answer';

export interface CrmApiErrorDetails {
  kind: CrmApiErrorKind;
  status: number;
  contentType: string;
  url: string;
  serverMessage?: string;
  hresult?: number;
  body?: string;
}

// Enough of an unexpected body to recognise it (an HTML page's title, a proxy's message).
const EXCERPT_LENGTH = 200;

export class CrmApiError extends Error {
  override readonly name = 'CrmApiError';
  readonly kind: CrmApiErrorKind;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The answer's Content-Type, `''` when it had none. */
  readonly contentType: string;
  readonly url: string;
  /** The error envelope's `error.message`, when the server sent one. */
  readonly serverMessage?: string;
  /** The error envelope's `error.hresult` (the .NET HRESULT), when the server sent one. */
  readonly hresult?: number;
  /** The start of a body the client could not use. */
  readonly body?: string;

  constructor(details: CrmApiErrorDetails) {
    super(describe(details));
    this.kind = details.kind;
    this.status = details.status;
    this.contentType = details.contentType;
    this.url = details.url;
    this.serverMessage = details.serverMessage;
    this.hresult = details.hresult;
    this.body = details.body?.slice(0, EXCERPT_LENGTH);
  }
}

function describe({ kind, status, contentType, serverMessage, body }: CrmApiErrorDetails): string {
  const answered = `CRM server answered ${status} (${contentType || 'no content type'})`;
  if (kind === 'error-envelope') return `${answered}: ${serverMessage}`;
  if (kind === 'unauthorized') return `${answered}: Unauthorized — the token or credentials were not accepted`;
  return `${answered}, which the contract does not describe for this request${body ? `: ${body.slice(0, EXCERPT_LENGTH)}` : ''}`;
}

export const isCrmApiError = (value: unknown): value is CrmApiError => value instanceof CrmApiError;
