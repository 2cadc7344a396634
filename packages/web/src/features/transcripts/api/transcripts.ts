import type { ExtractKind, SegmentView, SpeakerView } from '@iep/core';
import { request } from '../../../api/client';

// Wire shapes and calls of the transcript routes (issue 6 contract, "HTTP API"), written out here so the web
// app builds against the HTTP contract, not the server's internals.

export type EngineName = 'sherpa' | 'pocketsphinx';
export type EngineChoice = 'auto' | EngineName;

export interface EngineInfo {
  name: EngineName;
  label: string;
  available: boolean;
  unavailableReason: string | null;
  accuracyNote: string;
  speakerModel: boolean;
}

export type TranscriptStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface TranscriptSummary {
  id: string;
  recordingId: string;
  meetingId: string;
  status: TranscriptStatus;
  engine: string | null;
  engineNote: string | null;
  speakersExpected: number | null;
  durationSec: number | null;
  processedSec: number;
  progress: number;
  etaSec: number | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  jobId: string | null;
}

export interface TranscriptBookmark {
  id: string;
  atSec: number;
  kind: string;
  note: string;
}

export interface TranscriptBundle {
  transcript: TranscriptSummary | null;
  segments: SegmentView[];
  speakers: SpeakerView[];
  bookmarks: TranscriptBookmark[];
}

export interface SnippetPart {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  recordingId: string;
  meetingId: string;
  transcriptId: string;
  segmentId: string;
  start: number;
  end: number;
  speakerName: string;
  text: string;
  snippet: SnippetPart[];
}

export interface SearchQuery {
  q: string;
  speaker?: string;
  bookmark?: string;
  limit?: number;
}

export type ItemStatus = 'suggested' | 'confirmed' | 'dropped';

export interface TranscriptItem {
  id: string;
  recordingId: string;
  meetingId: string;
  kind: ExtractKind;
  text: string;
  who: string | null;
  due: string | null;
  start: number | null;
  source: string;
  status: ItemStatus;
  edited: boolean;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ItemPatch {
  status?: ItemStatus;
  kind?: ExtractKind;
  text?: string;
  who?: string | null;
  due?: string | null;
  done?: boolean;
}

export const EXPORT_FORMATS = ['txt', 'srt', 'vtt', 'docx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const enc = encodeURIComponent;
const caseUrl = (caseId: string) => `/api/cases/${enc(caseId)}`;
const recordingUrl = (caseId: string, recordingId: string) =>
  `${caseUrl(caseId)}/recordings/${enc(recordingId)}`;
const transcriptUrl = (caseId: string, recordingId: string) =>
  `${recordingUrl(caseId, recordingId)}/transcript`;

export const transcriptsApi = {
  engines: () => request<{ engines: EngineInfo[] }>('GET', '/api/engines'),
  start: (caseId: string, recordingId: string, body: { engine?: EngineChoice; speakers?: number }) =>
    request<{ transcript: TranscriptSummary }>('POST', `${recordingUrl(caseId, recordingId)}/transcripts`, {
      body,
    }),
  get: (caseId: string, recordingId: string) =>
    request<TranscriptBundle>('GET', transcriptUrl(caseId, recordingId)),
  cancel: (caseId: string, transcriptId: string) =>
    request<{ transcript: TranscriptSummary }>(
      'POST',
      `${caseUrl(caseId)}/transcripts/${enc(transcriptId)}/cancel`,
    ),
  retry: (caseId: string, transcriptId: string) =>
    request<{ transcript: TranscriptSummary }>(
      'POST',
      `${caseUrl(caseId)}/transcripts/${enc(transcriptId)}/retry`,
    ),
  editSegment: (
    caseId: string,
    recordingId: string,
    segmentId: string,
    body: { text?: string; speaker?: string },
  ) =>
    request<TranscriptBundle>('PATCH', `${transcriptUrl(caseId, recordingId)}/segments/${enc(segmentId)}`, {
      body,
    }),
  renameSpeaker: (caseId: string, recordingId: string, label: string, name: string) =>
    request<TranscriptBundle>('PUT', `${transcriptUrl(caseId, recordingId)}/speakers/${enc(label)}`, {
      body: { name },
    }),
  mergeSpeakers: (caseId: string, recordingId: string, from: string, into: string) =>
    request<TranscriptBundle | undefined>('POST', `${transcriptUrl(caseId, recordingId)}/speakers/merge`, {
      body: { from, into },
    }),
  exportUrl: (caseId: string, recordingId: string, format: ExportFormat) =>
    `${transcriptUrl(caseId, recordingId)}/export?format=${format}`,
  search: (caseId: string, query: SearchQuery) => {
    const params = new URLSearchParams({ q: query.q });
    if (query.speaker) params.set('speaker', query.speaker);
    if (query.bookmark) params.set('bookmark', query.bookmark);
    params.set('limit', String(query.limit ?? 50));
    return request<{ hits: SearchHit[] }>(
      'GET',
      `${caseUrl(caseId)}/transcripts/search?${params.toString()}`,
    );
  },
  items: (caseId: string, recordingId: string) =>
    request<{ items: TranscriptItem[] }>('GET', `${recordingUrl(caseId, recordingId)}/items`),
  extractItems: (caseId: string, recordingId: string) =>
    request<{ items: TranscriptItem[] }>('POST', `${recordingUrl(caseId, recordingId)}/items/extract`),
  updateItem: (caseId: string, itemId: string, body: ItemPatch) =>
    request<{ item: TranscriptItem }>('PATCH', `${caseUrl(caseId)}/items/${enc(itemId)}`, { body }),
};
