import type { TranscriptBody, TranscriptItem } from '@iep/core/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { transcriptsApi } from '../api/transcripts';
import { ApiError } from '../../../api/client';

const POLL_MS = 2000;
/** Extraction runs just after a transcript finishes; look once more a little later. */
const ITEMS_SETTLE_MS = 3000;

const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError(0, 'Something went wrong. Please reload the page.');

/** The latest transcript of a recording, asked for again every 2 seconds while it is queued or running. */
export function useTranscript(caseId: string, recordingId: string | null) {
  const [bundle, setBundle] = useState<TranscriptBody | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    if (!recordingId) return;
    try {
      setBundle(await transcriptsApi.get(caseId, recordingId));
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    }
  }, [caseId, recordingId]);

  useEffect(() => {
    if (!recordingId) return;
    let cancelled = false;
    transcriptsApi.get(caseId, recordingId).then(
      (b) => {
        if (cancelled) return;
        setBundle(b);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(asApiError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, recordingId]);

  const status = bundle?.transcript?.status ?? null;
  const active = status === 'queued' || status === 'running';
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [active, reload]);

  return { bundle, setBundle, error, reload };
}

/** The items found in a finished transcript; loaded when it is done, and once more if it just finished. */
/** `done` is null while the transcript's state is not known yet. */
export function useTranscriptItems(caseId: string, recordingId: string | null, done: boolean | null) {
  const [items, setItems] = useState<TranscriptItem[] | null>(null);
  const [error, setError] = useState('');
  const wasDone = useRef<boolean | null>(null);

  const load = useCallback(async () => {
    if (!recordingId) return;
    try {
      setItems((await transcriptsApi.items(caseId, recordingId)).items);
      setError('');
    } catch (e) {
      setError(asApiError(e).message);
    }
  }, [caseId, recordingId]);

  useEffect(() => {
    if (done !== true || !recordingId) return;
    const justFinished = wasDone.current === false;
    wasDone.current = true;
    let cancelled = false;
    transcriptsApi.items(caseId, recordingId).then(
      (r) => !cancelled && setItems(r.items),
      (e: unknown) => !cancelled && setError(asApiError(e).message),
    );
    const timer = justFinished ? setTimeout(() => void load(), ITEMS_SETTLE_MS) : null;
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [caseId, recordingId, done, load]);

  useEffect(() => {
    if (done === false && wasDone.current === null) wasDone.current = false;
  }, [done]);

  const replace = useCallback((item: TranscriptItem) => {
    setItems((list) => list?.map((i) => (i.id === item.id ? item : i)) ?? [item]);
  }, []);

  return { items, setItems, replace, error, reload: load };
}
