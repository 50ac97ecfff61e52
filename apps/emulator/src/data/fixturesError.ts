// Kept apart from the fixtures reader so that catching it does not load the JSON Schema validator.
export interface SchemaProblem {
  path: string;
  message: string;
}

/** A fixtures file that cannot be loaded; nothing of it has been loaded. */
export class FixturesError extends Error {
  constructor(readonly file: string, readonly problems: SchemaProblem[]) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'FixturesError';
  }
  get path(): string {
    return this.problems[0]?.path ?? '/';
  }
}
