import type { TranscriptBookmark } from '@iep/core/contract';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SegmentView, SpeakerView } from '@iep/core';
import { buildWordIndex, lastAtOrBefore, placeBookmarks, segmentAt, wordAt } from '../lib/transcript-words';
import { Checkbox } from '../../../components/Field';
import { ReadAloud } from '../../../components/ReadAloud';
import { SegmentItem } from './SegmentItem';
import type { SegmentChange } from './SegmentEditor';
import type { TimelinePlayer } from '../hooks/useTimelinePlayer';

interface Props {
  segments: SegmentView[];
  speakers: SpeakerView[];
  bookmarks: TranscriptBookmark[];
  player: TimelinePlayer;
  /** Absent when the member's role may not change the transcript. */
  onSave?: ((seg: SegmentView, change: SegmentChange) => Promise<boolean>) | undefined;
  /** Open at this moment (from a search hit's ?t=): scroll there, put focus on it and play. */
  jump: { sec: number; key: string } | null;
}

interface Current {
  segment: number;
  word: number;
}

/** The transcript itself: the word being said is lit while the sound plays, and any part can be played. */
export function TranscriptText({ segments, speakers, bookmarks, player, onSave, jump }: Props) {
  const index = useMemo(() => buildWordIndex(segments), [segments]);
  const placed = useMemo(() => placeBookmarks(segments, bookmarks), [segments, bookmarks]);
  const [current, setCurrent] = useState<Current | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [selected, setSelected] = useState('');
  const [wordMessage, setWordMessage] = useState('');
  const [follow, setFollow] = useState(true);
  const list = useRef<HTMLOListElement>(null);
  const jumped = useRef<string | null>(null);
  const { setFrameListener, playFrom, toggle, playing } = player;

  useEffect(() => {
    setFrameListener((t) => {
      const w = wordAt(index, t);
      const segment = w ? w.segment : segmentAt(index, t);
      setCurrent((prev) => {
        if (segment === null) return null;
        const word = w && w.segment === segment ? w.word : -1;
        return prev?.segment === segment && prev.word === word ? prev : { segment, word };
      });
    });
    return () => setFrameListener(null);
  }, [index, setFrameListener]);

  // Follow the sound down the page, without moving keyboard focus.
  const currentSegment = current?.segment ?? null;
  useEffect(() => {
    if (!follow || !playing || currentSegment === null) return;
    document.getElementById(`segment-${currentSegment}`)?.scrollIntoView({ block: 'nearest' });
  }, [currentSegment, follow, playing]);

  // Remember the words the user selected inside the transcript, for "Read aloud".
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const inside = sel && sel.rangeCount > 0 && list.current?.contains(sel.anchorNode);
      setSelected(inside ? sel.toString().trim() : '');
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  useEffect(() => {
    if (!jump || jumped.current === jump.key || segments.length === 0) return;
    jumped.current = jump.key;
    const i = Math.max(0, lastAtOrBefore(index.segmentStarts, jump.sec + 0.01));
    playFrom(jump.sec);
    // After the page heading has taken focus for the new page, move it to the moment the link pointed at.
    const timer = setTimeout(() => {
      const item = document.getElementById(`segment-${i}`);
      item?.scrollIntoView({ block: 'center' });
      item?.querySelector<HTMLElement>('.segment-text')?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [jump, segments.length, index, playFrom]);

  const onFocusSegment = useCallback((i: number) => setFocused(i), []);
  // Without a selection: the part the keyboard is on, else the one playing, else the first.
  const readTarget = focused ?? currentSegment ?? (segments.length > 0 ? 0 : null);
  const readText = selected || (readTarget !== null ? (segments[readTarget]?.text ?? '') : '');
  const readLabel = selected
    ? 'the words you selected'
    : readTarget !== null
      ? `the part said by ${segments[readTarget]?.speakerName ?? 'the speaker'}`
      : 'the transcript';

  return (
    <section aria-labelledby="text-heading">
      <h2 id="text-heading">What was said</h2>
      <p id="transcript-keys" className="small-print">
        Click a word to hear it. With the keyboard: Tab to a part, then use the arrow keys to pick a word,{' '}
        <kbd>Enter</kbd> to play from it, <kbd>Space</kbd> to pause, <kbd>R</kbd> to read the part aloud.
      </p>
      <div className="actions transcript-tools">
        {readText ? <ReadAloud text={readText} label={readLabel} /> : null}
        <Checkbox id="follow-sound" label="Scroll with the sound" checked={follow} onChange={setFollow} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {wordMessage}
      </p>
      {segments.length === 0 ? <p>No words yet.</p> : null}
      <ol ref={list} className="segment-list">
        {segments.map((seg, i) => (
          <SegmentItem
            key={seg.id}
            seg={seg}
            index={i}
            currentWord={current?.segment === i ? current.word : null}
            marks={placed.get(i)}
            speakers={speakers}
            onPlay={playFrom}
            onToggle={toggle}
            onAnnounce={setWordMessage}
            onFocusSegment={onFocusSegment}
            onSave={onSave}
          />
        ))}
      </ol>
    </section>
  );
}
