// Errors the HTTP layer answers with the error envelope. Anything else is a 500 (and a bug).
export class ApiError extends Error {
  constructor(readonly statusCode: number, message: string, readonly hresult: number) {
    super(message);
  }
}

/** A missing or malformed parameter: 400, with a message naming it (hresult of ArgumentException). */
export class BadParameterError extends ApiError {
  constructor(readonly parameter: string, message: string) {
    super(400, message, -2147024809);
  }
}

export class AuthenticationFailedError extends ApiError {
  constructor() {
    super(401, 'User authentication failed', -2146233088);
  }
}

/** A portal user without access to the CRM module (hresult of SecurityException). */
export class NoCrmAccessError extends ApiError {
  constructor() {
    super(403, 'Access denied', -2146233078);
  }
}
