import type { EngineChoice, ItemPatchBody, TranscriptItem } from '@iep/core/contract';
import { useCallback, useState } from 'react';
import type { SegmentView } from '@iep/core';
import { transcriptsApi } from '../api/transcripts';
import { ApiError } from '../../../api/client';
import type { SegmentChange } from '../components/SegmentEditor';
import type { useTranscript, useTranscriptItems } from './useTranscript';

const messageOf = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';

interface Options {
  caseId: string;
  recordingId: string;
  transcript: ReturnType<typeof useTranscript>;
  items: ReturnType<typeof useTranscriptItems>;
}

/**
 * Every change the parent makes on the transcript page, each run the same way: a busy flag, then the saved message
 * in the live region, or the server's plain error.
 */
export function useTranscriptActions({ caseId, recordingId: rid, transcript, items }: Options) {
  const { bundle, setBundle, reload } = transcript;
  const t = bundle?.transcript ?? null;
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<void>, message: string): Promise<boolean> => {
    setBusy(true);
    setFailure('');
    try {
      await work();
      setStatus(message);
      return true;
    } catch (e) {
      setFailure(messageOf(e));
      setStatus('');
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const saveSegment = useCallback(
    (seg: SegmentView, change: SegmentChange) =>
      run(
        async () => setBundle(await transcriptsApi.editSegment(caseId, rid, seg.id, change)),
        change.text !== undefined ? 'Your fix is saved.' : 'The part is moved to the other speaker.',
      ),
    [run, caseId, rid, setBundle],
  );

  const start = (choice: { engine: EngineChoice; speakers?: number }) =>
    void run(async () => {
      try {
        await transcriptsApi.start(caseId, rid, choice);
      } catch (e) {
        // 409: one is already queued or running (another tab started it); show that one instead.
        if (!(e instanceof ApiError && e.status === 409)) throw e;
      }
      await reload();
    }, 'The transcript has started.');

  const cancel = () =>
    void run(async () => {
      if (t && bundle)
        setBundle({ ...bundle, transcript: (await transcriptsApi.cancel(caseId, t.id)).transcript });
    }, 'The transcript is stopped.');

  const retry = () =>
    void run(async () => {
      if (t) await transcriptsApi.retry(caseId, t.id);
      await reload();
    }, 'The transcript has started again.');

  const updateItem = (item: TranscriptItem, patch: ItemPatchBody) =>
    run(
      async () => items.replace((await transcriptsApi.updateItem(caseId, item.id, patch)).item),
      patch.status === 'dropped'
        ? 'The item is dropped.'
        : patch.status === 'suggested'
          ? 'The item is back on the list.'
          : 'The item is saved and confirmed.',
    );

  const renameSpeaker = (label: string, name: string) =>
    run(
      async () => setBundle(await transcriptsApi.renameSpeaker(caseId, rid, label, name)),
      `The name ${name} is saved everywhere in this transcript.`,
    );

  const mergeSpeakers = (from: string, into: string) =>
    run(async () => {
      setBundle(await transcriptsApi.mergeSpeakers(caseId, rid, from, into));
    }, 'The two speakers are merged.');

  const extractItems = () =>
    void run(
      async () => items.setItems((await transcriptsApi.extractItems(caseId, rid)).items),
      'The list is up to date. Your choices are kept.',
    );

  return {
    status,
    failure,
    busy,
    saveSegment,
    start,
    cancel,
    retry,
    updateItem,
    renameSpeaker,
    mergeSpeakers,
    extractItems,
  };
}
