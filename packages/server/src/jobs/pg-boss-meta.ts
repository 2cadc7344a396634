import type pg from 'pg';

// Our `<metaSchema>.job_meta` table, one row a job: what the port shows beyond pg-boss's job (progress, the error
// message, attempts as the port counts them), the job's name (pg-boss looks jobs up by name and id), the started_on
// of the run under way (`run`) and its heartbeat.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MetaRow {
  id: string;
  name: string;
  attempts: number;
  progress: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** The pool, or a transaction's client. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

export type JobMeta = ReturnType<typeof jobMeta>;

/** The job_meta statements. `schema` is pg-boss's: the sweep and the cleanup look at its jobs too. */
export function jobMeta(schema: string, metaSchema: string) {
  const meta = `${metaSchema}.job_meta`;
  return {
    /** Creates the table if it is not there yet; `client` is in a transaction. */
    async create(client: pg.PoolClient): Promise<void> {
      // Two processes starting at once would race on CREATE ... IF NOT EXISTS.
      await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [meta]);
      await client.query(`create schema if not exists ${metaSchema}`);
      await client.query(`create table if not exists ${meta} (
          id uuid primary key,
          name text not null,
          attempts integer not null default 0,
          progress double precision not null default 0,
          error text,
          run timestamptz,
          heartbeat_at timestamptz,
          created_at text not null,
          updated_at text not null
        )`);
    },

    async read(db: Queryable, id: string): Promise<MetaRow | null> {
      if (!UUID.test(id)) return null;
      const { rows } = await db.query<MetaRow>(`select * from ${meta} where id = $1`, [id]);
      return rows[0] ?? null;
    },

    /** A new job's row; written before pg-boss has the job. */
    async insert(db: Queryable, id: string, name: string, at: string): Promise<void> {
      await db.query(`insert into ${meta} (id, name, created_at, updated_at) values ($1, $2, $3, $3)`, [
        id,
        name,
        at,
      ]);
    },

    async remove(db: Queryable, id: string): Promise<void> {
      await db.query(`delete from ${meta} where id = $1`, [id]);
    },

    /** A run begins: one more attempt, this run's started_on, a first heartbeat. Returns the attempt. */
    async beginRun(db: Queryable, id: string, name: string, startedOn: Date, at: string): Promise<number> {
      const { rows } = await db.query<{ attempts: number }>(
        `insert into ${meta} (id, name, attempts, run, heartbeat_at, created_at, updated_at)
           values ($1, $2, 1, $3, now(), $4, $4)
         on conflict (id) do update set attempts = ${meta}.attempts + 1, run = $3, heartbeat_at = now(),
           updated_at = $4
         returning attempts`,
        [id, name, startedOn, at],
      );
      return rows[0]?.attempts ?? 1;
    },

    /** Only while `startedOn` is still the run under way. */
    async saveProgress(
      db: Queryable,
      id: string,
      progress: number,
      at: string,
      startedOn: Date,
    ): Promise<void> {
      await db.query(`update ${meta} set progress = $2, updated_at = $3 where id = $1 and run = $4`, [
        id,
        progress,
        at,
        startedOn,
      ]);
    },

    async runDone(db: Queryable, id: string, at: string): Promise<void> {
      await db.query(
        `update ${meta} set progress = 1, error = null, run = null, updated_at = $2 where id = $1`,
        [id, at],
      );
    },

    async runFailed(db: Queryable, id: string, at: string, error: string): Promise<void> {
      await db.query(`update ${meta} set error = $3, run = null, updated_at = $2 where id = $1`, [
        id,
        at,
        error,
      ]);
    },

    /** A run the server stopped: it does not count as an attempt. */
    async runStopped(db: Queryable, id: string, at: string): Promise<void> {
      await db.query(
        `update ${meta} set attempts = greatest(attempts - 1, 0), run = null, updated_at = $2 where id = $1`,
        [id, at],
      );
    },

    async heartbeat(db: Queryable, ids: string[]): Promise<void> {
      await db.query(
        `update ${meta} set heartbeat_at = now() where id = any($1::uuid[]) and run is not null`,
        [ids],
      );
    },

    /** Active jobs not heard from for `staleAfterMs`. */
    async stale(db: Queryable, staleAfterMs: number): Promise<{ id: string; name: string }[]> {
      const { rows } = await db.query<{ id: string; name: string }>(
        `select j.id::text as id, j.name from ${schema}.job j join ${meta} m on m.id = j.id
        where j.state = 'active' and j.name = m.name
          and greatest(m.heartbeat_at, j.started_on) < now() - $1::double precision * interval '1 millisecond'`,
        [staleAfterMs],
      );
      return rows;
    },

    /** Our rows, created before `before`, of jobs pg-boss has deleted. */
    async deleteOrphans(db: Queryable, before: string): Promise<void> {
      await db.query(
        `delete from ${meta} m where m.created_at < $1
         and not exists (select 1 from ${schema}.job j where j.name = m.name and j.id = m.id)
         and not exists (select 1 from ${schema}.archive a where a.name = m.name and a.id = m.id)`,
        [before],
      );
    },

    async touch(db: Queryable, id: string, at: string): Promise<void> {
      await db.query(`update ${meta} set updated_at = $2 where id = $1`, [id, at]);
    },

    /** Retried by hand: a full set of attempts again. */
    async resetAttempts(db: Queryable, id: string, at: string): Promise<void> {
      await db.query(
        `update ${meta} set attempts = 0, progress = 0, error = null, updated_at = $2 where id = $1`,
        [id, at],
      );
    },
  };
}
