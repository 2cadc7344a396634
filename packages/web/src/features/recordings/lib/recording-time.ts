import { BOOKMARK_KINDS, type BookmarkKind, type RecordingTimeline } from '@iep/core/contract';

// Pure helpers for times on a meeting recording: clock text, the timeline that plays parts back to back,
// breaks between parts, and the range of a clip around a bookmark.

/** "4:05" or "1:02:09" for a number of milliseconds (rounded down to the second). */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Reads "12:30", "1:02:09" or "95" (seconds) back to milliseconds; null when it is not a time. */
export function parseClock(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return null;
  const parts = t.split(':').map(Number);
  if (parts.slice(1).some((n) => n >= 60)) return null;
  const seconds = parts.reduce((sum, n) => sum * 60 + n, 0);
  return Math.round(seconds * 1000);
}

/** Words a screen reader reads well: "1 hour 2 minutes 9 seconds". */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const words: string[] = [];
  const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;
  if (h) words.push(unit(h, 'hour'));
  if (m) words.push(unit(m, 'minute'));
  if (s || words.length === 0) words.push(unit(s, 'second'));
  return words.join(' ');
}

/** "Break of 45 minutes" / "Break of 1 day 2 hours": the real time between two parts, to the minute. */
export function breakText(gapMs: number): string {
  const minutes = Math.round(gapMs / 60_000);
  if (minutes < 1) return 'Break of less than a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;
  const words: string[] = [];
  if (days) words.push(unit(days, 'day'));
  if (hours) words.push(unit(hours, 'hour'));
  if (mins && !days) words.push(unit(mins, 'minute'));
  return `Break of ${words.join(' ')}`;
}

export interface TimelinePosition {
  /** Index into timeline.parts. */
  index: number;
  partId: string;
  /** Milliseconds into that part. */
  offsetInPartMs: number;
}

/** Where a time on the meeting timeline falls: which part, and how far into it. Clamped to the ends. */
export function locate(timeline: RecordingTimeline, atMs: number): TimelinePosition | null {
  const parts = timeline.parts;
  if (parts.length === 0) return null;
  const t = Math.max(0, Math.min(atMs, timeline.totalMs));
  for (const [i, p] of parts.entries()) {
    const last = i === parts.length - 1;
    if (t < p.offsetMs + p.durationMs || last) {
      return {
        index: i,
        partId: p.partId,
        offsetInPartMs: Math.min(Math.max(0, t - p.offsetMs), p.durationMs),
      };
    }
  }
  return null;
}

const CLIP_BEFORE_MS = 30_000;
const CLIP_AFTER_MS = 60_000;

/** "Clip around this bookmark": 30 s before to 60 s after, kept inside the recording. */
export function clipAround(atMs: number, totalMs: number): { fromMs: number; toMs: number } {
  return {
    fromMs: Math.max(0, atMs - CLIP_BEFORE_MS),
    toMs: Math.min(totalMs, atMs + CLIP_AFTER_MS),
  };
}

/** What each bookmark kind reads as (every kind of the contract: a missing one is a compile error). */
export const BOOKMARK_LABELS: Record<BookmarkKind, string> = {
  agreed: 'Agreed',
  refused: 'Refused',
  promised: 'Promised',
  question: 'Question',
  important: 'Important',
  note: 'Note',
};

// The recorder's buttons and their keys; a note is written in its own box.
const BUTTON_KEYS: Record<Exclude<BookmarkKind, 'note'>, string> = {
  agreed: 'a',
  refused: 'r',
  promised: 'p',
  question: 'q',
  important: 'i',
};

export const BOOKMARK_BUTTONS: { kind: BookmarkKind; label: string; key: string }[] = BOOKMARK_KINDS.flatMap(
  (kind) => (kind === 'note' ? [] : [{ kind, label: BOOKMARK_LABELS[kind], key: BUTTON_KEYS[kind] }]),
);

export function bookmarkLabel(kind: BookmarkKind): string {
  return BOOKMARK_LABELS[kind];
}

/** A bookmark kind read from the address bar, or undefined when it is none. */
export function bookmarkKindOf(value: string | null | undefined): BookmarkKind | undefined {
  return BOOKMARK_KINDS.find((kind) => kind === value);
}

/** The status line of the recorder: how fresh the copy on this device and on the server is. */
export function saveStatus(input: {
  nowMs: number;
  online: boolean;
  localUpToMs: number | null;
  serverUpToMs: number | null;
}): string {
  const ago = (at: number | null) =>
    at === null ? 'not yet' : `up to ${Math.max(0, Math.round((input.nowMs - at) / 1000))} s ago`;
  if (!input.online)
    return `Offline: saving on this device (${ago(input.localUpToMs)}); will upload when back.`;
  return `Saved on this device ${ago(input.localUpToMs)}; saved on the server ${ago(input.serverUpToMs)}.`;
}

/** After Stop: how long the part is and where it is now, the truth of the upload (it goes on in the background). */
export function stoppedStatus(input: {
  elapsedMs: number;
  online: boolean;
  localUpToMs: number | null;
  serverUpToMs: number | null;
}): string {
  const length = spokenDuration(input.elapsedMs);
  const onServer =
    input.localUpToMs !== null && input.serverUpToMs !== null && input.serverUpToMs >= input.localUpToMs;
  if (onServer) return `Saved: ${length}, on this device and on the server.`;
  if (!input.online)
    return `Saved: ${length}, on this device. It goes to the server when you are back online.`;
  return `Saved: ${length}, on this device. Sending it to the server now.`;
}
