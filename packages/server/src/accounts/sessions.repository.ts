import type { Kysely } from 'kysely';
import type { Database, SessionRow, UserRow } from '../db/schema.js';

// Every signed-in request reads its session. A very short-lived cache per database saves that round trip on
// bursts of requests (the PostgreSQL latency target). Changes made through this module update or drop the cached
// entry at once; another server process sharing the database sees a sign-out at most CACHE_MS later.
const CACHE_MS = 1500;
const CACHE_MAX = 10_000;
type Found = { session: SessionRow; user: UserRow };
const caches = new WeakMap<Kysely<Database>, Map<string, { found: Found; until: number }>>();

function cacheOf(db: Kysely<Database>): Map<string, { found: Found; until: number }> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function touchSession(
  db: Kysely<Database>,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
  const cached = cacheOf(db).get(id);
  if (cached)
    cached.found = {
      ...cached.found,
      session: { ...cached.found.session, last_seen_at: lastSeenAt, expires_at: expiresAt },
    };
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  cacheOf(db).delete(id);
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Housekeeping so that abandoned sessions do not pile up. */
export async function deleteExpiredSessions(db: Kysely<Database>, nowIso: string): Promise<void> {
  for (const [id, entry] of cacheOf(db)) if (entry.found.session.expires_at <= nowIso) cacheOf(db).delete(id);
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}

/**
 * The session and its user in one round trip: this runs on every signed-in request. `id` is the SHA-256 of the
 * cookie token, never the token itself.
 */
export async function findSessionWithUser(db: Kysely<Database>, id: string): Promise<Found | null> {
  const cache = cacheOf(db);
  const cached = cache.get(id);
  // The cache's own lifetime is a performance matter, not a security one, so it uses the process clock; session
  // expiry itself is checked by the caller against the app's clock on every request.
  const t = performance.now();
  if (cached && cached.until > t) return cached.found;
  const found = await readSessionWithUser(db, id);
  if (found) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(id, { found, until: t + CACHE_MS });
  } else cache.delete(id);
  return found;
}

async function readSessionWithUser(db: Kysely<Database>, id: string): Promise<Found | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.email',
      'users.name',
      'users.password_hash',
      'users.role',
      'users.created_at as user_created_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    session: {
      id: row.session_id,
      user_id: row.user_id,
      csrf_token: row.csrf_token,
      created_at: row.session_created_at,
      last_seen_at: row.last_seen_at,
      expires_at: row.expires_at,
    },
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      password_hash: row.password_hash,
      role: row.role,
      created_at: row.user_created_at,
    },
  };
}
