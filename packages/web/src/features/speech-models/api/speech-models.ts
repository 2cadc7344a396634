import type { BodyOf, ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';

// Calls of the speech model routes; the shapes are the HTTP contract's (@iep/core/contract).

export type SpeechModelsState = ResponseOf<'GET /api/speech-models'>;

export const speechModelsApi = {
  /** `check`: ask the model publisher now whether it can be reached (the page's first load only). */
  get: (check: boolean) =>
    request<SpeechModelsState>('GET', `/api/speech-models${check ? '?check=true' : ''}`),
  start: (body: BodyOf<'POST /api/speech-models/download'> = {}) =>
    request<ResponseOf<'POST /api/speech-models/download'>>('POST', '/api/speech-models/download', { body }),
  cancel: () =>
    request<ResponseOf<'POST /api/speech-models/download/cancel'>>(
      'POST',
      '/api/speech-models/download/cancel',
    ),
};
