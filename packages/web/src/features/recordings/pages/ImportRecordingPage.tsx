import type { RecordingPart } from '@iep/core/contract';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Upload } from 'tus-js-client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { recordingsApi } from '../api/recordings';
import { csrfToken } from '../api/recording-upload';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

const ACCEPT = '.m4a,.mp3,.wav,.ogg,.webm,.aac,audio/*';
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

type Phase = 'choose' | 'uploading' | 'processing' | 'ready' | 'failed';

/** Upload an existing recording with tus (resumes after a network drop), then wait for the server to process it. */
export function ImportRecordingPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const access = useCaseAccess(caseId);
  if (access.role && !access.may('write-case')) {
    return (
      <>
        <PageHeading>Add a recording file</PageHeading>
        <RoleNote>Only the family can add a recording file.</RoleNote>
        <p>
          <Link
            to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/recording`}
          >
            Open the recording
          </Link>
        </p>
      </>
    );
  }
  return <ImportForm caseId={caseId} meetingId={meetingId} />;
}

function ImportForm({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('choose');
  const [sent, setSent] = useState(0);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const upload = useRef<Upload | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);

  useEffect(() => () => void upload.current?.abort(), []);

  // After the last byte: ask for the import part until it is ready or failed.
  useEffect(() => {
    if (phase !== 'processing' || !uploadId) return;
    let stop = false;
    const poll = async () => {
      while (!stop) {
        const part: RecordingPart | undefined = await recordingsApi
          .recording(caseId, meetingId)
          .then((r) => r.parts.find((p) => p.clientPartId === `tus-${uploadId}`))
          .catch(() => undefined);
        if (part?.status === 'ready') {
          setPhase('ready');
          setMessage(
            'The recording is ready to play. It is saved with this meeting, as the last part of its recording.',
          );
          return;
        }
        if (part?.status === 'failed') {
          setPhase('failed');
          setError(part.error ?? 'This file could not be used.');
          return;
        }
        await new Promise((r) => setTimeout(r, 2000));
      }
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [phase, uploadId, caseId, meetingId]);

  const start = async () => {
    if (!file) return setError('Choose a file first.');
    setError('');
    const token = await csrfToken().catch(() => null);
    if (!token) return setError('We could not reach IEP Ready. Check your connection and try again.');
    const u = new Upload(file, {
      endpoint: '/api/uploads',
      metadata: { caseId, meetingId, filename: file.name },
      headers: { 'X-CSRF-Token': token },
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000],
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (bytes) => setSent(bytes),
      onError: (e) => {
        setPhase('choose');
        const body = 'originalResponse' in e ? e.originalResponse?.getBody() : undefined;
        let text =
          'The upload stopped. Check your connection and press Upload again: it goes on where it stopped.';
        try {
          const parsed = body ? (JSON.parse(body) as { error?: string }) : {};
          if (parsed.error) text = parsed.error;
        } catch {
          // Not JSON: keep the plain sentence above.
        }
        setError(text);
      },
      onSuccess: () => {
        setUploadId(u.url?.split('/').pop() ?? null);
        setPhase('processing');
        setMessage('The file is uploaded. We are getting it ready to play.');
      },
    });
    upload.current = u;
    // Same file again after a drop or a reload: go on from the bytes the server already has.
    const previous = await u.findPreviousUploads();
    if (previous[0]) u.resumeFromPreviousUpload(previous[0]);
    setPhase('uploading');
    setMessage('Uploading…');
    u.start();
  };

  const base = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}`;
  const percent = file && file.size > 0 ? Math.floor((sent / file.size) * 100) : 0;
  return (
    <>
      <PageHeading>Add a recording file</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>Upload a recording you already have. It becomes a part of this meeting’s recording.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="field">
          <label htmlFor="recording-file">Recording file (MP3, M4A, WAV, OGG, WebM or AAC)</label>
          <input
            id="recording-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPhase('choose');
              setSent(0);
            }}
          />
        </div>
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={phase === 'uploading' || phase === 'processing'}>
          Upload
        </button>
      </form>
      {file && phase !== 'choose' ? (
        <div className="upload-progress">
          <label htmlFor="upload-progress">Sent</label>
          <progress id="upload-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <p>
            {percent}% sent ({mb(sent)} of {mb(file.size)})
          </p>
          {phase === 'uploading' ? (
            <p className="hint">
              Keep this page open until it is sent. If it stops, choose the same file again: it goes on where
              it stopped.
            </p>
          ) : null}
          {phase === 'processing' ? (
            <p className="hint">
              You can close this page. It keeps going, and the recording shows when ready.
            </p>
          ) : null}
        </div>
      ) : null}
      <StatusMessage message={message} />
      {phase === 'ready' ? (
        <p>
          <Link className="button" to={`${base}/recording`}>
            Open the recording
          </Link>
        </p>
      ) : null}
    </>
  );
}
