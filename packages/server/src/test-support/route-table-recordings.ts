import { TUS, UPLOAD_LENGTH, uploadMetadata, webmSecond, type World } from './route-fixture.js';
import type { Attack, RouteEntry } from './route-matrix.js';

// The matrix entries of the recording, upload (tus) and transcript routes (see route-matrix.ts).

const c = (w: World) => `/api/cases/${w.caseId}`;
const rec = (w: World) => `${c(w)}/recordings/${w.recordingId}`;
const octets = { 'content-type': 'application/octet-stream' };
const tusPatch = { ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' };

export const QUERY_ATTACK = "own upload id in the path, the owner's in the query string";
/**
 * tus read the upload id from the end of the whole URL, query included, while Fastify routes on the path alone;
 * now any upload address with a query string is refused as not an upload address (400), before tus sees it.
 */
const queryIdAttack = (extra: Record<string, string> = {}, payload?: Buffer): Attack[] => [
  {
    name: QUERY_ATTACK,
    refusedWith: [400],
    request: (owner, stranger) => ({
      url: `/api/uploads/${stranger.uploadId}?id=/${owner.spareUploadId}`,
      headers: { ...TUS, ...extra },
      ...(payload ? { payload } : {}),
    }),
  },
];

export const RECORDING_ROUTES: RouteEntry[] = [
  // Recordings.
  {
    route: 'GET /api/cases/:id/recordings',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/recordings` }),
  },
  {
    route: 'GET /api/cases/:id/meetings/:meetingId/recording',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/meetings/${w.meetingId}/recording` }),
  },
  {
    route: 'POST /api/cases/:id/meetings/:meetingId/recording/parts',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/meetings/${w.openMeetingId}/recording/parts`,
      body: { clientPartId: 'matrix-part', startedAt: '2026-11-23T15:00:00Z', mimeType: 'audio/webm' },
    }),
  },
  {
    route: 'PUT /api/cases/:id/recording-parts/:partId/chunks/:seq',
    access: 'case-write',
    request: (w) => ({
      url: `${c(w)}/recording-parts/${w.openPartId}/chunks/1`,
      payload: webmSecond(),
      headers: octets,
    }),
  },
  {
    route: 'POST /api/cases/:id/recording-parts/:partId/finish',
    access: 'case-write',
    order: 1,
    request: (w) => ({ url: `${c(w)}/recording-parts/${w.openPartId}/finish`, body: { lastSeq: 1 } }),
  },
  {
    route: 'GET /api/cases/:id/recording-parts/:partId/audio',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/recording-parts/${w.partId}/audio`, headers: { range: 'bytes=0-99' } }),
  },
  {
    route: 'GET /api/cases/:id/recording-parts/:partId/peaks',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/recording-parts/${w.partId}/peaks` }),
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/bookmarks',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/bookmarks`, body: { atMs: 10, kind: 'note', partId: w.partId } }),
  },
  {
    route: 'PUT /api/cases/:id/bookmarks/:bookmarkId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/bookmarks/${w.bookmarkId}`, body: { note: 'changed' } }),
  },
  {
    route: 'DELETE /api/cases/:id/bookmarks/:bookmarkId',
    access: 'case-write',
    order: 1,
    request: (w) => ({ url: `${c(w)}/bookmarks/${w.bookmarkId}` }),
  },
  {
    route: 'DELETE /api/cases/:id/recordings/:recordingId',
    access: 'case-delete',
    order: 4,
    request: (w) => ({ url: rec(w) }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/manifest',
    access: 'case-read',
    request: (w) => ({ url: `${rec(w)}/manifest` }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/evidence.zip',
    access: 'case-read',
    request: (w) => ({ url: `${rec(w)}/evidence.zip` }),
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/clips',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/clips`, body: { fromMs: 0, toMs: 400, name: 'Clip', format: 'mp3' } }),
  },
  {
    route: 'GET /api/cases/:id/clips/:clipId',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/clips/${w.clipId}` }),
  },
  // Resumable upload (tus): the case is in the metadata on creation, then in the upload's stored metadata.
  {
    route: 'POST /api/uploads',
    access: 'case-write',
    request: (w) => ({
      url: '/api/uploads',
      headers: {
        ...TUS,
        'upload-length': String(UPLOAD_LENGTH),
        'upload-metadata': uploadMetadata(w.caseId, w.meetingId),
      },
    }),
  },
  {
    route: 'HEAD /api/uploads/:uploadId',
    access: 'case-read',
    request: (w) => ({ url: `/api/uploads/${w.uploadId}`, headers: TUS }),
    attacks: queryIdAttack(),
  },
  {
    route: 'PATCH /api/uploads/:uploadId',
    access: 'case-write',
    request: (w) => ({ url: `/api/uploads/${w.uploadId}`, headers: tusPatch, payload: Buffer.alloc(16, 1) }),
    attacks: queryIdAttack(tusPatch, Buffer.alloc(16, 2)),
  },
  {
    route: 'DELETE /api/uploads/:uploadId',
    access: 'case-write',
    order: 1,
    request: (w) => ({ url: `/api/uploads/${w.uploadId}`, headers: TUS }),
    attacks: queryIdAttack(),
  },
  // Transcripts. The owner retries the failed run, cancels it, then starts a new one (which keeps waiting).
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/transcripts',
    access: 'case-write',
    order: 3,
    request: (w) => ({ url: `${rec(w)}/transcripts`, body: { engine: 'auto' } }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/transcript',
    access: 'case-read',
    request: (w) => ({ url: `${rec(w)}/transcript` }),
  },
  {
    route: 'POST /api/cases/:id/transcripts/:transcriptId/retry',
    access: 'case-write',
    order: 1,
    request: (w) => ({ url: `${c(w)}/transcripts/${w.transcriptId}/retry` }),
  },
  {
    route: 'POST /api/cases/:id/transcripts/:transcriptId/cancel',
    access: 'case-write',
    order: 2,
    request: (w) => ({ url: `${c(w)}/transcripts/${w.transcriptId}/cancel` }),
  },
  {
    route: 'PATCH /api/cases/:id/recordings/:recordingId/transcript/segments/:segmentId',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/transcript/segments/${w.segmentId}`, body: { text: 'Changed.' } }),
  },
  {
    route: 'PUT /api/cases/:id/recordings/:recordingId/transcript/speakers/:label',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/transcript/speakers/${w.speaker}`, body: { name: 'Ms. Lee' } }),
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/transcript/speakers/merge',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/transcript/speakers/merge`, body: { from: 'S2', into: 'S1' } }),
  },
  {
    route: 'GET /api/cases/:id/transcripts/search',
    access: 'case-read',
    request: (w) => ({ url: `${c(w)}/transcripts/search?q=reading` }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/transcript/export',
    access: 'case-read',
    request: (w) => ({ url: `${rec(w)}/transcript/export?format=txt` }),
  },
  {
    route: 'GET /api/cases/:id/recordings/:recordingId/items',
    access: 'case-read',
    request: (w) => ({ url: `${rec(w)}/items` }),
  },
  {
    route: 'POST /api/cases/:id/recordings/:recordingId/items/extract',
    access: 'case-write',
    request: (w) => ({ url: `${rec(w)}/items/extract` }),
  },
  {
    route: 'PATCH /api/cases/:id/items/:itemId',
    access: 'case-write',
    request: (w) => ({ url: `${c(w)}/items/${w.itemId}`, body: { status: 'confirmed' } }),
  },
];
