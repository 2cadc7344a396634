import type { LetterAnswers } from '../api/letters';

// A copy of every answer in the browser, written before the server is asked, so nothing typed is lost when
// the page reloads or the network is down. The server draft stays the real record; this is the safety net.

export interface LocalDraft {
  answers: LetterAnswers;
  /** When this copy was written (device clock, ISO). */
  savedAt: string;
  /** True once the server has confirmed these exact answers. */
  synced: boolean;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(caseId: string, kind: string, meetingId: string | null): string {
  return `iep-letter-draft:${caseId}:${kind}:${meetingId ?? '-'}`;
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    // Private modes can refuse storage; the server draft still works.
    return null;
  }
}

export function readLocalDraft(key: string, store: KeyValueStore | null = browserStore()): LocalDraft | null {
  const raw = store?.getItem(key);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.answers !== 'object' || value.answers === null || Array.isArray(value.answers))
      return null;
    if (typeof value.savedAt !== 'string') return null;
    return { answers: value.answers, savedAt: value.savedAt, synced: value.synced === true };
  } catch {
    return null;
  }
}

export function writeLocalDraft(
  key: string,
  draft: LocalDraft,
  store: KeyValueStore | null = browserStore(),
): void {
  try {
    store?.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or blocked storage must not stop the interview; the server save still runs.
  }
}

/** Order-insensitive comparison of two answer sets (object key order must not count as a change). */
export function sameAnswers(a: LetterAnswers, b: LetterAnswers): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Offer to restore the browser copy only when it holds answers the server never confirmed, they differ from
 * the server's, and they were written after the server's last save (an older unsent copy would undo newer
 * work done on another device).
 */
export function shouldOfferRestore(
  local: LocalDraft | null,
  server: { answers: LetterAnswers; updatedAt: string | null },
): boolean {
  if (!local || local.synced) return false;
  if (sameAnswers(local.answers, server.answers)) return false;
  if (server.updatedAt === null) return true;
  return Date.parse(local.savedAt) > Date.parse(server.updatedAt);
}
