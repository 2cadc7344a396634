import type { BookmarkKind } from '@iep/core/contract';
import { useCallback, useEffect } from 'react';
import { bookmarkLabel, clockText } from '../lib/recording-time';
import { flushBookmarks, recorderStore } from '../store/recording-session';

const KEYS: Record<string, BookmarkKind> = {
  a: 'agreed',
  r: 'refused',
  p: 'promised',
  q: 'question',
  i: 'important',
};

interface Options {
  caseId: string;
  meetingId: string;
  recording: boolean;
  /** Where the current part started on the meeting timeline, and how far into it we are. */
  timelineStart: number;
  elapsedNow: () => number;
  serverUpTo: number | null;
  onMessage: (message: string) => void;
}

/**
 * Bookmarks made while recording: saved on this device first, sent when the server has the audio. A letter key
 * marks a moment and N goes to the note box, never while typing in a field.
 */
export function useMarks({
  caseId,
  meetingId,
  recording,
  timelineStart,
  elapsedNow,
  serverUpTo,
  onMessage,
}: Options) {
  const mark = useCallback(
    async (kind: BookmarkKind, note: string) => {
      const atMs = timelineStart + elapsedNow();
      const store = await recorderStore();
      await store.addBookmark({ localId: crypto.randomUUID(), caseId, meetingId, atMs, kind, note });
      onMessage(`Marked ${bookmarkLabel(kind)} at ${clockText(atMs)}.`);
      const left = await flushBookmarks(caseId, meetingId);
      if (left > 0)
        onMessage(`Marked ${bookmarkLabel(kind)} at ${clockText(atMs)}. Saved on this device for now.`);
    },
    [caseId, meetingId, elapsedNow, timelineStart, onMessage],
  );

  useEffect(() => {
    if (serverUpTo !== null) void flushBookmarks(caseId, meetingId);
  }, [serverUpTo, caseId, meetingId]);

  useEffect(() => {
    if (!recording) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const kind = KEYS[e.key.toLowerCase()];
      if (kind) {
        e.preventDefault();
        void mark(kind, '');
      } else if (e.key === 'n') {
        e.preventDefault();
        document.getElementById('live-note')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [recording, mark]);

  return mark;
}
