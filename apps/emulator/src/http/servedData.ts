// What a request is answered from: the start-up data or a scenario's, each with its own users, answers
// (fragment cache) and authenticator.
import type { User } from '../data/model.js';
import { createContactAnswers, type ContactAnswers } from '../render/contactAnswers.js';
import type { QueryEngine } from '../engine/queryEngine.js';
import { createAuthenticator, type Authenticator } from './authentication.js';

export interface ServedData {
  /** Answers pages as contact indexes. */
  engine: QueryEngine;
  answers: ContactAnswers;
  authenticator: Authenticator;
}

export interface ServingOptions {
  timeZone: string;
  /** CRM_ADMIN_TOKEN: signs in as this data's first administrator. */
  adminToken?: string;
  fragmentCacheBytes?: number;
}

export function servedData(engine: QueryEngine, options: ServingOptions, admin: User | undefined = engine.columns.users.find((u) => u.isAdmin)): ServedData {
  return {
    engine,
    answers: createContactAnswers(engine.columns, options.timeZone, options.fragmentCacheBytes),
    authenticator: createAuthenticator(engine.columns.users, { token: options.adminToken, user: admin }),
  };
}
