import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { speechModelsApi, type SpeechModelsState } from '../api/speech-models';
import { isActive } from '../lib/model-text';

const POLL_MS = 1000;
const plain = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Something went wrong. Please reload the page.';

/**
 * The speech model state: asks the publisher once when the page opens, then follows a running download by polling
 * (also after a reload: the server keeps the download going).
 */
export function useSpeechModels(onInstalled?: () => void) {
  const [data, setData] = useState<SpeechModelsState | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const installed = useRef(onInstalled);
  useEffect(() => {
    installed.current = onInstalled;
  });

  useEffect(() => {
    let gone = false;
    speechModelsApi.get(true).then(
      (d) => !gone && setData(d),
      (e: unknown) => !gone && setError(plain(e)),
    );
    return () => {
      gone = true;
    };
  }, []);

  const state = data?.download.state;
  useEffect(() => {
    if (!state || !isActive(state)) return;
    const timer = setTimeout(() => {
      speechModelsApi.get(false).then(
        (d) => {
          setData(d);
          if (d.download.state === 'installed') installed.current?.();
        },
        (e: unknown) => setError(plain(e)),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [data, state]);

  const act = useCallback(async (work: () => Promise<SpeechModelsState>) => {
    setBusy(true);
    setError('');
    try {
      setData(await work());
    } catch (e) {
      setError(plain(e));
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    data,
    error,
    busy,
    start: () => act(() => speechModelsApi.start()),
    cancel: () => act(() => speechModelsApi.cancel()),
  };
}
