/** A query the engine refuses (e.g. too many tags); the HTTP layer maps it to 400. */
export class BadQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadQueryError';
  }
}
