import type { Recording } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { recordingsApi } from '../api/recordings';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { BookmarkList } from '../components/BookmarkList';
import { ClipForm } from '../components/ClipForm';
import { KeepAndRemove } from '../components/KeepAndRemove';
import { PartsList } from '../components/PartsList';
import { PlayerControls } from '../components/PlayerControls';
import { useLoad } from '../../../hooks/useLoad';
import { usePartPeaks } from '../hooks/usePartPeaks';
import { usePlayback } from '../hooks/usePlayback';
import { bookmarkLabel, clipAround, clockText } from '../lib/recording-time';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

export function PlayerPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const { data, error, reload } = useLoad(
    () => recordingsApi.recording(caseId, meetingId),
    `${caseId}/${meetingId}`,
  );
  const rec: Recording | null = data;
  const peaks = usePartPeaks(caseId, rec);
  const playback = usePlayback(caseId, rec);
  const { positionMs, seek } = playback;
  const [range, setRange] = useState({ fromMs: 0, toMs: 0 });
  const [message, setMessage] = useState('');
  const { may } = useCaseAccess(caseId);

  if (error?.status === 404) {
    return (
      <>
        <PageHeading>Recording</PageHeading>
        <p>{error.message}</p>
        <p>
          <Link to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/record`}>
            Record this meeting
          </Link>
        </p>
      </>
    );
  }
  if (!rec) {
    return (
      <>
        <PageHeading>Recording</PageHeading>
        {error ? (
          <p className="notice error">{error.message}</p>
        ) : (
          <p className="loading">Loading the recording…</p>
        )}
      </>
    );
  }

  const total = rec.timeline.totalMs;
  const base = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}`;
  return (
    <>
      <PageHeading>Meeting recording</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <StatusMessage message={message} />
      <PlayerControls rec={rec} peaks={peaks} playback={playback} range={range} />
      <section aria-labelledby="transcript-link-heading">
        <h2 id="transcript-link-heading">Transcript</h2>
        <p>Read the meeting as text, find words, and see what was promised.</p>
        <Link className="button secondary" to={`${base}/transcript`}>
          Open the transcript
        </Link>
      </section>
      <PartsList rec={rec} />
      <BookmarkList
        bookmarks={rec.bookmarks}
        positionMs={positionMs}
        onPlay={(ms) => seek(ms, true)}
        onClip={
          may('export-audio')
            ? (b) => {
                setRange(clipAround(b.atMs, total));
                setMessage(`The clip range is set around the bookmark at ${clockText(b.atMs)}.`);
                document.getElementById('clip-name')?.focus();
              }
            : undefined
        }
        onAdd={
          may('write-notes')
            ? async (atMs, kind, note) => {
                await recordingsApi.addBookmark(caseId, rec.id, { atMs, kind, note });
                setMessage(
                  `Bookmark added: ${bookmarkLabel(kind)} at ${clockText(atMs)}. It is in the list below.`,
                );
                await reload();
              }
            : undefined
        }
        onSave={
          may('write-notes')
            ? async (b, kind, note) => {
                await recordingsApi.updateBookmark(caseId, b.id, { kind, note });
                setMessage('The bookmark is saved.');
                await reload();
              }
            : undefined
        }
        onDelete={
          may('write-case')
            ? async (b) => {
                await recordingsApi.deleteBookmark(caseId, b.id);
                setMessage('The bookmark is deleted.');
                await reload();
              }
            : undefined
        }
      />
      {may('export-audio') ? (
        <>
          <ClipForm
            caseId={caseId}
            recordingId={rec.id}
            range={range}
            onRange={setRange}
            positionMs={positionMs}
          />
          <section aria-labelledby="share-heading">
            <h2 id="share-heading">Share a part</h2>
            <p>Send a teacher or your child a link that plays only the part you choose, with its words.</p>
            <Link className="button secondary" to={`${base}/share?from=${range.fromMs}&to=${range.toMs}`}>
              Share a part
            </Link>
          </section>
        </>
      ) : (
        <RoleNote>Only the family can make clips of the audio or share parts of it.</RoleNote>
      )}
      <KeepAndRemove
        caseId={caseId}
        recordingId={rec.id}
        base={base}
        onMessage={setMessage}
        mayChange={may('write-case')}
      />
    </>
  );
}
