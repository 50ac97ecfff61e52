// The contract's types: openapi-typescript's `paths`/`components`/`operations`, a named alias per
// schema, and the enums as named constants.
export type { paths, components, operations } from './generated/openapi.js';
export type * from './generated/schemaAliases.js';
export * from './generated/enums.js';
