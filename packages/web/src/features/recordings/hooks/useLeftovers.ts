import { useCallback, useState } from 'react';
import type { Leftover } from '../components/RecoveryOffer';
import { isUploading, recorderStore, uploadPart } from '../store/recording-session';

/** Parts of this meeting still on this device from an earlier visit (a crash, a closed tab), and sending them. */
export function useLeftovers(caseId: string, meetingId: string) {
  const [leftovers, setLeftovers] = useState<Leftover[]>([]);

  const findLeftovers = useCallback(async () => {
    const store = await recorderStore();
    const parts = (await store.listParts(caseId, meetingId)).filter((p) => !isUploading(p.clientPartId));
    const found = await Promise.all(
      parts.map(async (part) => ({ part, chunks: await store.countChunks(part.clientPartId) })),
    );
    // A part cut off with nothing left to send only needs its "finish": do it quietly.
    for (const l of found.filter((f) => f.chunks === 0)) {
      await store.updatePart(l.part.clientPartId, { stopped: true });
      void uploadPart(caseId, l.part.clientPartId);
    }
    setLeftovers(found.filter((f) => f.chunks > 0));
  }, [caseId, meetingId]);

  const uploadLeftovers = async () => {
    const store = await recorderStore();
    for (const l of leftovers) {
      await store.updatePart(l.part.clientPartId, { stopped: true });
      void uploadPart(caseId, l.part.clientPartId);
    }
  };

  return { leftovers, setLeftovers, findLeftovers, uploadLeftovers };
}
