import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statements.js';

describe('withStatementCache', () => {
  let raw: SqliteDatabase.Database | null = null;
  afterEach(() => raw?.close());

  function open() {
    raw = new SqliteDatabase(':memory:');
    raw.exec('create table t (id integer primary key, name text)');
    raw.exec("insert into t (name) values ('a'), ('b'), ('c')");
    return raw;
  }

  it('prepares one SQL text once and reuses the statement', () => {
    const cached = withStatementCache(open());
    const first = cached.prepare('select name from t where id = ?');
    expect(cached.prepare('select name from t where id = ?')).toBe(first);
    expect(first.all([2])).toEqual([{ name: 'b' }]);
    expect(cached.prepare('select name from t where id = ?').all([3])).toEqual([{ name: 'c' }]);
  });

  it('prepares a fresh statement while the kept one is still being iterated', () => {
    const cached = withStatementCache(open());
    const text = 'select name from t order by id';
    const iterating = cached.prepare(text).iterate([]);
    expect(iterating.next().value).toEqual({ name: 'a' });
    expect(cached.prepare(text).all([])).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect([...iterating]).toEqual([{ name: 'b' }, { name: 'c' }]);
  });

  it('keeps at most the bound, dropping the oldest', () => {
    const cached = withStatementCache(open(), 2);
    const one = cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).not.toBe(one);
  });

  it('answers through Kysely, also after the schema changed under a kept statement', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(open()) }),
    });
    const names = () => db.selectFrom('t').selectAll().orderBy('id').execute();
    expect((await names()).map((r) => r.name)).toEqual(['a', 'b', 'c']);
    await sql`alter table t add column extra text default 'x'`.execute(db);
    await db.insertInto('t').values({ id: 4, name: 'd' }).execute();
    expect((await names()).map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    await db.destroy();
    raw = null;
  });
});
