import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WEB_DIST, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses SQLite in ./data and safe defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'iep.sqlite') });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      publicUrl: null,
      cookieSecure: false,
      sessionHours: 12,
      allowSignup: false,
      invitationDays: 7,
      uploadExpiryHours: 24,
      liveTranscription: true,
      logLevel: 'warn',
      bodyLimitBytes: 1024 * 1024,
      importLimitBytes: 5 * 1024 * 1024,
      documentLimitBytes: 200 * 1024 * 1024,
      rateLimitPerMinute: 600,
      trustProxy: false,
      webDist: DEFAULT_WEB_DIST,
    });
    expect(DEFAULT_WEB_DIST.endsWith(path.join('packages', 'web', 'dist'))).toBe(true);
  });

  it('selects PostgreSQL from DATABASE_URL and reads the other settings', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/iep',
      IEP_DATA_DIR: '/srv/iep',
      IEP_PORT: '9000',
      IEP_PUBLIC_URL: 'https://iep.example.org',
      IEP_ALLOW_SIGNUP: 'true',
      IEP_SESSION_HOURS: '2',
      IEP_TRUST_PROXY: 'true',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/iep' });
    expect(config.dataDir).toBe('/srv/iep');
    expect(config.port).toBe(9000);
    // https public address: cookies are Secure unless told otherwise.
    expect(config.cookieSecure).toBe(true);
    expect(config.allowSignup).toBe(true);
    expect(config.sessionHours).toBe(2);
    expect(config.trustProxy).toBe(true);
    expect(loadConfig({ IEP_PUBLIC_URL: 'https://x.example', IEP_COOKIE_SECURE: 'false' }).cookieSecure).toBe(
      false,
    );
  });

  it('fails fast with a plain message naming each bad variable', () => {
    const bad = () => loadConfig({ IEP_PORT: 'eighty', DATABASE_URL: 'mysql://x', IEP_LOG_LEVEL: 'loud' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/IEP_PORT: IEP_PORT must be a whole number from 0 to 65535/);
    expect(bad).toThrow(/DATABASE_URL: DATABASE_URL must start with postgres:\/\//);
    expect(bad).toThrow(/IEP_LOG_LEVEL/);
  });
});
