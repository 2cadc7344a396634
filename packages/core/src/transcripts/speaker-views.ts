import { compareLabels } from './speaker-labels.js';
import type { SegmentView, SpeakerView } from './transcript-types.js';

// One entry per speaker for naming them from the roster: how much they spoke, and a short moment to listen to.

/** A sample is at most this long: enough to know a voice, short enough to play in a list. */
export const SAMPLE_SECONDS = 10;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function speakerViews(
  segments: readonly SegmentView[],
  nameOf: (label: string) => { name: string; named: boolean },
): SpeakerView[] {
  const byLabel = new Map<string, SegmentView[]>();
  for (const s of segments) {
    if (s.speaker === null) continue;
    const list = byLabel.get(s.speaker);
    if (list === undefined) byLabel.set(s.speaker, [s]);
    else list.push(s);
  }
  return [...byLabel.keys()].sort(compareLabels).map((label) => {
    const list = byLabel.get(label) ?? [];
    let seconds = 0;
    let longest: SegmentView | null = null;
    for (const s of list) {
      const length = Math.max(0, s.end - s.start);
      seconds += length;
      if (longest === null || length > longest.end - longest.start) longest = s;
    }
    const { name, named } = nameOf(label);
    return {
      label,
      name,
      named,
      segmentCount: list.length,
      seconds: round3(seconds),
      sample:
        longest === null
          ? null
          : {
              start: longest.start,
              end: Math.max(longest.start, Math.min(longest.end, longest.start + SAMPLE_SECONDS)),
            },
    };
  });
}
