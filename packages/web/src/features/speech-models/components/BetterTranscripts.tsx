import { useSpeechModels } from '../hooks/useSpeechModels';
import {
  amountText,
  announcedPercent,
  isActive,
  offerLabel,
  sizeText,
  speedText,
  stageText,
} from '../lib/model-text';
import type { SpeechModelsState } from '../api/speech-models';

interface Props {
  /** 'setup': the first-run step says more, also when nothing can be offered. */
  place: 'transcript' | 'setup';
  /** Called when a download finishes installing (the page reloads its engine list). */
  onInstalled?: () => void;
}

/**
 * "Get better transcripts": the speech model recommended for this computer, downloaded for the whole install by
 * the app owner, with its progress, its checksum when done, and plain errors. Offered only when the model
 * publisher can be reached; transcripts work without it (the basic engine).
 */
export function BetterTranscripts({ place, onInstalled }: Props) {
  const { data, error, busy, start, cancel } = useSpeechModels(onInstalled);
  const heading = <h2 id="better-transcripts-heading">Better transcripts</h2>;
  const errorNote = error ? (
    <p className="notice error" role="alert">
      {error}
    </p>
  ) : null;

  if (!data) {
    if (place === 'transcript' && !error) return null;
    return (
      <section aria-labelledby="better-transcripts-heading" className="better-transcripts">
        {heading}
        {errorNote ?? <p className="loading">Checking for a better speech engine…</p>}
      </section>
    );
  }

  const d = data.download;
  const asr = data.installed.filter((m) => m.kind === 'asr');
  const justInstalled = d.state === 'installed';
  // On the transcript page, say nothing when a model is there already or nothing can be offered.
  if (
    place === 'transcript' &&
    !error &&
    !isActive(d.state) &&
    d.state !== 'failed' &&
    !justInstalled &&
    (asr.length > 0 || data.publisher.reach !== 'yes')
  )
    return null;

  return (
    <section aria-labelledby="better-transcripts-heading" className="better-transcripts">
      {heading}
      {errorNote}
      <Body data={data} asrCount={asr.length} busy={busy} onStart={start} onCancel={cancel} />
      {/* Always in the page, so each new stage is read out. */}
      <p className="visually-hidden" role="status">
        {isActive(d.state)
          ? `${stageText(d.state)}${d.state === 'downloading' && announcedPercent(d) !== null ? ` ${announcedPercent(d)} percent done.` : ''}`
          : d.state === 'installed'
            ? stageText(d.state)
            : ''}
      </p>
    </section>
  );
}

function Body(props: {
  data: SpeechModelsState;
  asrCount: number;
  busy: boolean;
  onStart: () => void;
  onCancel: () => void;
}) {
  const { data, busy } = props;
  const d = data.download;
  const model = data.recommended;

  if (isActive(d.state)) {
    return (
      <div className="model-progress">
        <label htmlFor="model-progress" className="block">
          Download of {model.name === d.name ? model.label : (d.name ?? 'the speech model')}
        </label>
        <progress
          id="model-progress"
          max={d.bytesTotal ?? 1}
          value={d.bytesTotal ? Math.min(d.bytesDone, d.bytesTotal) : undefined}
        >
          {amountText(d)}
        </progress>
        <p>
          <strong>{stageText(d.state)}</strong> {d.state === 'downloading' ? `${amountText(d)}.` : ''}
        </p>
        <p className="small-print">
          You can leave this page. The download goes on, and picks up where it stopped if the computer
          restarts.
        </p>
        {data.canManage ? (
          <button type="button" className="danger" disabled={busy} onClick={props.onCancel}>
            Stop the download
          </button>
        ) : null}
      </div>
    );
  }

  if (d.state === 'failed') {
    return (
      <>
        <p className="notice error">
          {d.error ?? 'The download stopped.'} Transcripts still work with the basic speech engine.
        </p>
        {data.canManage && data.publisher.reach !== 'off' ? (
          <button type="button" disabled={busy} onClick={props.onStart}>
            Try again
          </button>
        ) : null}
      </>
    );
  }

  const installed =
    data.installed.find((m) => m.name === d.name) ?? data.installed.find((m) => m.kind === 'asr');
  if (installed) {
    return (
      <div className="notice">
        <p>
          Better transcripts are ready. {installed.label} is installed for all cases. New transcripts use it.
        </p>
        <p className="checksum">
          Checksum (SHA-256): <code>{installed.sha256 ?? 'not recorded'}</code>
        </p>
        <p className="small-print">
          {installed.checkedAgainstPublisher
            ? "It matches the publisher's checksum, so the file arrived whole."
            : 'The publisher gives no checksum. Compare this one with another copy if you want to be sure.'}
        </p>
      </div>
    );
  }

  if (data.publisher.reach === 'yes') {
    return (
      <>
        <p>
          {model.label} turns speech into much better text than the basic engine. It is the one we suggest for
          this computer ({model.machine.cores} processor cores). {speedText(model.speed)}
        </p>
        <p className="small-print">
          It comes from the model publisher ({sizeText(model.bytes)}). Your recordings never leave this
          computer.
        </p>
        {data.canManage ? (
          <button type="button" className="big-button" disabled={busy} onClick={props.onStart}>
            {offerLabel(model.bytes)}
          </button>
        ) : (
          <p className="notice">The owner of this app can get it for everyone.</p>
        )}
      </>
    );
  }

  return (
    <p className="notice">
      Transcripts use the basic speech engine.{' '}
      {data.publisher.reach === 'off'
        ? 'Downloads of better engines are turned off on this computer.'
        : 'A better one can be added when this computer can reach the internet.'}
    </p>
  );
}
