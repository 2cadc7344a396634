import type { MachineSegment } from './transcript-types.js';

/** A machine segment for tests: words are the text split evenly over the segment. */
export function seg(
  id: string,
  start: number,
  end: number,
  speaker: string | null,
  text: string,
): MachineSegment {
  const parts = text.split(/\s+/).filter((w) => w !== '');
  const step = parts.length === 0 ? 0 : (end - start) / parts.length;
  return {
    id,
    start,
    end,
    speaker,
    text,
    words: parts.map((w, i) => ({
      text: w,
      start: start + i * step,
      end: start + (i + 1) * step,
      confidence: null,
    })),
  };
}
