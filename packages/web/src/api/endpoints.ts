import type { Closure, Meeting, NewCaseBody } from '../features/cases/api/wire';
import { request, requestForm } from './client';
import type {
  AccountInvitation,
  CaseSummary,
  InvitationCheck,
  Plan,
  Session,
  SetupState,
  StoredCase,
} from './types';
import type {
  LetterAnswers,
  LetterDraft,
  LetterFileInfo,
  LetterFormat,
  LetterKindInfo,
  LetterPreview,
  LettersOverview,
  SentLetter,
  SentMethod,
  TimelineEvent,
} from './types';
import type { CaseAnalysis, CaseFile } from '@iep/core';
import type {
  ConcernItem,
  ImportKindId,
  ImportMapping,
  ImportPreview,
  ImportResult,
  NewLogEntry,
  NewProbe,
} from '../features/data/api/data-wire';
import type {
  Bookmark,
  BookmarkKind,
  Clip,
  ClipFormat,
  Recording,
  RecordingSummary,
} from '../features/recordings/api/recording-wire';

const caseUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const letterUrl = (id: string, kind: string) => `${caseUrl(id)}/letters/${encodeURIComponent(kind)}`;
const meetingQuery = (meetingId: string | null) =>
  meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : '';
const meetingUrl = (id: string, meetingId: string) =>
  `${caseUrl(id)}/meetings/${encodeURIComponent(meetingId)}`;

export const api = {
  setup: () => request<SetupState>('GET', '/api/setup'),
  me: () => request<Session>('GET', '/api/auth/me', { quiet401: true }),
  signIn: (email: string, password: string) =>
    request<Session>('POST', '/api/auth/signin', { body: { email, password }, quiet401: true }),
  signUp: (name: string, email: string, password: string, invite?: string) =>
    request<Session>('POST', '/api/auth/signup', {
      body: invite === undefined ? { name, email, password } : { name, email, password, invite },
    }),
  checkInvitation: (token: string) =>
    request<InvitationCheck>('POST', '/api/auth/invitation', { body: { token }, quiet401: true }),
  listAccountInvitations: () =>
    request<{ invitations: AccountInvitation[] }>('GET', '/api/account-invitations'),
  inviteAccount: (email: string) =>
    request<{ invitation: AccountInvitation; link: string }>('POST', '/api/account-invitations', {
      body: { email },
    }),
  revokeAccountInvitation: (id: string) =>
    request<undefined>('DELETE', `/api/account-invitations/${encodeURIComponent(id)}`),
  signOut: () => request<undefined>('POST', '/api/auth/signout', { quiet401: true }),

  listCases: () => request<{ cases: CaseSummary[] }>('GET', '/api/cases'),
  createCase: (body: NewCaseBody) => request<{ id: string }>('POST', '/api/cases', { body }),
  importCase: (file: unknown) => request<{ id: string }>('POST', '/api/cases/import', { body: file }),
  getCase: (id: string) => request<StoredCase>('GET', caseUrl(id)),
  putCase: (id: string, version: number, file: CaseFile) =>
    request<StoredCase>('PUT', caseUrl(id), { body: { version, file } }),
  exportUrl: (id: string) => `${caseUrl(id)}/export`,

  addMeeting: (id: string, meeting: Meeting) =>
    request<StoredCase>('POST', `${caseUrl(id)}/meetings`, { body: meeting }),
  updateMeeting: (id: string, meeting: Meeting) =>
    request<StoredCase>('PUT', meetingUrl(id, meeting.id), { body: meeting }),
  deleteMeeting: (id: string, meetingId: string) => request<StoredCase>('DELETE', meetingUrl(id, meetingId)),
  addClosure: (id: string, closure: Closure) =>
    request<StoredCase>('POST', `${caseUrl(id)}/closures`, { body: closure }),
  deleteClosure: (id: string, index: number) =>
    request<StoredCase>('DELETE', `${caseUrl(id)}/closures/${index}`),

  plan: (id: string, meetingId: string) => request<Plan>('GET', `${meetingUrl(id, meetingId)}/plan`),
  setTaskDone: (id: string, meetingId: string, taskId: string, done: boolean) =>
    request<Plan>('PUT', `${meetingUrl(id, meetingId)}/tasks/${encodeURIComponent(taskId)}`, {
      body: { done },
    }),
  icsUrl: (id: string, meetingId: string) => `${meetingUrl(id, meetingId)}/plan.ics`,

  letterKinds: () => request<{ kinds: LetterKindInfo[] }>('GET', '/api/letters/kinds'),
  letters: (id: string) => request<LettersOverview>('GET', `${caseUrl(id)}/letters`),
  letterDraft: (id: string, kind: string, meetingId: string | null) =>
    request<LetterDraft>('GET', `${letterUrl(id, kind)}/draft${meetingQuery(meetingId)}`),
  saveLetterDraft: (id: string, kind: string, meetingId: string | null, answers: LetterAnswers) =>
    request<LetterDraft>('PUT', `${letterUrl(id, kind)}/draft`, {
      body: meetingId ? { meetingId, answers } : { answers },
    }),
  previewLetter: (id: string, kind: string, meetingId: string | null, answers: LetterAnswers) =>
    request<LetterPreview>('POST', `${letterUrl(id, kind)}/preview`, {
      body: meetingId ? { meetingId, answers } : { answers },
    }),
  makeLetterFile: (id: string, kind: string, meetingId: string | null, format: LetterFormat) =>
    request<LetterFileInfo>('POST', `${letterUrl(id, kind)}/files`, {
      body: meetingId ? { meetingId, format } : { format },
    }),
  letterFileUrl: (id: string, fileId: string) => `${caseUrl(id)}/letter-files/${encodeURIComponent(fileId)}`,
  /** Records how the letter was sent; the file is the one named, else the newest (or a new) file of the method's format. */
  markLetterSent: (
    id: string,
    kind: string,
    meetingId: string | null,
    sent: { sentAt: string; method: SentMethod; fileId?: string; receivedOn?: string },
  ) =>
    request<SentLetter>('POST', `${letterUrl(id, kind)}/sent`, {
      body: { ...(meetingId ? { meetingId } : {}), ...sent },
    }),
  setLetterArrival: (id: string, sentId: string, receivedOn: string) =>
    request<SentLetter>('PUT', `${caseUrl(id)}/sent-letters/${encodeURIComponent(sentId)}/arrival`, {
      body: { receivedOn },
    }),
  /** The "Notes for you" page of the saved draft, to print (never part of the letter). */
  letterNotesUrl: (id: string, kind: string, meetingId: string | null, format: 'pdf' | 'txt' = 'pdf') =>
    `${letterUrl(id, kind)}/notes?${new URLSearchParams({ ...(meetingId ? { meetingId } : {}), format }).toString()}`,
  timeline: (id: string) => request<{ events: TimelineEvent[] }>('GET', `${caseUrl(id)}/timeline`),

  // Data check (docs/api.md, "Data check").
  analysis: (id: string, asOf: string) =>
    request<CaseAnalysis>('GET', `${caseUrl(id)}/analysis?asOf=${encodeURIComponent(asOf)}`),
  importTemplateUrl: (kind: ImportKindId, ext: 'csv' | 'xlsx') =>
    `/api/import-templates/${encodeURIComponent(kind)}.${ext}`,
  previewImport: (id: string, kind: ImportKindId, file: File, mapping?: ImportMapping) =>
    requestForm<ImportPreview>(`${caseUrl(id)}/imports/preview`, importForm(kind, file, mapping)),
  commitImport: (id: string, kind: ImportKindId, file: File, mapping: ImportMapping, onlyClean: boolean) => {
    const form = importForm(kind, file, mapping);
    form.append('onlyClean', String(onlyClean));
    return requestForm<ImportResult>(`${caseUrl(id)}/imports/commit`, form);
  },
  addProbe: (id: string, goalId: string, probe: NewProbe) =>
    request<StoredCase>('POST', `${caseUrl(id)}/goals/${encodeURIComponent(goalId)}/probes`, { body: probe }),
  addServiceLog: (id: string, serviceId: string, entry: NewLogEntry) =>
    request<StoredCase>('POST', `${caseUrl(id)}/services/${encodeURIComponent(serviceId)}/log`, {
      body: entry,
    }),
  appendConcerns: (id: string, items: ConcernItem[]) =>
    request<unknown>('POST', `${caseUrl(id)}/letters/concerns/draft/append`, {
      body: { field: 'findings', items },
    }),
  appendCompEd: (id: string, serviceIds: string[]) =>
    request<unknown>('POST', `${caseUrl(id)}/letters/comp-ed-request/draft/append`, {
      body: { field: 'serviceIds', items: serviceIds },
    }),

  // Recordings (docs/api.md, "Recordings"); chunk uploads go through lib/recording-upload.ts (raw bytes).
  recordings: (id: string) => request<{ recordings: RecordingSummary[] }>('GET', `${caseUrl(id)}/recordings`),
  recording: (id: string, meetingId: string) =>
    request<Recording>('GET', `${meetingUrl(id, meetingId)}/recording`),
  addBookmark: (id: string, recordingId: string, body: { atMs: number; kind: BookmarkKind; note?: string }) =>
    request<Bookmark>('POST', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/bookmarks`, {
      body,
    }),
  updateBookmark: (id: string, bookmarkId: string, body: { kind?: BookmarkKind; note?: string }) =>
    request<Bookmark>('PUT', `${caseUrl(id)}/bookmarks/${encodeURIComponent(bookmarkId)}`, { body }),
  deleteBookmark: (id: string, bookmarkId: string) =>
    request<undefined>('DELETE', `${caseUrl(id)}/bookmarks/${encodeURIComponent(bookmarkId)}`),
  deleteRecording: (id: string, recordingId: string) =>
    request<undefined>('DELETE', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}`),
  makeClip: (
    id: string,
    recordingId: string,
    body: { fromMs: number; toMs: number; name: string; format: ClipFormat },
  ) => request<Clip>('POST', `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/clips`, { body }),
  clipUrl: (id: string, clipId: string) => `${caseUrl(id)}/clips/${encodeURIComponent(clipId)}`,
  manifestUrl: (id: string, recordingId: string) =>
    `${caseUrl(id)}/recordings/${encodeURIComponent(recordingId)}/manifest`,
  partAudioUrl: (id: string, partId: string) =>
    `${caseUrl(id)}/recording-parts/${encodeURIComponent(partId)}/audio`,
  partPeaksUrl: (id: string, partId: string) =>
    `${caseUrl(id)}/recording-parts/${encodeURIComponent(partId)}/peaks`,
};

// Fields are sent before the file so the server can read them while the upload streams in.
function importForm(kind: ImportKindId, file: File, mapping?: ImportMapping): FormData {
  const form = new FormData();
  form.append('kind', kind);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}
