import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  reload: () => Promise<void>;
  setData: (data: T) => void;
}

const toApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError(0, 'Something went wrong. Please reload the page.');

/**
 * Loads data whenever `key` changes and keeps the last good copy while reloading, so forms that sit on top
 * of the data (and what the user typed in them) stay on screen.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let cancelled = false;
    loadRef.current().then(
      (value) => {
        if (cancelled) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (!cancelled) setError(toApiError(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key]);

  const reload = useCallback(async () => {
    try {
      setData(await loadRef.current());
      setError(null);
    } catch (e) {
      setError(toApiError(e));
    }
  }, []);

  return { data, error, reload, setData };
}
