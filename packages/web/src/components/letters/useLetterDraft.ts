import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { LetterAnswers } from '../../api/types';
import { cleanAnswers } from '../../lib/letter-interview';
import {
  draftKey,
  readLocalDraft,
  sameAnswers,
  shouldOfferRestore,
  writeLocalDraft,
  type LocalDraft,
} from '../../lib/letter-draft-store';

export type SaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'retrying' | 'refused';

const SAVE_DELAY_MS = 600;
const RETRY_MS = 5000;

export interface DraftHandle {
  loaded: boolean;
  loadError: ApiError | null;
  answers: LetterAnswers;
  saveState: SaveState;
  saveError: string;
  restoreOffer: LocalDraft | null;
  setAnswer: (id: string, value: unknown) => void;
  restore: () => void;
  dismissRestore: () => void;
  /** Saves now (before making files or previews that read the server draft); true once the server has it. */
  flush: () => Promise<boolean>;
}

/**
 * The interview's answers, kept in three places on purpose: React state (what the screen shows), the
 * browser's storage (written on every change, survives a reload or a dead network) and the server draft
 * (written after a short pause, retried until it succeeds).
 */
export function useLetterDraft(
  caseId: string,
  kind: string,
  meetingId: string | null,
  enabled: boolean,
): DraftHandle {
  const key = draftKey(caseId, kind, meetingId);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [answers, setAnswers] = useState<LetterAnswers>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState('');
  const [restoreOffer, setRestoreOffer] = useState<LocalDraft | null>(null);
  const latest = useRef<LetterAnswers>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  // The retry timer calls the newest save through this ref (a callback cannot name itself).
  const saveRef = useRef<() => Promise<boolean>>(() => Promise.resolve(false));

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    api.letterDraft(caseId, kind, meetingId).then(
      (draft) => {
        if (cancelled) return;
        const local = readLocalDraft(key);
        if (shouldOfferRestore(local, draft)) setRestoreOffer(local);
        latest.current = draft.answers;
        setAnswers(draft.answers);
        setLoaded(true);
      },
      (e: unknown) => {
        if (cancelled) return;
        // Without the server, carry on with the browser copy so the parent can keep working.
        const local = readLocalDraft(key);
        latest.current = local?.answers ?? {};
        setAnswers(latest.current);
        setLoadError(e instanceof ApiError ? e : new ApiError(0, 'We could not load your saved answers.'));
        setLoaded(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, kind, meetingId, key, enabled]);

  const save = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const sending = latest.current;
    setSaveState('saving');
    const run = api.saveLetterDraft(caseId, kind, meetingId, cleanAnswers(sending)).then(
      () => {
        if (sameAnswers(sending, latest.current)) {
          writeLocalDraft(key, { answers: sending, savedAt: new Date().toISOString(), synced: true });
          setSaveState('saved');
        }
        setSaveError('');
        return true;
      },
      (e: unknown) => {
        const status = e instanceof ApiError ? e.status : 0;
        // A refused answer will be refused again; only a network or server failure is worth retrying.
        if (status >= 400 && status < 500) {
          setSaveState('refused');
          setSaveError(e instanceof ApiError ? e.message : 'The answers were not saved.');
        } else {
          setSaveState('retrying');
          timer.current = setTimeout(() => void saveRef.current(), RETRY_MS);
        }
        return false;
      },
    );
    inFlight.current = run;
    return run;
  }, [caseId, kind, meetingId, key]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = useCallback(
    (next: LetterAnswers) => {
      latest.current = next;
      setAnswers(next);
      writeLocalDraft(key, { answers: next, savedAt: new Date().toISOString(), synced: false });
      setSaveState('waiting');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [key, save],
  );

  const setAnswer = useCallback(
    (id: string, value: unknown) => {
      // "I don't know" unticked leaves no answer at all, not an empty one.
      const rest = Object.fromEntries(Object.entries(latest.current).filter(([k]) => k !== id));
      change(value === undefined ? rest : { ...rest, [id]: value });
    },
    [change],
  );

  const restore = useCallback(() => {
    if (restoreOffer) change(restoreOffer.answers);
    setRestoreOffer(null);
  }, [restoreOffer, change]);

  const dismissRestore = useCallback(() => {
    writeLocalDraft(key, { answers: latest.current, savedAt: new Date().toISOString(), synced: true });
    setRestoreOffer(null);
  }, [key]);

  const flush = useCallback(async () => {
    if (timer.current || saveState === 'retrying' || saveState === 'waiting') return save();
    if (inFlight.current) return inFlight.current;
    return true;
  }, [save, saveState]);

  return {
    loaded,
    loadError,
    answers,
    saveState,
    saveError,
    restoreOffer,
    setAnswer,
    restore,
    dismissRestore,
    flush,
  };
}
