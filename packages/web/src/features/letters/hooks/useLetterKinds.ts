import type { LetterKindInfo } from '@iep/core';
import { useEffect, useState } from 'react';
import { lettersApi } from '../api/letters';

// The kinds and their questions are the same for every case and never change while the app runs: fetch once.
let cached: Promise<LetterKindInfo[]> | null = null;

function loadKinds(): Promise<LetterKindInfo[]> {
  cached ??= lettersApi.letterKinds().then(
    (r) => r.kinds,
    (e: unknown) => {
      cached = null; // let a later page try again
      throw e;
    },
  );
  return cached;
}

/** The letter kinds, or null while loading; `failed` when the server did not answer. */
export function useLetterKinds(): { kinds: LetterKindInfo[] | null; failed: boolean } {
  const [kinds, setKinds] = useState<LetterKindInfo[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    loadKinds().then(
      (k) => {
        if (!cancelled) setKinds(k);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return { kinds, failed };
}
