import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { SqliteConnection } from './sqlite-file.js';

// Kysely's SQLite driver prepares every query anew. Compiling the SQL was the largest single cost of a read in the
// API latency profile (scripts/bench/profile-api.ts: about 14% of the server's time on GET case and GET plan), and
// the app sends the same few hundred SQL texts over and over. A prepared statement is reusable (SQLite re-prepares
// it by itself after a schema change); only one that is still being iterated (a streamed query) is busy, and then a
// fresh one is prepared for the new query.

const MAX_STATEMENTS = 500;

/** The connection as Kysely's SqliteDialect wants it, with prepared statements kept by SQL text. */
export function withStatementCache(database: SqliteConnection, max = MAX_STATEMENTS): SqliteDatabase {
  const statements = new Map<string, ReturnType<SqliteConnection['prepare']>>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (!cached) {
        // Oldest first out: the Map keeps insertion order. Queries with a varying number of placeholders (`in
        // (?, ?, …)`) are what would otherwise grow it without end.
        if (statements.size >= max) {
          const oldest = statements.keys().next();
          if (!oldest.done) statements.delete(oldest.value);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
