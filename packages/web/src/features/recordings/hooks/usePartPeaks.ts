import type { Peaks, Recording } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { recordingsApi } from '../api/recordings';

/** The waveform peaks of every ready part of the recording, by part id, loaded once the recording is in. */
export function usePartPeaks(caseId: string, rec: Recording | null): Map<string, Peaks> {
  const [peaks, setPeaks] = useState<Map<string, Peaks>>(new Map());
  useEffect(() => {
    if (!rec) return;
    let cancelled = false;
    void Promise.all(
      rec.parts
        .filter((p) => p.status === 'ready')
        .map(async (p) => {
          const found = await recordingsApi.partPeaks(caseId, p.id);
          return found ? ([p.id, found] as const) : null;
        }),
    ).then((list) => {
      if (!cancelled) setPeaks(new Map(list.filter((x) => x !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [rec, caseId]);
  return peaks;
}
