import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_MODEL_DOWNLOAD_URL } from './transcription/models/catalog.js';

// One validated config object read once from the environment. Anything wrong stops the start with a
// plain message naming the variable, instead of failing later in the middle of a request.

const here = path.dirname(fileURLToPath(import.meta.url));
/** packages/web/dist, found from this file whether it runs from src (tsx, vitest) or dist (node). */
export const DEFAULT_WEB_DIST = path.resolve(here, '..', '..', 'web', 'dist');

const bool = (name: string, fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: `${name} must be true or false.` })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

const int = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max}.` });
        return z.NEVER;
      }
      return n;
    });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  IEP_DATA_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^postgres(ql)?:\/\//.test(v), {
      message:
        'DATABASE_URL must start with postgres:// (or leave it unset to use SQLite in the data folder).',
    }),
  IEP_HOST: z.string().min(1).optional(),
  IEP_PORT: int('IEP_PORT', 8080, 0, 65535),
  IEP_PUBLIC_URL: z
    .url({ error: 'IEP_PUBLIC_URL must be a full address like https://iep.example.org.' })
    .optional(),
  IEP_COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'IEP_COOKIE_SECURE must be true or false.' })
    .optional(),
  IEP_SESSION_HOURS: int('IEP_SESSION_HOURS', 12, 1, 24 * 30),
  IEP_ALLOW_SIGNUP: bool('IEP_ALLOW_SIGNUP', false),
  IEP_INVITATION_DAYS: int('IEP_INVITATION_DAYS', 7, 1, 90),
  IEP_WEB_DIST: z.string().optional(),
  IEP_LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `IEP_LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}.` })
    .optional(),
  IEP_BODY_LIMIT_BYTES: int('IEP_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
  IEP_IMPORT_LIMIT_BYTES: int('IEP_IMPORT_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 200 * 1024 * 1024),
  IEP_DOCUMENT_LIMIT_BYTES: int('IEP_DOCUMENT_LIMIT_BYTES', 200 * 1024 * 1024, 1024, 2 * 1024 * 1024 * 1024),
  IEP_TRUST_PROXY: bool('IEP_TRUST_PROXY', false),
  IEP_RATE_LIMIT_PER_MINUTE: int('IEP_RATE_LIMIT_PER_MINUTE', 600, 1, 10_000_000),
  IEP_SIGNIN_LIMIT_PER_15_MIN: int('IEP_SIGNIN_LIMIT_PER_15_MIN', 10, 1, 10_000_000),
  IEP_SIGNIN_IP_LIMIT_PER_15_MIN: int('IEP_SIGNIN_IP_LIMIT_PER_15_MIN', 10, 1, 10_000_000),
  IEP_KEY_FILE: z.string().optional(),
  IEP_ALLOWED_HOSTS: z
    .string()
    .optional()
    .refine(
      (v) =>
        (v ?? '')
          .split(',')
          .map((h) => h.trim())
          .every((h) => h === '' || /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(h)),
      {
        message:
          'IEP_ALLOWED_HOSTS must be host names or host:port, separated by commas, like iep.lan,10.0.0.5:8080.',
      },
    ),
  IEP_UPLOAD_EXPIRY_HOURS: int('IEP_UPLOAD_EXPIRY_HOURS', 24, 1, 24 * 365),
  IEP_LIVE_TRANSCRIPTION: bool('IEP_LIVE_TRANSCRIPTION', true),
  IEP_MODEL_DOWNLOADS: bool('IEP_MODEL_DOWNLOADS', true),
  IEP_MODEL_DOWNLOAD_URL: z
    .url({
      protocol: /^https?$/,
      error:
        'IEP_MODEL_DOWNLOAD_URL must be a full http(s) address like https://models.example.org/sherpa-onnx.',
    })
    .optional(),
});

export interface Config {
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  host: string;
  port: number;
  publicUrl: string | null;
  cookieSecure: boolean;
  sessionHours: number;
  /** Anyone who reaches the server may make an account (hosted set-ups); else only by invitation. */
  allowSignup: boolean;
  /** How long an account invitation link works. */
  invitationDays: number;
  webDist: string;
  logLevel: (typeof LOG_LEVELS)[number];
  bodyLimitBytes: number;
  importLimitBytes: number;
  /** A document added to the binder (a 500-page scan fits the default). */
  documentLimitBytes: number;
  rateLimitPerMinute: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits are per client). */
  trustProxy: boolean;
  /** Failed sign-ins per email (from any address) per 15 minutes. */
  signInLimitPer15Min: number;
  /** Failed sign-ins per client address (at any email) per 15 minutes. */
  signInIpLimitPer15Min: number;
  /** The recording key file, outside the database (default <dataDir>/keys/blob.key). */
  keyFile: string;
  /** More host names (or host:port) the app answers to, besides the public URL's and the loopback names. */
  allowedHosts: string[];
  /** Unfinished resumable uploads not touched for this many hours are removed. */
  uploadExpiryHours: number;
  /** Transcribe a meeting while it is recorded (when a speech engine is installed). */
  liveTranscription: boolean;
  /** Offer speech model downloads (checking the publisher when a page asks); false never contacts it. */
  modelDownloads: boolean;
  /** Where the model files are: the publisher's releases, or a mirror with the same paths. */
  modelDownloadUrl: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the settings; throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${String(issue.path[0] ?? '')}: ${issue.message}`);
    throw new ConfigError(`The server settings are not valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.IEP_DATA_DIR && e.IEP_DATA_DIR.trim() !== '' ? e.IEP_DATA_DIR : './data');
  const publicUrl = e.IEP_PUBLIC_URL ?? null;
  const cookieSecure =
    e.IEP_COOKIE_SECURE !== undefined
      ? ['true', '1', 'yes'].includes(e.IEP_COOKIE_SECURE)
      : (publicUrl?.startsWith('https:') ?? false);
  return {
    dataDir,
    database:
      e.DATABASE_URL && e.DATABASE_URL !== ''
        ? { kind: 'postgres', url: e.DATABASE_URL }
        : { kind: 'sqlite', file: path.join(dataDir, 'iep.sqlite') },
    host: e.IEP_HOST ?? '127.0.0.1',
    port: e.IEP_PORT,
    publicUrl,
    cookieSecure,
    sessionHours: e.IEP_SESSION_HOURS,
    allowSignup: e.IEP_ALLOW_SIGNUP,
    invitationDays: e.IEP_INVITATION_DAYS,
    webDist: path.resolve(e.IEP_WEB_DIST && e.IEP_WEB_DIST !== '' ? e.IEP_WEB_DIST : DEFAULT_WEB_DIST),
    logLevel: e.IEP_LOG_LEVEL ?? 'warn',
    bodyLimitBytes: e.IEP_BODY_LIMIT_BYTES,
    importLimitBytes: e.IEP_IMPORT_LIMIT_BYTES,
    documentLimitBytes: e.IEP_DOCUMENT_LIMIT_BYTES,
    rateLimitPerMinute: e.IEP_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.IEP_TRUST_PROXY,
    signInLimitPer15Min: e.IEP_SIGNIN_LIMIT_PER_15_MIN,
    signInIpLimitPer15Min: e.IEP_SIGNIN_IP_LIMIT_PER_15_MIN,
    keyFile: path.resolve(
      e.IEP_KEY_FILE && e.IEP_KEY_FILE.trim() !== ''
        ? e.IEP_KEY_FILE
        : path.join(dataDir, 'keys', 'blob.key'),
    ),
    allowedHosts: (e.IEP_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== ''),
    uploadExpiryHours: e.IEP_UPLOAD_EXPIRY_HOURS,
    liveTranscription: e.IEP_LIVE_TRANSCRIPTION,
    modelDownloads: e.IEP_MODEL_DOWNLOADS,
    modelDownloadUrl: e.IEP_MODEL_DOWNLOAD_URL ?? DEFAULT_MODEL_DOWNLOAD_URL,
  };
}
