import type { LocalPart } from '../store/recording-store';
import { CHUNK_MS } from '../hooks/useRecorder';

export interface Leftover {
  part: LocalPart;
  chunks: number;
}

interface Props {
  leftovers: Leftover[];
  onUpload: () => void;
  onContinue: () => void;
  busy: boolean;
}

/** After a reload or crash: what this device still holds of a recording, and two ways on. */
export function RecoveryOffer({ leftovers, onUpload, onContinue, busy }: Props) {
  const chunks = leftovers.reduce((n, l) => n + l.chunks, 0);
  if (chunks === 0) return null;
  const seconds = Math.round((chunks * CHUNK_MS) / 1000);
  return (
    <section className="notice warning" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Part of a recording is saved only on this device</h2>
      <p>
        The page closed or reloaded while you were recording. {seconds} seconds of sound are saved on this
        device but not on the server yet.
      </p>
      <div className="actions">
        <button type="button" onClick={onUpload} disabled={busy}>
          Upload the {seconds} seconds saved on this device
        </button>
        <button type="button" className="big-button" onClick={onContinue} disabled={busy}>
          Continue recording as a new part
        </button>
      </div>
    </section>
  );
}
