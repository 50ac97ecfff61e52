// Errors the HTTP layer answers with the error envelope. Anything else is a 500 (and a bug). Status
// and HRESULT of each kind are the contract's (its error examples), read once.
import { errorFacts, type ErrorKind } from '@crm-contacts/contract';

const ERRORS = errorFacts();
const facts = (kind: ErrorKind) => [ERRORS[kind].statusCode, ERRORS[kind].message, ERRORS[kind].hresult] as const;

export class ApiError extends Error {
  constructor(readonly statusCode: number, message: string, readonly hresult: number) {
    super(message);
  }

  /** An error of a kind the contract describes; its message unless one is given. */
  static of(kind: ErrorKind, message?: string): ApiError {
    const [statusCode, text, hresult] = facts(kind);
    return new ApiError(statusCode, message ?? text, hresult);
  }
}

/** A missing or malformed parameter: 400, with a message naming it. */
export class BadParameterError extends ApiError {
  constructor(readonly parameter: string, message: string) {
    super(ERRORS.BadParameter.statusCode, message, ERRORS.BadParameter.hresult);
  }
}

export class AuthenticationFailedError extends ApiError {
  constructor() {
    super(...facts('AuthenticationFailed'));
  }
}

/** A portal user without access to the CRM module. */
export class NoCrmAccessError extends ApiError {
  constructor() {
    super(...facts('NoCrmAccess'));
  }
}
