import type { TranscriptBookmark } from '@iep/core/contract';
import { memo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { SegmentView, SpeakerView } from '@iep/core';
import { bookmarkLabel } from '../../recordings/lib/recording-time';
import { clockOf, spokenClock } from '../lib/transcript-time';
import type { PlacedBookmark } from '../lib/transcript-words';
import { SegmentEditor, type SegmentChange } from './SegmentEditor';
import { speak } from '../../../components/speech';

export interface SegmentItemProps {
  seg: SegmentView;
  index: number;
  /** null: not the segment being played; -1: it is, between words; else the word being said. */
  currentWord: number | null;
  marks: PlacedBookmark<TranscriptBookmark>[] | undefined;
  speakers: SpeakerView[];
  onPlay: (sec: number) => void;
  onToggle: () => void;
  onAnnounce: (text: string) => void;
  onFocusSegment: (index: number) => void;
  /** Absent when the member's role may not change the transcript: no Change button then. */
  onSave?: ((seg: SegmentView, change: SegmentChange) => Promise<boolean>) | undefined;
}

function Mark({ b }: { b: TranscriptBookmark }) {
  return (
    <span className="transcript-bookmark">
      Bookmark: {bookmarkLabel(b.kind)}
      {b.note ? ` (${b.note})` : ''}, {clockOf(b.atSec)}
    </span>
  );
}

/**
 * One stretch of speech. The text is a single Tab stop: arrow keys move from word to word, Enter plays from the
 * chosen word, Space plays and pauses, R reads the part aloud. A click on a word plays from that word.
 */
function SegmentItemView(props: SegmentItemProps) {
  const { seg, index, currentWord, marks, onPlay, onToggle, onAnnounce, onFocusSegment, onSave } = props;
  const [active, setActive] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    changeButton.current?.focus();
  };
  const useWords = !seg.edited && seg.words.length > 0;
  const where = `${seg.speakerName} at ${clockOf(seg.start)}`;

  const moveTo = (i: number) => {
    const word = seg.words[i];
    if (!word) return;
    setActive(i);
    onAnnounce(`${word.text}, ${spokenClock(word.start)}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const last = seg.words.length - 1;
    const at = active ?? -1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => useWords && moveTo(Math.min(last, at + 1)),
      ArrowLeft: () => useWords && moveTo(Math.max(0, at - 1)),
      Home: () => useWords && moveTo(0),
      End: () => useWords && moveTo(last),
      Enter: () => onPlay(useWords && active !== null ? (seg.words[active]?.start ?? seg.start) : seg.start),
      ' ': onToggle,
      r: () => speak(seg.text),
      R: () => speak(seg.text),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-w]');
    const i = el ? Number(el.dataset.w) : null;
    const word = i === null ? undefined : seg.words[i];
    if (word && i !== null) {
      setActive(i);
      onPlay(word.start);
    } else onPlay(seg.start);
  };

  const before = (i: number): ReactNode =>
    marks?.filter((m) => m.beforeWord === i).map((m) => <Mark key={m.bookmark.id} b={m.bookmark} />);

  let body: ReactNode;
  if (useWords) {
    body = (
      <>
        {seg.words.map((w, i) => (
          <span key={i}>
            {before(i)}
            <span
              data-w={i}
              className={`word${i === active ? ' word-active' : ''}${i === currentWord ? ' word-current' : ''}`}
              aria-current={i === currentWord ? 'true' : undefined}
            >
              {w.text}
            </span>{' '}
          </span>
        ))}
        {before(seg.words.length)}
      </>
    );
  } else {
    body = (
      <>
        {marks
          ?.filter((m) => m.beforeWord === 0)
          .map((m) => (
            <Mark key={m.bookmark.id} b={m.bookmark} />
          ))}
        <span className="word" aria-current={currentWord !== null ? 'true' : undefined}>
          {seg.text}
        </span>{' '}
        {marks
          ?.filter((m) => m.beforeWord > 0)
          .map((m) => (
            <Mark key={m.bookmark.id} b={m.bookmark} />
          ))}
      </>
    );
  }

  return (
    <li id={`segment-${index}`} className={`segment${currentWord !== null ? ' segment-current' : ''}`}>
      <p className="segment-head">
        <span className="segment-speaker">{seg.speakerName}</span>{' '}
        <span className="segment-time">{clockOf(seg.start)}</span>
        {seg.edited ? <span className="badge">edited</span> : null}
      </p>
      <div
        className="segment-text"
        role="group"
        tabIndex={0}
        aria-label={where}
        aria-describedby="transcript-keys"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={() => onFocusSegment(index)}
      >
        {body}
      </div>
      {seg.edited && seg.machineText !== null ? (
        <details className="machine-text">
          <summary>
            Show what the machine heard<span className="visually-hidden"> ({where})</span>
          </summary>
          <p>{seg.machineText}</p>
        </details>
      ) : null}
      {onSave ? (
        <button
          ref={changeButton}
          type="button"
          className="secondary small"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          Change
          <span className="visually-hidden"> the part said by {where}</span>
        </button>
      ) : null}
      {editing && onSave ? (
        <SegmentEditor
          seg={seg}
          index={index}
          speakers={props.speakers}
          onCancel={close}
          onSave={async (change) => {
            const ok = await onSave(seg, change);
            if (ok) close();
            return ok;
          }}
        />
      ) : null}
    </li>
  );
}

export const SegmentItem = memo(SegmentItemView);
