import {
  bookmarkPatchBodySchema,
  bookmarkSchema,
  chunkAckSchema,
  clipSchema,
  finishPartBodySchema,
  manifestSchema,
  newBookmarkBodySchema,
  newClipBodySchema,
  newPartBodySchema,
  peaksSchema,
  recordingListSchema,
  recordingPartSchema,
  recordingSchema,
} from './recordings.js';
import { empty, file, json, type RouteContract } from './route-types.js';

// The routes of recordings and the resumable upload (tus) of a recording file.

export const RECORDING_ROUTES = {
  'GET /api/cases/:id/recordings': {
    summary: "The case's recordings, one line each.",
    status: 200,
    answer: json(recordingListSchema),
  },
  'GET /api/cases/:id/meetings/:meetingId/recording': {
    summary: "A meeting's recording: parts, bookmarks, timeline (none yet: 404).",
    status: 200,
    answer: json(recordingSchema),
  },
  'POST /api/cases/:id/meetings/:meetingId/recording/parts': {
    summary: 'Starts a part (one recorder stream); the same clientPartId again gives the same part (200).',
    status: [201, 200],
    body: newPartBodySchema,
    answer: json(recordingPartSchema),
  },
  'PUT /api/cases/:id/recording-parts/:partId/chunks/:seq': {
    summary: 'Stores one chunk of audio (raw bytes).',
    status: 200,
    upload: 'octet-stream',
    answer: json(chunkAckSchema),
  },
  'POST /api/cases/:id/recording-parts/:partId/finish': {
    summary: 'Says the last chunk number; the part is made when every chunk is here.',
    status: 202,
    body: finishPartBodySchema,
    answer: json(recordingPartSchema),
  },
  'GET /api/cases/:id/recording-parts/:partId/audio': {
    summary: "A part's audio, with HTTP Range.",
    status: [200, 206],
    answer: file('audio/'),
  },
  'GET /api/cases/:id/recording-parts/:partId/peaks': {
    summary: "A part's waveform (409 until the part is made).",
    status: 200,
    answer: json(peaksSchema),
  },
  'POST /api/cases/:id/recordings/:recordingId/bookmarks': {
    summary: 'Adds a bookmark.',
    status: 201,
    body: newBookmarkBodySchema,
    answer: json(bookmarkSchema),
  },
  'PUT /api/cases/:id/bookmarks/:bookmarkId': {
    summary: 'Changes a bookmark.',
    status: 200,
    body: bookmarkPatchBodySchema,
    answer: json(bookmarkSchema),
  },
  'DELETE /api/cases/:id/bookmarks/:bookmarkId': {
    summary: 'Removes a bookmark.',
    status: 204,
    answer: empty,
  },
  'DELETE /api/cases/:id/recordings/:recordingId': {
    summary: 'Deletes a recording and every file of it.',
    status: 204,
    answer: empty,
  },
  'GET /api/cases/:id/recordings/:recordingId/manifest': {
    summary: 'The manifest, every stored file checked now.',
    status: 200,
    answer: json(manifestSchema),
  },
  'GET /api/cases/:id/recordings/:recordingId/evidence.zip': {
    summary: 'The manifest and the clips in one zip.',
    status: 200,
    answer: file('application/zip'),
  },
  'POST /api/cases/:id/recordings/:recordingId/clips': {
    summary: 'Cuts a clip (m4a or mp3) from the recording.',
    status: 201,
    body: newClipBodySchema,
    answer: json(clipSchema),
  },
  'GET /api/cases/:id/clips/:clipId': {
    summary: 'A clip as a download.',
    status: 200,
    answer: file('audio/'),
  },
  'POST /api/uploads': {
    summary: 'Starts a resumable upload of a recording file (tus); Location names it.',
    status: 201,
    upload: 'tus',
    answer: empty,
  },
  'HEAD /api/uploads/:uploadId': {
    summary: 'How many bytes of the upload the server has (Upload-Offset).',
    status: 200,
    upload: 'tus',
    answer: empty,
  },
  'PATCH /api/uploads/:uploadId': {
    summary: 'The next bytes of the upload.',
    status: 204,
    upload: 'tus',
    answer: empty,
  },
  'DELETE /api/uploads/:uploadId': {
    summary: 'Abandons an unfinished upload.',
    status: 204,
    upload: 'tus',
    answer: empty,
  },
} as const satisfies Record<string, RouteContract>;
