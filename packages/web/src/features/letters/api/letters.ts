import type {
  BodyOf,
  LetterDraft,
  LetterFormat,
  NotesFormat,
  ResponseOf,
  SendMethod,
} from '@iep/core/contract';
import { request } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

const letterUrl = (id: string, kind: string) => `${caseUrl(id)}/letters/${encodeURIComponent(kind)}`;
const meetingQuery = (meetingId: string | null) =>
  meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : '';
// The pages keep "no meeting" as null; the API takes the meetingId left out (and answers '').
const meetingPart = (meetingId: string | null): { meetingId?: string } => (meetingId ? { meetingId } : {});

/** The parent's answers to a letter's interview, as a draft keeps them. */
export type LetterAnswers = LetterDraft['answers'];

export const lettersApi = {
  letterKinds: () => request<ResponseOf<'GET /api/letters/kinds'>>('GET', '/api/letters/kinds'),
  letters: (id: string) => request<ResponseOf<'GET /api/cases/:id/letters'>>('GET', `${caseUrl(id)}/letters`),
  letterDraft: (id: string, kind: string, meetingId: string | null) =>
    request<ResponseOf<'GET /api/cases/:id/letters/:kind/draft'>>(
      'GET',
      `${letterUrl(id, kind)}/draft${meetingQuery(meetingId)}`,
    ),
  saveLetterDraft: (id: string, kind: string, meetingId: string | null, answers: LetterAnswers) => {
    const body: BodyOf<'PUT /api/cases/:id/letters/:kind/draft'> = { ...meetingPart(meetingId), answers };
    return request<ResponseOf<'PUT /api/cases/:id/letters/:kind/draft'>>(
      'PUT',
      `${letterUrl(id, kind)}/draft`,
      {
        body,
      },
    );
  },
  previewLetter: (id: string, kind: string, meetingId: string | null, answers: LetterAnswers) => {
    const body: BodyOf<'POST /api/cases/:id/letters/:kind/preview'> = { ...meetingPart(meetingId), answers };
    return request<ResponseOf<'POST /api/cases/:id/letters/:kind/preview'>>(
      'POST',
      `${letterUrl(id, kind)}/preview`,
      { body },
    );
  },
  makeLetterFile: (id: string, kind: string, meetingId: string | null, format: LetterFormat) => {
    const body: BodyOf<'POST /api/cases/:id/letters/:kind/files'> = { ...meetingPart(meetingId), format };
    return request<ResponseOf<'POST /api/cases/:id/letters/:kind/files'>>(
      'POST',
      `${letterUrl(id, kind)}/files`,
      {
        body,
      },
    );
  },
  letterFileUrl: (id: string, fileId: string) => `${caseUrl(id)}/letter-files/${encodeURIComponent(fileId)}`,
  /** Records how the letter was sent; the file is the one named, else the newest (or a new) file of the method's format. */
  markLetterSent: (
    id: string,
    kind: string,
    meetingId: string | null,
    sent: { sentAt: string; method: SendMethod; fileId?: string; receivedOn?: string },
  ) => {
    const body: BodyOf<'POST /api/cases/:id/letters/:kind/sent'> = { ...meetingPart(meetingId), ...sent };
    return request<ResponseOf<'POST /api/cases/:id/letters/:kind/sent'>>(
      'POST',
      `${letterUrl(id, kind)}/sent`,
      {
        body,
      },
    );
  },
  setLetterArrival: (id: string, sentId: string, receivedOn: string) => {
    const body: BodyOf<'PUT /api/cases/:id/sent-letters/:sentId/arrival'> = { receivedOn };
    return request<ResponseOf<'PUT /api/cases/:id/sent-letters/:sentId/arrival'>>(
      'PUT',
      `${caseUrl(id)}/sent-letters/${encodeURIComponent(sentId)}/arrival`,
      { body },
    );
  },
  /** The "Notes for you" page of the saved draft, to print (never part of the letter). */
  letterNotesUrl: (id: string, kind: string, meetingId: string | null, format: NotesFormat = 'pdf') =>
    `${letterUrl(id, kind)}/notes?${new URLSearchParams({ ...(meetingId ? { meetingId } : {}), format }).toString()}`,
  timeline: (id: string) =>
    request<ResponseOf<'GET /api/cases/:id/timeline'>>('GET', `${caseUrl(id)}/timeline`),
};
