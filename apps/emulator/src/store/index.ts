export { createStore, storeOver, DEFAULT_CONTACTS, DEFAULT_SEED, type CreateStoreOptions, type StoreInfo } from './createStore.js';
export { BadQueryError } from './errors.js';
export { MAX_DISTINCT_TAGS } from '../engine/queryEngine.js';
export type * from './types.js';
