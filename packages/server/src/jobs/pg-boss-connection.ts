import pg from 'pg';
import PgBoss from 'pg-boss';
import type { JobMeta } from './pg-boss-meta.js';

// The adapter's connection to PostgreSQL: a pool, pg-boss on it, our job_meta table, and pg-boss's queues.

export interface Connection {
  pool: pg.Pool;
  boss: PgBoss;
  queues: Map<string, Promise<void>>;
}

export interface ConnectionSettings {
  connectionString: string;
  /** pg-boss's schema. */
  schema: string;
  concurrency: number;
  expireInSeconds: number;
  meta: JobMeta;
  log: (message: string, detail?: unknown) => void;
}

export interface LazyConnection {
  connect(): Promise<Connection>;
  /** Stops pg-boss and closes the pool, if connected. The next connect() opens a new connection. */
  close(): Promise<void>;
}

/** Connects on first use, so get() and enqueue() work before start() (the CLI, a second process). */
export function lazyConnection(settings: ConnectionSettings): LazyConnection {
  let connection: Promise<Connection> | null = null;
  return {
    connect() {
      connection ??= open(settings).catch((error: unknown) => {
        connection = null;
        throw error;
      });
      return connection;
    },
    async close() {
      const c = await connection?.catch(() => null);
      connection = null;
      if (!c) return;
      await c.boss.stop({ graceful: false, close: false });
      await c.pool.end();
    },
  };
}

async function open(settings: ConnectionSettings): Promise<Connection> {
  const { log } = settings;
  const pool = new pg.Pool({
    connectionString: settings.connectionString,
    max: settings.concurrency + 4,
    application_name: 'iep-jobs',
  });
  // Same reason as open-storage.ts: a dropped idle connection must not crash the server.
  pool.on('error', (error) => log('A job queue database connection was closed', error));
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: settings.schema,
    // No cron here; pg-boss's own maintenance (expiry, archive) stays on.
    schedule: false,
    expireInSeconds: settings.expireInSeconds,
  });
  boss.on('error', (error) => log('pg-boss error', error));
  try {
    await boss.start();
    await transaction(pool, (client) => settings.meta.create(client));
  } catch (error) {
    await boss.stop({ graceful: false, close: false }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
  return { pool, boss, queues: new Map() };
}

/**
 * pg-boss v10 needs a queue per name before jobs can be sent to it. createQueue does nothing if it exists, but two
 * at once (here or in another process) can deadlock on the partition tables: one at a time, and try again.
 */
export function ensureQueue(c: Connection, name: string): Promise<void> {
  let created = c.queues.get(name);
  if (!created) {
    const previous = [...c.queues.values()].pop() ?? Promise.resolve();
    created = previous
      .catch(() => undefined)
      .then(async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            if (!(await c.boss.getQueue(name))) await c.boss.createQueue(name);
            return;
          } catch (error) {
            if (attempt >= 5) throw error;
            await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
          }
        }
      });
    created.catch(() => c.queues.delete(name));
    c.queues.set(name, created);
  }
  return created;
}

export async function transaction(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<void>,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await work(client);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** pg-boss's `db` option for one call: runs it on `client`, in that transaction. */
export function inTransaction(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
}
