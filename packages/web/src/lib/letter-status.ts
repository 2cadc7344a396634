import type { LettersOverview, SentMethod } from '../api/types';
import { formatInZone } from './format-time';

export type LetterState =
  | { state: 'not-started' }
  | { state: 'draft'; updatedAt: string }
  | { state: 'file-made'; createdAt: string }
  | { state: 'sent'; sentAt: string; method: SentMethod };

const latest = <T>(items: T[], at: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (!best || Date.parse(at(item)) > Date.parse(at(best)) ? item : best),
    undefined,
  );

/**
 * How far a letter kind has come, furthest step first: sent beats a made file, which beats a draft. With
 * meetingId, only that meeting's letters count (a recording notice for last year's meeting is not this one's).
 */
export function letterState(overview: LettersOverview, kind: string, meetingId?: string | null): LetterState {
  const match = (m: string | null) => meetingId === undefined || m === meetingId;
  const sent = latest(
    overview.sent.filter((s) => s.kind === kind && match(s.meetingId)),
    (s) => s.sentAt,
  );
  if (sent) return { state: 'sent', sentAt: sent.sentAt, method: sent.method };
  const file = latest(
    overview.files.filter((f) => f.kind === kind && match(f.meetingId)),
    (f) => f.createdAt,
  );
  if (file) return { state: 'file-made', createdAt: file.createdAt };
  const draft = latest(
    overview.drafts.filter((d) => d.kind === kind && match(d.meetingId)),
    (d) => d.updatedAt,
  );
  if (draft) return { state: 'draft', updatedAt: draft.updatedAt };
  return { state: 'not-started' };
}

const METHOD_WORDS: Record<SentMethod, string> = {
  email: 'by email',
  'hand-delivery': 'by hand',
  mail: 'by mail',
  fax: 'by fax',
  portal: 'through the school portal',
};

export const SENT_METHODS: { value: SentMethod; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'hand-delivery', label: 'Hand delivery' },
  { value: 'mail', label: 'Mail' },
  { value: 'fax', label: 'Fax' },
  { value: 'portal', label: 'School portal' },
];

export function methodWords(method: SentMethod): string {
  return METHOD_WORDS[method];
}

export function letterStateText(state: LetterState, timeZone: string): string {
  switch (state.state) {
    case 'not-started':
      return 'Not started';
    case 'draft':
      return 'Draft saved';
    case 'file-made':
      return 'File made, not sent yet';
    case 'sent':
      return `Sent ${methodWords(state.method)} on ${formatInZone(state.sentAt, timeZone, { withYear: true, dateOnly: true })}`;
  }
}

/** A SHA-256 is 64 hex characters; the first 12 are enough to tell files apart on screen. */
export function shortHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256;
}
