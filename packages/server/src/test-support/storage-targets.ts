import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig, type Config } from '../config.js';

// Medium tests run against both databases. SQLite always works; PostgreSQL comes from DATABASE_URL,
// IEP_TEST_DATABASE_URL, or the throwaway server script. On CI (or IEP_REQUIRE_POSTGRES=1) a missing
// PostgreSQL fails the tests instead of skipping them, so the suite can never pass on SQLite alone by accident.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface StorageTarget {
  name: 'sqlite' | 'postgres';
  /** Why this target is skipped, or null when it runs. */
  skip: string | null;
  /** Shown in test names: available, skipped with the reason, or required but missing. */
  label: string;
  /** A config on a fresh, empty database; cleanup removes it. */
  freshConfig(env?: NodeJS.ProcessEnv): Promise<{ config: Config; cleanup: () => Promise<void> }>;
}

const postgresRequired = () => process.env.CI === 'true' || process.env.IEP_REQUIRE_POSTGRES === '1';

function findPostgresUrl(): { url: string } | { error: string } {
  const fromEnv = process.env.DATABASE_URL || process.env.IEP_TEST_DATABASE_URL;
  if (fromEnv) return { url: fromEnv };
  try {
    // Test files start in parallel; flock makes them wait for one start instead of racing to init the folder.
    // (-o: the server started here must not inherit the lock, or every later start waits on it until it times out.)
    const script = path.join(repoRoot, 'scripts', 'postgres-throwaway.sh');
    const out = execFileSync(
      'flock',
      ['-o', path.join(os.tmpdir(), 'iep-postgres-throwaway.lock'), 'bash', script, 'start'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      },
    );
    return { url: out.trim().split('\n').pop() ?? '' };
  } catch (error) {
    return {
      error: `could not start the throwaway PostgreSQL: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${url} cannot be reached: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function baseEnv(dataDir: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    IEP_DATA_DIR: dataDir,
    IEP_LOG_LEVEL: 'silent',
    IEP_WEB_DIST: path.join(dataDir, 'no-web-build'),
    // Tests upload chunks that are not speech: live transcription only where a test turns it on.
    IEP_LIVE_TRANSCRIPTION: 'false',
    // Nothing leaves the machine in tests: a model download goes to a port where nothing listens.
    IEP_MODEL_DOWNLOAD_URL: 'http://127.0.0.1:9/models',
    ...env,
  };
}

const sqliteTarget: StorageTarget = {
  name: 'sqlite',
  skip: null,
  label: 'available',
  freshConfig: async (env = {}) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-server-test-'));
    const config = loadConfig({ ...baseEnv(dataDir, env), DATABASE_URL: '' });
    return { config, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  },
};

async function postgresTarget(): Promise<StorageTarget> {
  const found = findPostgresUrl();
  const problem = 'error' in found ? found.error : await reachable(found.url);
  const required = postgresRequired();
  return {
    name: 'postgres',
    skip: problem !== null && !required ? problem : null,
    label:
      problem === null ? 'available' : required ? `required but missing: ${problem}` : `skipped: ${problem}`,
    freshConfig: async (env = {}) => {
      if (problem !== null || 'error' in found)
        throw new Error(`PostgreSQL is required for these tests: ${problem ?? ''}`);
      const name = `iep_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: found.url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(found.url);
      url.pathname = `/${name}`;
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-server-test-'));
      const config = loadConfig({ ...baseEnv(dataDir, env), DATABASE_URL: url.toString() });
      return {
        config,
        cleanup: async () => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          const client = new pg.Client({ connectionString: found.url });
          await client.connect();
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        },
      };
    },
  };
}

let cached: Promise<StorageTarget[]> | null = null;

/** SQLite and PostgreSQL, the latter marked skipped (or failing, on CI) when it is not available. */
export function storageTargets(): Promise<StorageTarget[]> {
  cached ??= postgresTarget().then((pgTarget) => [sqliteTarget, pgTarget]);
  return cached;
}
