import type { SegmentView, Utterance } from '../transcripts/transcript-types.js';
import { BOOKMARK_KINDS, type BookmarkKind } from '../contract/enums.js';

// Turning what we have into utterances for extraction: a plain text file (one utterance per line, optionally
// "Speaker Name: text", also our own transcript export with "[1:02] Name: text"), or a transcript's segments with
// the recorder's bookmarks placed among them by time.

const TIME = /^\[(\d{1,3}):(\d{2})(?::(\d{2}))?\]\s*/;
// A name is up to five capitalized words ("Ms. Lee", "Dana Carter", "Speaker 2"), so "we agreed on this: more OT"
// stays text.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'-]*|\d+|de|van|von|la|le|da|del)`;
const SPEAKER = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){0,4}):\s+(.*)$`, 'u');

function clockSeconds(m: RegExpExecArray): number {
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  return c === null ? a * 60 + b : a * 3600 + b * 60 + c;
}

export function parseTranscriptText(text: string): Utterance[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  // In our own export, header lines have no time: when some lines are timed, only timed lines are speech.
  const timed = lines.some((l) => TIME.test(l));
  const out: Utterance[] = [];
  for (const line of lines) {
    const time = TIME.exec(line);
    if (line === '' || (timed && time === null)) continue;
    const rest = time === null ? line : line.slice(time[0].length);
    const named = SPEAKER.exec(rest);
    const speaker = named?.[1]?.trim() ?? null;
    const said = (named?.[2] ?? rest).trim();
    if (said === '') continue;
    out.push({ speaker, text: said, start: time === null ? null : clockSeconds(time) });
  }
  return out;
}

/** A bookmark pressed this long after a segment ended still refers to it. */
const BOOKMARK_REACH_SEC = 30;

function bookmarkKind(kind: string): BookmarkKind {
  return (BOOKMARK_KINDS as readonly string[]).includes(kind) ? (kind as BookmarkKind) : 'note';
}

/** The segment a bookmark was pressed for: the one playing then, else the last one that ended shortly before. */
function segmentAt(segments: readonly SegmentView[], atSec: number): SegmentView | null {
  let best: SegmentView | null = null;
  for (const s of segments) {
    if (s.text.trim() === '') continue;
    if (s.start <= atSec && atSec <= s.end) return s;
    if (s.end <= atSec && atSec - s.end <= BOOKMARK_REACH_SEC && (best === null || s.end > best.end))
      best = s;
  }
  return best;
}

export function utterancesFromSegments(
  segments: readonly SegmentView[],
  bookmarks: readonly { atSec: number; kind: string; note: string }[],
): Utterance[] {
  const rows: { u: Utterance; order: number }[] = segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => ({ u: { speaker: s.speakerName, text: s.text, start: s.start }, order: 0 }));
  for (const b of bookmarks) {
    const note = b.note.trim();
    const around = note === '' ? segmentAt(segments, b.atSec) : null;
    const text = note !== '' ? note : (around?.text ?? '');
    if (text.trim() === '') continue;
    rows.push({
      u: {
        speaker: around?.speakerName ?? null,
        text,
        start: b.atSec,
        bookmark: { kind: bookmarkKind(b.kind) },
      },
      order: 1,
    });
  }
  // Time order; a bookmark comes after the speech at the same moment (it is pressed after hearing it).
  return rows.sort((a, b) => (a.u.start ?? 0) - (b.u.start ?? 0) || a.order - b.order).map((r) => r.u);
}
