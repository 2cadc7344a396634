import { request } from '../../../api/client';
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
} from '../../../api/types';
import { caseUrl } from '../../../api/urls';

const letterUrl = (id: string, kind: string) => `${caseUrl(id)}/letters/${encodeURIComponent(kind)}`;
const meetingQuery = (meetingId: string | null) =>
  meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : '';

export const lettersApi = {
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
};
