import { execFileSync } from 'node:child_process';
import type { LightMyRequestResponse } from 'fastify';
import { fakeEngine, type FakeEngine } from '../transcripts/transcripts.test-helper.js';
import { createAccountInvitation } from '../accounts/account-invitations.service.js';
import { multipart } from './multipart.js';
import { buildLinkWorld, type LinkWorld } from './route-fixture-links.js';
import { buildEvidenceWorld, type EvidenceWorld } from './route-fixture-evidence.js';
import { buildGuestWorld, type GuestWorld } from './route-fixture-guests.js';
import { shareWorld, type SharingWorld } from './sharing-fixture.js';
import { exampleCase, type Session, type TestApp } from './test-app.js';

// One account's case with one of everything a route can name by id (a "world"), made through the API where the
// API can make it, so the authorization matrix has a real target for every route. Two worlds (the owner's and a
// stranger's) let the matrix mix ids: the stranger's own case with the owner's recording, part, bookmark...

/** The ids of one account's case and of everything in it. `version` and `file` follow the owner's writes. */
export interface World extends SharingWorld, LinkWorld, EvidenceWorld, GuestWorld {
  session: Session;
  email: string;
  /** 'owner' for the first account (the app owner), 'member' for the others. */
  role: string;
  /** A word only this world's case holds (the student's name): no other account's answer may contain it. */
  marker: string;
  caseId: string;
  version: number;
  file: Record<string, unknown>;
  /** Ids inside the case document (the same kind of id in every case, not secrets). */
  meetingId: string;
  /** A meeting with a part still recording (chunks and finish go there). */
  openMeetingId: string;
  /** A meeting nothing else uses, for DELETE. */
  spareMeetingId: string;
  goalId: string;
  serviceId: string;
  taskId: string;
  letterKind: string;
  speaker: string;
  /** Ids made by the server, unique across accounts: these are what the matrix mixes. */
  recordingId: string;
  partId: string;
  openPartId: string;
  bookmarkId: string;
  clipId: string;
  letterFileId: string;
  /** That file marked sent by mail (so the arrival date can be given). */
  sentLetterId: string;
  /** A failed run (retry, cancel); the shown run is a finished one with segments and items. */
  transcriptId: string;
  segmentId: string;
  itemId: string;
  uploadId: string;
  /** A document of the binder (a text file, read), and a second one whose reading failed (to read again). */
  documentId: string;
  spareDocumentId: string;
  /** An IEP (read) for the meeting check, and a progress report (read) for the data check. */
  iepDocumentId: string;
  progressDocumentId: string;
  /** A second unfinished upload that only attacks aim at, so a hole that works cannot spoil the first. */
  spareUploadId: string;
  /**
   * Only the app owner's world has these (another account cannot invite; its values name nothing): a pending
   * account invitation made through the API (to cancel), and one made by the service for a new address (to sign
   * up with: after the first account, sign-up needs one).
   */
  invitationId: string;
  /** An item of the answer tracker: the Notice of Action a sent request for it asks for (core's item id). */
  answerItemId: string;
  signupInvite: { email: string; token: string };
}

/** The server-made ids: a stranger must never reach another account's through their own case. */
export const GLOBAL_IDS = [
  'recordingId',
  'partId',
  'openPartId',
  'bookmarkId',
  'clipId',
  'letterFileId',
  'sentLetterId',
  'transcriptId',
  'segmentId',
  'itemId',
  'uploadId',
  'spareUploadId',
  'documentId',
  'spareDocumentId',
  'iepDocumentId',
  'progressDocumentId',
  'linkId',
  'spareLinkId',
  'studentViewId',
  'spareStudentViewId',
  'memberId',
  'advocateMemberId',
  'caseInvitationId',
  'evidenceBuildId',
  'spareEvidenceBuildId',
] as const satisfies readonly (keyof World)[];

export const TUS = { 'tus-resumable': '1.0.0' } as const;
export const UPLOAD_LENGTH = 4096;

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** tus Upload-Metadata for an upload into this world's meeting. */
export function uploadMetadata(caseId: string, meetingId: string, filename = 'memo.m4a'): string {
  return `caseId ${b64(caseId)},meetingId ${b64(meetingId)},filename ${b64(filename)}`;
}

let webm: Buffer | null = null;

/** One second of real WebM/Opus, as the browser recorder sends it (made once). */
export function webmSecond(): Buffer {
  webm ??= execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'],
    ...['-c:a', 'libopus', '-f', 'webm', 'pipe:1'],
  ]);
  return webm;
}

/**
 * A speech engine that starts and then waits until its job is stopped (cancelled, or the app closes), so a
 * transcription the matrix starts stays "running" and cancel has something to cancel.
 */
export function waitingEngine(): FakeEngine {
  const engine = fakeEngine();
  engine.transcribePcm = (pcm, options) =>
    new Promise<never>((_resolve, reject) => {
      const stop = () => reject(new Error('stopped'));
      if (options.signal?.aborted) stop();
      options.signal?.addEventListener('abort', stop);
    });
  return engine;
}

interface Call {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  payload?: Buffer;
  headers?: Record<string, string>;
}

async function call(t: TestApp, session: Session, c: Call): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: session.cookie, ...c.headers };
  if (c.method !== 'GET') headers['x-csrf-token'] = session.csrf;
  const payload = c.payload ?? (c.body === undefined ? undefined : (c.body as object));
  const response = await t.app.inject({
    method: c.method,
    url: c.url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  if (response.statusCode >= 300)
    throw new Error(`Fixture step ${c.method} ${c.url} failed: ${response.statusCode} ${response.body}`);
  return response;
}

const meeting = (id: string, day: string) => ({
  id,
  kind: 'annual-review',
  timeZone: 'America/Chicago',
  sessions: [{ start: `${day}T09:00`, end: `${day}T10:00` }],
});

/** The transcript rows a finished run would leave (the matrix needs their ids, not a speech engine's work). */
async function writeTranscripts(t: TestApp, w: Pick<World, 'caseId' | 'recordingId'>, tag: string) {
  const at = t.clock.now.toISOString();
  const run = {
    recording_id: w.recordingId,
    case_id: w.caseId,
    meeting_id: 'm1',
    engine_choice: 'auto',
    engine_name: 'pocketsphinx',
    engine: 'pocketsphinx (en-us)',
    engine_note: null,
    speakers_expected: 2,
    duration_sec: 1,
    resumed_from_sec: 0,
    job_id: null,
    started_at: at,
    finished_at: at,
    created_at: at,
    updated_at: at,
  };
  await t.storage.db
    .insertInto('transcripts')
    .values([
      {
        ...run,
        id: `${tag}-done`,
        status: 'done',
        processed_sec: 1,
        segment_count: 2,
        error: null,
        shown: 1,
      },
      {
        ...run,
        id: `${tag}-failed`,
        status: 'failed',
        processed_sec: 0.5,
        segment_count: 0,
        error: 'Stopped.',
        shown: 0,
      },
    ])
    .execute();
  const lines = [
    { speaker: 'S1', text: 'We will send the evaluation report by Friday.', start: 0, end: 600 },
    { speaker: 'S2', text: 'The reading goal stays at grade level.', start: 600, end: 1000 },
  ];
  await t.storage.db
    .insertInto('transcript_segments')
    .values(
      lines.map((line, seq) => ({
        id: `${tag}-segment-${seq}`,
        transcript_id: `${tag}-done`,
        recording_id: w.recordingId,
        case_id: w.caseId,
        seq,
        start_ms: line.start,
        end_ms: line.end,
        speaker: line.speaker,
        text: line.text,
        words: '[]',
        embedding: null,
        search_text: line.text,
        speaker_name: `Speaker ${line.speaker.slice(1)}`,
      })),
    )
    .execute();
  // The second line: the first is the promise extraction finds, and a changed text would drop its item.
  return { transcriptId: `${tag}-failed`, segmentId: `${tag}-segment-1` };
}

/** Makes one account with its own case and one of everything; `name` sets the email and the student's name. */
export async function buildWorld(t: TestApp, name: string, studentName: string): Promise<World> {
  const email = `${name}@example.org`;
  const session = await t.signUp(email);
  const as = (c: Call) => call(t, session, c);
  const file = exampleCase();
  (file.student as { name: string }).name = studentName;
  const caseId = (await as({ method: 'POST', url: '/api/cases/import', body: file })).json<{ id: string }>()
    .id;
  const base = `/api/cases/${caseId}`;
  await as({ method: 'POST', url: `${base}/meetings`, body: meeting('m2', '2027-02-02') });
  await as({ method: 'POST', url: `${base}/meetings`, body: meeting('m3', '2027-02-03') });
  const letterFileId = (
    await as({
      method: 'POST',
      url: `${base}/letters/recording-notice/files`,
      body: { meetingId: 'm1', format: 'txt' },
    })
  ).json<{ id: string }>().id;
  const sentLetterId = (
    await as({
      method: 'POST',
      url: `${base}/letters/recording-notice/sent`,
      body: { meetingId: 'm1', fileId: letterFileId, sentAt: '2026-11-23T08:00:00-06:00', method: 'mail' },
    })
  ).json<{ id: string }>().id;

  // A request for Notice of Action sent by email: the answer tracker owes its answer.
  await as({
    method: 'PUT',
    url: `${base}/letters/pwn-request/draft`,
    body: {
      meetingId: 'm1',
      answers: { actions: [{ action: 'Stop speech therapy', decision: 'proposed' }] },
    },
  });
  const pwnFileId = (
    await as({
      method: 'POST',
      url: `${base}/letters/pwn-request/files`,
      body: { meetingId: 'm1', format: 'txt' },
    })
  ).json<{ id: string }>().id;
  const pwnSentId = (
    await as({
      method: 'POST',
      url: `${base}/letters/pwn-request/sent`,
      body: { meetingId: 'm1', fileId: pwnFileId, sentAt: '2026-11-23T08:00:00-06:00', method: 'email' },
    })
  ).json<{ id: string }>().id;
  const answerItemId = `letter.${pwnSentId}.pwn-response`;

  // A finished one-second part in meeting m1, with a bookmark and a clip.
  const audio = webmSecond();
  const startPart = (meetingId: string, clientPartId: string) =>
    as({
      method: 'POST',
      url: `${base}/meetings/${meetingId}/recording/parts`,
      body: { clientPartId, startedAt: t.clock.now.toISOString(), mimeType: 'audio/webm' },
    });
  const partId = (await startPart('m1', 'finished')).json<{ id: string }>().id;
  const octets = { 'content-type': 'application/octet-stream' };
  await as({
    method: 'PUT',
    url: `${base}/recording-parts/${partId}/chunks/0`,
    payload: audio,
    headers: octets,
  });
  await as({ method: 'POST', url: `${base}/recording-parts/${partId}/finish`, body: { lastSeq: 0 } });
  await t.ctx.settle();
  const recordingId = (await as({ method: 'GET', url: `${base}/meetings/m1/recording` })).json<{
    id: string;
  }>().id;
  const rec = `${base}/recordings/${recordingId}`;
  const bookmarkId = (
    await as({ method: 'POST', url: `${rec}/bookmarks`, body: { atMs: 100, kind: 'agreed', partId } })
  ).json<{ id: string }>().id;
  const clipId = (
    await as({
      method: 'POST',
      url: `${rec}/clips`,
      body: { fromMs: 0, toMs: 500, name: 'Start', format: 'mp3' },
    })
  ).json<{ id: string }>().id;

  // A part still recording in meeting m2, with its first piece.
  const openPartId = (await startPart('m2', 'open')).json<{ id: string }>().id;
  await as({
    method: 'PUT',
    url: `${base}/recording-parts/${openPartId}/chunks/0`,
    payload: audio,
    headers: octets,
  });

  const { transcriptId, segmentId } = await writeTranscripts(t, { caseId, recordingId }, name);
  const items = (await as({ method: 'POST', url: `${rec}/items/extract` })).json<{
    items: { id: string }[];
  }>().items;
  const itemId = items[0]?.id;
  if (itemId === undefined) throw new Error('The fixture transcript gave no items to extract.');
  const linkWorld = await buildLinkWorld(t, as, caseId, recordingId);
  const guestWorld = await buildGuestWorld(t, as, caseId);

  // Two unfinished tus uploads into meeting m1.
  const startUpload = async () => {
    const created = await as({
      method: 'POST',
      url: '/api/uploads',
      headers: {
        ...TUS,
        'upload-length': String(UPLOAD_LENGTH),
        'upload-metadata': uploadMetadata(caseId, 'm1'),
      },
    });
    const location = created.headers.location;
    if (typeof location !== 'string') throw new Error('The tus upload has no Location.');
    return location.split('/').pop() ?? '';
  };
  const uploadId = await startUpload();
  const spareUploadId = await startUpload();

  // Two documents in the binder: one read, one whose reading failed (the matrix reads it again).
  const addDocument = async (fileName: string, text: string, kind = 'pwn') => {
    const form = multipart({ kind }, { name: fileName, data: Buffer.from(text) });
    return (
      await as({
        method: 'POST',
        url: `${base}/documents`,
        payload: form.payload,
        headers: { 'content-type': form.type },
      })
    ).json<{ document: { id: string } }>().document.id;
  };
  const documentId = await addDocument(
    'notice.txt',
    `Notice of Action for ${studentName}. The reading goal changes.`,
  );
  const spareDocumentId = await addDocument('notes.txt', `Notes about ${studentName} from the school.`);
  const iepDocumentId = await addDocument(
    'iep.txt',
    `IEP for ${studentName}. Specialized instruction in reading 150 minutes per week, resource room.`,
    'iep',
  );
  const progressDocumentId = await addDocument(
    'progress.txt',
    `Progress report for ${studentName}. Goal 1: Reading fluency. Progress: SP`,
    'progress-report',
  );
  // Both read, and their jobs finished (the in-process queue's rows; pg-boss keeps its own), before one is marked
  // failed: no job of the fixture may still write while the matrix compares the tables.
  for (const deadline = Date.now() + 20_000; ;) {
    const docs = await t.storage.db
      .selectFrom('documents')
      .select(['status', 'job_id'])
      .where('id', 'in', [documentId, spareDocumentId, iepDocumentId, progressDocumentId])
      .execute();
    const jobIds = docs.map((d) => d.job_id ?? '');
    const jobs = await t.storage.db.selectFrom('jobs').select('status').where('id', 'in', jobIds).execute();
    if (docs.every((d) => d.status === 'ready') && jobs.every((j) => j.status === 'done')) break;
    if (Date.now() > deadline) throw new Error('The fixture documents were not read.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await t.storage.db
    .updateTable('documents')
    .set({ status: 'failed', error: 'Stopped.' })
    .where('id', '=', spareDocumentId)
    .execute();

  const { role } = (await as({ method: 'GET', url: '/api/auth/me' })).json<{ user: { role: string } }>().user;
  let invitationId = `none-${name}`;
  let signupInvite = { email: '', token: '' };
  if (role === 'owner') {
    invitationId = (
      await as({
        method: 'POST',
        url: '/api/account-invitations',
        body: { email: `${name}-guest@example.org` },
      })
    ).json<{ invitation: { id: string } }>().invitation.id;
    const newcomer = `${name}-newcomer@example.org`;
    const made = await createAccountInvitation(t.storage, {
      invitedBy: session.userId,
      email: newcomer,
      now: t.clock.now,
      validDays: t.config.invitationDays,
    });
    signupInvite = { email: newcomer, token: made.token };
  }

  const sharing = await shareWorld(t, name, email, session, caseId);
  const evidence = await buildEvidenceWorld(t, as, caseId, iepDocumentId);
  const stored = (await as({ method: 'GET', url: base })).json<{
    version: number;
    file: Record<string, unknown>;
  }>();
  return {
    session,
    email,
    role,
    marker: studentName,
    caseId,
    version: stored.version,
    file: stored.file,
    meetingId: 'm1',
    openMeetingId: 'm2',
    spareMeetingId: 'm3',
    goalId: 'g1',
    serviceId: 's1',
    taskId: 'records-request',
    letterKind: 'recording-notice',
    speaker: 'S1',
    recordingId,
    partId,
    openPartId,
    bookmarkId,
    clipId,
    letterFileId,
    sentLetterId,
    transcriptId,
    segmentId,
    itemId,
    uploadId,
    spareUploadId,
    documentId,
    spareDocumentId,
    iepDocumentId,
    progressDocumentId,
    answerItemId,
    invitationId,
    signupInvite,
    ...linkWorld,
    ...guestWorld,
    ...sharing,
    ...evidence,
  };
}
