// The contract's types: openapi-typescript's `paths`/`components`/`operations`, a named alias per
// schema, the enums as named constants, and the contract's bounds.
export type { paths, components, operations } from './generated/openapi.js';
export type * from './generated/schemaAliases.js';
export * from './generated/enums.js';
export { contractLimits } from './generated/limits.js';
