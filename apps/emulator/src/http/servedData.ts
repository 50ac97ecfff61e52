// What a request is answered from: the start-up data or a scenario's, each with its own users, answers
// (fragment cache) and authenticator.
import type { User } from '../data/model.js';
import { createContactAnswers, type ContactAnswers } from '../render/contactAnswers.js';
import type { Store } from '../store/index.js';
import { createAuthenticator, type Authenticator } from './authentication.js';

export interface ServedData {
  store: Store;
  answers: ContactAnswers;
  authenticator: Authenticator;
}

export interface ServingOptions {
  timeZone: string;
  /** CRM_ADMIN_TOKEN: signs in as this data's first administrator. */
  adminToken?: string;
  fragmentCacheBytes?: number;
}

export function servedData(store: Store, options: ServingOptions, admin: User | undefined = store.engine.columns.users.find((u) => u.isAdmin)): ServedData {
  return {
    store,
    answers: createContactAnswers(store.engine.columns, options.timeZone, options.fragmentCacheBytes),
    authenticator: createAuthenticator(store, { token: options.adminToken, user: admin }),
  };
}
