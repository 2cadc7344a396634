import { cleanAnswers } from '@iep/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LetterDraft } from '@iep/core/contract';
import type { LetterAnswers } from '../api/letters';
import { ApiError } from '../../../api/client';
import { lettersApi } from '../api/letters';
import { problemQuestionId } from '../lib/letter-interview';
import {
  draftKey,
  readLocalDraft,
  sameAnswers,
  shouldOfferRestore,
  writeLocalDraft,
  type LocalDraft,
} from '../store/letter-draft-store';

export type SaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'retrying' | 'refused';

const SAVE_DELAY_MS = 600;
const RETRY_MS = 5000;

/** One answer the server refused: the question it belongs to and why, in the question's own words. */
export interface SaveProblem {
  questionId: string | null;
  message: string;
}

export interface DraftHandle {
  loaded: boolean;
  loadError: ApiError | null;
  answers: LetterAnswers;
  saveState: SaveState;
  saveError: string;
  /** Why the last save was refused, by question; empty once a save succeeds. */
  saveProblems: SaveProblem[];
  /** The answers on screen came from this device, newer than the saved ones (kept through a reload). */
  fromDevice: boolean;
  /** Who saved the answers last and when, as the server last said (on a shared case, maybe not you). */
  changedBy: (NonNullable<LetterDraft['changedBy']> & { at: string }) | null;
  setAnswer: (id: string, value: unknown) => void;
  /** Drops this device's copy and shows the answers saved to the account. */
  revertToSaved: () => void;
  /** Saves now (before making files or previews that read the server draft); true once the server has it. */
  flush: () => Promise<boolean>;
}

/** Who saved the draft last, with when: what the page says on a shared case. */
const changedByOf = (draft: LetterDraft): DraftHandle['changedBy'] =>
  draft.changedBy && draft.updatedAt ? { ...draft.changedBy, at: draft.updatedAt } : null;

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
  const [saveProblems, setSaveProblems] = useState<SaveProblem[]>([]);
  const [saved, setSaved] = useState<LetterAnswers | null>(null);
  const [fromDevice, setFromDevice] = useState(false);
  const [changedBy, setChangedBy] = useState<DraftHandle['changedBy']>(null);
  // A refused or unsent copy found on load is saved once the screen shows it (so a refusal is said again).
  const resend = useRef(false);
  const latest = useRef<LetterAnswers>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  // The retry timer calls the newest save through this ref (a callback cannot name itself).
  const saveRef = useRef<() => Promise<boolean>>(() => Promise.resolve(false));

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    lettersApi.letterDraft(caseId, kind, meetingId).then(
      (draft) => {
        if (cancelled) return;
        const local: LocalDraft | null = readLocalDraft(key);
        setSaved(draft.answers);
        setChangedBy(changedByOf(draft));
        // Answers typed on this device after the last save (a refused save, a dead network) come back as they
        // were typed: nothing the parent wrote is lost by a reload. "Use the saved answers" undoes it.
        if (local !== null && shouldOfferRestore(local, draft)) {
          latest.current = local.answers;
          setAnswers(local.answers);
          setFromDevice(true);
          resend.current = true;
        } else {
          latest.current = draft.answers;
          setAnswers(draft.answers);
        }
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
    const run = lettersApi.saveLetterDraft(caseId, kind, meetingId, cleanAnswers(sending)).then(
      (draft) => {
        setChangedBy(changedByOf(draft));
        if (sameAnswers(sending, latest.current)) {
          writeLocalDraft(key, { answers: sending, savedAt: new Date().toISOString(), synced: true });
          setSaveState('saved');
          setSaved(sending);
          setFromDevice(false);
        }
        setSaveError('');
        setSaveProblems([]);
        return true;
      },
      (e: unknown) => {
        const status = e instanceof ApiError ? e.status : 0;
        // A refused answer will be refused again; only a network or server failure is worth retrying. The text
        // stays on screen and in this device's copy (written on every change, never marked saved).
        if (status >= 400 && status < 500) {
          const problems =
            e instanceof ApiError && e.problems.length > 0
              ? e.problems.map((p) => ({ questionId: problemQuestionId(p.path), message: p.message }))
              : [
                  {
                    questionId: null,
                    message: e instanceof ApiError ? e.message : 'The answers were not saved.',
                  },
                ];
          setSaveState('refused');
          setSaveProblems(problems);
          setSaveError(problems.map((p) => p.message).join(' '));
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

  useEffect(() => {
    if (loaded && resend.current) {
      resend.current = false;
      void save();
    }
  }, [loaded, save]);

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

  const revertToSaved = useCallback(() => {
    const answers = saved ?? {};
    latest.current = answers;
    setAnswers(answers);
    writeLocalDraft(key, { answers, savedAt: new Date().toISOString(), synced: true });
    setFromDevice(false);
    setSaveState('idle');
    setSaveError('');
    setSaveProblems([]);
  }, [key, saved]);

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
    saveProblems,
    fromDevice,
    changedBy,
    setAnswer,
    revertToSaved,
    flush,
  };
}
