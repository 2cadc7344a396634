import type { BodyOf, Bookmark, Clip, Peaks, Recording, RecordingSummary } from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl, meetingUrl } from '../../../api/urls';

export const recordingsApi = {
  // Recordings (docs/api.md, "Recordings"); chunk uploads go through recording-upload.ts (raw bytes).
  recordings: (id: string) => request<{ recordings: RecordingSummary[] }>('GET', `${caseUrl(id)}/recordings`),
  recording: (id: string, meetingId: string) =>
    request<Recording>('GET', `${meetingUrl(id, meetingId)}/recording`),
  addBookmark: (
    id: string,
    recordingId: string,
    body: BodyOf<'POST /api/cases/:id/recordings/:recordingId/bookmarks'>,
  ) =>
    request<Bookmark>('POST', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/bookmarks`, {
      body,
    }),
  updateBookmark: (
    id: string,
    bookmarkId: string,
    body: BodyOf<'PUT /api/cases/:id/bookmarks/:bookmarkId'>,
  ) => request<Bookmark>('PUT', `${caseUrl(id)}/bookmarks/${encodeURIComponent(bookmarkId)}`, { body }),
  deleteBookmark: (id: string, bookmarkId: string) =>
    request<undefined>('DELETE', `${caseUrl(id)}/bookmarks/${encodeURIComponent(bookmarkId)}`),
  deleteRecording: (id: string, recordingId: string) =>
    request<undefined>('DELETE', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}`),
  makeClip: (
    id: string,
    recordingId: string,
    body: BodyOf<'POST /api/cases/:id/recordings/:recordingId/clips'>,
  ) => request<Clip>('POST', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/clips`, { body }),
  clipUrl: (id: string, clipId: string) => `${caseUrl(id)}/clips/${encodeURIComponent(clipId)}`,
  manifestUrl: (id: string, recordingId: string) =>
    `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/manifest`,
  partAudioUrl: (id: string, partId: string) =>
    `${caseUrl(id)}/recording-parts/${encodeURIComponent(partId)}/audio`,
  /** A part's waveform peaks, or null when they cannot be had (the player then draws that part flat). */
  partPeaks: (id: string, partId: string) =>
    request<Peaks>('GET', `${caseUrl(id)}/recording-parts/${encodeURIComponent(partId)}/peaks`, {
      quiet401: true,
    }).catch(() => null),
};
