import {
  SEND_METHOD_LABELS,
  SEND_METHOD_WORDS,
  SEND_METHODS,
  type LetterFileInfo,
  type LetterFormat,
  type LettersOverview,
  type SendMethod,
} from '@iep/core/contract';
import { METHOD_FORMAT } from '@iep/core';
import { formatInZone } from '../../../lib/format-time';
import type { ChipTone } from '../../../components/StatusChip';

export type LetterState =
  | { state: 'not-started' }
  | { state: 'draft'; updatedAt: string }
  | { state: 'file-made'; createdAt: string }
  | { state: 'sent'; sentAt: string; method: SendMethod };

const latest = <T>(items: T[], at: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (!best || Date.parse(at(item)) > Date.parse(at(best)) ? item : best),
    undefined,
  );

/**
 * How far a letter kind has come, furthest step first: sent beats a made file, which beats a draft. With
 * meetingId, only that meeting's letters count (a recording notice for last year's meeting is not this one's).
 */
export function letterState(overview: LettersOverview, kind: string, meetingId?: string): LetterState {
  const match = (m: string) => meetingId === undefined || m === meetingId;
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

/** The send methods as choices ("How did you send it?"), in the contract's order and words. */
export const SENT_METHODS: { value: SendMethod; label: string }[] = SEND_METHODS.map((value) => ({
  value,
  label: SEND_METHOD_LABELS[value],
}));

export const FORMAT_WORDS: Record<LetterFormat, string> = {
  eml: 'email file (.eml)',
  pdf: 'PDF',
  docx: 'Word file',
  txt: 'plain text file',
};

/** The files of one letter, newest first. */
export function letterFiles(
  files: readonly LetterFileInfo[],
  kind: string,
  meetingId: string | null,
): LetterFileInfo[] {
  return files
    .filter((f) => f.kind === kind && f.meetingId === (meetingId ?? ''))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1));
}

/**
 * The file a way of sending sends: the newest of that method's format (the .eml for an email, the PDF for paper),
 * or null when there is none yet (it is then made from the saved answers). Never just the last file made.
 */
export function fileForMethod(files: readonly LetterFileInfo[], method: SendMethod): LetterFileInfo | null {
  return files.find((f) => f.format === METHOD_FORMAT[method]) ?? null;
}

export function methodWords(method: SendMethod): string {
  return SEND_METHOD_WORDS[method];
}

/** The tone of a letter's status chip: sent is done, a made file waits to go, a draft is under way. */
export function letterStateTone(state: LetterState): ChipTone {
  return state.state === 'sent'
    ? 'done'
    : state.state === 'file-made'
      ? 'warning'
      : state.state === 'draft'
        ? 'info'
        : 'neutral';
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
