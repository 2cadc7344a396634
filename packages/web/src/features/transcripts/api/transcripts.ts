import type {
  BodyOf,
  ItemPatchBody,
  ResponseOf,
  SearchQuery,
  StartTranscriptBody,
  TranscriptExportFormat,
} from '@iep/core/contract';
import { request } from '../../../api/client';

// Calls of the transcript routes; the shapes are the HTTP contract's (@iep/core/contract).

const enc = encodeURIComponent;
const caseUrl = (caseId: string) => `/api/cases/${enc(caseId)}`;
const recordingUrl = (caseId: string, recordingId: string) =>
  `${caseUrl(caseId)}/recordings/${enc(recordingId)}`;
const transcriptUrl = (caseId: string, recordingId: string) =>
  `${recordingUrl(caseId, recordingId)}/transcript`;

/** A search as the pages keep it: the words are required, the server's defaults fill the rest. */
export type SearchTerms = Omit<SearchQuery, 'q' | 'limit'> & { q: string; limit?: number };

type Transcript = ResponseOf<'GET /api/cases/:id/recordings/:recordingId/transcript'>;
type Run = ResponseOf<'POST /api/cases/:id/recordings/:recordingId/transcripts'>;
type ItemList = ResponseOf<'GET /api/cases/:id/recordings/:recordingId/items'>;

export const transcriptsApi = {
  engines: () => request<ResponseOf<'GET /api/engines'>>('GET', '/api/engines'),
  start: (caseId: string, recordingId: string, body: StartTranscriptBody) =>
    request<Run>('POST', `${recordingUrl(caseId, recordingId)}/transcripts`, { body }),
  get: (caseId: string, recordingId: string) =>
    request<Transcript>('GET', transcriptUrl(caseId, recordingId)),
  cancel: (caseId: string, transcriptId: string) =>
    request<Run>('POST', `${caseUrl(caseId)}/transcripts/${enc(transcriptId)}/cancel`),
  retry: (caseId: string, transcriptId: string) =>
    request<Run>('POST', `${caseUrl(caseId)}/transcripts/${enc(transcriptId)}/retry`),
  editSegment: (
    caseId: string,
    recordingId: string,
    segmentId: string,
    body: BodyOf<'PATCH /api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId'>,
  ) =>
    request<Transcript>('PATCH', `${transcriptUrl(caseId, recordingId)}/segments/${enc(segmentId)}`, {
      body,
    }),
  renameSpeaker: (caseId: string, recordingId: string, label: string, name: string) => {
    const body: BodyOf<'PUT /api/cases/:id/recordings/:recordingId/transcript/speakers/:label'> = { name };
    return request<Transcript>('PUT', `${transcriptUrl(caseId, recordingId)}/speakers/${enc(label)}`, {
      body,
    });
  },
  mergeSpeakers: (caseId: string, recordingId: string, from: string, into: string) => {
    const body: BodyOf<'POST /api/cases/:id/recordings/:recordingId/transcript/speakers/merge'> = {
      from,
      into,
    };
    return request<Transcript>('POST', `${transcriptUrl(caseId, recordingId)}/speakers/merge`, { body });
  },
  exportUrl: (caseId: string, recordingId: string, format: TranscriptExportFormat) =>
    `${transcriptUrl(caseId, recordingId)}/export?format=${format}`,
  search: (caseId: string, query: SearchTerms) => {
    const params = new URLSearchParams({ q: query.q });
    if (query.speaker) params.set('speaker', query.speaker);
    if (query.bookmark) params.set('bookmark', query.bookmark);
    params.set('limit', String(query.limit ?? 50));
    return request<ResponseOf<'GET /api/cases/:id/transcripts/search'>>(
      'GET',
      `${caseUrl(caseId)}/transcripts/search?${params.toString()}`,
    );
  },
  items: (caseId: string, recordingId: string) =>
    request<ItemList>('GET', `${recordingUrl(caseId, recordingId)}/items`),
  extractItems: (caseId: string, recordingId: string) =>
    request<ItemList>('POST', `${recordingUrl(caseId, recordingId)}/items/extract`),
  updateItem: (caseId: string, itemId: string, body: ItemPatchBody) =>
    request<ResponseOf<'PATCH /api/cases/:id/items/:itemId'>>(
      'PATCH',
      `${caseUrl(caseId)}/items/${enc(itemId)}`,
      {
        body,
      },
    ),
};
