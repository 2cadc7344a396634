import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { SegmentView } from '@iep/core';
import { ApiError } from '../../../api/client';
import { casesApi } from '../../cases/api/cases';
import { recordingsApi } from '../../recordings/api/recordings';
import { transcriptsApi, type EngineChoice, type ItemPatch, type TranscriptItem } from '../api/transcripts';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { EngineNote } from '../components/EngineNote';
import { ExportLinks } from '../components/ExportLinks';
import { ItemsPanel } from '../components/ItemsPanel';
import { PlayerBar } from '../components/PlayerBar';
import type { SegmentChange } from '../components/SegmentEditor';
import { SpeakersPanel } from '../components/SpeakersPanel';
import { TranscribePanel } from '../components/TranscribePanel';
import { TranscriptSearch } from '../components/TranscriptSearch';
import { TranscriptText } from '../components/TranscriptText';
import { useTimelinePlayer } from '../hooks/useTimelinePlayer';
import { useTranscript, useTranscriptItems } from '../hooks/useTranscript';
import { useLoad } from '../../../hooks/useLoad';
import { meetingTitle, searchHref } from '../lib/transcript-links';
import { rosterNames, suggestedSpeakers } from '../lib/transcript-roster';
import { parseSeconds } from '../lib/transcript-time';
import { NotFoundPage } from '../../../pages/NotFoundPage';

const messageOf = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';

/** /cases/:caseId/meetings/:meetingId/transcript[?t=seconds&q=words]: make, read, hear, fix and use a transcript. */
export function TranscriptPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const { key: locationKey } = useLocation();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const rec = useLoad(() => recordingsApi.recording(caseId, meetingId), `${caseId}/${meetingId}`);
  const engines = useLoad(() => transcriptsApi.engines(), 'engines');
  const recordingId = rec.data?.id ?? null;
  const { bundle, setBundle, error: loadError, reload } = useTranscript(caseId, recordingId);
  const t = bundle?.transcript ?? null;
  const items = useTranscriptItems(caseId, recordingId, bundle ? t?.status === 'done' : null);
  const player = useTimelinePlayer(caseId, rec.data?.timeline ?? null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const jumpSec = parseSeconds(params.get('t'));
  const jump = useMemo(
    () => (jumpSec === null ? null : { sec: jumpSec, key: locationKey }),
    [jumpSec, locationKey],
  );

  /** Runs one change: a busy flag, the saved message in the live region, or the server's plain error. */
  const run = useCallback(async (work: () => Promise<void>, message: string): Promise<boolean> => {
    setBusy(true);
    setFailure('');
    try {
      await work();
      setStatus(message);
      return true;
    } catch (e) {
      setFailure(messageOf(e));
      setStatus('');
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const rid = recordingId ?? '';
  const onSaveSegment = useCallback(
    (seg: SegmentView, change: SegmentChange) =>
      run(
        async () => setBundle(await transcriptsApi.editSegment(caseId, rid, seg.id, change)),
        change.text !== undefined ? 'Your fix is saved.' : 'The part is moved to the other speaker.',
      ),
    [run, caseId, rid, setBundle],
  );

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
  const start = (choice: { engine: EngineChoice; speakers?: number }) =>
    void run(async () => {
      try {
        await transcriptsApi.start(caseId, rid, choice);
      } catch (e) {
        // 409: one is already queued or running (another tab started it); show that one instead.
        if (!(e instanceof ApiError && e.status === 409)) throw e;
      }
      await reload();
    }, 'The transcript has started.');
  const panel = (
    <TranscribePanel
      transcript={t}
      engines={engines.data?.engines ?? null}
      enginesError={engines.error?.message ?? ''}
      suggested={file ? suggestedSpeakers(file) : null}
      busy={busy}
      onStart={start}
      onCancel={() =>
        void run(async () => {
          if (t) setBundle({ ...bundle, transcript: (await transcriptsApi.cancel(caseId, t.id)).transcript });
        }, 'The transcript is stopped.')
      }
      onRetry={() =>
        void run(async () => {
          if (t) await transcriptsApi.retry(caseId, t.id);
          await reload();
        }, 'The transcript has started again.')
      }
    />
  );
  const updateItem = (item: TranscriptItem, patch: ItemPatch) =>
    run(
      async () => items.replace((await transcriptsApi.updateItem(caseId, item.id, patch)).item),
      patch.status === 'dropped'
        ? 'The item is dropped.'
        : patch.status === 'suggested'
          ? 'The item is back on the list.'
          : 'The item is saved and confirmed.',
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
      {done ? null : panel}
      {t && (done || bundle.segments.length > 0) ? (
        <>
          <PlayerBar player={player} totalSec={rec.data.timeline.totalMs / 1000} />
          <TranscriptText
            segments={bundle.segments}
            speakers={bundle.speakers}
            bookmarks={bundle.bookmarks}
            player={player}
            onSave={onSaveSegment}
            jump={jump}
          />
        </>
      ) : null}
      {done ? (
        <>
          <SpeakersPanel
            speakers={bundle.speakers}
            roster={roster}
            onPlaySample={(from, to) => player.playFrom(from, to)}
            onRename={(label, name) =>
              run(
                async () => setBundle(await transcriptsApi.renameSpeaker(caseId, rid, label, name)),
                `The name ${name} is saved everywhere in this transcript.`,
              )
            }
            onMerge={(from, into) =>
              run(async () => {
                const next = await transcriptsApi.mergeSpeakers(caseId, rid, from, into);
                if (next?.segments) setBundle(next);
                else await reload();
              }, 'The two speakers are merged.')
            }
          />
          <ItemsPanel
            items={items.items}
            error={items.error}
            busy={busy}
            letterHref={`/cases/${encodeURIComponent(caseId)}/letters/follow-up?meeting=${encodeURIComponent(meetingId)}`}
            planHref={`${base}/plan`}
            onPlay={(sec) => player.playFrom(sec)}
            onUpdate={updateItem}
            onExtract={() =>
              void run(
                async () => items.setItems((await transcriptsApi.extractItems(caseId, rid)).items),
                'The list is up to date. Your choices are kept.',
              )
            }
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
      {done ? <ExportLinks caseId={caseId} recordingId={rid} /> : null}
      {done ? panel : null}
    </>
  );
}
