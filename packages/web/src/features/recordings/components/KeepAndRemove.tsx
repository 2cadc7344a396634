import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { recordingsApi } from '../api/recordings';

interface Props {
  caseId: string;
  recordingId: string;
  /** The meeting's address, for the "Add a recording file" link. */
  base: string;
  onMessage: (message: string) => void;
  /** Whether this member may add files to the recording or delete it (the family). */
  mayChange: boolean;
}

/** Download the manifest, add a file, or delete the whole recording after a confirmation. */
export function KeepAndRemove({ caseId, recordingId, base, onMessage, mayChange }: Props) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="keep-heading">
      <h2 id="keep-heading">{mayChange ? 'Keep and remove' : 'Keep a record'}</h2>
      <div className="actions">
        <a
          className="button secondary"
          href={recordingsApi.manifestUrl(caseId, recordingId)}
          download="recording-manifest.json"
        >
          Download the manifest (list of parts, times and fingerprints)
        </a>
        {mayChange ? (
          <Link className="button secondary" to={`${base}/recording/import`}>
            Add a recording file
          </Link>
        ) : null}
      </div>
      {!mayChange ? null : confirming ? (
        <div className="notice warning" role="alert">
          <p>
            Delete the whole recording of this meeting, with its bookmarks and clips? This cannot be undone.
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={async () => {
                try {
                  await recordingsApi.deleteRecording(caseId, recordingId);
                  navigate(`/cases/${encodeURIComponent(caseId)}`);
                } catch (e) {
                  onMessage(e instanceof ApiError ? e.message : 'The recording was not deleted.');
                }
              }}
            >
              Yes, delete the recording
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete the recording
        </button>
      )}
    </section>
  );
}
