import { json, type RouteContract } from './route-types.js';
import {
  speechModelsQuerySchema,
  speechModelsSchema,
  startModelDownloadBodySchema,
} from './speech-models.js';

// The speech model routes: what is recommended and installed, and the download (the app owner's to start and stop).

export const SPEECH_MODEL_ROUTES = {
  'GET /api/speech-models': {
    summary: 'The recommended speech model, the download and the installed models.',
    status: 200,
    query: speechModelsQuerySchema,
    answer: json(speechModelsSchema),
  },
  'POST /api/speech-models/download': {
    summary: 'Starts (or joins) the download of a speech model for the whole install.',
    status: 202,
    body: startModelDownloadBodySchema,
    answer: json(speechModelsSchema),
  },
  'POST /api/speech-models/download/cancel': {
    summary: 'Stops the download and removes its partial file, or clears a failed one.',
    status: 200,
    answer: json(speechModelsSchema),
  },
} as const satisfies Record<string, RouteContract>;
