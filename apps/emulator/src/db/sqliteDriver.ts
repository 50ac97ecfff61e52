// better-sqlite3 for the running Node: 12.x on Node 20, 13.x (installed as the alias better-sqlite3-13) on 22+.
// 12.x's statements are node::ObjectWrap objects; on Node 24 a statement collected by a GC task that runs outside
// any JavaScript context aborts the process ("RemoveEnvironmentCleanupHook ... Assertion failed: (env) != nullptr",
// WiseLibs/better-sqlite3#1515). 13.x (node-addon-api) does not, but needs Node >= 22 and segfaults on Node 20.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);

/** The better-sqlite3 Database class (one API in both versions, typed by @types/better-sqlite3). */
export const SqliteDatabase: typeof BetterSqlite3 = require(major >= 22 ? 'better-sqlite3-13' : 'better-sqlite3');
