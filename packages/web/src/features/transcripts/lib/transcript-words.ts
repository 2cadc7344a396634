// Finding what is being said at a moment of the recording, fast enough to run on every animation frame of a
// five-hour transcript: the words' start times are flattened into one sorted array and searched in halves.

export interface TimedWord {
  start: number;
  end: number;
}

export interface TimedSegment {
  start: number;
  end: number;
  words: readonly TimedWord[];
}

/** Where a word lives: which segment, which word in it. */
export interface WordRef {
  segment: number;
  word: number;
}

export interface WordIndex {
  starts: Float64Array;
  ends: Float64Array;
  refs: WordRef[];
  segmentStarts: Float64Array;
  segmentEnds: Float64Array;
}

/** Builds the lookup once per transcript. Words are sorted by start even if an engine sent them out of order. */
export function buildWordIndex(segments: readonly TimedSegment[]): WordIndex {
  const all: (TimedWord & WordRef)[] = [];
  segments.forEach((s, segment) => s.words.forEach((w, word) => all.push({ ...w, segment, word })));
  all.sort((a, b) => a.start - b.start);
  const segOrder = segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  return {
    starts: Float64Array.from(all, (w) => w.start),
    ends: Float64Array.from(all, (w) => w.end),
    refs: all.map(({ segment, word }) => ({ segment, word })),
    segmentStarts: Float64Array.from(segOrder, (x) => x.s.start),
    segmentEnds: Float64Array.from(segOrder, (x) => x.s.end),
  };
}

/** The index of the last value <= t in a sorted array, or -1 when all are after t. */
export function lastAtOrBefore(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Pauses between words shorter than this keep the last word lit, so the highlight does not flicker. */
const WORD_HOLD_SEC = 0.3;

/** The word being said at `t` (seconds), or null in a pause or outside any word. */
export function wordAt(index: WordIndex, t: number): WordRef | null {
  const i = lastAtOrBefore(index.starts, t);
  if (i < 0) return null;
  const end = index.ends[i] ?? -Infinity;
  return t <= end + WORD_HOLD_SEC ? (index.refs[i] ?? null) : null;
}

/**
 * The position (in the original order) of the segment being said at `t`, or null between segments. Segments
 * come from the server sorted by start, so the sorted position is the original one.
 */
export function segmentAt(index: WordIndex, t: number): number | null {
  const i = lastAtOrBefore(index.segmentStarts, t);
  if (i < 0) return null;
  return t <= (index.segmentEnds[i] ?? -Infinity) ? i : null;
}

export interface PlacedBookmark<B> {
  bookmark: B;
  /** Show it before this word of the segment; the number of words means "after the last word". */
  beforeWord: number;
}

/**
 * Puts each recorder bookmark into the text where it was made: in the last segment that starts at or before it,
 * before the first word said at or after it. A bookmark before the first segment goes at its start.
 */
export function placeBookmarks<B extends { atSec: number }>(
  segments: readonly TimedSegment[],
  bookmarks: readonly B[],
): Map<number, PlacedBookmark<B>[]> {
  const placed = new Map<number, PlacedBookmark<B>[]>();
  if (segments.length === 0) return placed;
  const starts = segments.map((s) => s.start);
  for (const bookmark of [...bookmarks].sort((a, b) => a.atSec - b.atSec)) {
    const segment = Math.max(0, lastAtOrBefore(starts, bookmark.atSec));
    const words = segments[segment]?.words ?? [];
    const at = words.findIndex((w) => w.start >= bookmark.atSec);
    const list = placed.get(segment) ?? [];
    list.push({ bookmark, beforeWord: at < 0 ? words.length : at });
    placed.set(segment, list);
  }
  return placed;
}
