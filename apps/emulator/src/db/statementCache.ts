// Kysely's SQLite driver prepares every query anew; the emulator runs the same few query shapes over
// and over, so prepared statements are kept per SQL text (bounded, least recently used first out).
import type BetterSqlite3 from 'better-sqlite3';

const MAX_STATEMENTS = 512;

export function withStatementCache(native: BetterSqlite3.Database): BetterSqlite3.Database {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = native.prepare(sql);
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  return new Proxy(native, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
