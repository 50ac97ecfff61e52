// The contract's run-time API: where the bundled files are, the parsed 3.1 document, its facts and helpers.
export { contractFiles, loadContract, type OpenApiDocument } from './loadContract.js';
export { derefSchema, inlineRefs, pointerOf, refName, resolveRef, valueAt } from './resolveRef.js';
export * from './contractFacts.js';
export * from './credentials.js';
export * from './contactInfoFacts.js';
export * from './contractOperations.js';
export * from './apiDate/index.js';
export { parseApiDate } from './apiDateInput.js';
