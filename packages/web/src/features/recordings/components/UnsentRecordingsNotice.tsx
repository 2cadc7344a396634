import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '@iep/core';
import { meetingKindLabel } from '../../../lib/labels';
import { recorderStore } from '../store/recording-session';
import { CHUNK_MS } from '../hooks/useRecorder';

/**
 * A warning per meeting whose recording this device still holds unsent (IndexedDB), with the way to send it. Shown
 * on the case overview and the recordings page, so audio left on a phone is seen where the parent comes back to.
 */
export function UnsentRecordingsNotice({ caseId, meetings }: { caseId: string; meetings: Meeting[] }) {
  const [unsent, setUnsent] = useState<{ meetingId: string; seconds: number }[]>([]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const store = await recorderStore();
      const parts = await store.listParts(caseId);
      const found = await Promise.all(
        parts.map(async (p) => ({
          meetingId: p.meetingId,
          seconds: ((await store.countChunks(p.clientPartId)) * CHUNK_MS) / 1000,
        })),
      );
      if (!cancelled) setUnsent(found.filter((f) => f.seconds > 0));
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [caseId]);

  const label = (meetingId: string) => {
    const m = meetings.find((x) => x.id === meetingId);
    return m ? meetingKindLabel(m.kind) : 'Meeting';
  };
  return (
    <>
      {unsent.map((u) => (
        <div key={u.meetingId} className="notice warning">
          <p>
            {Math.round(u.seconds)} seconds of a recording of the {label(u.meetingId)} are saved on this
            device but not sent.
          </p>
          <Link
            className="button"
            to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(u.meetingId)}/record`}
          >
            Open the recorder to send them
          </Link>
        </div>
      ))}
    </>
  );
}
