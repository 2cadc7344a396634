import { z } from 'zod';
import { isoText } from './shape.js';

// Speech models: the one recommended for this computer, whether the model publisher can be reached, the download
// (one at a time for the whole install: only the app owner starts or stops it; everyone sees it), and the models
// installed. Sizes are bytes; speed is a real-time factor (seconds of work per second of audio).

export const MODEL_DOWNLOAD_STATES = [
  'idle',
  'checking',
  'downloading',
  'verifying',
  'installing',
  'installed',
  'failed',
] as const;
export type ModelDownloadState = (typeof MODEL_DOWNLOAD_STATES)[number];
export const MACHINE_CLASSES = ['small', 'medium', 'large'] as const;
export const SPEED_SOURCES = ['measured', 'publisher', 'unmeasured'] as const;
/** yes / no: asked just now. not-checked: the page did not ask. off: IEP_MODEL_DOWNLOADS=false. */
export const PUBLISHER_REACH = ['yes', 'no', 'not-checked', 'off'] as const;

export const modelDownloadSchema = z.strictObject({
  name: z.string().nullable(),
  state: z.enum(MODEL_DOWNLOAD_STATES),
  bytesDone: z.number().int().min(0),
  bytesTotal: z.number().int().min(0).nullable(),
  bytesPerSecond: z.number().min(0).nullable(),
  /** A plain reason when it failed. */
  error: z.string().nullable(),
  /** SHA-256 of the download once it is whole. */
  sha256: z.string().nullable(),
  /** It matched the publisher's checksum (false: the publisher gives none). */
  checksumMatched: z.boolean(),
  startedAt: isoText.nullable(),
  finishedAt: isoText.nullable(),
});
export type ModelDownload = z.infer<typeof modelDownloadSchema>;

export const recommendedModelSchema = z.strictObject({
  name: z.string(),
  label: z.string(),
  description: z.string(),
  /** The download's size: the publisher's answer when it was asked, else the catalog's figure. */
  bytes: z.number().int().min(0).nullable(),
  speed: z.strictObject({
    realTimeFactor: z.number().min(0).nullable(),
    source: z.enum(SPEED_SOURCES),
    note: z.string(),
  }),
  machine: z.strictObject({
    cores: z.number().int().min(1),
    memoryBytes: z.number().int().min(0),
    class: z.enum(MACHINE_CLASSES),
  }),
  installed: z.boolean(),
});

export const installedModelSchema = z.strictObject({
  name: z.string(),
  label: z.string(),
  kind: z.enum(['asr', 'speaker']),
  /** SHA-256 of what was downloaded or added. */
  sha256: z.string().nullable(),
  checkedAgainstPublisher: z.boolean(),
  installedAt: isoText,
});

export const speechModelsSchema = z.strictObject({
  recommended: recommendedModelSchema,
  publisher: z.strictObject({ reach: z.enum(PUBLISHER_REACH), reason: z.string().nullable() }),
  download: modelDownloadSchema,
  installed: z.array(installedModelSchema),
  /** The signed-in user may start or stop a download (the app owner). */
  canManage: z.boolean(),
});
export type SpeechModels = z.infer<typeof speechModelsSchema>;

export const speechModelsQuerySchema = z.object({
  /** "true": ask the publisher now (a short HEAD request) whether it can be reached. */
  check: z.enum(['true', 'false']).optional(),
});
export const startModelDownloadBodySchema = z.strictObject({
  /** A catalog name; the recommended model when left out. */
  name: z.string().min(1).max(80).optional(),
});
export type StartModelDownloadBody = z.infer<typeof startModelDownloadBodySchema>;
