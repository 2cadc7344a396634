import { useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { transcriptsApi } from '../api/transcripts';
import { casesApi } from '../../cases/api/cases';
import { recordingsApi } from '../../recordings/api/recordings';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { EngineNote } from '../components/EngineNote';
import { ExportLinks } from '../components/ExportLinks';
import { ShareFromTranscript } from '../../links/components/ShareFromTranscript';
import { ItemsPanel } from '../components/ItemsPanel';
import { PlayerBar } from '../components/PlayerBar';
import { SpeakersPanel } from '../components/SpeakersPanel';
import { TranscribePanel } from '../components/TranscribePanel';
import { TranscriptSearch } from '../components/TranscriptSearch';
import { TranscriptText } from '../components/TranscriptText';
import { useTimelinePlayer } from '../hooks/useTimelinePlayer';
import { useTranscript, useTranscriptItems } from '../hooks/useTranscript';
import { useTranscriptActions } from '../hooks/useTranscriptActions';
import { useLoad } from '../../../hooks/useLoad';
import { meetingTitle, searchHref } from '../lib/transcript-links';
import { rosterNames, suggestedSpeakers } from '../lib/transcript-roster';
import { parseSeconds } from '../lib/transcript-time';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { BetterTranscripts } from '../../speech-models/components/BetterTranscripts';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';

/** /cases/:caseId/meetings/:meetingId/transcript[?t=seconds&q=words]: make, read, hear, fix and use a transcript. */
export function TranscriptPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const { key: locationKey } = useLocation();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const rec = useLoad(() => recordingsApi.recording(caseId, meetingId), `${caseId}/${meetingId}`);
  const engines = useLoad(() => transcriptsApi.engines(), 'engines');
  const recordingId = rec.data?.id ?? null;
  const transcript = useTranscript(caseId, recordingId);
  const { bundle, error: loadError } = transcript;
  const t = bundle?.transcript ?? null;
  const items = useTranscriptItems(caseId, recordingId, bundle ? t?.status === 'done' : null);
  const player = useTimelinePlayer(caseId, rec.data?.timeline ?? null);
  const jumpSec = parseSeconds(params.get('t'));
  const jump = useMemo(
    () => (jumpSec === null ? null : { sec: jumpSec, key: locationKey }),
    [jumpSec, locationKey],
  );

  const actions = useTranscriptActions({ caseId, recordingId: recordingId ?? '', transcript, items });
  const { status, failure, busy } = actions;
  const rid = recordingId ?? '';
  const { may } = useCaseAccess(caseId);
  const mayChange = may('write-case');

  if (stored.error?.status === 404) return <NotFoundPage what="case" />;
  const file = stored.data?.file;
  const title = file ? meetingTitle(file.meetings, meetingId) : '';
  const base = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}`;
  const heading = (
    <PageHeading title={file ? `Transcript for ${file.student.name}` : undefined}>
      Meeting transcript
    </PageHeading>
  );

  if (rec.error?.status === 404) {
    return (
      <>
        {heading}
        <p>There is no recording of this meeting yet, so there is nothing to write out.</p>
        <p>
          <Link className="rec-link" to={`${base}/record`}>
            Record this meeting
          </Link>
        </p>
      </>
    );
  }
  const pageError = rec.error ?? loadError;
  if (!rec.data || !bundle) {
    return (
      <>
        {heading}
        {pageError ? (
          <p className="notice error">{pageError.message}</p>
        ) : (
          <p className="loading">Loading the transcript…</p>
        )}
      </>
    );
  }

  const roster = file ? rosterNames(file) : [];
  const done = t?.status === 'done';
  const panel = (
    <TranscribePanel
      transcript={t}
      engines={engines.data?.engines ?? null}
      enginesError={engines.error?.message ?? ''}
      suggested={file ? suggestedSpeakers(file) : null}
      busy={busy}
      onStart={actions.start}
      onCancel={actions.cancel}
      onRetry={actions.retry}
      mayChange={mayChange}
    />
  );
  return (
    <>
      {heading}
      {title ? <p className="letter-context">{title}</p> : null}
      <ul className="plain-list page-links">
        <li>
          <Link className="rec-link" to={`${base}/recording`}>
            Back to the recording
          </Link>
        </li>
        <li>
          <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
            Back to the case
          </Link>
        </li>
        {done ? (
          <li>
            <a className="rec-link" href="#items">
              Jump to what was promised, refused, agreed, and left open
            </a>
          </li>
        ) : null}
      </ul>
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      <StatusMessage message={status} />
      {t?.engineNote ? <EngineNote engine={t.engine} note={t.engineNote} /> : null}
      {mayChange ? <BetterTranscripts place="transcript" onInstalled={() => void engines.reload()} /> : null}
      {done ? null : panel}
      {t && (done || bundle.segments.length > 0) ? (
        <>
          <PlayerBar player={player} totalSec={rec.data.timeline.totalMs / 1000} />
          <TranscriptText
            segments={bundle.segments}
            speakers={bundle.speakers}
            bookmarks={bundle.bookmarks}
            player={player}
            onSave={mayChange ? actions.saveSegment : undefined}
            jump={jump}
          />
        </>
      ) : null}
      {done ? (
        <>
          {mayChange ? (
            <SpeakersPanel
              speakers={bundle.speakers}
              roster={roster}
              onPlaySample={(from, to) => player.playFrom(from, to)}
              onRename={actions.renameSpeaker}
              onMerge={actions.mergeSpeakers}
            />
          ) : null}
          <ItemsPanel
            items={items.items}
            error={items.error}
            busy={busy}
            letterHref={`/cases/${encodeURIComponent(caseId)}/letters/follow-up?meeting=${encodeURIComponent(meetingId)}`}
            planHref={`${base}/plan`}
            onPlay={(sec) => player.playFrom(sec)}
            onUpdate={mayChange ? actions.updateItem : undefined}
            onExtract={mayChange ? actions.extractItems : undefined}
          />
        </>
      ) : null}
      <TranscriptSearch
        caseId={caseId}
        meetingLabel={(id) => (file ? meetingTitle(file.meetings, id) : 'A meeting')}
        speakerNames={roster.map((r) => r.name)}
        initial={null}
        heading="Search all meetings"
      />
      <p>
        <Link className="rec-link" to={searchHref(caseId)}>
          Open the search page for this case
        </Link>
      </p>
      {done && may('export-audio') ? <ShareFromTranscript base={base} segments={bundle.segments} /> : null}
      {done ? <ExportLinks caseId={caseId} recordingId={rid} /> : null}
      {done ? panel : null}
    </>
  );
}
